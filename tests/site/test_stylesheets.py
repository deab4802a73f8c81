"""Pruned stylesheets (overrides/hooks/prune_stylesheets.py) change nothing a reader sees.

Each view is captured twice in Chromium: as built, then with Material's full stylesheets
served in place of the pruned ones. The two captures must be identical, pixel for pixel,
at phone and desktop widths, in every language, in light and dark, with the navigation
drawer, the search results and the side-by-side page open.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from tests.conftest import CHROMIUM, CHROMIUM_FLAGS


pytestmark = pytest.mark.browser

MATERIAL_SHEETS = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 900}
PRIORITY = "priorites/1-independance-souverainete-paix.html"


def original(kind: str) -> Path:
    [path] = MATERIAL_SHEETS.glob(f"{kind}.*.min.css")
    return path


def open_drawer(page):
    page.locator("label[for=__drawer]:visible").first.click()
    page.wait_for_timeout(400)


def dark(page):
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_timeout(200)


def search(query):
    def run(page):
        page.keyboard.press("/")  # Material's shortcut: opens search, focuses the box
        page.locator("input.md-search__input").press_sequentially(query)
        page.locator(".md-search-result__item").first.wait_for()
        stable, last = 0, None
        while stable < 5:  # the results of the last keystroke, not of an earlier one
            page.wait_for_timeout(100)
            html = page.locator(".md-search-result").inner_html()
            stable, last = (stable + 1 if html == last else 0), html
    return run


VIEWS = [
    ("fr home, phone", "index.html", PHONE, None),
    ("fr priority, phone", PRIORITY, PHONE, None),
    ("fr priority, desktop", PRIORITY, DESKTOP, None),
    ("en priority, desktop, dark", "en/" + PRIORITY, DESKTOP, dark),
    ("km priority, phone", "km/" + PRIORITY, PHONE, None),
    ("km home, desktop", "km/index.html", DESKTOP, None),
    ("fr drawer, phone", PRIORITY, PHONE, open_drawer),
    ("fr search, phone", "index.html", PHONE, search("neutralite")),
    ("en search, desktop", "en/index.html", DESKTOP, search("sovereignty")),
    ("fr side by side, desktop", "texte-parallele.html", DESKTOP, None),
    ("fr full text, phone", "texte-integral.html", PHONE, None),
    ("404, phone", "404.html", PHONE, None),
]


@pytest.fixture(scope="module")
def steady_browser(browser):
    """Chromium drawing text the same way whatever the compositing (no LCD antialiasing)."""
    steady = browser.browser_type.launch(executable_path=CHROMIUM,
                                         args=CHROMIUM_FLAGS + ["--disable-lcd-text", "--force-color-profile=srgb"])
    yield steady
    steady.close()


def serve(path: Path):
    def handler(route):
        route.fulfill(path=path, content_type="text/css")
    return handler


def capture(browser, url: str, viewport: dict, action, full: bool) -> bytes:
    context = browser.new_context(viewport=viewport, color_scheme="light")
    page = context.new_page()
    if full:
        for kind in ("main", "palette"):
            page.route(re.compile(rf"/assets/stylesheets/{kind}\.[0-9a-f]{{8}}\.min\.css$"), serve(original(kind)))
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
    context.close()
    return image


def test_material_stylesheets_are_pruned_and_renamed(site):
    built = {path.name for path in (site / "assets" / "stylesheets").glob("*.min.css")}
    for kind in ("main", "palette"):
        [name] = [name for name in built if name.startswith(kind + ".")]
        assert name != original(kind).name
        assert (site / "assets" / "stylesheets" / name).stat().st_size < original(kind).stat().st_size * 0.6
    home = (site / "index.html").read_text(encoding="utf-8")
    assert all(f"assets/stylesheets/{name}" in home for name in built)


@pytest.mark.parametrize("name,path,viewport,action", VIEWS, ids=[view[0] for view in VIEWS])
def test_pages_look_the_same_with_materials_full_stylesheets(site, http_url, steady_browser, tmp_path,
                                                             name, path, viewport, action):
    pruned = capture(steady_browser, http_url + path, viewport, action, full=False)
    full = capture(steady_browser, http_url + path, viewport, action, full=True)
    if pruned != full:
        (tmp_path / "pruned.png").write_bytes(pruned)
        (tmp_path / "full.png").write_bytes(full)
    assert pruned == full, f"{name}: rendering differs, see {tmp_path}/pruned.png and full.png"
