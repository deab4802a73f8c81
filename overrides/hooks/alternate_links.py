"""`<link rel="alternate" hreflang>` in each page's head as absolute URLs, as search engines require.

Material writes them relative to the page; with `site_url` set they are resolved against the
page's canonical URL. Without a site_url there is no absolute address to give, and they stay relative.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')


def on_post_page(output: str, page, config) -> str:
    if not page.canonical_url:
        return output
    return _ALTERNATE.sub(
        lambda m: f'<link rel="alternate" href="{urljoin(page.canonical_url, m.group(1))}" hreflang="{m.group(2)}">',
        output)
