"""Open many pages of a site in one browser context, several loading at once.

Each page is recorded as `browser.visit` records one (console errors, page errors, failed
requests, every request) and handed over once loaded and idle (the `load` event, then no
request for 500 ms: Playwright's "networkidle"). While the caller inspects one page, the next
ones load in other tabs: the idle waits overlap instead of adding up. The tabs are reused from
page to page (a new tab per page costs more than it saves). Pages only read, never write
anything a neighbour reads (the palette choice Material stores is the context's own scheme).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from .browser import Visit, record

AT_ONCE = 3  # pages loading together: enough to hide the idle waits, few enough for two cores


class _Tab:
    """A page whose listeners record into the record of the address it was last sent to."""

    def __init__(self, context):
        self.page = context.new_page()
        self.url, self.record = "", Visit()
        record(self.page, lambda: self.record, lambda: self.url)

    def open(self, url: str) -> _Tab:
        self.url, self.record = url, Visit()
        self.page.goto(url, wait_until="commit")
        return self


def visit_all(context, urls: Iterable[str], at_once: int = AT_ONCE) -> Iterator[tuple[str, object, Visit]]:
    """(url, page, record) for each of `urls`, in order, each page loaded and idle; the caller is
    done with a page when it asks for the next one."""
    waiting = deque(urls)
    tabs = [_Tab(context) for _ in range(min(at_once, len(waiting)))]
    loading = deque(tab.open(waiting.popleft()) for tab in tabs)
    try:
        while loading:
            tab = loading.popleft()
            tab.page.wait_for_load_state("load")
            tab.page.wait_for_load_state("networkidle")
            yield tab.url, tab.page, tab.record
            if waiting:
                loading.append(tab.open(waiting.popleft()))
    finally:
        for tab in tabs:
            tab.page.close()
