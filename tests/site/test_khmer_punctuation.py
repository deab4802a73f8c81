"""Khmer text on the built site takes Khmer punctuation: no Latin `.`, `,`, `:` or `;` standing as its mark.

Every page of the site is read (policy_text.punctuation.html_problems): its Khmer text and the Khmer of its
attributes (names read aloud, descriptions), outside code, scripts and passages in another language. The
second review (issue 24) found the notice's `: Français.`, the ZIP's `ZIP, ៣៨៨`; this check found the footer
links' names too (`បន្ទាប់: …`, Material's template).
"""

from __future__ import annotations

import re

from policy_text import project, punctuation

from .pages import all_pages, language_root, text_pages


def page_language(html: str) -> str:
    return re.search(r'<html lang="([\w-]+)"', html)[1]


def test_no_latin_mark_stands_as_punctuation_in_khmer_text(site):
    found = {}
    for page in all_pages(site):
        html = page.read_text(encoding="utf-8")
        if problems := punctuation.html_problems(html, page_language(html)):
            found[page.relative_to(site).as_posix()] = problems
    assert found == {}


def test_the_khmer_notice_reads_with_khmer_colon_and_full_stop(site):
    """`…ជាភាសាបារាំង៖ Français។`: the language's colon before the link to the French page, its full stop after."""
    for page in [*text_pages(site, "km"), language_root(site, "km") / "accessibilite.html"]:
        source = project.DOCS_DIR / "km" / page.relative_to(language_root(site, "km")).with_suffix(".md")
        if not source.exists():
            continue  # not yet translated: the French page, with the notice that says so
        html = page.read_text(encoding="utf-8")
        assert re.search(r'អត្ថបទយោងគឺអត្ថបទដើមជាភាសាបារាំង៖\s*<a [^>]*lang="fr">Français</a>។', html), page
    english = (language_root(site, "en") / "index.html").read_text(encoding="utf-8")
    assert re.search(r'The reference text is the French original:\s*<a [^>]*lang="fr">Français</a>\.', english)


def test_the_home_pages_separate_languages_and_size_the_zip_in_their_own_way(site):
    khmer = (language_root(site, "km") / "index.html").read_text(encoding="utf-8")
    assert re.search(r'>Français</a> <a href="[^"]*" hreflang="en" lang="en">English</a>', khmer)
    assert re.search(r"\(ZIP ទំហំ <span data-pe-dist-kb>[០-៩]+</span> គីឡូបៃ\)", khmer)
    french = (language_root(site, "fr") / "index.html").read_text(encoding="utf-8")
    assert re.search(r'>English</a>, <a href="[^"]*" hreflang="km" lang="km">ខ្មែរ</a>', french)


def test_the_footer_links_are_named_with_the_language_colon(site):
    khmer = (language_root(site, "km") / "priorites" / "2-davantage-amis-etranger.html").read_text(encoding="utf-8")
    assert 'aria-label="មុន៖ ឯករាជ្យ អធិបតេយ្យភាព និងសន្តិភាព"' in khmer
    english = (language_root(site, "en") / "index.html").read_text(encoding="utf-8")
    assert re.search(r'aria-label="Next: [^"]+"', english)
