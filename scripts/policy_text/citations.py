"""The HTML that makes every paragraph citable: its address (`p1-2`) and its § link (§ 1.2).

Addresses are never typed by hand: the K-th paragraph of a page's body is paragraph K of its
priority (0 for the introduction on the home page), in every language, and its address is the
one the current edition's paragraph identity gives that place (pages.paragraph_id_at; `p1-2` in
the first edition), so a citation survives translation, re-import and new editions. Each
addressed paragraph starts with a link to itself showing its number in the edition (§ 1.2),
which overrides/assets/javascripts/edition.js turns into a "copy link" control.
"""

from __future__ import annotations

import re

from markupsafe import escape

from . import editions, interface
from .pages import ANY_ID, paragraph_id_at, paragraph_label, paragraph_place

_PARAGRAPH = re.compile(r"<p>")
_ADDRESSED = re.compile(rf'(<p\b[^>]*\bid="({ANY_ID.pattern})"[^>]*>)')


def number_paragraphs(html: str, priority: int, edition: editions.Edition | None = None) -> str:
    """Give each paragraph of a page of the text its address in `edition` (by default the current one)."""
    numbers = iter(range(1, 10_000))
    return _PARAGRAPH.sub(lambda _: f'<p id="{paragraph_id_at(priority, next(numbers), edition)}">', html)


def cite_control(
    priority: int, number: int, lang: str, address: str | None = None, edition: editions.Edition | None = None
) -> str:
    """The § link of a paragraph, labelled in the page's language (`§ ១.២` on Khmer pages); `address`: its
    id, by default `edition`'s (the current one's by default) for that place."""
    label = paragraph_label(priority, number, lang)
    return f'<a class="pe-cite" href="#{address or paragraph_id_at(priority, number, edition)}">{label}</a> '


def add_cite_controls(html: str, lang: str, edition: editions.Edition | None = None) -> str:
    """A `§` link at the start of every addressed paragraph (statements included), in the page's language,
    labelled with its place in `edition` (by default the current one)."""

    def control(match: re.Match) -> str:
        address = match.group(2)
        return match.group(1) + cite_control(*paragraph_place(address, edition), lang, address)

    return _ADDRESSED.sub(control, html)


_HEADING_WITH_LINK = re.compile(r'<(h[1-6])\b([^>]*)>(.*?)(<a class="headerlink"[^>]*>[^<]*</a>)</\1>', re.S)


def title_heading_links(html: str, lang: str) -> str:
    """Heading permalinks (¶) get a title in the page's language (the toc extension has one for all),
    and sit just after their heading in a `pe-heading` box rather than inside it: inside, the link's
    name became part of the heading's, read out with it by screen readers (WCAG 1.3.1)."""
    title = escape(interface.t(lang, "heading.link"))
    html = html.replace('class="headerlink" href=', f'class="headerlink" title="{title}" href=')
    return _HEADING_WITH_LINK.sub(r'<div class="pe-heading"><\1\2>\3</\1>\4</div>', html)


def note(text: str, lang: str) -> str:
    """A translator's note: shown after its paragraph, announced as a note, never a paragraph of the text."""
    label = escape(interface.t(lang, "note.label"))
    return f'<div class="pe-note" role="note"><span class="pe-note__label">{label}</span> {escape(text)}</div>'


def add_notes(html: str, notes: dict[str, str], lang: str) -> str:
    """Each note after the paragraph it is attached to (by the paragraph's address)."""
    for paragraph_id_, text in notes.items():
        start = html.find(f'<p id="{paragraph_id_}"')
        end = html.find("</p>", start)
        if start < 0 or end < 0:
            raise ValueError(f"a translator's note is attached to {paragraph_id_}, which is not on the page")
        html = html[: end + 4] + "\n" + note(text, lang) + html[end + 4 :]
    return html
