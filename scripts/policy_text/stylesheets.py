"""Material's stylesheets without the rules no page can use: a first visit loads them before painting.

Material's `main.css` styles every feature of the theme (admonitions, tabs, code, tags…);
this edition uses a few. A selector is kept unless it names a class, an id or an attribute
value found nowhere in the built pages and scripts (where Material's JavaScript writes its
own class names as literals); then custom properties no rule reads and keyframes no rule
runs are removed. Conservative by construction: anything inside `:not()`, `:is()`,
`:where()` or `:has()` counts as matching, and unknown at-rules are kept whole.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path


class StylesheetError(ValueError):
    """A stylesheet this step cannot read, or Material's two stylesheets not where they were."""


# Words of the pages and scripts: class names, ids, attribute names and values.
WORD = re.compile(r"[\w-]+")

_GROUPING = ("@media", "@supports", "@container", "@layer", "@document", "@scope")
_KEYFRAMES = re.compile(r"@(?:-\w+-)?keyframes\s+([\w-]+)")
_ATTRIBUTE = re.compile(r"\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]+)\s*(?:[is]\s*)?)?\]")
_CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
_FUNCTIONAL = re.compile(r":(?:not|is|where|has|-webkit-any|-moz-any)\(")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CUSTOM_USE = re.compile(r"var\(\s*(--[\w-]+)")
_SPECIAL = re.compile(r"[\"'()\\{};,]|/\*")


def _scan(text: str, start: int, stops: str) -> int:
    """Index of the first character of `stops` at depth 0 from `start` (quotes, parens, url())."""
    depth, quote, i = 0, None, start
    while match := _SPECIAL.search(text, i):
        char, i = match[0], match.start()
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "/*":
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 1
        elif depth == 0 and char in stops:
            return i
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        i += 1
    return len(text)


def _matching_brace(text: str, open_at: int) -> int:
    depth, i = 0, open_at
    while i < len(text):
        i = _scan(text, i, "{}")
        if i >= len(text):
            break
        depth += 1 if text[i] == "{" else -1
        if depth == 0:
            return i
        i += 1
    raise StylesheetError(f"unbalanced braces in stylesheet at offset {open_at}")


def blocks(css: str) -> list[tuple[str, str | None]]:
    """Top-level items: (prelude, body) for `prelude{body}`, (statement, None) for `@x …;`."""
    items: list[tuple[str, str | None]] = []
    i = 0
    while i < len(css):
        stop = _scan(css, i, "{;}")
        prelude = css[i:stop].strip()
        if stop >= len(css) or css[stop] == "}":
            if prelude:
                items.append((prelude, None))
            i = stop + 1
        elif css[stop] == ";":
            items.append((prelude, None))
            i = stop + 1
        else:
            close = _matching_brace(css, stop)
            items.append((prelude, css[stop + 1 : close]))
            i = close + 1
    return items


def _split(text: str, separator: str) -> list[str]:
    parts, i = [], 0
    while i <= len(text):
        stop = _scan(text, i, separator)
        parts.append(text[i:stop])
        i = stop + 1
    return parts


def _without_functional_pseudo_classes(selector: str) -> str:
    while match := _FUNCTIONAL.search(selector):
        close = _scan(selector, match.end(), ")")
        selector = selector[: match.start()] + selector[close + 1 :]
    return selector


def selector_is_used(selector: str, words: set[str]) -> bool:
    selector = _without_functional_pseudo_classes(_COMMENT.sub("", selector))
    for name, operator, value in _ATTRIBUTE.findall(selector):
        if name not in words:
            return False
        if operator in ("=", "~=") and not set(WORD.findall(value.strip("\"'"))) <= words:
            return False
    selector = _ATTRIBUTE.sub("", selector)
    return all(name in words for name in _CLASS_OR_ID.findall(selector))


def _rewrite(css: str, rule) -> str:
    """`css` with each rule replaced by `rule(prelude, body)` (its new text, "" to drop it),
    inside grouping rules (@media…) too, which go when left empty; statements are kept."""
    out = []
    for prelude, body in blocks(css):
        if body is None:
            out.append(prelude + ";")
        elif prelude.startswith(_GROUPING):
            inner = _rewrite(body, rule)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        else:
            out.append(rule(prelude, body))
    return "".join(out)


def _prune_rules(css: str, words: set[str]) -> str:
    def rule(prelude: str, body: str) -> str:
        if prelude.startswith("@"):
            return f"{prelude}{{{body}}}"
        kept = [s for s in _split(prelude, ",") if selector_is_used(s, words)]
        return f"{','.join(kept)}{{{body}}}" if kept else ""

    return _rewrite(css, rule)


def _prune_declarations(css: str, keep) -> str:
    """`css` without the declarations whose property `keep(property)` rejects."""

    def rule(prelude: str, body: str) -> str:
        if prelude.startswith("@"):
            return f"{prelude}{{{body}}}"
        declarations = [d for d in _split(body, ";") if d.strip() and keep(d.split(":", 1)[0].strip())]
        return f"{prelude}{{{';'.join(declarations)}}}" if declarations else ""

    return _rewrite(css, rule)


def _drop_unused_keyframes(css: str) -> str:
    def rule(prelude: str, body: str) -> str:
        match = _KEYFRAMES.match(prelude)
        if match and not re.search(rf"animation(?:-name)?:[^;{{}}]*\b{re.escape(match[1])}\b", css):
            return ""
        return f"{prelude}{{{body}}}"

    return _rewrite(css, rule)


def custom_properties_read(text: str) -> set[str]:
    """Custom properties `text` (a stylesheet) reads with var()."""
    return set(_CUSTOM_USE.findall(text))


def prune(css: str, words: set[str], read_elsewhere: set[str]) -> str:
    """`css` without the rules `words` cannot match, nor the custom properties nothing reads.

    `read_elsewhere`: custom properties read outside `css` (other stylesheets, scripts).
    """
    css = _drop_unused_keyframes(_prune_rules(css, words))
    while True:
        read = read_elsewhere | custom_properties_read(css)
        pruned = _prune_declarations(css, lambda name, read=read: not name.startswith("--") or name in read)
        if pruned == css:
            return css
        css = pruned


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


def _site_words(site_dir: Path, html_pages: list[Path]) -> set[str]:
    """Words that may name a class, id or attribute value at run time."""
    words: set[str] = set()
    classes: set[str] = set()
    for page in html_pages:
        text = page.read_text(encoding="utf-8")
        words |= set(WORD.findall(text))
        classes |= {name for value in _CLASS_ATTRIBUTE.findall(text) for name in value.split()}
    unused = tuple(prefix for prefix, marker in UNUSED_FEATURES.items() if marker not in classes)
    for script in (site_dir / "assets" / "javascripts").glob("*.js"):
        words |= {word for word in WORD.findall(script.read_text(encoding="utf-8")) if not word.startswith(unused)}
    return words


def prune_site(site_dir: Path, html_pages: list[Path]) -> None:
    """Material's stylesheets without the rules no page of the site can use.

    Each pruned sheet is renamed after its new content (hosts cache `main.*` for a year) and
    every page pointed at it. tests/site/test_stylesheets.py proves the pages look the same.
    """
    folder = site_dir / "assets" / "stylesheets"
    sheets = {path: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.css"))}
    material = [path for path in sheets if _MATERIAL_SHEET.match(path.name)]
    if len(material) != 2:
        raise StylesheetError(
            f"expected Material's main and palette stylesheets in {folder}, found {[path.name for path in material]}"
        )
    words = _site_words(site_dir, html_pages)
    renamed = {}
    for path in material:
        read_elsewhere = set().union(*(custom_properties_read(text) for other, text in sheets.items() if other != path))
        read_elsewhere |= {word for word in words if word.startswith("--")}
        pruned = prune(sheets[path], words, read_elsewhere)
        digest = hashlib.sha256(pruned.encode("utf-8")).hexdigest()[:8]
        target = path.with_name(f"{path.name.split('.')[0]}.{digest}.min.css")
        if target != path:
            target.write_text(pruned, encoding="utf-8")
            path.unlink()
            renamed[path.name] = target.name
    for page in html_pages:
        text = original = page.read_text(encoding="utf-8")
        for old, new in renamed.items():
            text = text.replace(f"assets/stylesheets/{old}", f"assets/stylesheets/{new}")
        if text != original:
            page.write_text(text, encoding="utf-8")
