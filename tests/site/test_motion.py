"""Reduced motion (WCAG 2.3.3): with prefers-reduced-motion: reduce, nothing scrolls smoothly,
not even the table of contents Material scrolls from script (toc.follow)."""

from __future__ import annotations

import pytest

from .pages import priority_count

pytestmark = pytest.mark.browser

# Every scroll the page asks for, with the behaviour it asks for (recorded under any override).
SPY = """
window.__scrolls = [];
const original = Element.prototype.scrollTo;
Element.prototype.scrollTo = function (...args) {
  const options = args[0];
  window.__scrolls.push({ target: this.className, behavior: (options && options.behavior) || "auto" });
  return original.apply(this, args);
};
"""


def test_table_of_contents_does_not_scroll_smoothly(http_url, browser):
    # Low enough for the table of contents to scroll (Material scrolls it only then).
    context = browser.new_context(viewport={"width": 1280, "height": 240}, reduced_motion="reduce")
    try:
        page = context.new_page()
        page.add_init_script(SPY)
        page.goto(http_url + "texte-integral.html", wait_until="load")
        page.wait_for_load_state("networkidle")
        page.evaluate(f"document.getElementById('priorite-{priority_count()}').scrollIntoView()")  # the last
        page.wait_for_function("window.__scrolls.some(s => s.target.includes('md-sidebar__scrollwrap'))")
        page.evaluate("window.scrollTo(0, 0)")
        page.wait_for_function("window.__scrolls.filter(s => s.target.includes('md-sidebar__scrollwrap')).length > 1")
        smooth = page.evaluate("window.__scrolls.filter(s => s.behavior === 'smooth')")
        assert smooth == []
        assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
