"""The HTML that makes every paragraph citable: its address (`p1-2`) and its § link (§ 1.2).

Addresses come from the paragraph's place, never typed by hand (the rule: pages.paragraph_id):
the K-th paragraph of a page's body is paragraph K of its priority (0 for the introduction on
the home page), in every language, so a citation survives translation and re-import. Each
addressed paragraph starts with a link to itself showing its number, which
overrides/assets/javascripts/edition.js turns into a "copy link" control.
"""

from __future__ import annotations

import re

from markupsafe import escape

from . import interface
from .pages import PARAGRAPH_ID, paragraph_id, paragraph_label

_PARAGRAPH = re.compile(r"<p>")
_ADDRESSED = re.compile(rf'(<p\b[^>]*\bid="{PARAGRAPH_ID.pattern}"[^>]*>)')


def number_paragraphs(html: str, priority: int) -> str:
    """Give each paragraph of a page of the text its address."""
    numbers = iter(range(1, 10_000))
    return _PARAGRAPH.sub(lambda _: f'<p id="{paragraph_id(priority, next(numbers))}">', html)


def cite_control(priority: int, number: int, lang: str) -> str:
    """The § link of a paragraph, labelled in the page's language (`§ ១.២` on Khmer pages)."""
    label = paragraph_label(priority, number, lang)
    return f'<a class="pe-cite" href="#{paragraph_id(priority, number)}">{label}</a> '


def add_cite_controls(html: str, lang: str) -> str:
    """A `§` link at the start of every addressed paragraph (statements included), in the page's language."""
    return _ADDRESSED.sub(lambda m: m.group(1) + cite_control(int(m.group(2)), int(m.group(3)), lang), html)


def title_heading_links(html: str, lang: str) -> str:
    """Heading permalinks (¶) get a title in the page's language (the toc extension has one for all)."""
    title = escape(interface.t(lang, "heading.link"))
    return html.replace('class="headerlink" href=', f'class="headerlink" title="{title}" href=')
