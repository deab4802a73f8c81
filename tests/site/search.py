"""Searching as a reader does, and knowing when the results on screen are those of the query typed.

Material sends each query to its search worker (`QUERY` messages) and renders each answer
(`RESULT`) as it arrives; the worker answers every query once, in order. An init script counts
both on the page's Worker object (the native one over http://, the iframe-worker shim over
file://) without changing either. The results on screen are those of the query typed once the
last query sent is the text typed and every query sent has been answered: no quiet period.
"""

from __future__ import annotations

from playwright.sync_api import TimeoutError as PlaywrightTimeout

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
