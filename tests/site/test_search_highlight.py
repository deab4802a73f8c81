"""Search highlighting never breaks (issue 25, item 1), over http:// and file://.

Whatever the index adds (joined compounds, synonyms, digits), no markup appears inside a result's
snippet or in its `?h=`, marks never nest, and the page reached from a result highlights the query's
words there. Multi-word queries over hyphenated compounds in French and English, and Khmer;
written from the text (the paragraph holding the compound), the words to highlight as the text
writes them.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from policy_text import project

from .search import observe, type_query

# (language, query, paragraph, words the result and the page must highlight there, lowercased)
CASES = [
    ("fr", "non alignement", "priorites/1-independance-souverainete-paix.html#p1-1", {"non", "alignement"}),
    ("fr", "libre echange", "priorites/3-diplomatie-economique.html#p3-2", {"libre", "échange"}),
    ("fr", "socio economique", "priorites/2-davantage-amis-etranger.html#p2-2", {"socio", "économique"}),
    ("fr", "nonalignement", "priorites/1-independance-souverainete-paix.html#p1-1", {"non-alignement"}),
    ("fr", "non-alignement maintenir", "priorites/1-independance-souverainete-paix.html#p1-1", {"non-alignement"}),
    ("en", "upper middle income", "en/priorites/3-diplomatie-economique.html#p3-1", {"upper", "middle", "income"}),
    ("en", "Indo Pacific", "en/priorites/4-multilateralisme.html#p4-3", {"indo", "pacific"}),
    ("en", "indopacific", "en/priorites/4-multilateralisme.html#p4-3", {"indo-pacific"}),
    ("en", "upper-middle-income", "en/priorites/3-diplomatie-economique.html#p3-1", {"upper-middle-income"}),
    ("en", "people centred", "en/priorites/2-davantage-amis-etranger.html#p2-2", {"people", "centred"}),
    ("en", "UN United Nations", "en/priorites/4-multilateralisme.html#p4-2", {"united", "nations"}),
    ("km", "ឥណ្ឌូ ប៉ាស៊ីហ្វិក", "km/priorites/4-multilateralisme.html#p4-3", set()),
    ("km", "ASEAN", "km/priorites/2-davantage-amis-etranger.html#p2-2", set()),
]

READ = """() => [...document.querySelectorAll('a.md-search-result__link')].map(a => ({
  href: a.href,
  html: a.innerHTML,
  text: a.textContent,
  nested: a.querySelectorAll('mark mark').length,
  marks: [...a.querySelectorAll('mark')].map(m => m.textContent)}))"""

PAGE_MARKS = "id => [...document.querySelectorAll('#' + id + ' mark')].map(m => m.textContent.toLowerCase())"


def result_problems(query: str, links: list[dict]) -> list[str]:
    problems = []
    for link in links:
        h = " ".join(parse_qs(urlsplit(link["href"]).query).get("h", []))
        if link["nested"] or "<" in link["text"] or ">" in link["text"]:
            problems.append(f"{query!r}: broken markup in {link['href']}: {link['html'][:300]}")
        if any(c in h for c in "<>") or "mark" in h.lower():
            problems.append(f"{query!r}: markup in ?h= {h!r} ({link['href']})")
        if "#" not in link["href"] and not h.strip():
            problems.append(f"{query!r}: page-level result with an empty ?h= ({link['href']})")
    return problems


@pytest.mark.parametrize("lang", project.language_codes())
@pytest.mark.parametrize("protocol", ["http", "file"])
def test_highlighting_never_breaks(site, http_url, browser, protocol, lang):
    base = http_url if protocol == "http" else site.as_uri() + "/"
    context = browser.new_context()
    observe(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems = []
    try:
        for _, query, paragraph, words in (c for c in CASES if c[0] == lang):
            page.goto(base + project.language_prefix(lang) + "index.html")
            type_query(page, query)  # key by key: every prefix is searched first
            links = page.evaluate(READ)
            problems += result_problems(query, links)
            wanted = [
                link
                for link in links
                if urlsplit(link["href"]).path.endswith("/" + paragraph.split("#")[0])
                and urlsplit(link["href"]).fragment == paragraph.split("#")[1]
            ]
            if not wanted:
                problems.append(f"{query!r}: {paragraph} not found")
                continue
            marks = {m.lower() for m in wanted[0]["marks"]}
            if not wanted[0]["marks"] or not words <= marks:
                problems.append(f"{query!r}: {paragraph} marks {sorted(marks)}, expected {sorted(words)}")
            # the page reached from the result highlights the query's words in that paragraph
            page.goto(wanted[0]["href"])
            fragment = paragraph.split("#")[1]
            page.wait_for_selector(f"#{fragment}")
            read_marks = PAGE_MARKS
            try:  # Material highlights once the page is set up
                page.wait_for_function(f"() => ({read_marks})({fragment!r}).length > 0", timeout=5_000)
            except PlaywrightTimeout:
                pass
            on_page = page.evaluate(read_marks, fragment)
            parts = {part for word in words for part in word.split("-")}
            if not on_page or not parts <= {part for mark in on_page for part in re.split(r"[-\s]+", mark)}:
                problems.append(f"{query!r}: the page highlights {on_page} in {paragraph}, expected {sorted(words)}")
        assert problems == []
        assert errors == []
    finally:
        context.close()
