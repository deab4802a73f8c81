"""The Khmer numeral rule on the built site.

Khmer pages write numbers in Khmer digits: in running text (ឆ្នាំ២០៣០), numbered statements
(១.), ordered lists (list-style khmer), paragraph labels (§ ១.២) and interface strings
(អាទិភាពទី១ ក្នុងចំណោមអាទិភាពទាំង៥, the ZIP's size). Ids and addresses stay ASCII (#p1-2).

How "no ASCII digit in what a Khmer reader sees" is checked (`khmer_text`, `ascii_numbers`):
- what is read: every text node of <title> and <body>, so headings, article, labels, notices,
  navigation and footer alike; and the meta description;
- what is not text a reader sees in Khmer: attribute values (ids, href: the addresses), the
  contents of <script>, <style>, <svg>, <template>, and passages marked in another language
  (lang="fr" or "en": the side-by-side page's other columns, the name "Français"), and what is
  shown in French until it is translated (a page's description, the search documents of its
  paragraphs: French text, which cannot be marked there);
- what may keep ASCII digits inside Khmer text: URLs (the printed page address) and Latin
  words (RCEP, WTO, ZIP; an acronym such as G20 would keep its digits).
The checker itself is tested on small documents, in both directions, below.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from policy_text import identity, project, search_index

from .pages import (
    language_pages,
    language_root,
    page_of,
    priorities,
    priority_count,
    text_languages,
    text_pages,
    untranslated_pages,
)

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")  # the rule, written out for the tests
HIDDEN = {"script", "style", "svg", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


class _KhmerText(HTMLParser):
    def __init__(self, page_lang: str, description: bool = True):
        super().__init__(convert_charrefs=True)
        self.description = description
        self.stack: list[tuple[str, str, bool]] = [("", page_lang, False)]  # (tag, language, hidden)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "html" and values.get("lang"):
            self.stack[0] = ("", values["lang"] or "", False)
        if tag == "meta" and values.get("name") == "description" and self.stack[-1][1] == "km" and self.description:
            self.found.append(values.get("content") or "")
        if tag in VOID:
            return
        _, lang, hidden = self.stack[-1]
        self.stack.append((tag, values.get("lang") or lang, hidden or tag in HIDDEN))

    def handle_endtag(self, tag):
        while len(self.stack) > 1:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        _, lang, hidden = self.stack[-1]
        if lang == "km" and not hidden and data.strip():
            self.found.append(data.strip())


def khmer_text(html: str, description: bool = True) -> list[str]:
    """The text a reader sees in Khmer on the page (see the module's docstring); without its description
    (`description=False`) for a page shown in French, its translation missing: the description is the French one."""
    parser = _KhmerText("", description)
    parser.feed(html)
    return parser.found


def ascii_numbers(text: str) -> list[str]:
    """ASCII digits left once URLs and Latin words are set aside."""
    return re.findall(r"[0-9]+", LATIN_WORD.sub(" ", URL.sub(" ", text)))


def test_checker_finds_ascii_digits_in_khmer_text():
    html = (
        '<html lang="km"><head><title>ទំព័រ 3</title><meta name="description" content="ឆ្នាំ2050"></head>'
        '<body><article><p id="p3-1"><a class="pe-cite" href="#p3-1">§ 3.1</a> ឆ្នាំ2030</p>'
        "<p>RCEP 5</p></article></body></html>"
    )
    assert [number for text in khmer_text(html) for number in ascii_numbers(text)] == [
        "3",
        "2050",
        "3",
        "1",
        "2030",
        "5",
    ]


def test_checker_spares_addresses_urls_acronyms_and_other_languages():
    html = (
        '<html lang="km"><head><script>var x = 1;</script></head><body>'
        '<p id="p1-2"><a class="pe-cite" href="#p1-2">§ ១.២</a> ឆ្នាំ២០៣០ (RCEP, G20)</p>'
        "<p data-pe-address>https://politique-etrangere.example/km/priorites/3-diplomatie-economique.html</p>"
        '<div lang="fr"><p>Cambodge 2030</p></div><a hreflang="fr" lang="fr">Français 1</a>'
        '<svg><text>1</text></svg><img alt="x"><p>ZIP ទំហំ ៣៤០ គីឡូបៃ</p></body></html>'
    )
    assert [number for text in khmer_text(html) for number in ascii_numbers(text)] == []


def khmer_pages(site):
    return language_pages(site, "km")


def test_khmer_pages_show_no_ascii_digit(site):
    found = {}
    in_french = untranslated_pages(site, "km")
    for page in khmer_pages(site):
        shown = khmer_text(page.read_text(encoding="utf-8"), description=page not in in_french)
        numbers = [n for text in shown for n in ascii_numbers(text)]
        if numbers:
            found[page.relative_to(site).as_posix()] = numbers
    assert found == {}


def khmer(number: int) -> str:
    return str(number).translate(KHMER_DIGITS)


# Wording: the paragraph of the first edition that names the years 2030 and 2050 (priority 3, paragraph 1).
YEARS_PARAGRAPH = "p3-1"


def test_khmer_running_text_has_the_years_in_khmer_digits(site):
    """On its page and in its search document (a check of the text's words: it selects its paragraph by id)."""
    html = (language_root(site, "km") / page_of(YEARS_PARAGRAPH)).read_text(encoding="utf-8")
    paragraph = re.search(rf'<p id="{YEARS_PARAGRAPH}"[^>]*>(.*?)</p>', html, re.S)
    assert paragraph and "ឆ្នាំ២០៣០" in paragraph[1] and "ឆ្នាំ២០៥០" in paragraph[1]
    documents = search_index.read_language_index(site, "km")[search_index.LANGUAGE_INDEX_GLOBAL]
    assert "ឆ្នាំ២០៣០" in next(d["text"] for d in documents if d["location"].endswith(f"#{YEARS_PARAGRAPH}"))


def test_khmer_labels_statements_and_eyebrow_use_khmer_digits_ids_stay_ascii(site):
    khmer_pages, french_pages, count = text_pages(site, "km"), text_pages(site, "fr"), priority_count()
    shown_in = text_languages("km")
    for priority, page, fr_page in zip(priorities(), khmer_pages[1:], french_pages[1:], strict=True):
        html, fr_html = page.read_text(encoding="utf-8"), fr_page.read_text(encoding="utf-8")
        number, digit = priority.number, khmer(priority.number)
        statement, first = priority.statement.id, priority.paragraphs[0].id
        assert f'<p class="pe-eyebrow">អាទិភាពទី{digit} ក្នុងចំណោមអាទិភាពទាំង{khmer(count)}</p>' in html, page
        # the statement's own number is its text's: the French one's until it is translated
        written = digit if shown_in[statement] == "km" else str(number)
        assert f'<a class="pe-cite" href="#{statement}">§ {digit}</a> {written}. ' in html, page
        assert re.search(rf'<p id="{first}"[^>]*><a class="pe-cite" href="#{first}">§ {digit}\.១</a>', html), page
        assert f'<p class="pe-eyebrow">Priorité {number} sur {count}</p>' in fr_html  # French unchanged
        assert f'<a class="pe-cite" href="#{first}">§ {number}.1</a>' in fr_html
    home = khmer_pages[0].read_text(encoding="utf-8")
    introduction = identity.current().priorities[0].paragraphs[0].id
    assert re.search(rf'<p id="{introduction}"[^>]*><a class="pe-cite" href="#{introduction}">§ ០\.១</a>', home)
    side_by_side = (language_root(site, "km") / "texte-parallele.html").read_text(encoding="utf-8")
    paragraph = priorities()[0].paragraphs[-1]
    number, position = identity.current().place(paragraph.id)
    label = f"§ {khmer(number)}.{khmer(position)}"
    row = f'<div class="pe-parallel__row" id="{paragraph.id}"><a class="pe-cite" href="#{paragraph.id}">{label}</a>'
    assert row in side_by_side


def test_zip_size_is_in_khmer_digits_on_the_khmer_home_page(site):
    size = re.compile(r"<span data-pe-dist-kb>([^<]*)</span>")
    french = size.search((site / "index.html").read_text(encoding="utf-8"))[1]
    assert french.isascii() and french.isdigit()
    assert size.search((site / "km" / "index.html").read_text(encoding="utf-8"))[1] == french.translate(KHMER_DIGITS)


def test_khmer_search_documents_keep_khmer_digits(site):
    documents = search_index.read_language_index(site, "km")[search_index.LANGUAGE_INDEX_GLOBAL]
    titles = {doc["location"]: doc["title"] for doc in documents}
    paragraph = priorities()[0].paragraphs[-1].id
    number, position = identity.current().place(paragraph)
    assert titles[f"km/{page_of(paragraph)}#{paragraph}"] == f"§ {khmer(number)}.{khmer(position)}"
    introduction = identity.current().priorities[0].paragraphs[0].id
    assert titles[f"km/index.html#{introduction}"] == "§ ០.១"
    in_french = {paragraph for paragraph, lang in text_languages("km").items() if lang != "km"}  # not translated yet
    assert {
        d["location"]: ascii_numbers(d["title"] + " " + d["text"])
        for d in documents
        if ascii_numbers(d["title"] + " " + d["text"]) and d["location"].split("#")[-1] not in in_french
    } == {}
    settings = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["edition"]
    assert settings["km"]["digits"] == "០១២៣៤៥៦៧៨៩"
    assert settings["fr"]["digits"] == settings["en"]["digits"] == "0123456789"


def test_home_overview_numbers_the_statements_in_khmer_digits(site):
    """Each statement with its own number, in its text's digits: a statement not translated yet is the French."""
    html = (language_root(site, "km") / "index.html").read_text(encoding="utf-8")
    overview = re.search(r'<ol class="pe-overview".*?</ol>', html, re.S)[0]
    numbers = [
        re.sub(r"\s+", " ", text).strip().split(" ")[0] for text in re.findall(r"<a [^>]*>([^<]+)</a>", overview)
    ]
    shown_in = text_languages("km")
    assert numbers == [f"{khmer(p.number) if shown_in[p.statement.id] == 'km' else p.number}." for p in priorities()]
    assert f'<h2 id="apercu">អាទិភាពទាំង{khmer(priority_count())}</h2>' in html


# A Markdown ordered list ("1. …") in a Khmer page's content: its markers are Khmer digits.
ADD_LIST = """() => { const ol = document.createElement('ol'); ol.innerHTML = '<li>ក</li><li>ខ</li>';
  document.querySelector('article').append(ol); return getComputedStyle(ol).listStyleType; }"""
OVERVIEW_MARKER = "getComputedStyle(document.querySelector('ol.pe-overview')).listStyleType"


@pytest.mark.browser
def test_ordered_lists_are_numbered_in_khmer_on_khmer_pages_only(http_url, new_tab):
    page = new_tab()
    page.goto(http_url + project.language_prefix("km") + "index.html")
    assert page.evaluate(ADD_LIST) == "khmer"
    assert page.evaluate(OVERVIEW_MARKER) == "none"  # its statements carry their numbers: not numbered twice
    page.goto(http_url + "index.html")
    assert page.evaluate(ADD_LIST) == "decimal"
