"""French typography applied to rendered HTML, so the official Markdown stays as published.

A no-break space keeps `; : ! ?` and closing guillemets from starting a line: narrow
(U+202F) before `; ! ?`, ordinary (U+00A0) before `:` and inside « ».
"""

from __future__ import annotations

import re

_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_ENTITY = re.compile(r"(&#?\w+;)")
_RAW = re.compile(r"<(/?)(script|style|pre|code|textarea)\b", re.I)
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


def french_html(html: str) -> str:
    """Apply `french_text` to text between tags, leaving scripts, styles and code alone."""
    parts = _TAG.split(html)
    raw_depth = 0
    for index, part in enumerate(parts):
        if index % 2:  # a tag or comment
            match = _RAW.match(part)
            if match:
                raw_depth = max(0, raw_depth + (-1 if match.group(1) else 1))
        elif raw_depth == 0 and part.strip():
            parts[index] = french_text(part)
    return "".join(parts)
