"""Which wording checks apply: those whose paragraphs have stayed unchanged since the edition they were written
for (tests/wording/__init__.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import pytest

from policy_text import identity

T = TypeVar("T")


def relation(found: identity.Identity, paragraph: str) -> str | None:
    """What `paragraph` is in an edition (`unchanged`, `amended`, `moved`…); None if the edition lacks it."""
    for priority in found.priorities:
        for entry in priority.entries:
            if entry.id == paragraph:
                return entry.relation
    return None


def unchanged_ids(edition: str, history: Sequence[identity.Identity] | None = None) -> frozenset[str]:
    """The ids of the edition `edition` that are `unchanged` in every later edition of `history` (by default the
    project's, oldest first): the paragraphs whose wording a check written for that edition still reads."""
    history = identity.history() if history is None else history
    known = [found.edition for found in history]
    if edition not in known:
        raise KeyError(f"a wording check was written for the edition of {edition}; the editions are {known}")
    start = known.index(edition)
    return frozenset(
        paragraph
        for paragraph in history[start].ids()
        if all(relation(later, paragraph) == "unchanged" for later in history[start + 1 :])
    )


def unchanged_since(
    edition: str, paragraphs: Iterable[str], history: Sequence[identity.Identity] | None = None
) -> bool:
    """Whether each of `paragraphs`, ids of the edition `edition`, is `unchanged` in every later edition of
    `history` (by default the project's, oldest first). An id that edition does not have is a mistake in the
    check, never a reason to drop it: KeyError."""
    history = identity.history() if history is None else history
    unchanged = unchanged_ids(edition, history)
    written_for = next(found for found in history if found.edition == edition)
    paragraphs = tuple(paragraphs)
    for paragraph in paragraphs:
        written_for.place(paragraph)  # KeyError naming the paragraph and the edition
    return all(paragraph in unchanged for paragraph in paragraphs)


def where_unchanged(
    checks: Iterable[T],
    paragraphs: Callable[[T], Iterable[str]],
    edition: str,
    history: Sequence[identity.Identity] | None = None,
) -> list[T]:
    """The checks that apply: those whose `paragraphs(check)` have all stayed unchanged since `edition`."""
    return [check for check in checks if unchanged_since(edition, paragraphs(check), history)]


def parametrize(
    argnames: str | Sequence[str], values: Sequence, ids: Callable | Sequence[str] | None = None
) -> Callable:
    """`pytest.mark.parametrize(argnames, values, ids=ids)`; with no value (no check applies any more), the test
    is not defined at all, rather than a test of nothing that pytest would report as skipped."""

    def decorate(test: Callable) -> Callable | None:
        return pytest.mark.parametrize(argnames, values, ids=ids)(test) if values else None

    return decorate
