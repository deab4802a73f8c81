"""Pages composed at build time from the text's pages: the full text, and side-by-side reading.

Their Markdown files hold front matter only (`layout: full-text` or `side-by-side`); the body
comes from the policy document (`export.policy_document`), so every paragraph keeps its
address (`p1-2`) and a citation resolves on these pages too.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from . import citations, interface, markdown_text, pages, project

PRIORITY_HEADING_ID = "priorite-{number}"  # the same in every language
FULL_TEXT, SIDE_BY_SIDE = "full-text", "side-by-side"
LAYOUTS = (FULL_TEXT, SIDE_BY_SIDE)
"""The front matter's `layout` values (schemas/front-matter.schema.json): pages that show every paragraph."""


def full_text(document: dict, lang: str) -> str:
    """Markdown: the introduction, then each priority as a section with its statement and paragraphs."""
    parts = [f"## {markdown_text.escape(interface.t(lang, 'introduction'))} {{: #introduction }}"]
    parts += [_paragraph(p, "", lang) for p in document["introduction"]]
    for priority in document["priorities"]:
        lang_attr = f' lang="{priority["language"]}"' if "language" in priority else ""
        heading_id = PRIORITY_HEADING_ID.format(number=priority["number"])
        parts.append(f"## {markdown_text.escape(priority['title'])} {{: #{heading_id}{lang_attr} }}")
        parts.append(f'<p class="pe-statement" id="{priority["id"]}"{lang_attr}>{escape(priority["statement"])}</p>')
        parts += [_paragraph(p, lang_attr, lang) for p in priority["paragraphs"]]
    return "\n\n".join(parts) + "\n"


def _paragraph(paragraph: dict, lang_attr: str, lang: str) -> str:
    """Markdown: the paragraph with its address, then its translator's note if it has one."""
    if "language" in paragraph:  # not yet translated: the French text
        lang_attr = f' lang="{paragraph["language"]}"'
    markdown = f"{markdown_text.escape(paragraph['text'])}\n{{: #{paragraph['id']}{lang_attr} }}"
    return markdown + (f"\n\n{citations.note(paragraph['note'], lang)}" if "note" in paragraph else "")


def _texts(document: dict) -> dict[str, str]:
    """Every addressed text of a document (statements and paragraphs), by id, in order."""
    texts = {p["id"]: p["text"] for p in document["introduction"]}
    for priority in document["priorities"]:
        texts[priority["id"]] = priority["statement"]
        texts |= {p["id"]: p["text"] for p in priority["paragraphs"]}
    return texts


def _by_id(document: dict, field: str) -> dict[str, str]:
    """A paragraph field that only some paragraphs have (`note`, `language`), by id."""
    paragraphs = [
        *document["introduction"],
        *(p for priority in document["priorities"] for p in priority["paragraphs"]),
    ]
    return {p["id"]: p[field] for p in paragraphs if field in p}


def _places(document: dict) -> dict[str, tuple[int, int]]:
    """(priority number, position) of every addressed text of a document, by id: what its label shows."""
    places = {p["id"]: (0, k) for k, p in enumerate(document["introduction"], start=1)}
    for priority in document["priorities"]:
        places[priority["id"]] = (priority["number"], 0)
        places |= {p["id"]: (priority["number"], k) for k, p in enumerate(priority["paragraphs"], start=1)}
    return places


def _rows(documents: dict[str, dict]) -> Iterator[tuple[str, dict[str, str]]]:
    """(id, {lang: text}) for every id of the official text; a language lacking one gets no cell."""
    by_lang = {lang: _texts(document) for lang, document in documents.items()}
    for row_id in by_lang[project.default_language()]:
        yield row_id, {lang: texts[row_id] for lang, texts in by_lang.items() if row_id in texts}


def _text_lang(documents: dict[str, dict], lang: str, number: int, row_id: str = "") -> str:
    """The language a cell's text is really in (French where a translation is missing)."""
    untranslated = _by_id(documents[lang], "language")  # the French original of a paragraph not yet translated
    if row_id in untranslated:
        return untranslated[row_id]
    if number == 0:
        return lang
    return documents[lang]["priorities"][number - 1].get("language", lang)


def default_pair(lang: str) -> tuple[str, str]:
    """The pair a side-by-side page of `lang` shows first: the original, and the page's own language
    beside it (on the original's page, the first translation)."""
    original = project.default_language()
    return original, lang if lang != original else next(c for c in project.language_codes() if c != original)


def side_by_side(documents: dict[str, dict], lang: str) -> str:
    """HTML: a language choice, then one row per paragraph with a cell per language.

    Without JavaScript the default pair (default_pair) shows; edition.js applies the reader's choice.
    """
    left, right = default_pair(lang)
    names = {language.code: language.name for language in project.languages()}

    def select(name: str, chosen: str) -> str:
        options = "".join(
            f'<option value="{code}" lang="{code}"{" selected" if code == chosen else ""}>'
            f"{escape(names[code])}</option>"
            for code in documents
        )
        label = escape(interface.t(lang, f"parallel.{name}"))
        return f'<label>{label} <select name="{name}" data-pe-parallel-select>{options}</select></label>'

    notes = {code: _by_id(document, "note") for code, document in documents.items()}

    def cell_note(code: str, row_id: str) -> str:
        return citations.note(notes[code][row_id], code) if row_id in notes[code] else ""

    def heading(number: int) -> str:
        """A heading for each part (the introduction, each priority), in the page's language: a
        screen reader's list of headings, or a jump from one to the next, crosses the long page."""
        if number == 0:
            return (
                f'<h2 class="pe-parallel__heading" id="introduction">{escape(interface.t(lang, "introduction"))}</h2>'
            )
        priority = documents[lang]["priorities"][number - 1]
        lang_attr = f' lang="{priority["language"]}"' if "language" in priority else ""
        heading_id = PRIORITY_HEADING_ID.format(number=number)
        return f'<h2 class="pe-parallel__heading" id="{heading_id}"{lang_attr}>{escape(priority["title"])}</h2>'

    rows = []
    seen: set[int] = set()
    places = _places(documents[project.default_language()])
    for row_id, texts in _rows(documents):
        number, paragraph = places[row_id]
        if number not in seen:
            seen.add(number)
            rows.append(heading(number))
        cite = f'<a class="pe-cite" href="#{row_id}">{pages.paragraph_label(number, paragraph, lang)}</a>'
        cells = "".join(
            f'<div class="pe-parallel__cell{" pe-statement" if paragraph == 0 else ""}" '
            f'data-lang="{code}" data-name="{escape(names[code])}" lang="{_text_lang(documents, code, number, row_id)}"'
            f"{'' if code in (left, right) else ' hidden'}><p>{escape(text)}</p>{cell_note(code, row_id)}</div>"
            for code, text in texts.items()
        )
        rows.append(f'<div class="pe-parallel__row" id="{row_id}">{cite}{cells}</div>')
    return (
        f'<div class="pe-parallel" data-left="{left}" data-right="{right}">'
        f'<form class="pe-parallel__choice">{select("left", left)} {select("right", right)}</form>'
        + "".join(rows)
        + "</div>\n"
    )
