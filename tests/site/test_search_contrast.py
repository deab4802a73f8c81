"""Contrast of the search panel (WCAG 1.4.3): every text it shows, opened empty, with results and
with none, in both palettes, on French and Khmer pages, at a desktop and a phone width. The other
contrast checks (tests/site/test_contrast.py, axe-core) see the page with search closed."""

from __future__ import annotations

import json

import pytest

from policy_text import project

from .a11y import DESKTOP, PHONE, install
from .pages import language_root
from .search import observe, wait_for_results

pytestmark = pytest.mark.browser

QUERIES = json.loads((project.ROOT / "tests" / "search" / "queries.json").read_text(encoding="utf-8"))

# Every text the search panel shows: each element with text of its own, and the box's value or
# placeholder; the ones under 4.5:1 (3:1 for large text), as window.__a11y.textContrast says.
TOO_PALE = r"""() => {
  const failing = [];
  for (const el of document.querySelectorAll(".md-search, .md-search *")) {
    let found = null;
    if (el.matches("input")) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const s = getComputedStyle(el, el.value ? null : "::placeholder");
      const colour = window.__a11y.parse(s.color);
      if (!(el.value || el.placeholder) || colour[3] < 0.05) continue;  // nothing shown
      const ratio = window.__a11y.contrast(colour, window.__a11y.background(el));
      const shown = el.value ? "value" : "placeholder";
      const what = `${window.__a11y.describe(el)} (${shown}): ${s.color} at ${ratio.toFixed(2)}:1`;
      found = { ratio, needed: 4.5, what };
    } else if ([...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.nodeValue.trim())) {
      found = window.__a11y.textContrast(el);
    }
    if (found && found.ratio < found.needed) failing.push(found.what);
  }
  return failing;
}"""


def query(lang: str, finds: bool) -> str:
    """A query of the query set (tests/search/queries.json) in `lang` that finds something, or nothing."""
    return next(q["query"] for q in QUERIES if q["lang"] == lang and bool(q["expect"]) == finds)


@pytest.mark.parametrize("lang", ["fr", "km"])
@pytest.mark.parametrize(
    ("viewport", "scheme"),
    [(DESKTOP, "light"), (DESKTOP, "dark"), (PHONE, "light"), (PHONE, "dark")],
    ids=["1280-light", "1280-dark", "390-light", "390-dark"],
)
def test_search_panel_text_contrast(site, http_url, new_tab, lang, viewport, scheme):
    page = new_tab(viewport, color_scheme=scheme, reduced_motion="reduce")
    install(page)
    observe(page)
    root = language_root(site, lang).relative_to(site).as_posix()
    page.goto(http_url + ("" if root == "." else root + "/") + "index.html", wait_until="load")
    page.evaluate("document.fonts.ready")
    box = page.locator("input.md-search__input")
    if viewport is PHONE:  # the box is behind the header's search button
        page.locator(".md-header button[data-pe-toggle=__search]").click()
    else:
        box.focus()
    page.wait_for_function("document.getElementById('__search').checked")
    page.wait_for_timeout(300)  # Material fades the box's placeholder in 0.25 s (a transition no animation list shows)
    problems = [f"empty: {what}" for what in page.evaluate(TOO_PALE)]
    for finds in (True, False):
        typed = query(lang, finds)
        box.fill(typed)
        box.press("End")  # Material reads the box on key release
        groups = wait_for_results(page, typed)
        assert bool(groups) == finds, typed
        page.evaluate("window.__a11y.settled()")
        problems += [f"{typed!r}: {what}" for what in page.evaluate(TOO_PALE)]
    assert problems == []
