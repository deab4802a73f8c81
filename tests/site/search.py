"""Searching as a reader does, and knowing when the results on screen are those of the query typed.

Material sends each query to its search worker (`QUERY` messages) and renders each answer
(`RESULT`) as it arrives; the worker answers every query once, in order. An init script counts
both on the page's Worker object (the native one over http://, the iframe-worker shim over
file://) without changing either. The results on screen are those of the query typed once the
last query sent is the text typed and every query sent has been answered: no quiet period.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from policy_text import export, identity, project

from .pages import page_of

QUERY_SET = project.ROOT / "tests" / "search" / "queries.json"
WRITTEN_FROM = "2026-11-27"
"""The edition the query set (and HIGHLIGHTS in test_search.py) was written from: each expected paragraph,
named by its permanent id, is expected while it keeps that edition's words."""
UNCHANGED_WORDS = ("unchanged", "moved")  # a paragraph's relation to the previous edition that keeps its words


def unchanged_since(edition: str = WRITTEN_FROM) -> set[str]:
    """The ids of the current edition whose paragraph has the words it had in `edition`."""
    history = identity.history()
    index = next(number for number, found in enumerate(history) if found.edition == edition)
    kept = set(history[index].ids())
    for later in history[index + 1 :]:
        relations = {p.id: p.relation for priority in later.priorities for p in priority.entries}
        kept = {paragraph for paragraph in kept if relations.get(paragraph) in UNCHANGED_WORDS}
    return kept


def location(lang: str, paragraph: str) -> str:
    """Where a search result for `paragraph` leads, from the site's root (`en/priorites/1-….html#p1-2`)."""
    return f"{project.language_prefix(lang)}{page_of(paragraph)}#{paragraph}"


def current_text(lang: str) -> list[str]:
    """Every paragraph and statement of the current text in `lang` (from the page files)."""
    document = export.policy_document(lang)
    found = [p["text"] for p in document["introduction"]]
    for priority in document["priorities"]:
        found += [priority["statement"], *(p["text"] for p in priority["paragraphs"])]
    return found


@dataclass(frozen=True)
class Query:
    lang: str
    query: str
    kind: str
    expect: tuple[str, ...]
    """Where the results must lead (location()), those of its paragraphs that kept their words; none for a miss."""


def query_set() -> list[Query]:
    """The query set as it applies to the current text: a query finds those of its paragraphs that kept their
    words (a query whose paragraphs all changed is left out); a query that must find nothing, while no paragraph
    of the text in its language has all its words (its `grep` patterns)."""
    kept = unchanged_since()
    found = []
    for query in json.loads(QUERY_SET.read_text(encoding="utf-8")):
        lang = query["lang"]
        if query["expect"]:
            ids = [p.rsplit("#", 1)[-1] for p in query["expect"]]  # `page#id` or `id`: the id decides
            expect = tuple(location(lang, p) for p in ids if p in kept)
            if not expect:
                continue
        else:
            patterns = [re.compile(pattern, re.I) for pattern in query["grep"]]
            if any(all(pattern.search(text) for pattern in patterns) for text in current_text(lang)):
                continue  # the text has its words now
            expect = ()
        found.append(Query(lang, query["query"], query["kind"], expect))
    return found


OBSERVE_WORKER = """(() => {
  const state = window.__editionSearch = {queries: 0, results: 0, last: null, groups: null};
  const QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  const counted = Base => Base && class extends Base {
    constructor(...args) {
      super(...args);  // Material listens after this one: it has rendered by the time we read the state
      this.addEventListener("message", event => {
        if (event.data && event.data.type === RESULT) {
          state.results += 1;
          state.groups = event.data.data.items.length;
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === QUERY) {
        state.queries += 1;
        state.last = message.data;
      }
      return super.postMessage(message, ...rest);
    }
  };
  let current = counted(window.Worker);
  // the iframe-worker shim replaces window.Worker over file://: count with its class too
  Object.defineProperty(window, "Worker", {
    configurable: true, get: () => current, set: W => { current = counted(W); }});
})()"""

ANSWERED = """typed => {
  const state = window.__editionSearch;
  return state.last === typed && state.results === state.queries;
}"""

READ_RESULTS = """() => [...document.querySelectorAll('.md-search-result__item')].map(item =>
  [...item.querySelectorAll('a.md-search-result__link')].map(a => ({
    href: a.href, marks: [...a.querySelectorAll('mark')].map(m => m.textContent)})))"""


def observe(context) -> None:
    """Count search queries and answers in every page `context` (a browser context or a page) opens."""
    context.add_init_script(OBSERVE_WORKER)


def wait_for_results(page, typed: str, timeout: float = 10_000) -> list[list[dict]]:
    """The result groups on screen once they answer `typed` (the page must be observed)."""
    try:
        page.wait_for_function(ANSWERED, arg=typed, timeout=timeout)
    except PlaywrightTimeout as error:
        state = page.evaluate("window.__editionSearch")
        raise AssertionError(f"search for {typed!r} not answered within {timeout} ms: {state}") from error
    groups = page.evaluate(READ_RESULTS)
    expected = page.evaluate("window.__editionSearch.groups")
    assert len(groups) == expected, f"{typed!r}: {len(groups)} result groups shown, {expected} received"
    return groups


def type_query(page, query: str) -> list[list[dict]]:
    """Type `query` in the search box as a reader does, key by key; the results it finds."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query)
    box.press("End")  # Material reads the box on key release; keys outside the layout send none
    return wait_for_results(page, query)


def enter_query(page, query: str) -> list[list[dict]]:
    """Put `query` in the search box at once, then release a key (Material reads the box on key
    release): one search, where typing sends one per key; the results it finds."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")
    return wait_for_results(page, query)
