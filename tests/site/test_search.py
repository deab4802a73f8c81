"""The query set (tests/search/queries.json) through the real search box, over http:// and file://.

Each query must find every paragraph it expects (expectations were written from the text of an
edition, not from search output, and name paragraphs by permanent id: each holds while its
paragraph keeps that edition's words, tests/site/search.py); a query expecting nothing must find
nothing; results stay in the reader's language. A miss fails the test, with every miss listed.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from policy_text import project

from .search import QUERY_SET, enter_query, location, observe, query_set, type_query, unchanged_since

QUERIES = json.loads(QUERY_SET.read_text(encoding="utf-8"))


def run_queries(page, base: str, lang: str) -> list[str]:
    page.goto(base + project.language_prefix(lang) + "index.html")
    problems = []
    queries = [q for q in query_set() if q.lang == lang]
    assert queries, lang  # the loop checks something
    for query in queries:
        links = [link["href"] for group in enter_query(page, query.query) for link in group]
        found = [
            urlsplit(href).path.removeprefix(urlsplit(base).path) + "#" + urlsplit(href).fragment for href in links
        ]
        if query.expect:
            missing = [e for e in query.expect if e not in found]
            if missing:
                problems.append(f"{lang} {query.query!r}: missing {missing}")
        elif found:
            problems.append(f"{lang} {query.query!r}: expected nothing, found {found}")
        other = [
            f
            for f in found
            if project.language_prefix(lang)
            and not f.startswith(project.language_prefix(lang))
            or not project.language_prefix(lang)
            and f.split("/")[0] in project.language_codes()
        ]
        if other:
            problems.append(f"{lang} {query.query!r}: results in another language {other}")
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

        query = next(q for q in query_set() if q.lang == lang and q.expect)
        page.keyboard.press("/")  # Material's shortcut: opens search, focuses the box
        box = page.locator("input.md-search__input")
        box.press_sequentially(query.query)
        box.press("End")  # Material reads the box on key release
        page.locator(".md-search-result__item").first.wait_for()
        loaded = {path.rsplit("/", 1)[-1] for path in requested if SEARCH_ASSETS.search(path)}
        assert {name for name in loaded if name.startswith("index.")} == {f"index.{lang}.js"}
        assert any(name.startswith("search.") for name in loaded)
    finally:
        context.close()


# (language, query, paragraph, the words it must highlight there): the text's own words, whatever
# the query's spelling, script, digits or synonym. Written from the text of the edition of 2026-11-27
# (search.WRITTEN_FROM); each holds while its paragraph keeps those words.
HIGHLIGHTS = [
    ("fr", "ONU", "p4-2", {"Nations", "Unies"}),
    ("fr", "Indo-Pacifique", "p4-3", {"indopacifique"}),
    ("fr", "2030", "p3-1", {"2030"}),
    ("en", "neighboring", "p1-1", {"neighbouring"}),
    ("en", "UN", "p4-2", {"United", "Nations"}),
    ("en", "indopacific", "p4-3", {"Indo", "Pacific"}),
    ("km", "ASEAN", "p2-2", {"អាស៊ាន"}),
    ("km", "2030", "p3-1", {"២០៣០"}),
]


@pytest.mark.parametrize("lang", project.language_codes())
def test_results_highlight_the_words_the_text_has(site, http_url, new_tab, lang):
    page = new_tab()
    observe(page)
    page.goto(http_url + project.language_prefix(lang) + "index.html")
    kept = unchanged_since()
    highlights = [h for h in HIGHLIGHTS if h[0] == lang and h[2] in kept]
    assert highlights, lang  # the loop checks something
    for _, query, paragraph, words in highlights:
        links = [link for group in type_query(page, query) for link in group]
        path, fragment = location(lang, paragraph).split("#")
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
    groups = type_query(page, "សន្តិ")  # peace, security (the text's words; today priorities 1 and 4)
    assert groups
    count = str(len(groups)).translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function(
        "count => document.querySelector('.md-search-result__meta').textContent.includes(count)", arg=count
    )
    assert count in meta.text_content() and not re.search(r"[0-9]", meta.text_content())
    status = page.locator("[data-pe-search-status]")
    assert count in status.text_content() and not re.search(r"[0-9]", status.text_content())
