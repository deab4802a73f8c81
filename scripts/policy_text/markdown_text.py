"""Plain official text written into Markdown so that it renders as exactly that text.

The official text contains no markup, but an updated text could contain characters that
Markdown would read as syntax (an asterisk, a leading "1.", an attribute list "{: …}"):
escaping them keeps the rendered words identical to the source.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]{}])")
_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+(?=[.)]))", re.M)


def escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2)), text
    )


_ESCAPED = re.compile(r"\\([\\`*_\[\]{}#>+\-.)])")


def unescape(markdown: str) -> str:
    """The plain text `escape` was given (what the JSON export publishes)."""
    return _ESCAPED.sub(r"\1", markdown).replace("&lt;", "<").replace("&amp;", "&")
