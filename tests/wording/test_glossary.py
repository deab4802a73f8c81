"""The glossary's names are the translations' names: where the French text uses a term of
scripts/policy_text/glossary.json, its translation uses the term's name in that language.

Written for the translations of the edition of 2026-11-27 (`WRITTEN_FOR`): a paragraph, a statement (the title
of its priority's page) or the text's title is checked while it is unchanged since. One amended or new since
waits for its translator (its translation is out of date, or still French) and is no longer checked here
(tests/wording/__init__.py); the titles of the pages outside the text are the project's and always checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from policy_text import editions, identity, pages, project, source

from ..importing import FIRST_ID
from . import applying, reading

WRITTEN_FOR = FIRST_ID
GLOSSARY = json.loads((project.ROOT / "scripts" / "policy_text" / "glossary.json").read_text(encoding="utf-8"))
FRENCH = project.default_language()
TRANSLATED = project.language_codes()[1:]


def title_unchanged() -> bool:
    """The text's title (the home page's title) has no id: it applies while every edition since has the same."""
    found = editions.all()
    since = found[[edition.id for edition in found].index(WRITTEN_FOR) :]
    return len({source.read(edition.source).title.text for edition in since}) == 1


def units() -> Iterator[tuple[str, str, str]]:
    """(page, "title" or a paragraph id, its French text) for each part of the French pages that is checked."""
    unchanged = applying.unchanged_ids(WRITTEN_FOR)
    for priority in identity.current().priorities:
        french = pages.read(project.DOCS_DIR / FRENCH / priority.page)
        if priority.statement.id in unchanged if priority.statement else title_unchanged():
            yield priority.page, "title", french.meta["title"]  # the statement, or the introduction's: the text's
        for key, text in zip(pages.paragraph_ids(french), french.paragraphs, strict=True):
            if key in unchanged:
                yield priority.page, key, text
    for french in pages.language_pages(FRENCH):
        if pages.text_priority(french.meta, french.rel_path.name) is None:  # outside the text: always
            yield french.rel_path.relative_to(FRENCH).as_posix(), "title", french.meta["title"]


def translated(lang: str, page: str, where: str) -> str:
    """The translation of a page's title (`where` = "title") or of one of its paragraphs, by id."""
    found = reading.page(lang, page)
    if where == "title":
        return found.meta["title"]
    return found.paragraphs[pages.paragraph_ids(found).index(where)]


CHECKS = [
    (lang, page, where, entry)
    for lang in TRANSLATED
    for page, where, french in units()
    for entry in GLOSSARY
    if entry["fr"] in french
]


@applying.parametrize(
    ("lang", "page", "where", "entry"),
    CHECKS,
    ids=[f"{lang}:{page}:{where}:{entry['fr']}" for lang, page, where, entry in CHECKS],
)
def test_glossary_terms_are_translated_consistently(lang, page, where, entry):
    text = translated(lang, page, where)
    assert entry[lang] in text, f"{entry['fr']!r} → expected {entry[lang]!r} in: {text[:80]}…"
