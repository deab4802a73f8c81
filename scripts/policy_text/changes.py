"""What changed from one edition to the next, paragraph by paragraph, with word-level differences.

The list is read from the two editions' paragraph identities (policy_text.identity): each
paragraph inserted, removed, amended, moved; each priority inserted, renumbered or removed; each
statement reworded. The compared text is, in a translation, the translation where both editions
have a current one of that paragraph (its page's hash matching that edition's French page, the
paragraph not `untranslated`), the French otherwise. The changes page renders it with `<ins>` and
`<del>`, which are struck through or underlined and announced (not told by colour alone). Why:
ARCHITECTURE.md, "What changed and old addresses".
"""

from __future__ import annotations

import datetime
import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from markupsafe import escape

from . import edition_pages, editions, identity, interface, markdown_text, numerals, pages, project

KINDS = (
    "priority-inserted",
    "priority-renumbered",
    "priority-removed",
    "statement-amended",
    "inserted",
    "removed",
    "amended",
    "moved",
    "moved-amended",
)


@dataclass(frozen=True)
class Change:
    kind: str
    """One of KINDS."""
    id: str
    """The paragraph's id (a statement's, `p<key>-0`, for a priority or statement change)."""
    old: tuple[int, int] | None
    """(priority number, position) in the earlier edition; None if inserted."""
    new: tuple[int, int] | None
    """(priority number, position) in the later edition; None if removed."""
    old_page: str | None
    """The French page (`priorites/3-….md`) that held it in the earlier edition."""
    new_page: str | None


def _where(ident: identity.Identity) -> dict[str, tuple[tuple[int, int], str]]:
    return {
        paragraph.id: (ident.place(paragraph.id), priority.page)
        for priority in ident.priorities
        for paragraph in priority.entries
    }


def changes(old: identity.Identity, new: identity.Identity) -> list[Change]:
    """Every change from `old` to `new` (consecutive editions), in the later edition's reading order; a
    removed paragraph after the last one before it that is still there, a removed priority where it stood."""
    if new.previous != old.edition:
        raise ValueError(f"the edition of {new.edition} follows {new.previous}, not {old.edition}")
    before, after = _where(old), _where(new)
    found: list[Change] = []

    def change(kind: str, paragraph: str) -> Change:
        was, now = before.get(paragraph), after.get(paragraph)
        return Change(
            kind, paragraph, was[0] if was else None, now[0] if now else None,
            was[1] if was else None, now[1] if now else None,
        )  # fmt: skip

    old_ids = {p.key: [e.id for e in p.entries] for p in old.priorities}
    emitted: set[str] = set()

    def removed_after(paragraph: str | None, priority_key: str) -> list[Change]:
        """Retired paragraphs that followed `paragraph` (None: the start of the priority `priority_key`) in the
        earlier edition, each listed once."""
        holder = next((key for key, ids in old_ids.items() if paragraph in ids), priority_key)
        ids = old_ids.get(holder, [])
        start = ids.index(paragraph) + 1 if paragraph in ids else 0
        result = []
        for gone in ids[start:]:
            if gone not in new.retired or gone in emitted:
                break
            emitted.add(gone)
            result.append(change("removed", gone))
        return result

    for priority in new.priorities:
        statement = priority.statement
        if statement and priority.relation == "inserted":
            found.append(change("priority-inserted", statement.id))
        elif statement and priority.relation == "renumbered":
            found.append(change("priority-renumbered", statement.id))
        if statement and statement.relation == "amended":
            found.append(change("statement-amended", statement.id))
        if statement is None:
            found += removed_after(None, priority.key)
        for paragraph in priority.entries:
            if paragraph is not statement and paragraph.relation not in (None, "unchanged"):
                found.append(change(str(paragraph.relation), paragraph.id))
            if paragraph.relation != "inserted":
                found += removed_after(paragraph.id, priority.key)
    for key in new.retired_priorities:
        earlier = next(p for p in old.priorities if p.key == key)
        found.append(change("priority-removed", paragraph_statement(earlier)))
        found += [change("removed", p.id) for p in earlier.paragraphs if p.id not in emitted]
    return found


def paragraph_statement(priority: identity.Priority) -> str:
    return priority.statement.id if priority.statement else identity.paragraph_id(priority.key, 0)


# Word-level differences ------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|[\u1780-\u17ff\u19e0-\u19ff](?:\u17d2.|[\u17b6-\u17d1\u17d3\u17dd\u200c\u200d])*|\w+|[^\w\s]")
"""Words, spaces and punctuation; Khmer (written without spaces) by orthographic cluster: a base, its
subscripts (coeng and a consonant) and its signs."""


def tokens(text: str) -> list[str]:
    """The text cut into what a difference is counted in; joined, they are the text again."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(`equal` | `delete` | `insert`, text) runs from `old` to `new`, words whole; joined, the `equal` and
    `delete` runs are `old`, the `equal` and `insert` ones `new`."""
    a, b = tokens(old), tokens(new)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "delete", "replace") and i2 > i1:
            runs.append(("equal" if op == "equal" else "delete", "".join(a[i1:i2])))
        if op in ("insert", "replace") and j2 > j1:
            runs.append(("insert", "".join(b[j1:j2])))
    merged: list[tuple[str, str]] = []
    for kind, text in runs:  # a space alone between two changes joins them: `<del>a b</del>`, not two
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


# The text compared, in a language -------------------------------------------------------------------------------


def _translated(folder: Path, page: str, lang: str) -> pages.Page | None:
    """The page in `lang` if it translates that edition's French page as it is (current, by hash)."""
    path, french = folder / lang / page, folder / project.default_language() / page
    if not path.exists():
        return None
    translation, reference = pages.read(path, folder), pages.read(french, folder)
    if translation.meta.get("translation", {}).get("source_hash") != pages.content_hash(reference):
        return None
    return translation if len(translation.paragraphs) == len(reference.paragraphs) else None


def text_of(folder: Path, ident: identity.Identity, paragraph: str, lang: str) -> tuple[str, str]:
    """(text, its language) of a paragraph or statement of an edition whose pages are in `folder`: the
    translation in `lang` if current and translated there, else the French. A statement without its number."""
    number, position = ident.place(paragraph)
    priority = ident.priority(number)
    assert priority is not None
    french = pages.read(folder / project.default_language() / priority.page, folder)
    translation = _translated(folder, priority.page, lang) if lang != project.default_language() else None
    if translation is not None and paragraph in translation.meta.get("untranslated", ()):
        translation = None
    chosen = translation or french

    def text(page: pages.Page) -> str:
        if position == 0:
            return numerals.without_statement_number(page.meta["title"])
        return markdown_text.unescape(page.paragraphs[position - 1])

    return text(chosen), (lang if translation else project.default_language())


# The changes page ---------------------------------------------------------------------------------------------


def edition_date(edition_id: str, lang: str) -> str:
    """An edition's date as a reader of `lang` writes it (`15 décembre 2026`, `ថ្ងៃទី១៥ ខែធ្នូ ឆ្នាំ២០២៦`)."""
    return interface.date(lang, datetime.date.fromisoformat(edition_id))


def _marked(runs: list[tuple[str, str]], lang: str) -> str:
    """`<ins>`/`<del>`, each announced by a visually hidden word at its start and end (not colour alone:
    struck through, underlined, and announced by screen readers, which do not read <ins>/<del> by default)."""
    html: list[str] = []
    for op, text in runs:
        if op == "equal":
            html.append(escape(text))
            continue
        tag = "ins" if op == "insert" else "del"
        start = escape(interface.t(lang, f"changes.{tag}.start"))
        end = escape(interface.t(lang, f"changes.{tag}.end"))
        html.append(
            f'<{tag}><span class="pe-sr">{start} </span>{escape(text)}<span class="pe-sr"> {end}</span></{tag}>'
        )
    return "".join(html)


def _link(edition: editions.Edition, page: str, paragraph: str, label: str) -> str:
    """From `editions/<id>/changements.html` to a paragraph at an edition's permanent address."""
    target = edition.permanent_path(page.removesuffix(".md") + ".html")
    return f'<a href="../../{target}#{paragraph}">{escape(label)}</a>'


def render(edition: editions.Edition, previous: editions.Edition, lang: str, docs_dir: Path = project.DOCS_DIR) -> str:
    """The changes page's body (HTML), in `lang`: each change with its text and links to both editions."""
    old_identity = identity.of(previous)
    new_identity = identity.of(edition)
    old_folder, new_folder = edition_pages.pages_dir(previous, docs_dir), edition_pages.pages_dir(edition, docs_dir)
    old_date, new_date = edition_date(previous.id, lang), edition_date(edition.id, lang)
    items = []
    for change in changes(old_identity, new_identity):
        old_text = text_of(old_folder, old_identity, change.id, lang) if change.old else None
        new_text = text_of(new_folder, new_identity, change.id, lang) if change.new else None
        if old_text and new_text and old_text[1] != new_text[1]:  # compare like with like: French both
            french = project.default_language()
            old_text = text_of(old_folder, old_identity, change.id, french)
            new_text = text_of(new_folder, new_identity, change.id, french)
        text_lang = (new_text or old_text or ("", lang))[1]
        if change.kind in ("amended", "moved-amended", "statement-amended"):
            assert old_text and new_text
            body = _marked(word_diff(old_text[0], new_text[0]), lang)
        elif change.kind in ("inserted", "priority-inserted"):
            assert new_text
            body = _marked([("insert", new_text[0])], lang)
        elif change.kind in ("removed", "priority-removed"):
            assert old_text
            body = _marked([("delete", old_text[0])], lang)
        else:
            body = escape((new_text or old_text or ("", ""))[0])
        where = []
        if change.old and change.old_page:
            label = interface.fill(lang, "changes.in_edition", date=old_date) + " " + _label(change.old, lang)
            where.append(_link(previous, change.old_page, change.id, label))
        if change.new and change.new_page:
            label = interface.fill(lang, "changes.in_edition", date=new_date) + " " + _label(change.new, lang)
            where.append(_link(edition, change.new_page, change.id, label))
        place = _label(change.new or change.old, lang)  # type: ignore[arg-type]
        moved = ""
        if change.old and change.new and change.old != change.new:
            moved = " " + escape(
                interface.fill(lang, "changes.from_to", old=_label(change.old, lang), new=_label(change.new, lang))
            )
        french_note = (
            f' <span class="pe-change__lang">{escape(interface.t(lang, "changes.french"))}</span>'
            if text_lang != lang
            else ""
        )
        items.append(
            f'<li class="pe-change" id="changement-{change.id}" data-change="{change.kind}" data-id="{change.id}">'
            f'<p class="pe-change__what"><strong>{escape(place)}</strong> '
            f"{escape(interface.t(lang, 'changes.kind.' + change.kind))}{moved}{french_note}</p>"
            f'<p class="pe-change__text" lang="{text_lang}">{body}</p>'
            f'<p class="pe-change__links">{" · ".join(where)}</p></li>'
        )
    intro = escape(interface.fill(lang, "changes.intro", old=old_date, new=new_date))
    legend = escape(interface.t(lang, "changes.legend"))
    return (
        f'<p class="pe-changes__intro">{intro}</p>\n'
        f'<p class="pe-changes__legend">{legend} <del>{escape(interface.t(lang, "changes.legend.del"))}</del> '
        f"<ins>{escape(interface.t(lang, 'changes.legend.ins'))}</ins></p>\n"
        f'<ol class="pe-changes">{"".join(items)}</ol>\n'
    )


def _label(place: tuple[int, int], lang: str) -> str:
    return pages.paragraph_label(place[0], place[1], lang, in_text=True)


def page_markdown(edition: editions.Edition, previous: editions.Edition, lang: str, docs_dir: Path) -> str:
    """The changes page's file: front matter (its titles, out of search) and its body."""
    date = edition_date(edition.id, lang)
    meta = {
        "title": interface.fill(lang, "changes.title", date=date),
        "nav_title": interface.t(lang, "changes.nav_title"),
        "description": interface.fill(lang, "changes.title", date=date),
        "lang": lang,
        "search": {"exclude": True},
    }
    return pages.render(meta, render(edition, previous, lang, docs_dir))
