"""Helpers for the browser tests: open a page recording problems, tabs of a reader's context, run axe-core."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files

# axe-core as bundled by the pinned Python package axe-playwright-python (0.1.8: axe-core 4.12.1);
# only its JavaScript is used, loaded into the page as before.
AXE = files("axe_playwright_python") / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# every rule of the tags runs; only violations are detailed node by node (resultTypes: less work, same verdict)
AXE_OPTIONS = "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}"


@dataclass
class Visit:
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def elsewhere(self, base: str) -> list[str]:
        """The requests for anything but the site at `base` (a `data:` address is in the page itself)."""
        return [url for url in self.requested if not url.startswith(base) and not url.startswith("data:")]


def record(page, into: Callable[[], Visit], where: Callable[[], str]) -> None:
    """Record the console errors, page errors and every request of `page` (Playwright's sync or async
    API) into `into()`, each error followed by ` (where())`."""
    page.on("console", lambda m: m.type == "error" and into().console_errors.append(f"{m.text} ({where()})"))
    page.on("pageerror", lambda e: into().console_errors.append(f"{e} ({where()})"))
    page.on("request", lambda r: into().requested.append(r.url))
    page.on("requestfailed", lambda r: into().failed_requests.append(f"{r.url}: {r.failure}"))


def visit(page, url: str) -> Visit:
    """Open `url`, recording console errors, page errors and every request."""
    found = Visit()
    record(page, lambda: found, lambda: url)
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    return found


# A new reader's tab: on its first page, the site's localStorage is emptied before the page's scripts
# read it (Material's palette, which it stores on every page it shows and prefers to the reader's colour
# scheme); on the tab's later pages, what the reader chose there stays (its own sessionStorage says so).
NEW_READER = """if (!sessionStorage.getItem("pe-test-reader")) {
  localStorage.clear();
  sessionStorage.setItem("pe-test-reader", "1");
}"""


class Reading:
    """A browser context with a tab kept on the site at `url`: the tabs `new_tab` opens beside it share
    that tab's renderer process (a context, or a tab alone on the site, costs Chromium a new one: about
    1.5 s of CPU). Each is a new reader's (NEW_READER: clearing the site's storage once a test was over
    was not enough: twice in a full run a dark reader's page showed the light palette, most likely one
    an earlier test's tab stored); `forget` closes them. For tabs that only read that
    site."""

    def __init__(self, browser, url: str) -> None:
        self.context = browser.new_context()
        self._kept = self.context.new_page()
        self._kept.goto(url, wait_until="load")
        self._opened: list = []

    def new_tab(self, viewport: dict | None = None, **media):
        """A new tab, `media` as Page.emulate_media takes it (color_scheme, reduced_motion, forced_colors)."""
        tab = self.context.new_page()
        tab.add_init_script(NEW_READER)
        self._opened.append(tab)
        if viewport:
            tab.set_viewport_size(viewport)
        if media:
            tab.emulate_media(**media)
        return tab

    def forget(self) -> None:
        for tab in self._opened:
            tab.close()
        self._opened.clear()


def axe_lines(result: dict) -> list[str]:
    """axe-core's violations, one line each."""
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each."""
    page.add_script_tag(path=str(AXE))
    return axe_lines(page.evaluate(f"tags => axe.run(document, {AXE_OPTIONS})", AXE_TAGS))
