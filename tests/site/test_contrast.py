"""Contrast of every interactive state (WCAG 1.4.3): links and controls at rest, hovered, focused,
and in a cited (:target) paragraph, in the light and the dark theme, at 4.5:1 (3:1 for large text).
axe-core checks the page at rest only."""

from __future__ import annotations

import pytest

from .a11y import DESKTOP, install
from .pages import page_of, priorities, priority_page

pytestmark = pytest.mark.browser

# Pages opened on a cited paragraph (of the first, second and middle priorities), so that its :target state is
# measured too.
CITED = [priorities()[n].paragraphs[0].id for n in (0, min(1, len(priorities()) - 1), len(priorities()) // 2)]
PAGES = [
    f"{page_of(CITED[0])}#{CITED[0]}",
    f"en/texte-integral.html#{CITED[1]}",
    f"km/texte-parallele.html#{CITED[2]}",
    "en/accessibilite.html",
]
INTERACTIVE = (
    "a.pe-cite, a.headerlink, .md-typeset p a, .md-nav__link, .md-footer__link, .md-copyright a, "
    ".pe-notice a, .md-typeset li a, a.md-skip"
)
# At rest: the element's contrast, and where the pointer can hover it (the skip link, for one,
# lies under the header until focused: there is nowhere to hover it).
AT_REST = """el => {
  if (!(el.checkVisibility() && el.getBoundingClientRect().width > 0)) return null;
  const contrast = window.__a11y.textContrast(el);
  el.scrollIntoView({ block: "center" });
  const r = el.getClientRects()[0] || el.getBoundingClientRect();
  const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
  const hit = document.elementFromPoint(x, y);
  return { contrast, point: hit && (hit === el || el.contains(hit)) ? [x, y] : null };
}"""
HOVERED = "async el => { await window.__a11y.settled(); return window.__a11y.textContrast(el); }"
FOCUSED = """async el => {
  el.focus();
  await window.__a11y.settled();
  const contrast = window.__a11y.textContrast(el);
  el.blur();
  return contrast;
}"""


def failed(state: str, found: dict | None) -> list[str]:
    return [f"{state}: {found['what']}"] if found and found["ratio"] < found["needed"] else []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_interactive_text_contrast_in_every_state(http_url, new_tab, scheme, path):
    page = new_tab(DESKTOP, color_scheme=scheme, reduced_motion="reduce")
    install(page)
    page.goto(http_url + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    problems = []
    elements = page.query_selector_all(INTERACTIVE)
    assert elements
    for element in elements:
        page.mouse.move(0, 0)
        rest = element.evaluate(AT_REST)
        if rest is None:  # not shown
            continue
        problems += failed("at rest", rest["contrast"])
        if rest["point"]:
            page.mouse.move(*rest["point"])
            problems += failed("hovered", element.evaluate(HOVERED))
            page.mouse.move(0, 0)
        problems += failed("focused", element.evaluate(FOCUSED))
    assert problems == []
    page.wait_for_load_state("networkidle")


def test_footer_links_stand_apart(http_url, new_tab):
    """The accessibility statement, the editions and where to report a problem: three links on a line,
    each set apart from the next (not read as one link)."""
    page = new_tab(DESKTOP)
    page.goto(http_url + "index.html", wait_until="load")
    boxes = page.locator(".md-copyright > a").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect()).map(r => [r.left, r.right, r.top])"
    )
    gaps = [after[0] - before[1] for before, after in zip(boxes, boxes[1:], strict=False) if before[2] == after[2]]
    assert len(boxes) == 3 and len(gaps) == 2 and min(gaps) >= 16, gaps


def test_footer_links_are_underlined(http_url, new_tab):
    """Colour does not mark them apart from the footer's text (WCAG 1.4.1): an underline does."""
    page = new_tab()
    page.goto(http_url + priority_page(1), wait_until="load")
    links = page.locator(".md-copyright a")
    assert links.count() == 4  # the ministry, the accessibility statement, the editions, report a problem
    decorations = links.evaluate_all("links => links.map(a => getComputedStyle(a).textDecorationLine)")
    assert decorations == ["underline"] * 4
    page.wait_for_load_state("networkidle")
