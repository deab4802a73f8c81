"""The Khmer numeral rule on the built site.

Khmer pages write numbers in Khmer digits: in running text (ឆ្នាំ២០៣០), numbered statements
(១.), ordered lists (list-style khmer), paragraph labels (§ ១.២) and interface strings
(អាទិភាពទី១ ក្នុងចំណោមអាទិភាពទាំង៥, the ZIP's size). Ids and addresses stay ASCII (#p1-2).

How "no ASCII digit in what a Khmer reader sees" is checked (`khmer_text`, `ascii_numbers`):
- what is read: every text node of <title> and <body>, so headings, article, labels, notices,
  navigation and footer alike; and the meta description;
- what is not text a reader sees in Khmer: attribute values (ids, href: the addresses), the
  contents of <script>, <style>, <svg>, <template>, and passages marked in another language
  (lang="fr" or "en": the side-by-side page's other columns, the name "Français");
- what may keep ASCII digits inside Khmer text: URLs (the printed page address) and Latin
  words (RCEP, WTO, ZIP; an acronym such as G20 would keep its digits).
The checker itself is tested on small documents, in both directions, below.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from policy_text import project, search_index

from .pages import language_pages, language_root, text_pages

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")  # the rule, written out for the tests
HIDDEN = {"script", "style", "svg", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


class _KhmerText(HTMLParser):
    def __init__(self, page_lang: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = [("", page_lang, False)]  # (tag, language, hidden)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "html" and values.get("lang"):
            self.stack[0] = ("", values["lang"] or "", False)
        if tag == "meta" and values.get("name") == "description" and self.stack[-1][1] == "km":
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


def khmer_text(html: str) -> list[str]:
    """The text a reader sees in Khmer on the page (see the module's docstring)."""
    parser = _KhmerText("")
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
    for page in khmer_pages(site):
        numbers = [n for text in khmer_text(page.read_text(encoding="utf-8")) for n in ascii_numbers(text)]
        if numbers:
            found[page.relative_to(site).as_posix()] = numbers
    assert found == {}


def test_khmer_running_text_has_the_years_in_khmer_digits(site):
    html = (language_root(site, "km") / "priorites" / "3-diplomatie-economique.html").read_text(encoding="utf-8")
    assert "ឆ្នាំ២០៣០" in html and "ឆ្នាំ២០៥០" in html


def test_khmer_labels_statements_and_eyebrow_use_khmer_digits_ids_stay_ascii(site):
    khmer, french = text_pages(site, "km"), text_pages(site, "fr")
    for number, (page, fr_page) in enumerate(zip(khmer[1:], french[1:], strict=True), start=1):
        html, fr_html = page.read_text(encoding="utf-8"), fr_page.read_text(encoding="utf-8")
        digit = str(number).translate(KHMER_DIGITS)
        assert f'<p class="pe-eyebrow">អាទិភាពទី{digit} ក្នុងចំណោមអាទិភាពទាំង៥</p>' in html
        assert f'<a class="pe-cite" href="#p{number}-0">§ {digit}</a> {digit}. ' in html  # statement
        assert f'<p id="p{number}-1"><a class="pe-cite" href="#p{number}-1">§ {digit}.១</a>' in html
        assert f'<p class="pe-eyebrow">Priorité {number} sur 5</p>' in fr_html  # French unchanged
        assert f'<a class="pe-cite" href="#p{number}-1">§ {number}.1</a>' in fr_html
    home = khmer[0].read_text(encoding="utf-8")
    assert '<p id="p0-1"><a class="pe-cite" href="#p0-1">§ ០.១</a>' in home
    side_by_side = (language_root(site, "km") / "texte-parallele.html").read_text(encoding="utf-8")
    assert '<div class="pe-parallel__row" id="p1-2"><a class="pe-cite" href="#p1-2">§ ១.២</a>' in side_by_side


def test_zip_size_is_in_khmer_digits_on_the_khmer_home_page(site):
    size = re.compile(r"<span data-pe-dist-kb>([^<]*)</span>")
    french = size.search((site / "index.html").read_text(encoding="utf-8"))[1]
    assert french.isascii() and french.isdigit()
    assert size.search((site / "km" / "index.html").read_text(encoding="utf-8"))[1] == french.translate(KHMER_DIGITS)


def test_khmer_search_documents_keep_khmer_digits(site):
    documents = search_index.read_language_index(site, "km")[search_index.LANGUAGE_INDEX_GLOBAL]
    titles = {doc["location"]: doc["title"] for doc in documents}
    assert titles["km/priorites/1-independance-souverainete-paix.html#p1-2"] == "§ ១.២"
    assert titles["km/index.html#p0-1"] == "§ ០.១"
    assert "ឆ្នាំ២០៣០" in next(
        d["text"] for d in documents if d["location"].endswith("3-diplomatie-economique.html#p3-1")
    )
    assert {
        d["location"]: ascii_numbers(d["title"] + " " + d["text"])
        for d in documents
        if ascii_numbers(d["title"] + " " + d["text"])
    } == {}
    settings = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["edition"]
    assert settings["km"]["digits"] == "០១២៣៤៥៦៧៨៩"
    assert settings["fr"]["digits"] == settings["en"]["digits"] == "0123456789"


def test_home_overview_numbers_the_statements_in_khmer_digits(site):
    html = (language_root(site, "km") / "index.html").read_text(encoding="utf-8")
    overview = re.search(r'<ol class="pe-overview".*?</ol>', html, re.S)[0]
    numbers = [re.sub(r"\s+", " ", text).strip()[:2] for text in re.findall(r"<a [^>]*>([^<]+)</a>", overview)]
    assert numbers == ["១.", "២.", "៣.", "៤.", "៥."]
    assert '<h2 id="apercu">អាទិភាពទាំង៥</h2>' in html


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
