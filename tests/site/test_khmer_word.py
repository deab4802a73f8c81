""" "ខ្មែរ" in the language menu is legible on French and English pages without the Khmer font:
a subset of that font, in the page, holds its glyphs (a device without a Khmer font showed empty boxes)."""

from __future__ import annotations

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont

from policy_text import project

from .pages import priority_page

WORD = project.language("km").name
FONT_FACE = re.compile(r'font-family:"Edition Khmer Word";[^}]*src:url\("data:font/woff2;base64,([^"]+)"\)')


@pytest.mark.parametrize("path", ["index.html", "en/texte-integral.html"])
def test_page_holds_a_font_for_the_word(site, path):
    [data] = FONT_FACE.findall((site / path).read_text(encoding="utf-8"))
    woff2 = base64.b64decode(data)
    assert len(woff2) < 4000
    font = TTFont(io.BytesIO(woff2))
    assert {ord(c) for c in WORD} <= set(font.getBestCmap())
    assert "GSUB" in font  # the coeng and the vowel sign are shaped, not laid side by side


@pytest.mark.browser
@pytest.mark.parametrize("path", ["index.html", "en/" + priority_page(1)])
def test_menu_word_uses_the_subset_not_the_whole_font(http_url, page, path):
    fonts = []
    page.on("request", lambda r: r.url.endswith(".woff2") and fonts.append(r.url))
    page.goto(http_url + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")
    assert fonts == []  # not the whole Khmer font
    names = page.locator('a[hreflang="km"]')
    assert names.count() >= 1
    for family in names.evaluate_all("links => links.map(a => getComputedStyle(a).fontFamily)"):
        assert family.startswith('"Edition Khmer Word"')
    loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    assert any("Edition Khmer Word" in f for f in loaded)
