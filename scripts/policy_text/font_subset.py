"""A font cut down to the glyphs of one word: "ខ្មែរ" in the language menu of French and English
pages, legible without the whole Khmer font nor a Khmer font on the reader's device."""

from __future__ import annotations

import base64
import functools
import hashlib
import io

from . import khmer_font


def subset_woff2(font: bytes, text: str, weight: int = 400) -> bytes:
    """A WOFF2 font of `font` at `weight` holding only what `text` needs, shaping included
    (GSUB, GPOS: Khmer stacks consonants and vowel signs), with the font's copyright and names.
    fonttools is imported here, as in khmer_font: a build that reads the cache does not pay for it."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    ttf = TTFont(io.BytesIO(font), recalcTimestamp=False)
    if "fvar" in ttf:
        ttf = instancer.instantiateVariableFont(ttf, {"wght": weight})
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 6]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(ttf)
    ttf.flavor = "woff2"
    out = io.BytesIO()
    ttf.save(out)
    return out.getvalue()


@functools.cache
def word_font_url(text: str) -> str:
    """The site's Khmer font cut to `text`, as a data: URL for an inline @font-face (no request);
    computed once for the same font and text, then read from the font cache."""
    source = khmer_font.cached_font(khmer_font.package_file(khmer_font.PACKAGE_FONT))
    key = hashlib.sha256(source + text.encode("utf-8")).hexdigest()[:32]
    cached = khmer_font.CACHE_DIR / f"word-{key}.woff2"
    if cached.is_file():
        data = cached.read_bytes()
    else:
        data = subset_woff2(source, text)
        khmer_font.write_atomically(cached, data)
    return "data:font/woff2;base64," + base64.b64encode(data).decode("ascii")
