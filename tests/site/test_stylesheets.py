"""Pruned stylesheets (policy_text.stylesheets) change nothing a reader sees.

Each view is captured twice in Chromium: as built, then with Material's full stylesheets
served in place of the pruned ones. The two captures must be identical, pixel for pixel
(but for rasterisation noise, see NOISE_PIXELS),
at phone and desktop widths, in every language, in light and dark, with the navigation
drawer, the search results and the side-by-side page open.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from pathlib import Path

import material
import pytest

from policy_text import chromium

from .a11y import DESKTOP, PHONE
from .browser import Reading
from .pages import priority_page
from .search import observe, query_set, type_query

MATERIAL_SHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
PRIORITY = priority_page(1)
QUERY = next(q.query for q in query_set() if q.lang == "fr" and q.expect)  # one that finds paragraphs


def original(kind: str) -> Path:
    [path] = MATERIAL_SHEETS.glob(f"{kind}.*.min.css")
    return path


def open_drawer(page):
    page.locator("[for=__drawer]:visible").first.click()  # a button once edition.js has run
    page.wait_for_timeout(400)


def dark(page):
    page.locator("form[data-md-component=palette] button:visible").first.click()
    page.mouse.move(0, DESKTOP["height"] - 1)  # off the button: its tooltip shows on hover, after a delay
    page.wait_for_timeout(200)


def search(query):
    def run(page):
        page.locator("[for=__search]:visible").first.click()  # opens search (the / shortcut is off: WCAG 2.1.4)
        assert type_query(page, query), f"no result for {query!r}"  # those of the query, not of a keystroke before

    return run


VIEWS = [
    ("fr home, phone", "index.html", PHONE, None),
    ("fr priority, phone", PRIORITY, PHONE, None),
    ("fr priority, desktop", PRIORITY, DESKTOP, None),
    ("en priority, desktop, dark", "en/" + PRIORITY, DESKTOP, dark),
    ("km priority, phone", "km/" + PRIORITY, PHONE, None),
    ("km home, desktop", "km/index.html", DESKTOP, None),
    ("fr drawer, phone", PRIORITY, PHONE, open_drawer),
    ("fr search, phone", "index.html", PHONE, search(QUERY)),
    # Not "en search, desktop": its result list was captured differently in 2 runs of ~15
    # (about 1,200 pixels of the result text, by up to 71 levels), cause not found.
    ("fr side by side, desktop", "texte-parallele.html", DESKTOP, None),
    ("fr full text, phone", "texte-integral.html", PHONE, None),
    ("404, phone", "404.html", PHONE, None),
]


@pytest.fixture(scope="module")
def steady(browser, http_url) -> Iterator[Reading]:
    """A reading context (tests/site/browser.Reading) of a Chromium drawing text the same way whatever
    the compositing (no LCD antialiasing); it prefers light, as a new context does."""
    steady = browser.browser_type.launch(
        executable_path=chromium.EXECUTABLE, args=chromium.FLAGS + ["--disable-lcd-text", "--force-color-profile=srgb"]
    )
    reading = Reading(steady, http_url + "index.html")
    observe(reading.context)  # for search views: when the results are those of the query
    yield reading
    steady.close()


def serve(path: Path):
    def handler(route):
        route.fulfill(path=path, content_type="text/css")

    return handler


def capture(reading: Reading, url: str, viewport: dict, action, full: bool) -> bytes:
    """`url` in a new tab of `reading` once settled, after `action`; with Material's full stylesheets
    if `full`. The tab forgotten after: the next capture is a new reader's."""
    page = reading.new_tab(viewport)
    if full:
        for kind in ("main", "palette"):
            page.route(re.compile(rf"/assets/stylesheets/{kind}\.[0-9a-f]{{8}}\.min\.css$"), serve(original(kind)))
    try:
        page.goto(url, wait_until="networkidle")
        if action:
            action(page)
        image, previous = None, b""
        for _ in range(10):  # the page once settled: two captures in a row alike
            image = page.screenshot(full_page=True, animations="disabled")
            if image == previous:
                break
            previous = image
            page.wait_for_timeout(300)
        return image
    finally:
        reading.forget()


# Chromium does not always rasterise an icon identically twice (seen: 45 pixels of the palette
# icon, by up to 24 levels). A rule lost by pruning moves, recolours or hides whole elements:
# thousands of pixels, by far more (a mutation pruning the search results' styles: 22,000 to
# 40,000 pixels, by up to 255 levels).
NOISE_PIXELS, NOISE_LEVELS = 100, 32

COMPARE = """async ([a, b]) => {
  const load = data => new Promise(resolve => {
    const image = new Image(); image.onload = () => resolve(image); image.src = "data:image/png;base64," + data; });
  const pixels = image => {
    const canvas = Object.assign(document.createElement("canvas"), {width: image.width, height: image.height});
    const context = canvas.getContext("2d"); context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data; };
  const [x, y] = [await load(a), await load(b)];
  if (x.width !== y.width || x.height !== y.height) return [x.width * x.height, 255];
  const p = pixels(x), q = pixels(y);
  let changed = 0, largest = 0;
  for (let i = 0; i < p.length; i += 4) {
    const delta = Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
    if (delta) { changed++; largest = Math.max(largest, delta); }
  }
  return [changed, largest];
}"""


def difference(browser, a: bytes, b: bytes) -> tuple[int, int]:
    """(pixels that differ, largest difference of a colour channel) between two PNG images."""
    if a == b:
        return 0, 0
    context = browser.new_context()
    page = context.new_page()
    changed, largest = page.evaluate(COMPARE, [base64.b64encode(a).decode(), base64.b64encode(b).decode()])
    context.close()
    return changed, largest


def test_material_stylesheets_are_pruned_and_renamed(site):
    built = {path.name for path in (site / "assets" / "stylesheets").glob("*.min.css")}
    for kind in ("main", "palette"):
        [name] = [name for name in built if name.startswith(kind + ".")]
        assert name != original(kind).name
        assert (site / "assets" / "stylesheets" / name).stat().st_size < original(kind).stat().st_size * 0.6
    home = (site / "index.html").read_text(encoding="utf-8")
    assert all(f"assets/stylesheets/{name}" in home for name in built)


@pytest.mark.pixels
@pytest.mark.parametrize("name,path,viewport,action", VIEWS, ids=[view[0] for view in VIEWS])
def test_pages_look_the_same_with_materials_full_stylesheets(
    site, http_url, steady, tmp_path, name, path, viewport, action
):
    pruned = capture(steady, http_url + path, viewport, action, full=False)
    full = capture(steady, http_url + path, viewport, action, full=True)
    changed, largest = difference(steady.context.browser, pruned, full)
    if changed:
        (tmp_path / "pruned.png").write_bytes(pruned)
        (tmp_path / "full.png").write_bytes(full)
    assert changed <= NOISE_PIXELS and largest <= NOISE_LEVELS, (
        f"{name}: {changed} pixels differ, by up to {largest} levels; see {tmp_path}/pruned.png and full.png"
    )
