"""Contrast of every interactive state (WCAG 1.4.3): links and controls at rest, hovered, focused,
and in a cited (:target) paragraph, in the light and the dark theme, at 4.5:1 (3:1 for large text).
axe-core checks the page at rest only."""

from __future__ import annotations

import pytest

from .a11y import DESKTOP, install

pytestmark = pytest.mark.browser

# Pages opened on a cited paragraph, so that its :target state is measured too.
PAGES = [
    "priorites/1-independance-souverainete-paix.html#p1-2",
    "en/texte-integral.html#p2-1",
    "km/texte-parallele.html#p3-1",
    "en/accessibilite.html",
]
INTERACTIVE = (
    "a.pe-cite, a.headerlink, .md-typeset p a, .md-nav__link, .md-footer__link, .md-copyright a, "
    ".pe-notice a, .md-typeset li a, a.md-skip"
)
# Whether the pointer can reach the element (the skip link, for one, lies under the header until focused).
REACHABLE = """el => {
  el.scrollIntoView({ block: "center" });
  const r = el.getClientRects()[0] || el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && (hit === el || el.contains(hit));
}"""


def failures(page, locator) -> list[str]:
    found = locator.evaluate("el => window.__a11y.textContrast(el)")
    return [found["what"]] if found and found["ratio"] < found["needed"] else []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_interactive_text_contrast_in_every_state(http_url, browser, scheme, path):
    context = browser.new_context(viewport=DESKTOP, color_scheme=scheme, reduced_motion="reduce")
    try:
        page = context.new_page()
        install(page)
        page.goto(http_url + path, wait_until="load")
        page.wait_for_load_state("networkidle")
        problems = []
        elements = page.locator(INTERACTIVE)
        for index in range(elements.count()):
            element = elements.nth(index)
            if not element.evaluate("el => el.checkVisibility() && el.getBoundingClientRect().width > 0"):
                continue
            page.mouse.move(0, 0)
            problems += [f"at rest: {f}" for f in failures(page, element)]
            if element.evaluate(REACHABLE):
                element.hover()
                problems += [f"hovered: {f}" for f in failures(page, element)]
            page.mouse.move(0, 0)
            element.focus()
            page.evaluate("window.__a11y.step()")  # transitions over
            problems += [f"focused: {f}" for f in failures(page, element)]
            element.evaluate("el => el.blur()")
        assert problems == []
        page.wait_for_load_state("networkidle")
    finally:
        context.close()


def test_footer_links_are_underlined(http_url, page):
    """Colour does not mark them apart from the footer's text (WCAG 1.4.1): an underline does."""
    page.goto(http_url + "priorites/1-independance-souverainete-paix.html", wait_until="load")
    links = page.locator(".md-copyright a")
    assert links.count() == 4  # the ministry, the accessibility statement, the editions, report a problem
    decorations = links.evaluate_all("links => links.map(a => getComputedStyle(a).textDecorationLine)")
    assert decorations == ["underline"] * 4
    page.wait_for_load_state("networkidle")
