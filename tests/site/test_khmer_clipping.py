"""Khmer letters are not cut (WCAG 1.4.4, 1.4.12), nor crossed by underlines: Khmer stacks vowel signs and subscript
consonants above and below the line, beyond what Latin text needs, and a box that clips what
overflows it (`overflow: hidden`, as Material's one-line titles with an ellipsis are) cuts them
where its height is that of Latin lines: ុ under ព, the lower halves of ្ត្រ.

On every Khmer page, at 1280 and 390 px (there with the drawer closed, then open), the ink of each
line of Khmer text is compared with every ancestor that clips and does not scroll: no line may reach
above or below it. A line's place is its `Range`'s box (the ascent and descent of the first font, a
Latin one: the Khmer font covers Khmer characters only), its ink the extent of its glyphs drawn in
the same fonts on a canvas (`measureText`). Text an ellipsis ends on the side is by design; only the
top and bottom count.
"""

from __future__ import annotations

import pytest

from .a11y import DESKTOP, PHONE, install
from .pages import language_root, pages_to_inspect

pytestmark = pytest.mark.browser

TOLERANCE = 0.5  # px: rounding of boxes

CUT = r"""tolerance => {
  const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;
  const NEAR = 24;  // px: only a line this close to a clipping box's top or bottom is measured
  const describe = el => el.tagName.toLowerCase() + (el.className && typeof el.className === "string"
    ? "." + el.className.trim().split(/\s+/).join(".") : "");
  const clips = el => {
    const s = getComputedStyle(el);
    if (s.overflowX === "visible" && s.overflowY === "visible") return false;
    // a box that scrolls shows what it holds by scrolling: only one that does not is checked
    return !/auto|scroll/.test(s.overflowY) || el.scrollHeight <= el.clientHeight + 1;
  };
  const context = document.createElement("canvas").getContext("2d");
  const segmenter = new Intl.Segmenter("km", { granularity: "grapheme" });
  // Each line of a text node: its box (the font's ascent to descent, as layout sets it) and its ink,
  // measured by drawing the line's text in the same fonts (measureText: the glyphs' own extent).
  function lines(node) {
    const s = getComputedStyle(node.parentElement);
    context.font = [s.fontStyle, s.fontWeight, s.fontSize, s.fontFamily].join(" ");
    const byLine = [];
    let offset = 0;
    for (const { segment } of segmenter.segment(node.nodeValue)) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + segment.length);
      offset += segment.length;
      const r = range.getClientRects()[0];
      if (!r || r.height === 0) continue;
      const line = byLine.find(l => Math.abs(l.top - r.top) < 1);
      if (line) {
        line.text += segment;
        [line.left, line.right] = [Math.min(line.left, r.left), Math.max(line.right, r.right)];
      } else byLine.push({ text: segment, top: r.top, left: r.left, right: r.right });
    }
    return byLine.filter(l => l.text.trim()).map(l => {
      const m = context.measureText(l.text);
      const baseline = l.top + m.fontBoundingBoxAscent;
      return { ...l, top: baseline - m.actualBoundingBoxAscent, bottom: baseline + m.actualBoundingBoxDescent };
    });
  }
  const cut = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    if (!KHMER.test(node.nodeValue)) continue;
    const holder = node.parentElement;
    if (!holder || !holder.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const whole = document.createRange();
    whole.selectNodeContents(node);
    const extent = whole.getBoundingClientRect();
    let measured = null, positioned = false;
    for (let box = holder; box && box !== document.documentElement; box = box.parentElement) {
      // what is positioned absolutely is cut by its containing block and what holds that, not by
      // the boxes in between; what is fixed, by nothing beyond itself
      const s = getComputedStyle(box);
      const skipped = positioned && s.position === "static" && s.transform === "none";
      if (!skipped) positioned = s.position === "absolute";
      const b = box.getBoundingClientRect();
      const top = b.top + box.clientTop, bottom = top + box.clientHeight;
      if (!skipped && clips(box) && b.width >= 2 && box.clientHeight >= 2  // (not visually hidden)
          && (extent.top < top + NEAR || extent.bottom > bottom - NEAR)) {
        measured ??= lines(node);
        const over = measured
          .filter(line => line.right > b.left && line.left < b.right)  // beside the box: an ellipsis' cut
          .map(line => [line, Math.max(top - line.top, line.bottom - bottom)])
          .find(([, by]) => by > tolerance);
        if (over) {
          const [line, by] = over;
          cut.push(`"${line.text.trim()}" in ${describe(holder)}: ${by.toFixed(1)} px cut by ${describe(box)}`);
        }
      }
      if (s.position === "fixed") break;
    }
  }
  return [...new Set(cut)];
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_khmer_text_is_not_cut(site, http_url, new_tab, viewport):
    page = new_tab(viewport, reduced_motion="reduce")
    install(page)
    problems = []
    drawer = page.locator(".md-header button[data-pe-toggle=__drawer]")
    for path in pages_to_inspect(site, "km"):
        page.goto(http_url + path.relative_to(site).as_posix(), wait_until="load")
        page.evaluate("document.fonts.ready")  # the text laid out in its own font
        problems += [f"{path.relative_to(site)}: {cut}" for cut in page.evaluate(CUT, TOLERANCE)]
        if drawer.is_visible():  # the menu, in the drawer
            drawer.click()
            page.evaluate("window.__a11y.settled()")
            problems += [f"{path.relative_to(site)}, drawer: {cut}" for cut in page.evaluate(CUT, TOLERANCE)]
    assert problems == [], "\n".join(problems)


# Each underlined element holding Khmer text: how far below the baseline its underline is drawn
# (text-underline-offset, from the baseline where the position is auto) and its ink reaches.
UNDERLINES = r"""() => {
  const context = document.createElement("canvas").getContext("2d");
  return [...document.querySelectorAll("body *")].filter(el => {
    const s = getComputedStyle(el);
    return s.textDecorationLine.includes("underline") && /[\u1780-\u17ff]/.test(el.textContent)
      && el.checkVisibility({ visibilityProperty: true });
  }).map(el => {
    const s = getComputedStyle(el);
    context.font = [s.fontStyle, s.fontWeight, s.fontSize, s.fontFamily].join(" ");
    const ink = context.measureText(el.textContent.trim()).actualBoundingBoxDescent;
    const offset = s.textUnderlinePosition === "auto" ? parseFloat(s.textUnderlineOffset) : NaN;
    return { what: `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 20)}"`, offset, ink };
  });
}"""


@pytest.mark.parametrize("lang", ["fr", "en", "km"])
def test_underlines_pass_below_khmer_letters(site, http_url, new_tab, lang):
    """Links are underlined (1.4.1); under Khmer text, the line passes below the subscripts (ខ្មែរ's ្ម)
    rather than through them. Each language's home page (its link to the Khmer edition, or Khmer links
    throughout), and the Khmer statement (the footer's links)."""
    page = new_tab(DESKTOP)
    paths = [language_root(site, lang) / "index.html"]
    if lang == "km":
        paths.append(language_root(site, lang) / "accessibilite.html")
    problems, seen = [], 0
    for path in paths:
        page.goto(http_url + path.relative_to(site).as_posix(), wait_until="load")
        page.evaluate("document.fonts.ready")
        for found in page.evaluate(UNDERLINES):
            seen += 1
            if not found["offset"] >= found["ink"]:
                problems.append(f"{path.relative_to(site)}: {found}")
    assert seen, "no underlined Khmer text: what does this test look at?"
    assert problems == [], "\n".join(problems)
