"""Material's stylesheets without the rules no page of this edition can use.

Material's `main.css` (137 kB, 22.7 kB compressed) styles every feature of the theme; a
reader's first visit downloads it before the first paint. This hook removes the rules
whose classes, ids or attribute values appear in no built page and in none of the scripts
(`policy_text.stylesheets`), and the custom properties and keyframes left unused, then
gives each stylesheet a file name from its new content (hosts cache `main.*` for a year)
and points every page at it. tests/site/test_stylesheets.py proves that the pages look the
same, pixel for pixel, with Material's full stylesheets.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from policy_text import project, stylesheets

# Class names Material's JavaScript writes for features this edition does not use, by
# prefix, with the class that shows the feature in a page (then its classes are all kept).
UNUSED_FEATURES = {
    "tabbed-": "tabbed-set",  # content tabs
    "md-annotation": "annotate",  # code annotations
    "md-code__": "highlight",  # buttons on code blocks
    "md-tag": "md-tags",  # tags plugin
    "md-source__": "md-source",  # repository facts
    "md-status": "md-status",  # page status
}
_MATERIAL_SHEET = re.compile(r"^(main|palette)\.[0-9a-f]{8}\.min\.css$")
_CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')


def _words(site_dir: Path, pages: list[Path]) -> set[str]:
    """Words that may name a class, id or attribute value at run time."""
    words, classes = set(), set()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        words |= set(stylesheets.WORD.findall(text))
        classes |= {name for value in _CLASS_ATTRIBUTE.findall(text) for name in value.split()}
    unused = tuple(prefix for prefix, marker in UNUSED_FEATURES.items() if marker not in classes)
    for script in (site_dir / "assets" / "javascripts").glob("*.js"):
        words |= {
            word for word in stylesheets.WORD.findall(script.read_text(encoding="utf-8")) if not word.startswith(unused)
        }
    return words


@event_priority(-112)  # after search_languages (-110); before hosting_headers (-115) and the ZIP (-120)
def on_post_build(config) -> None:
    if project.nested_language_build(config):
        return
    site_dir = Path(config.site_dir)
    folder = site_dir / "assets" / "stylesheets"
    sheets = {path: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.css"))}
    material = [path for path in sheets if _MATERIAL_SHEET.match(path.name)]
    if len(material) != 2:
        raise PluginError(
            f"prune_stylesheets: expected Material's main and palette stylesheets in {folder}, "
            f"found {[path.name for path in material]}"
        )
    pages = sorted(site_dir.rglob("*.html"))
    words = _words(site_dir, pages)
    renamed = {}
    for path in material:
        read_elsewhere = set().union(
            *(stylesheets.custom_properties_read(text) for other, text in sheets.items() if other != path)
        )
        read_elsewhere |= {word for word in words if word.startswith("--")}
        pruned = stylesheets.prune(sheets[path], words, read_elsewhere)
        digest = hashlib.sha256(pruned.encode("utf-8")).hexdigest()[:8]
        target = path.with_name(f"{path.name.split('.')[0]}.{digest}.min.css")
        if target != path:
            target.write_text(pruned, encoding="utf-8")
            path.unlink()
            renamed[path.name] = target.name
    for page in pages:
        text = original = page.read_text(encoding="utf-8")
        for old, new in renamed.items():
            text = text.replace(f"assets/stylesheets/{old}", f"assets/stylesheets/{new}")
        if text != original:
            page.write_text(text, encoding="utf-8")
