"""French typography applied to rendered HTML, so the official Markdown stays as published.

A no-break space keeps `; : ! ?` and closing guillemets from starting a line: narrow
(U+202F) before `; ! ?`, ordinary (U+00A0) before `:` and inside « ». It applies to French
text wherever it stands: a French page, and the passages marked `lang="fr"` of other pages
(the French column of side-by-side reading, a page not yet translated).
"""

from __future__ import annotations

import re

_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_ENTITY = re.compile(r"(&#?\w+;)")
_RAW = re.compile(r"<(/?)(script|style|pre|code|textarea)\b", re.I)
_OPEN = re.compile(r"<([a-zA-Z][\w-]*)")
_CLOSE = re.compile(r"</([a-zA-Z][\w-]*)")
_LANG = re.compile(r"""\slang=(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SPACE = "[ \u00a0\u202f]"
_RULES = (
    (re.compile(rf"(?<=[^\s>]){_SPACE}?([;!?])(?=\s|$|[»)\]])"), "\u202f\\1"),
    (re.compile(rf"(?<=[^\s>]){_SPACE}?:(?=\s|$)"), "\u00a0:"),
    (re.compile(rf"«{_SPACE}?"), "«\u00a0"),
    (re.compile(rf"{_SPACE}?»"), "\u00a0»"),
)


def french_text(text: str) -> str:
    """Text between tags; character references (`&gt;`, `&#34;`) are left whole."""
    parts = _ENTITY.split(text)
    for index in range(0, len(parts), 2):
        for pattern, replacement in _RULES:
            parts[index] = pattern.sub(replacement, parts[index])
    return "".join(parts)


class _Languages:
    """The language of the text at each point of a document, from the `lang` attributes around it.

    Only elements carrying `lang` are tracked (with the nesting of same-named elements inside
    them), so an unclosed <p> or <li> elsewhere does not lose count.
    """

    def __init__(self, default: str) -> None:
        self._stack: list[list] = [["", default, 1]]  # [tag, lang, open elements of that name]

    @property
    def current(self) -> str:
        return self._stack[-1][1]

    def tag(self, tag: str) -> None:
        top = self._stack[-1]
        if closing := _CLOSE.match(tag):
            if closing[1].lower() == top[0]:
                top[2] -= 1
                if top[2] == 0 and len(self._stack) > 1:
                    self._stack.pop()
            return
        opening = _OPEN.match(tag)
        if not opening or tag.endswith("/>") or opening[1].lower() in _VOID:
            return
        name, lang = opening[1].lower(), _LANG.search(tag)
        if lang:
            self._stack.append([name, next(group for group in lang.groups() if group is not None), 1])
        elif name == top[0]:
            top[2] += 1


def french_html(html: str, default_lang: str = "") -> str:
    """Apply `french_text` to the French text between tags, leaving scripts, styles and code alone."""
    parts = _TAG.split(html)
    languages = _Languages(default_lang)
    raw_depth = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag or comment
            if part.startswith("<!--"):
                continue
            languages.tag(part)
            if match := _RAW.match(part):
                raw_depth = max(0, raw_depth + (-1 if match.group(1) else 1))
        elif raw_depth == 0 and part.strip() and languages.current.split("-")[0] == "fr":
            parts[index] = french_text(part)
    return "".join(parts)
