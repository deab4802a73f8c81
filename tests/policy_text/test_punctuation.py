"""Khmer text takes Khmer punctuation, from the language's strings, never a Latin mark a template wrote.

Expected values are written from Khmer usage (។ ៖, items set apart by spaces) and from the second review's
findings (issue 24), not read from the output.
"""

from __future__ import annotations

import pytest

from policy_text import citation_formats, editions, interface, punctuation


@pytest.mark.parametrize(
    "text",
    [
        "អត្ថបទយោងគឺអត្ថបទដើមជាភាសាបារាំង: Français។",  # the notice's colon, hard-coded in its template
        "អត្ថបទយោងគឺអត្ថបទដើមជាភាសាបារាំង៖ \ufffc.",  # its full stop, after the link to the French page
        "(ZIP, ៣៦០ គីឡូបៃ)",  # dist.size's Latin comma before a Khmer number
        "បន្ទាប់: មិត្តកាន់តែច្រើននៅបរទេស",  # Material's footer links' names
        "កថាខណ្ឌ, ការបោះពុម្ព",
        "ភាសាខ្មែរ;",
    ],
)
def test_a_latin_mark_standing_as_khmer_punctuation_is_found(text):
    assert len(punctuation.problems(text)) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "អត្ថបទយោងគឺអត្ថបទដើមជាភាសាបារាំង៖ \ufffc។",
        "§ ១.២ និង § ៣",  # paragraph labels: numbering, not punctuation
        "កម្រិតពន្លឺផ្ទុយយ៉ាងតិច ៣:១ ហើយ",  # a ratio
        "១. ការពារឯករាជ្យជាតិ",  # the ministry's number before a statement
        "WCAG ២.២ AA ជាភាសាខ្មែរ។",
        "អត្ថបទជា JSON (policy.json)",  # a file name
        "Tab និង Shift+Tab (Ctrl+C, ⌘C)",  # Latin inside Latin
        "ZIP ទំហំ ៣៦០ គីឡូបៃ",
    ],
)
def test_numbering_names_and_khmer_marks_are_not_found(text):
    assert punctuation.problems(text) == []


def test_a_page_is_read_in_its_khmer_text_and_attributes_only():
    html = (
        '<html lang="km"><head><title>ទំព័រ - គេហទំព័រ</title><meta name="description" content="ការពិពណ៌នា.">'
        '<script>var s = "ខ្មែរ: x";</script><script type="application/json">{"t": "ខ្មែរ, x"}</script></head>'
        '<body><p class="pe-notice">អត្ថបទយោងគឺអត្ថបទដើមជាភាសាបារាំង៖\n<a lang="fr">Français</a>.</p>'
        '<div lang="fr"><p>Texte : français, ici.</p></div><pre><code>@misc{x, note = {ខ្មែរ, x}}</code></pre>'
        '<a title="ចម្លងតំណ:" href="#p1-2">§ ១.២</a><p lang="en">English, here.</p></body></html>'
    )
    notice, description, title = punctuation.html_problems(html, "km")  # blocks, then attributes
    assert notice.endswith("ជាភាសាបារាំង៖\n….")  # the link to the French page, then a Latin full stop
    assert (description, title) == ("ការពិពណ៌នា.", "ចម្លងតំណ:")


def test_khmer_passages_of_other_pages_are_read_too():
    html = '<html lang="fr"><body><p>Texte : ici.</p><a lang="km" href="km/">ខ្មែរ,</a></body></html>'
    assert punctuation.html_problems(html, "fr") == ["ខ្មែរ,"]


def test_no_khmer_interface_string_ends_or_joins_with_a_latin_mark():
    strings = interface.strings()["km"]
    assert {key: punctuation.problems(text) for key, text in strings.items() if punctuation.problems(text)} == {}


def test_each_language_has_its_punctuation_in_its_strings():
    for lang, strings in interface.strings().items():
        assert {"full_stop", "colon", "list_separator"} <= set(strings), lang
    khmer = interface.strings()["km"]
    assert (khmer["full_stop"], khmer["colon"], khmer["list_separator"]) == ("។", "៖", " ")


def test_the_khmer_citation_takes_khmer_punctuation():
    """The plain-text citation put a Latin comma between the title and the paragraph (`], ⟦paragraph⟧`)."""
    work = citation_formats.Work("km", "km", "Politique étrangère du Cambodge", "គោលនយោបាយ", editions.current())
    text = citation_formats.text(work)
    assert "[គោលនយោបាយ] ⟦paragraph⟧។" in text
    assert punctuation.problems(text.replace("⟦url⟧", "")) == []
