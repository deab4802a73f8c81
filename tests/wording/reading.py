"""Reading a translation of the current edition by permanent id, for the wording checks
(tests/wording/__init__.py): the page that shows a paragraph is the one the edition's identity names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from policy_text import identity, pages, project

from . import applying


@dataclass(frozen=True)
class Text:
    """Where a check reads: the paragraphs it is about (none: the site's own wording), and how to read it."""

    paragraphs: tuple[str, ...]
    read: Callable[[], str]

    def __call__(self) -> str:
        return self.read()


def page(lang: str, name: str) -> pages.Page:
    return pages.read(project.DOCS_DIR / lang / name)


def page_of(lang: str, paragraph_id: str) -> pages.Page:
    """The page in `lang` that shows a paragraph of the current edition (its French page's file name)."""
    number, _ = pages.paragraph_place(paragraph_id)
    priority = identity.current().priority(number)
    assert priority is not None
    return page(lang, priority.page)


def paragraph(lang: str, paragraph_id: str) -> Text:
    def read() -> str:
        found = page_of(lang, paragraph_id)
        return found.paragraphs[pages.paragraph_ids(found).index(paragraph_id)]

    return Text((paragraph_id,), read)


def description_of(lang: str, paragraph_id: str) -> Text:
    """The description of the page that shows the paragraph, where it says what the paragraph says."""
    return Text((paragraph_id,), lambda: page_of(lang, paragraph_id).meta["description"])


def note(lang: str, paragraph_id: str) -> Text:
    """The translator's note on a paragraph (front matter `notes`), on the page that shows it."""
    return Text((paragraph_id,), lambda: page_of(lang, paragraph_id).meta["notes"][paragraph_id])


def site_body(lang: str, name: str) -> Text:
    """The body of a page the project writes (the accessibility statement), whatever the text: it always applies."""
    return Text((), lambda: page(lang, name).body)


def site_field(lang: str, name: str, field: str) -> Text:
    """A field of a page the project writes, whatever the text: it always applies."""
    return Text((), lambda: page(lang, name).meta[field])


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def reviewed(path: Path, edition: str) -> str:
    """The wording of a page that a review of `edition` covered: a page outside the text whole; a page of the text
    without the paragraphs (their notes, the title for the statement) changed or new since, which the review never
    saw (a new one is still in French until it is translated)."""
    found = pages.read(path)
    number = pages.text_priority(found.meta, path.name)
    if number is None:  # a page outside the text: the project's own wording
        return path.read_text(encoding="utf-8")
    priority = identity.current().priority(number)
    assert priority is not None, path
    unchanged = applying.unchanged_ids(edition)
    meta = {key: value for key, value in found.meta.items() if key != "untranslated"}
    if priority.statement and priority.statement.id not in unchanged:
        del meta["title"]
    meta["notes"] = {key: note for key, note in meta.get("notes", {}).items() if key in unchanged}
    kept = [text for key, text in zip(pages.paragraph_ids(found), found.paragraphs, strict=True) if key in unchanged]
    return "\n".join([*_strings(meta), *kept])
