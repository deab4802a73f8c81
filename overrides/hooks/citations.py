"""Give every paragraph of the text its address (`p1-2`) and a visible, citable number (§ 1.2).

Addresses come from the paragraph's place, never typed by hand: the K-th paragraph of a
page's body is paragraph K of its priority (0 for the introduction on the home page), in
every language, so a citation survives translation and re-import. Each addressed paragraph
gets a link to itself showing its number; overrides/assets/javascripts/edition.js turns it
into a "copy link" control.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from policy_text import interface
from policy_text.pages import PARAGRAPH_ID, paragraph_id, paragraph_label

_PARAGRAPH = re.compile(r"<p>")
_ADDRESSED = re.compile(rf'(<p\b[^>]*\bid="{PARAGRAPH_ID.pattern}"[^>]*>)')


def policy_priority(page) -> int | None:
    """The priority a page holds, 0 for the home page, None for pages outside the text."""
    if "priority" in page.meta:
        return page.meta["priority"]
    return 0 if page.file.src_uri.endswith("index.md") and "source" in page.meta else None


def number_paragraphs(html: str, priority: int) -> str:
    numbers = iter(range(1, 10_000))
    return _PARAGRAPH.sub(lambda _: f'<p id="{paragraph_id(priority, next(numbers))}">', html)


def cite_control(priority: int, number: int) -> str:
    return f'<a class="pe-cite" href="#{paragraph_id(priority, number)}">{paragraph_label(priority, number)}</a> '


def add_cite_controls(html: str) -> str:
    """A `§` link at the start of every addressed paragraph (statements included)."""
    return _ADDRESSED.sub(lambda m: m.group(1) + cite_control(int(m.group(2)), int(m.group(3))), html)


def title_heading_links(html: str, lang: str) -> str:
    """Heading permalinks (¶) get a title in the page's language (the toc extension has one for all)."""
    title = escape(interface.t(lang, "heading.link"))
    return html.replace('class="headerlink" href=', f'class="headerlink" title="{title}" href=')


def on_page_content(html: str, page, config, files) -> str:
    priority = policy_priority(page)
    if priority is not None:
        html = number_paragraphs(html, priority)
    return title_heading_links(add_cite_controls(html), config.theme["language"])


def on_env(env, config, files):
    """Templates use the same rule (partials/edition/heading.html cites the statement) and strings."""
    env.globals["paragraph_id"] = paragraph_id
    env.globals["edition_strings"] = interface.strings()
    env.globals["cite_control"] = lambda priority, number: Markup(cite_control(priority, number))
    return env
