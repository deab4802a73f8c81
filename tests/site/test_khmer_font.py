"""The subset Khmer font draws every Khmer page as the package's full variable font does.

Each page is drawn twice in Chromium: as built, and with the full TTF of the same package served
in place of the subset (same stylesheet, so only the font differs). Compared: every content
block's size, its line breaks and the width of each line; then, for every run of Khmer
characters, which fonts drew it (Chrome DevTools' CSS.getPlatformFontsForNode: a glyph missing
from the subset would be drawn by a system font, or as tofu by the last-resort font) and with
how many glyphs (a shaping feature missing from the subset, or a dotted circle inserted for a
cluster it cannot shape, changes that count). Glyph counts are compared in the page's content,
which Material's scripts leave alone (its header and search texts come and go as they run).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from policy_text import khmer_font

from .pages import pages_to_inspect, priorities, priority_page

pytestmark = pytest.mark.browser

# The page's content: Material's, or the main part of a plain page left at an old address.
CONTENT = ":is(.md-content, .pe-old-page main)"

# Text heavier than 400 (headings, the statement, the home page's overview): instancing the weight axis to 400-700
# rounds its deltas, which moves a line's end by a few hundredths of a pixel.
HEAVY_TOLERANCE_PX = 0.1

LAYOUT = """content => [...document.querySelectorAll(`${content} :is(p, li, h1, h2, h3, h4, td, th)`)].map(el => {
  // Line breaks: the offset of each line's first character; line widths: its characters' extent.
  const range = document.createRange(), lineStarts = [], lineWidths = [], weights = new Set();
  let offset = 0, top = null, left = 0, right = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); offset += node.length) {
    if (node.data.trim()) weights.add(getComputedStyle(node.parentElement).fontWeight);
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (!rect.height) continue;
      if (top === null || rect.top > top + rect.height / 2) {
        if (top !== null) lineWidths.push(right - left);
        lineStarts.push(offset + i);
        [top, left, right] = [rect.top, rect.left, rect.right];
      } else {
        [left, right] = [Math.min(left, rect.left), Math.max(right, rect.right)];
      }
    }
  }
  if (top !== null) lineWidths.push(right - left);
  const box = el.getBoundingClientRect();
  return {block: `${el.tagName}#${el.id}.${el.className}`, weights: [...weights].sort(),
          width: box.width, height: box.height, lineStarts, lineWidths};
})"""

# Each run of characters the Khmer font is meant to draw (its unicode-range) in its own
# element, so that Chrome can say which fonts drew it. Ellipses that truncate a title are the
# browser's, not the text's: clipped instead.
KHMER_RUNS = """async () => {
  document.head.append(Object.assign(document.createElement("style"),
                                     {textContent: "* { text-overflow: clip !important }"}));
  const run = /[\\u1780-\\u17FF\\u19E0-\\u19FF\\u200B-\\u200D\\u25CC]+/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node; (node = walker.nextNode()); ) {
    if (!node.parentElement.closest("script, style") && node.data.match(run)) nodes.push(node);
  }
  for (const node of nodes) {
    const parts = node.data.split(/([\\u1780-\\u17FF\\u19E0-\\u19FF\\u200B-\\u200D\\u25CC]+)/);
    node.replaceWith(...parts.map((text, i) => i % 2 ? Object.assign(document.createElement("span"),
        {className: "khmer-run", textContent: text}) : text));
  }
  // the spans laid out and drawn before Chrome is asked which fonts drew them (a plain page, quick to load,
  // was once asked before its first frame)
  await document.fonts.ready;
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return document.fonts.check('16px "Edition Khmer"', "ខ្មែរ");
}"""


@dataclass
class Run:
    text: str
    in_content: bool
    in_dialog: bool
    fonts: list[tuple[str, bool, int]]  # (font, whether the page's own, glyphs); none when not drawn


@dataclass
class Drawing:
    blocks: list[dict]
    runs: list[Run]
    font_loaded: bool
    font_requests: int


class Painter:
    """A tab drawing pages `width` pixels wide, with `font` in place of the site's Khmer font; sent
    from page to page (a tab's first page costs Chromium a renderer process). With `font`, the
    route turns the tab's HTTP cache off: each page asks for the font again."""

    def __init__(self, browser, width: int, font: bytes | None = None) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []  # of the site's Khmer font, whichever font answers them
        self.page.on("request", lambda r: self.requests.append(r.url) if r.url.endswith(khmer_font.SITE_FONT) else None)
        if font is not None:
            self.page.route(
                f"**/{khmer_font.SITE_FONT}", lambda route: route.fulfill(body=font, content_type="font/ttf")
            )
        self.devtools = self.context.new_cdp_session(self.page)
        self.devtools.send("DOM.enable")
        self.devtools.send("CSS.enable")

    def draw(self, url: str, then: Callable[[Page], object] | None = None) -> Drawing:
        """`url` as Chromium draws it, after `then(page)` if given (what a reader does there)."""
        page, devtools = self.page, self.devtools
        self.requests.clear()
        page.goto(url, wait_until="load")
        if then is not None:
            then(page)
        page.evaluate("document.fonts.ready.then(() => null)")
        blocks = page.evaluate(LAYOUT, CONTENT)
        font_loaded = page.evaluate(KHMER_RUNS)
        root = devtools.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]

        def nodes(selector: str) -> list[int]:
            return devtools.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]

        content, dialog = set(nodes(f"{CONTENT} .khmer-run")), set(nodes("dialog .khmer-run"))
        runs = []
        for node in nodes(".khmer-run"):
            try:
                text = devtools.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
                fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
            except PlaywrightError as error:  # replaced since by Material's scripts (search, header texts)
                if "Could not find node" not in str(error):
                    raise
                assert node not in content, "the content changed while it was measured"
                continue
            runs.append(
                Run(
                    text,
                    node in content,
                    node in dialog,
                    [(f["familyName"], f["isCustomFont"], f["glyphCount"]) for f in fonts],
                )
            )
        return Drawing(blocks, runs, font_loaded, len(self.requests))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def full_font() -> bytes:
    return khmer_font.package_file(khmer_font.PACKAGE_FONT).read_bytes()


def test_subset_font_draws_khmer_pages_as_the_full_font(site, http_url, browser, full_font):
    width = 390  # a phone: the most line breaks; equal glyph advances make other widths equal too
    pages = [path.relative_to(site).as_posix() for path in pages_to_inspect(site, "km")]
    assert len(pages) >= 9
    painters = Painter(browser, width), Painter(browser, width, full_font)
    try:
        drawings = [[painter.draw(http_url + path) for painter in painters] for path in pages]
    finally:
        for painter in painters:
            painter.close()
    for path, (subset, full) in zip(pages, drawings, strict=True):
        where = f"{path} at {width} px"
        assert subset.font_loaded and full.font_loaded and full.font_requests >= 1, where
        assert [b["block"] for b in subset.blocks] == [b["block"] for b in full.blocks], where
        for ours, theirs in zip(subset.blocks, full.blocks, strict=True):
            block = f"{where}, {ours['block']}"
            assert ours["lineStarts"] == theirs["lineStarts"], f"{block}: line breaks"
            assert (ours["width"], ours["height"]) == (theirs["width"], theirs["height"]), block
            if ours["weights"] in (["400"], []):
                assert ours["lineWidths"] == theirs["lineWidths"], f"{block}: line widths"
            else:
                assert ours["lineWidths"] == pytest.approx(theirs["lineWidths"], abs=HEAVY_TOLERANCE_PX), block
        drawn = [run for run in subset.runs if run.fonts]
        assert any(run.in_content for run in drawn), where
        for run in drawn:
            assert [(name, ours) for name, ours, _ in run.fonts] == [("Noto Sans Khmer", True)], f"{where}: {run.text}"
        content = [[(run.text, run.fonts) for run in drawing.runs if run.in_content] for drawing in (subset, full)]
        assert content[0] == content[1], f"{where}: glyph counts"


def test_cite_dialog_draws_its_khmer_in_the_sites_font(http_url, browser):
    """The Cite dialog of a Khmer page: its headings and the citation in every format, BibTeX and RIS
    set in the code font included, drawn by the site's Khmer font (not a system font, nor tofu)."""
    from .test_citation import open_cite

    painter = Painter(browser, 390)
    try:
        cited = priorities()[0].paragraphs[0].id
        drawing = painter.draw(http_url + "km/" + priority_page(1), lambda page: open_cite(page, cited))
    finally:
        painter.close()
    assert drawing.font_loaded
    in_dialog = [run for run in drawing.runs if run.in_dialog]
    assert len(in_dialog) > 10 and all(run.fonts for run in in_dialog)  # every run of the dialog drawn
    for run in in_dialog:
        assert [(name, ours) for name, ours, _ in run.fonts] == [("Noto Sans Khmer", True)], run.text


@pytest.mark.parametrize("home", ["index.html", "en/index.html"])
def test_khmer_typed_in_the_search_box_of_another_language_is_drawn_in_the_sites_font(http_url, page, home):
    """A glossary name in Khmer (អាស៊ាន) finds its set on the French and English pages: the box draws it in
    the site's Khmer font, fetched only once the reader types Khmer."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if r.url.endswith(khmer_font.SITE_FONT) else None)
    page.goto(http_url + home, wait_until="networkidle")
    assert requests == []
    box = page.locator(".md-search__input")
    box.click()
    box.fill("អាស៊ាន")
    page.wait_for_function("document.fonts.check('16px \"Edition Khmer\"', 'អាស៊ាន')")
    devtools = page.context.new_cdp_session(page)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    root = devtools.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = devtools.send("DOM.querySelector", {"nodeId": root, "selector": ".md-search__input"})["nodeId"]
    fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    assert [(f["familyName"], f["isCustomFont"]) for f in fonts] == [("Noto Sans Khmer", True)]
    assert len(requests) == 1
