"""The query set (tests/search/queries.json) through the real search box, over http:// and file://.

Each query must find every paragraph it expects and no other (expectations were written from
the text, not from search output; `may` lists paragraphs a query may also find, `reject` what it
must never find), its first result group is the wanted page; a query expecting nothing must find
nothing; results stay in the reader's language. A miss fails the test, with every miss listed.
Each query's `grep` (what the text of every expected paragraph holds) is checked against the
built text, so that an expectation cannot outlive the text it was written from.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from policy_text import project

from .search import enter_query, location, observe, type_query, unchanged_since

QUERIES = json.loads((project.ROOT / "tests" / "search" / "queries.json").read_text(encoding="utf-8"))


def paragraphs_and_pages(query: dict, found: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs found (`page#p1-2`) and the pages of the result groups, in order."""
    paragraphs = [f for f in found if not f.endswith("#")]
    pages = list(dict.fromkeys(f.split("#")[0] for f in found))
    return paragraphs, pages


def query_problems(query: dict, groups: list[list[str]]) -> list[str]:
    """What a query's results break of what it states. `expect`: the paragraphs it must find, and
    the only ones (none when empty); `may`: paragraphs it may find besides; `reject`: paragraphs or
    pages it must never find (for a query whose fallbacks widen it); `top`: the page of the first
    result group (by default, when every expected paragraph is on one page, that page)."""
    problems = []
    said = f"{query['lang']} {query['query']!r} ({query['kind']})"
    found = [f for group in groups for f in group]
    paragraphs, pages = paragraphs_and_pages(query, found)
    missing = [e for e in query["expect"] if e not in found]
    if missing:
        problems.append(f"{said}: missing {missing}")
    reject = query.get("reject", [])
    unwanted = [
        f
        for f in paragraphs
        if f not in query["expect"] and f not in query.get("may", []) or f in reject or f.split("#")[0] in reject
    ]
    if unwanted:
        problems.append(f"{said}: must not find {unwanted}")
    expected_pages = list(dict.fromkeys(e.split("#")[0] for e in query["expect"]))
    top = query.get("top", expected_pages[0] if len(expected_pages) == 1 else None)
    if top and pages and pages[0] != top:
        problems.append(f"{said}: top result {pages[0]}, expected {top}")
    return problems


def run_queries(page, base: str, lang: str) -> list[str]:
    page.goto(base + project.language_prefix(lang) + "index.html")
    problems = []
    for query in (q for q in QUERIES if q["lang"] == lang):
        groups = [
            [
                urlsplit(link["href"]).path.removeprefix(urlsplit(base).path) + "#" + urlsplit(link["href"]).fragment
                for link in group
            ]
            for group in enter_query(page, query["query"])
        ]
        problems += query_problems(query, groups)
        found = [f for group in groups for f in group]
        other = [
            f
            for f in found
            if project.language_prefix(lang)
            and not f.startswith(project.language_prefix(lang))
            or not project.language_prefix(lang)
            and f.split("/")[0] in project.language_codes()
        ]
        if other:
            problems.append(f"{lang} {query['query']!r}: results in another language {other}")
    return problems


def test_query_set_has_at_least_15_queries_per_language_with_a_miss():
    for lang in project.language_codes():
        queries = [q for q in QUERIES if q["lang"] == lang]
        assert len(queries) >= 15 and any(not q["expect"] for q in queries), lang


@pytest.mark.parametrize("lang", project.language_codes())
@pytest.mark.parametrize("protocol", ["http", "file"])
def test_query_set(site, http_url, browser, protocol, lang):
    base = http_url if protocol == "http" else site.as_uri() + "/"
    context = browser.new_context()
    observe(context)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        assert run_queries(page, base, lang) == []
        assert errors == []
    finally:
        context.close()


# Loaded for search: the documents of one language, Material's worker, lunr. Only the worker
# wrapper and the settings (search/search_index.json or .js) are loaded with the page.
SEARCH_ASSETS = re.compile(r"/search/index\.\w+\.js$|/workers/search\.[0-9a-f]+\.min\.js$|/lunr/")


@pytest.mark.parametrize("lang", project.language_codes())
@pytest.mark.parametrize("protocol", ["http", "file"])
def test_search_assets_load_when_the_reader_searches_not_before(site, http_url, browser, protocol, lang):
    base = http_url if protocol == "http" else site.as_uri() + "/"
    context = browser.new_context()
    requested = []
    context.on("request", lambda request: requested.append(urlsplit(request.url).path))  # workers' too
    page = context.new_page()
    try:
        page.goto(base + project.language_prefix(lang) + "index.html", wait_until="networkidle")
        page.wait_for_timeout(500)
        assert [path for path in requested if SEARCH_ASSETS.search(path)] == []

        query = next(q for q in QUERIES if q["lang"] == lang and q["expect"])
        page.keyboard.press("/")  # Material's shortcut: opens search, focuses the box
        box = page.locator("input.md-search__input")
        box.press_sequentially(query["query"])
        box.press("End")  # Material reads the box on key release
        page.locator(".md-search-result__item").first.wait_for()
        loaded = {path.rsplit("/", 1)[-1] for path in requested if SEARCH_ASSETS.search(path)}
        assert {name for name in loaded if name.startswith("index.")} == {f"index.{lang}.js"}
        assert any(name.startswith("search.") for name in loaded)
    finally:
        context.close()


# (language, query, paragraph, the words it must highlight there): the text's own words, whatever
# the query's spelling, script, digits or synonym. Written from the text.
HIGHLIGHTS = [
    ("fr", "ONU", "priorites/4-multilateralisme.html#p4-2", {"Nations", "Unies"}),
    ("fr", "Indo-Pacifique", "priorites/4-multilateralisme.html#p4-3", {"indopacifique"}),
    ("fr", "2030", "priorites/3-diplomatie-economique.html#p3-1", {"2030"}),
    ("en", "neighboring", "en/priorites/1-independance-souverainete-paix.html#p1-1", {"neighbouring"}),
    ("en", "UN", "en/priorites/4-multilateralisme.html#p4-2", {"United", "Nations"}),
    ("en", "indopacific", "en/priorites/4-multilateralisme.html#p4-3", {"Indo-Pacific"}),  # the compound's range
    ("km", "ASEAN", "km/priorites/2-davantage-amis-etranger.html#p2-2", {"អាស៊ាន"}),
    ("km", "2030", "km/priorites/3-diplomatie-economique.html#p3-1", {"២០៣០"}),
]


@pytest.mark.parametrize("lang", project.language_codes())
def test_results_highlight_the_words_the_text_has(site, http_url, new_tab, lang):
    page = new_tab()
    observe(page)
    page.goto(http_url + project.language_prefix(lang) + "index.html")
    for _, query, paragraph, words in (h for h in HIGHLIGHTS if h[0] == lang):
        links = [link for group in type_query(page, query) for link in group]
        path, fragment = paragraph.split("#")
        marks = [
            set(link["marks"])
            for link in links
            if urlsplit(link["href"]).path.endswith("/" + path) and urlsplit(link["href"]).fragment == fragment
        ]
        assert marks == [words], (query, paragraph, marks)


def test_khmer_result_count_is_written_in_khmer_digits(site, http_url, new_tab):
    page = new_tab()
    observe(page)
    page.goto(http_url + "km/index.html")
    groups = type_query(page, "សន្តិ")  # peace, security: priorities 1 and 4
    assert len(groups) == 2
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("() => /២/.test(document.querySelector('.md-search-result__meta').textContent)")
    assert "២" in meta.text_content() and not re.search(r"[0-9]", meta.text_content())
    status = page.locator("[data-pe-search-status]")
    assert "២" in status.text_content() and not re.search(r"[0-9]", status.text_content())


def test_every_expected_paragraph_holds_what_its_query_greps(site):
    """Each query's `grep` patterns (all of them, any case) are found in the text of every paragraph
    it expects, and a paragraph expected exists: the query set is kept in step with the text."""
    from policy_text import search_index

    texts = {}
    for lang in project.language_codes():
        for doc in search_index.read_language_index(site, lang)[search_index.LANGUAGE_INDEX_GLOBAL]:
            text = re.sub(r"<[^>]+>|\u200b", "", doc["text"])
            texts[doc["location"]] = (text, re.sub(r"\s", "", text))  # Khmer: words typed without spaces
    problems = []
    kept = unchanged_since()  # written from the edition search.WRITTEN_FROM: holds while a paragraph keeps its words
    for query in QUERIES:
        assert query["kind"] and query["grep"], query
        for written in query["expect"] + query.get("may", []):
            paragraph_id = written.rsplit("#", 1)[-1]
            if paragraph_id not in kept:
                continue
            paragraph = location(query["lang"], paragraph_id)  # by id: its page today
            if paragraph not in texts:
                problems.append(f"{query['lang']} {query['query']!r}: no paragraph {paragraph}")
                continue
            missing = [p for p in query["grep"] if not any(re.search(p, text, re.I) for text in texts[paragraph])]
            if missing and paragraph in query["expect"]:
                problems.append(f"{query['lang']} {query['query']!r}: {paragraph} does not hold {missing}")
    assert problems == []
