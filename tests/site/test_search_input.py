"""Search follows what is in the box, however it got there: pasted, committed by an input method,
dictated or filled by the browser, with no key pressed (Material reads the box on key release)."""

from __future__ import annotations

import pytest

from policy_text import project

from .search import query_set

pytestmark = pytest.mark.browser


def cases() -> dict[str, tuple[str, str]]:
    """(query, where a result it finds leads), per language: the first query of the query set that finds something."""
    found = {}
    for lang in project.language_codes():
        query = next(q for q in query_set() if q.lang == lang and q.expect)
        found[lang] = (query.query, query.expect[0])
    return found


PASTE = """([query, inputType]) => {
  const box = document.querySelector('.md-search__input');
  box.value = query;
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType, data: query}));
}"""


@pytest.mark.parametrize("protocol", ["http", "file"])
@pytest.mark.parametrize("input_type", ["insertFromPaste", "insertReplacementText"])
def test_results_follow_the_box_without_a_key(site, http_url, page, protocol, input_type):
    base = http_url if protocol == "http" else site.as_uri() + "/"
    keys: list[str] = []
    page.add_init_script("addEventListener('keydown', () => document.documentElement.dataset.keys = 'pressed', true)")
    for lang, (query, expected) in cases().items():
        page.goto(base + project.language_prefix(lang) + "index.html")
        page.locator("input.md-search__input").focus()
        page.wait_for_timeout(100)  # Material reads the (empty) box on focus
        page.evaluate(PASTE, [query, input_type])
        path, fragment = expected.split("#")
        link = page.locator(f'.md-search-result__link[href*="/{path}?"][href$="#{fragment}"]')
        link.first.wait_for(state="attached", timeout=15_000)
        assert page.locator("input.md-search__input").input_value() == query
        keys.append(page.evaluate("document.documentElement.dataset.keys || ''"))
    assert keys == ["", "", ""]  # no key event was involved
