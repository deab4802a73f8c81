"""A font cut down to the glyphs of one word: "ខ្មែរ" in the language menu of French and English
pages, legible without the whole Khmer font (about 100 kB) nor a Khmer font on the reader's device."""

from __future__ import annotations

import base64
import functools
import io
from pathlib import Path

from fontTools import subset  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fontTools.varLib import instancer  # type: ignore[import-untyped]

from .project import ROOT

# The site's Khmer font, as overrides/hooks/vendor_assets.py copies it from npm.
# TODO(merge): take it from policy_text.khmer_font once that module builds the Khmer font.
KHMER_FONT = ROOT / "node_modules/@fontsource-variable/noto-sans-khmer/files/noto-sans-khmer-khmer-wght-normal.woff2"


def subset_woff2(source: Path, text: str, weight: int = 400) -> bytes:
    """A WOFF2 font of `source` at `weight` holding only what `text` needs, shaping included
    (GSUB, GPOS: Khmer stacks consonants and vowel signs), with the font's copyright and names."""
    font = TTFont(source)
    if "fvar" in font:
        font = instancer.instantiateVariableFont(font, {"wght": weight})
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 6]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@functools.cache
def word_font_url(text: str) -> str:
    """The subset of the Khmer font for `text`, as a data: URL for an inline @font-face (no request)."""
    return "data:font/woff2;base64," + base64.b64encode(subset_woff2(KHMER_FONT, text)).decode("ascii")
