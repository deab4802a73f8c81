"""`<link rel="alternate" hreflang>` in each page's head as absolute URLs, as search engines require.

Material writes them relative to the page; with `site_url` set each gets the page's absolute
address in that language, computed once by structured_data.py (`page.edition_alternates`).
Without a site_url there is no absolute address to give, and they stay relative.
"""

from __future__ import annotations

import re

_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')


def on_post_page(output: str, page, config) -> str:
    alternates = getattr(page, "edition_alternates", None)
    if not alternates:
        return output
    return _ALTERNATE.sub(
        lambda m: f'<link rel="alternate" href="{alternates.get(m.group(2), m.group(1))}" hreflang="{m.group(2)}">',
        output,
    )
