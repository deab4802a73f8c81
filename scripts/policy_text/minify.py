"""The edition's own scripts and stylesheet, served minified (Material's come minified already).

Readable in overrides/assets/, minified in the built site: every reader and the offline ZIP get
the smaller files (a third of their compressed size), and the browser tests run those bytes.
rjsmin and rcssmin only remove what is not code (comments, white space), keeping the text of
strings and regular expressions.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

SCRIPTS = ("assets/javascripts/edition.js", "assets/javascripts/workers/edition-search.js")
STYLESHEETS = ("assets/stylesheets/edition.css",)


def minify_site(site_dir: Path) -> None:
    for name in SCRIPTS:
        path = site_dir / name
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
    for name in STYLESHEETS:
        path = site_dir / name
        path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
