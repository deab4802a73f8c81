"""Content shown on hover or focus (WCAG 1.4.13): whatever appears when the pointer rests on an
element or when it takes focus, a tooltip or a menu, goes when the reader presses Escape.

On each page, every kind of element that can be hovered or focused (a link, a button, anything
with a title; one of each kind, by tag, classes and title) is hovered, then focused; anything
shown that was not before (beyond the element itself) must be gone after Escape. A browser's own
`title` tooltip is drawn outside the page, by the browser (1.4.13's exception): it is not seen here.
"""

from __future__ import annotations

import pytest

from policy_text import editions, project

from .a11y import DESKTOP, PHONE, install

pytestmark = pytest.mark.browser

# In the page: the elements to try, one of each kind; what is shown; what an action showed.
HOVER_JS = r"""
window.__hover = (() => {
  const CANDIDATES = "[title], a[href], button, input:not([type=hidden]), select, summary, [tabindex]";
  function shown(el, opacity = true) {  // (a ¶ link is transparent until hovered or focused)
    if (!el.checkVisibility({ opacityProperty: opacity, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width >= 1 && r.height >= 1;
  }
  function kind(el) {
    const classes = [...el.classList].filter(c => c !== "focus-visible").sort().join(".");
    return `${el.tagName}.${classes}${el.hasAttribute("title") ? "[title]" : ""}`;
  }
  let before = new Set();
  return {
    candidates() {
      const seen = new Set(), found = [];
      document.querySelectorAll(CANDIDATES).forEach((el, index) => {
        if (!shown(el, false) || seen.has(kind(el))) return;
        seen.add(kind(el));
        el.setAttribute("data-hover-candidate", String(index));
        found.push(String(index));
      });
      return found;
    },
    // Scroll `el` into view, take focus away, note what is shown; where to hover `el`.
    async ready(el) {
      el.scrollIntoView({ block: "center" });
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
      await window.__a11y.settled();
      await window.__a11y.settled();
      before = new Set([...document.body.querySelectorAll("*")].filter(shown));
      const r = el.getClientRects()[0] || el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const hit = document.elementFromPoint(x, y);
      return hit && el.contains(hit) ? [x, y] : null;  // null: under something else, nowhere to hover it
    },
    // What is shown now that was not in `ready`, but `el` and what it holds.
    async appeared(el) {
      await window.__a11y.settled();
      await window.__a11y.settled();
      return [...document.body.querySelectorAll("*")]
        .filter(n => shown(n) && !before.has(n) && !el.contains(n))
        .filter((n, _, all) => !all.includes(n.parentElement))  // the outermost of what appeared
        .map(window.__a11y.describe);
    },
  };
})();
"""

NEUTRAL = (1, 400)  # a point of the page's margin, over no control, where the pointer rests between tries


def pages() -> list[str]:
    """The full text in French (every kind of element of the text: ¶, § and Cite, the table of
    contents), the accessibility statement in English, the editions index in Khmer: the header, the
    navigation and the footer of each."""
    at = project.language_prefix
    return [
        f"{at('fr')}texte-integral.html",
        f"{at('en')}accessibilite.html",
        f"{at('km')}{editions.EDITIONS_DIR}/index.html",
    ]


def leftovers(page, index: str, action: str) -> list[str]:
    """`action` (hover or focus) on candidate `index`: what it showed that Escape did not take away."""
    el = page.locator(f'[data-hover-candidate="{index}"]')
    page.mouse.move(*NEUTRAL)
    point = el.evaluate("el => window.__hover.ready(el)")
    if action == "hover":
        if point is None:
            return []
        page.mouse.move(*point)
    else:
        el.evaluate("el => el.focus({ preventScroll: true })")
    appeared = el.evaluate("el => window.__hover.appeared(el)")
    if not appeared:
        return []
    page.keyboard.press("Escape")
    page.wait_for_timeout(400)  # time for a tooltip that fades or waits before it goes (Material's: 250 ms)
    left = el.evaluate("el => window.__hover.appeared(el)")
    what = el.evaluate("el => window.__a11y.describe(el)")
    return [f"{action} on {what}: {shown} still shown after Escape" for shown in left if shown in appeared]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("path", pages())
def test_escape_dismisses_what_hover_and_focus_show(http_url, new_tab, viewport, path):
    page = new_tab(viewport, reduced_motion="reduce")
    install(page)
    page.add_init_script(HOVER_JS)
    page.goto(http_url + path, wait_until="load")
    page.evaluate("document.fonts.ready")
    candidates = page.evaluate("window.__hover.candidates()")
    assert len(candidates) > 5
    problems = []
    for index in candidates:
        for action in ("hover", "focus"):
            problems += leftovers(page, index, action)
    assert problems == [], "\n".join(problems)
