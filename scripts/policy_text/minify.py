"""The edition's own scripts and stylesheet, served minified (Material's come minified already), and
every page without its indentation.

Readable in overrides/assets/, minified in the built site: every reader and the offline ZIP get
the smaller files (a third of their compressed size), and the browser tests run those bytes.
rjsmin and rcssmin only remove what is not code (comments, white space), keeping the text of
strings and regular expressions.
"""

from __future__ import annotations

import re
from pathlib import Path

import rcssmin
import rjsmin

SCRIPTS = ("assets/javascripts/edition.js", "assets/javascripts/workers/edition-search.js")
STYLESHEETS = ("assets/stylesheets/edition.css",)
_KEPT_AS_IS = re.compile(r"(<(pre|textarea|script|style)\b.*?</\2>)", re.S | re.I)
_INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def compact_html(html: str) -> str:
    """The page without its indentation and blank lines: each run of white space that holds a line
    break becomes that line break, which HTML renders exactly as it did (a space between words, none
    between blocks); the contents of pre, textarea, script and style are kept byte for byte. The
    hosted pages are served so (a fifteenth of their compressed size), and archived so."""
    parts = _KEPT_AS_IS.split(html)
    # split() yields: text, (whole kept element, its tag name), text, …
    out = []
    for index in range(0, len(parts), 3):
        out.append(_INDENT.sub("\n", parts[index]))
        if index + 1 < len(parts):
            out.append(parts[index + 1])
    return "".join(out)


def minify_site(site_dir: Path, html_pages: list[Path]) -> None:
    for page in html_pages:
        page.write_text(compact_html(page.read_text(encoding="utf-8")), encoding="utf-8")
    for name in SCRIPTS:
        path = site_dir / name
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
    for name in STYLESHEETS:
        path = site_dir / name
        path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
