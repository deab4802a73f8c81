"""The Khmer web font: Noto Sans Khmer from a pinned Python package, cut to what the site draws.

The package's variable TTF (360 kB; Khmer, Latin, Greek, Cyrillic, widths 62.5–100, weights
100–900) is subset to the Khmer blocks, the zero-width characters and the dotted circle, with
every shaping feature that applies to them, and instanced to width 100 and weights 400–700
(the weights the stylesheet asks for): about 30 kB of WOFF2. The whole Khmer block is kept,
not just the characters of our pages, so that a reader's own search query is drawn in the same
font. The result is cached by the hash of everything it depends on, so a build pays for it
(about 3 s) once.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from importlib import resources
from pathlib import Path

import brotli
import fontTools

from . import project

PACKAGE = "fontpkg_noto_sans_khmer"
"""The PyPI package `fontpkg-noto-sans-khmer`, pinned in requirements.lock."""
PACKAGE_FONT = "files/NotoSansKhmer[wdth,wght].ttf"
PACKAGE_LICENCE = "LICENSE"
SITE_FONT = "assets/fonts/noto-sans-khmer.woff2"
SITE_LICENCE = "assets/fonts/noto-sans-khmer.LICENSE.txt"
CACHE_DIR = project.CACHE_DIR / "fonts"

# Everything that decides the output but the font and the libraries: part of the cache key.
PARAMETERS: dict = {
    "unicode_ranges": [
        [0x1780, 0x17FF],  # Khmer
        [0x19E0, 0x19FF],  # Khmer Symbols
        [0x200B, 0x200D],  # zero-width space, non-joiner, joiner
        [0x25CC, 0x25CC],  # dotted circle: the shaper's base for a mark typed alone
    ],
    "layout_features": ["*"],  # every GSUB and GPOS feature that applies to the glyphs kept
    "axes": {"wdth": 100, "wght": [400, 700]},
    "flavor": "woff2",
    "timestamp": "source",  # head.modified kept from the source: the same bytes on every machine
}


class FontSourceError(FileNotFoundError):
    """The packaged font or its licence is not where the pinned package puts it."""


def unicodes() -> list[int]:
    return [code for first, last in PARAMETERS["unicode_ranges"] for code in range(first, last + 1)]


def package_file(name: str) -> Path:
    """A file of the font package; a clear error when the package or the file is missing."""
    expected = f"{name} of the Python package fontpkg-noto-sans-khmer (pinned in requirements.lock; `make` installs it)"
    try:
        path = Path(str(resources.files(PACKAGE) / name))
    except ModuleNotFoundError as error:
        raise FontSourceError(f"Khmer font: package {PACKAGE} not installed; expected {expected}") from error
    if not path.is_file():
        raise FontSourceError(f"Khmer font: {path} missing; expected {expected}")
    return path


def cache_key(font: bytes) -> str:
    """Hash of the font, the parameters and the versions of the libraries that write it."""
    digest = hashlib.sha256(font)
    versions = {"fonttools": fontTools.version, "brotli": brotli.__version__}
    digest.update(json.dumps([PARAMETERS, versions], sort_keys=True).encode())
    return digest.hexdigest()


def subset_font(font: bytes) -> bytes:
    """The WOFF2 the site serves, from the packaged variable TTF (subset first: instancing the
    whole font is slower). fonttools is imported here: its import alone would add ~0.7 s to
    every build, which reads the font from the cache."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    ttf = TTFont(io.BytesIO(font), recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = PARAMETERS["layout_features"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(ttf)
    axes = {tag: tuple(value) if isinstance(value, list) else value for tag, value in PARAMETERS["axes"].items()}
    instance = instancer.instantiateVariableFont(ttf, axes)
    instance.flavor = PARAMETERS["flavor"]
    output = io.BytesIO()
    instance.save(output)
    return output.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Never a half-written file, even with two builds at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as temporary:
        temporary.write(data)
    os.replace(temporary.name, path)


def cached_font(source: Path, cache_dir: Path = CACHE_DIR) -> bytes:
    """`subset_font` of `source`, computed once for the same inputs."""
    font = source.read_bytes()
    cached = cache_dir / f"noto-sans-khmer-{cache_key(font)[:32]}.woff2"
    if cached.is_file():
        return cached.read_bytes()
    woff2 = subset_font(font)
    write_atomically(cached, woff2)
    return woff2


def write_font(site_dir: Path, cache_dir: Path = CACHE_DIR) -> None:
    """Write the font and its licence (OFL) into the built site."""
    woff2 = cached_font(package_file(PACKAGE_FONT), cache_dir)
    licence = package_file(PACKAGE_LICENCE).read_bytes()
    for site_path, data in ((SITE_FONT, woff2), (SITE_LICENCE, licence)):
        target = site_dir / site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
