"""Addresses published by earlier editions, kept working: old pages and old `#pX-Y` links.

Computed from the identity files (policy_text.identity), which record each priority's page and
paragraphs per edition:

- `fates`: for every paragraph id ever published, what became of it in the current edition
  (here, elsewhere, amended, removed), with the permanent address where it last stood;
- `old_pages`: every page address an earlier edition published that the current one does not
  (a priority renumbered, renamed or removed), with the priority it held;
- `notices`: the sentences and links a reader arriving by an old link is shown, in their
  language: embedded as JSON in each page of the text that earlier editions published ids at, read by edition.js;
- `old_page_markdown`: the page left at an old address, a page of the site like the others (its footer,
  its language menu to the same address in the other languages), out of search and of search engines.

Why: ARCHITECTURE.md, "What changed and old addresses".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from html import escape

from . import edition_pages, editions, identity, interface, markdown_text, pages, project
from .changes import edition_date

DATA_ID = "pe-old-links"
"""The id of each page's JSON block (`<script type="application/json" id="pe-old-links">`)."""


@dataclass(frozen=True)
class Fate:
    id: str
    place: tuple[int, int] | None
    """(priority number, position) in the current edition; None if removed."""
    page: str | None
    """Its French page in the current edition (`priorites/4-….md`); None if removed."""
    last: str
    """The last earlier edition that published it (its permanent address is there)."""
    last_page: str
    last_place: tuple[int, int]
    changed_in: str | None
    """The edition that removed it, or the current one if it amended it there; else None."""


def _pages_of(ident: identity.Identity) -> dict[str, str]:
    return {paragraph.id: priority.page for priority in ident.priorities for paragraph in priority.entries}


@cache
def fates(history: tuple[identity.Identity, ...]) -> dict[str, Fate]:
    """Every id an earlier edition published, with what became of it in the current (last) edition: computed
    once per build (every page of the text and every old address asks)."""
    *earlier, current = history
    now = _pages_of(current)
    amended = {
        p.id for priority in current.priorities for p in priority.entries if p.relation in identity.AMENDED_RELATIONS
    }
    found: dict[str, Fate] = {}
    for index, ident in enumerate(earlier):
        for paragraph, page in _pages_of(ident).items():
            removed_in = next((later.edition for later in history[index + 1 :] if paragraph in later.retired), None)
            in_current = paragraph in now
            found[paragraph] = Fate(
                paragraph,
                current.place(paragraph) if in_current else None,
                now.get(paragraph),
                ident.edition,
                page,
                ident.place(paragraph),
                removed_in if not in_current else (current.edition if paragraph in amended else None),
            )
    return found


def old_pages(history: tuple[identity.Identity, ...]) -> dict[str, tuple[str, str]]:
    """French page path (`priorites/3-….md`) published by an earlier edition and not by the current one ->
    (the last edition that published it, the key of the priority it held there)."""
    *earlier, current = history
    published = {priority.page for priority in current.priorities}
    found: dict[str, tuple[str, str]] = {}
    for ident in earlier:
        for priority in ident.priorities:
            if priority.page not in published:
                found[priority.page] = (ident.edition, priority.key)
    return found


def html_path(page: str) -> str:
    return page.removesuffix(".md") + ".html"


def notice(fate: Fate, lang: str, shown_here: bool, root: str) -> dict:
    """{"kind", "text": the sentence, "links": [{"href", "label"}]} for a reader arriving at `#id` on a page
    that shows that paragraph (`shown_here`) or not, whose language root is `root` (relative)."""
    label = pages.paragraph_label(*fate.last_place, lang, in_text=True)
    named = "old.statement_" if fate.last_place[1] == 0 else "old."  # a priority's statement is no paragraph
    last = root + editions.by_id(fate.last).permanent_path(html_path(fate.last_page)) + f"#{fate.id}"
    last_label = interface.fill(lang, "old.as_it_stood", date=edition_date(fate.last, lang))
    if fate.place is None:
        assert fate.changed_in
        text = interface.fill(lang, named + "removed", label=label, date=edition_date(fate.changed_in, lang))
        return {"kind": "removed", "text": text, "links": [{"href": last, "label": last_label}]}
    new_label = pages.paragraph_label(*fate.place, lang, in_text=True)
    links = []
    if not shown_here:
        text = interface.fill(lang, named + "moved", label=label, new=new_label)
        assert fate.page
        links.append({"href": root + html_path(fate.page) + f"#{fate.id}", "label": new_label})
        kind = "moved"
    else:
        text = ""
        kind = "amended"
    if fate.changed_in:
        text = (text + " " if text else "") + interface.fill(
            lang, "old.amended", label=new_label, date=edition_date(fate.changed_in, lang)
        )
    links.append({"href": last, "label": last_label})
    return {"kind": kind, "text": text, "links": links}


@cache
def shown_at(history: tuple[identity.Identity, ...]) -> dict[str, frozenset[str]]:
    """French page path -> the ids earlier editions showed on it: the only old `#pX-Y` links that land there."""
    found: dict[str, set[str]] = {}
    for ident in history[:-1]:
        for paragraph, page in _pages_of(ident).items():
            found.setdefault(page, set()).add(paragraph)
    return {page: frozenset(ids) for page, ids in found.items()}


def notices(
    history: tuple[identity.Identity, ...], page: str, on_page: set[str], lang: str, whole_text: bool = False
) -> dict[str, dict]:
    """For a page of the current edition (its French path; `on_page`: the ids it shows), the notice of each id
    an earlier edition showed at its address (`whole_text`: every id, as the full text and side-by-side pages
    did) that it no longer shows, and of each it shows that the current edition amended."""
    root = pages.up_to_root(html_path(page))
    linked = None if whole_text else shown_at(history).get(page, frozenset())
    found = {}
    for paragraph, fate in fates(history).items():
        if linked is not None and paragraph not in linked:
            continue  # no earlier edition published it at this address: no old link lands here
        if paragraph not in on_page or (fate.changed_in and fate.place is not None):
            found[paragraph] = notice(fate, lang, paragraph in on_page, root)
    return found


def data_block(found: dict[str, dict], lang: str) -> str:
    """The JSON block a page carries (not a script: the CSP's hashes are for executable ones)."""
    text = json.dumps(found, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    title = escape(interface.t(lang, "old.notice"))
    return f'<script type="application/json" id="{DATA_ID}" data-title="{title}">{text}</script>'


OLD_PAGE_CLASS = "pe-old-page"
"""The class of an old-address page's content (edition.css, tests)."""


def old_page_markdown(history: tuple[identity.Identity, ...], page: str, last: str, key: str, lang: str) -> str:
    """The page left at an old address: where the priority went, where it stood, and each of its paragraphs
    (an element with its id, so that an old `#pX-Y` lands on what became of it). Rendered by MkDocs."""
    page_html = html_path(page)
    root = pages.up_to_root(page_html)
    current = history[-1]
    moved_to = next((p for p in current.priorities if p.key == key), None)
    was = editions.by_id(last).permanent_path(page_html)
    old_identity = next(i for i in history if i.edition == last)
    old_priority = next(p for p in old_identity.priorities if p.key == key)
    old_label = interface.fill(lang, "old.priority", number=old_priority.number)
    title = interface.fill(lang, "old.title", priority=old_label)
    parts = []
    if moved_to is not None:
        new_label = interface.fill(lang, "old.priority", number=moved_to.number)
        parts.append(
            f"<p>{escape(interface.fill(lang, 'old.page_moved', old=old_label, new=new_label))} "
            f'<a href="{root}{html_path(moved_to.page)}">{escape(new_label)}</a></p>'
        )
    else:
        removed_in = next(i.edition for i in history if key in i.retired_priorities)
        text = interface.fill(lang, "old.page_removed", old=old_label, date=edition_date(removed_in, lang))
        parts.append(f"<p>{escape(text)}</p>")
    stood = interface.fill(lang, "old.page_stood", date=edition_date(last, lang))
    parts.append(f'<p>{escape(stood)} <a href="{root}{was}">{escape(old_label)}</a></p>')
    items = []
    all_fates = fates(history)
    for paragraph in old_priority.entries:
        found = notice(all_fates[paragraph.id], lang, False, root)
        links = " · ".join(f'<a href="{escape(link["href"])}">{escape(link["label"])}</a>' for link in found["links"])
        items.append(f'<li id="{paragraph.id}">{escape(found["text"])} {links}</li>')
    parts.append(f"<h2>{escape(interface.t(lang, 'old.paragraphs'))}</h2><ul>{''.join(items)}</ul>")
    if len(history) > 1:
        changes_page = root + editions.by_id(current.edition).permanent_path(edition_pages.CHANGES_PAGE)
        parts.append(f'<p><a href="{changes_page}">{escape(interface.t(lang, "changes.nav_title"))}</a></p>')
    front_matter = json.dumps({"search": {"exclude": True}, "robots": "noindex"})
    body = "".join(parts)
    return (
        f'---\n{front_matter}\n---\n\n# {markdown_text.escape(title)}\n\n<div class="{OLD_PAGE_CLASS}">{body}</div>\n'
    )


def site_paths(history: tuple[identity.Identity, ...]) -> set[str]:
    """Where the old-address pages are in the site, every language's: links from outside land there, no
    page of the site links to them, so the ZIP leaves them out."""
    return {
        project.language_prefix(lang) + html_path(page)
        for page in old_pages(history)
        for lang in project.language_codes()
    }


def old_page_sources(history: tuple[identity.Identity, ...], lang: str) -> dict[str, str]:
    """The Markdown of each old-address page of a language, by its page path (`priorites/3-….md`)."""
    return {page: old_page_markdown(history, page, last, key, lang) for page, (last, key) in old_pages(history).items()}
