"""Give every paragraph of the text its address (`p1-2`), derived from its place, never typed by hand.

The K-th paragraph of a page's body is paragraph K of its priority (0 for the introduction
on the home page), in every language: a citation survives translation and re-import.
"""

from __future__ import annotations

import re

from policy_text.pages import paragraph_id

_PARAGRAPH = re.compile(r"<p>")


def policy_priority(page) -> int | None:
    """The priority a page holds, 0 for the home page, None for pages outside the text."""
    if "priority" in page.meta:
        return page.meta["priority"]
    return 0 if page.file.src_uri.endswith("index.md") and "source" in page.meta else None


def on_page_content(html: str, page, config, files) -> str:
    priority = policy_priority(page)
    if priority is None:
        return html
    numbers = iter(range(1, 10_000))
    return _PARAGRAPH.sub(lambda _: f'<p id="{paragraph_id(priority, next(numbers))}">', html)
