"""policy_text.minify.compact_html: pages without their indentation, rendered as before."""

from __future__ import annotations

import re

from policy_text.minify import compact_html

PAGE = (
    "<div>\n    <p>a\n      b <em>c</em>\n\n   d</p>\n\n  <pre>  x\n    y</pre>\n"
    "  <textarea>\n  kept\n</textarea>\n  <script>\n  let s = `\n  t`;\n</script>\n"
    "  <span>e</span> <span>f</span>\n</div>"
)


def test_compact_html_keeps_preformatted_text_and_scripts():
    assert compact_html(PAGE) == (
        "<div>\n<p>a\nb <em>c</em>\nd</p>\n<pre>  x\n    y</pre>\n"
        "<textarea>\n  kept\n</textarea>\n<script>\n  let s = `\n  t`;\n</script>\n"
        "<span>e</span> <span>f</span>\n</div>"
    )


def test_compact_html_replaces_each_run_of_white_space_by_a_line_break_or_leaves_it():
    """What HTML renders the same: as many runs of white space, each still a space between words (never
    removed, never added), the same words and tags."""
    compact = compact_html(PAGE)
    assert len(re.findall(r"\s+", compact)) == len(re.findall(r"\s+", PAGE))
    assert re.sub(r"\s+", " ", compact) == re.sub(r"\s+", " ", PAGE)
    assert compact_html(compact) == compact
