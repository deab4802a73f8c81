"""Every page opened once per reader, and everything checked while it is open.

Each page is opened once for each reader in READERS (a width and a colour scheme), and while it
is open it is checked for what the console logged, the requests it made, axe-core's violations
(on the page as loaded) and a keyboard walk forwards then backwards (after axe: the walk moves
focus and scroll). Several pages are inspected at once (Playwright's async API, on a thread of
its own beside the tests' synchronous browser), so that one page's work fills another's waits (a
page load, a frame after each key). The pages are shared out between AT_ONCE tabs, each sent
from page to page as a reader's would be (a tab's first page costs Chromium a renderer process,
about a second and a half of CPU; the walks change no state, they only move focus), and each in
a browser context of its own (tabs of one context share a renderer process, and wait for each
other's frames: a walk of four tabs in one context took five times as long). Per reader and
language, the walks take about two thirds of the time: each key costs Chromium about 35 ms of
CPU (input, focus, scroll, a frame, the checks).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from dataclasses import dataclass, field

from policy_text import chromium

from .a11y import COLOUR_JS, DESKTOP, PHONE
from .browser import AXE, AXE_OPTIONS, AXE_TAGS, Visit, axe_lines, record

# Each palette at one width, each width in one palette: the walks check focus rings against both
# palettes and the header at both widths; axe runs in both palettes.
READERS = {"1280-light": (DESKTOP, "light"), "390-dark": (PHONE, "dark")}
PALETTES = {"light": "default", "dark": "slate"}  # the reader's preferred scheme: Material's palette
KEYS = ("Tab", "Shift+Tab")  # downwards (a stop appears at the bottom), then upwards (under the sticky header)
AT_ONCE = 2
STOP_LIMIT = 300


@dataclass
class Inspection:
    url: str
    loaded: Visit = field(default_factory=Visit)  # what the console logged and the page requested
    palette: str | None = None
    axe_violations: list[str] = field(default_factory=list)
    stops: dict[str, list[str]] = field(default_factory=dict)  # by key, the focus stops in order
    focus_problems: list[str] = field(default_factory=list)


async def _walk(page, key: str, inspection: Inspection) -> None:
    """Press `key` until focus leaves the document or comes back to a stop already seen,
    recording each stop and what is wrong with it."""
    stops = inspection.stops.setdefault(key, [])
    for _ in range(STOP_LIMIT):
        await page.keyboard.press(key)
        found = await page.evaluate("key => window.__a11y.step(key)", key)
        if found is None or found["again"]:
            if stops:
                return
            continue
        stops.append(found["stop"])
        if found["problem"]:
            inspection.focus_problems.append(f"{key}: {found['problem']}")
    inspection.focus_problems.append(f"{key}: more than {STOP_LIMIT} focus stops: a trap?")


class _Tab:
    """A tab of the reader's browser, sent from page to page; its listeners record into the
    inspection of the page it was last sent to."""

    def __init__(self, page) -> None:
        self.page, self.inspection = page, Inspection("")
        record(page, lambda: self.inspection.loaded, lambda: self.inspection.url)

    async def inspect(self, url: str) -> Inspection:
        page, self.inspection = self.page, Inspection(url)
        await page.goto(url, wait_until="load")  # every script has run: Material's and edition.js's controls
        await page.wait_for_load_state("networkidle")
        await page.evaluate("document.fonts.ready")  # the text is laid out in its own font
        self.inspection.palette = await page.get_attribute("body", "data-md-color-scheme")
        await page.add_script_tag(path=str(AXE))
        self.inspection.axe_violations = axe_lines(
            await page.evaluate(f"tags => axe.run(document, {AXE_OPTIONS})", AXE_TAGS)
        )
        for key in KEYS:
            await _walk(page, key, self.inspection)
        return self.inspection


def inspect_every_page(urls: list[str], reader: str) -> list[Inspection]:
    """Each of `urls` inspected for `reader` (a key of READERS), in the order given."""
    from playwright.async_api import async_playwright

    viewport, scheme = READERS[reader]

    async def inspect_all() -> list[Inspection]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.FLAGS)
            tabs: asyncio.Queue = asyncio.Queue()
            for _ in range(AT_ONCE):
                context = await browser.new_context(viewport=viewport, color_scheme=scheme, reduced_motion="reduce")
                await context.add_init_script(COLOUR_JS)
                tabs.put_nowait(_Tab(await context.new_page()))

            async def inspect(url: str) -> Inspection:
                tab = await tabs.get()
                try:
                    return await tab.inspect(url)
                finally:
                    tabs.put_nowait(tab)

            try:
                return await asyncio.gather(*(inspect(url) for url in urls))
            finally:
                await browser.close()

    with concurrent.futures.ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, inspect_all()).result()
