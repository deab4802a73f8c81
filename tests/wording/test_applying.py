"""Which wording checks apply (tests/wording/applying.py), on three editions written here: a check applies while
its paragraphs are unchanged, and stops applying when one is amended, moved or removed."""

from __future__ import annotations

import pytest

from policy_text import identity

from ..importing import FIRST_ID
from . import applying, test_khmer_revision

FIRST = """
edition: "2030-01-01"
previous: null
priorities:
  - {key: "0", number: 0, page: index.md, paragraphs: [p0-1]}
  - {key: "1", number: 1, page: priorites/1-un.md, statement: p1-0, paragraphs: [p1-1, p1-2, p1-3]}
"""
SECOND = """
edition: "2030-02-01"
previous: "2030-01-01"
priorities:
  - {key: "0", number: 0, page: index.md, paragraphs: [p0-1: unchanged]}
  - key: "1"
    number: 1
    page: priorites/1-un.md
    relation: unchanged
    statement: {p1-0: unchanged}
    paragraphs: [p1-1: unchanged, p1-2: amended, p1-2a: inserted, p1-3: unchanged]
"""
THIRD = """
edition: "2030-03-01"
previous: "2030-02-01"
priorities:
  - {key: "0", number: 0, page: index.md, paragraphs: [p0-1: unchanged]}
  - key: "1"
    number: 1
    page: priorites/1-un.md
    relation: unchanged
    statement: {p1-0: amended}
    paragraphs: [p1-2: moved, p1-1: unchanged, p1-2a: unchanged]
retired: [p1-3]
"""
HISTORY = tuple(identity.parse(text, f"edition-{n}.yml") for n, text in enumerate((FIRST, SECOND, THIRD), 1))


def test_a_paragraph_applies_while_it_is_unchanged():
    assert applying.unchanged_since("2030-01-01", ["p1-3"], HISTORY[:1])  # the check's own edition
    assert applying.unchanged_since("2030-01-01", ["p1-3", "p1-0"], HISTORY[:2])  # unchanged in the second
    assert not applying.unchanged_since("2030-01-01", ["p1-3"], HISTORY)  # removed in the third
    assert not applying.unchanged_since("2030-01-01", ["p1-0"], HISTORY)  # the statement amended
    assert not applying.unchanged_since("2030-01-01", ["p1-2"], HISTORY[:2])  # amended
    assert not applying.unchanged_since("2030-02-01", ["p1-2"], HISTORY)  # then moved
    assert applying.unchanged_since("2030-01-01", ["p0-1", "p1-1"], HISTORY)
    assert not applying.unchanged_since("2030-01-01", ["p0-1", "p1-2"], HISTORY)  # one changed: the check goes
    assert applying.unchanged_since("2030-01-01", [], HISTORY)  # the site's own wording: always


def test_the_ids_still_unchanged_are_counted_from_the_checks_edition():
    assert applying.unchanged_ids("2030-01-01", HISTORY) == {"p0-1", "p1-1"}
    assert applying.unchanged_ids("2030-02-01", HISTORY) == {"p0-1", "p1-1", "p1-2a"}
    assert applying.unchanged_ids("2030-03-01", HISTORY) == set(HISTORY[-1].ids())


def test_only_the_checks_that_apply_are_kept():
    checks = [("centrality", ("p1-1",)), ("vision", ("p1-2",)), ("home", ())]
    kept = applying.where_unchanged(checks, lambda check: check[1], "2030-01-01", HISTORY)
    assert kept == [("centrality", ("p1-1",)), ("home", ())]


def test_a_check_naming_a_paragraph_its_edition_lacks_is_an_error_not_dropped():
    with pytest.raises(KeyError, match="p1-2a is not a paragraph of the edition of 2030-01-01"):
        applying.unchanged_since("2030-01-01", ["p1-2a"], HISTORY)
    with pytest.raises(KeyError, match="written for the edition of 1999-01-01"):
        applying.unchanged_since("1999-01-01", ["p1-1"], HISTORY)


def test_a_test_with_no_check_left_is_not_defined_rather_than_skipped():
    def test_example(value):
        raise AssertionError(value)

    marked = applying.parametrize("value", [1, 2])(test_example)
    assert marked is test_example
    assert [mark.args for mark in marked.pytestmark if mark.name == "parametrize"] == [("value", [1, 2])]
    assert applying.parametrize("value", [])(test_example) is None


def test_every_khmer_check_applies_to_the_edition_it_was_written_for():
    """Before any later edition, no check is left out: the selection drops only what a later edition changed."""
    (written_for,) = [found for found in identity.history() if found.edition == FIRST_ID]
    checks = test_khmer_revision.CORRECTED
    assert applying.where_unchanged(checks, lambda check: check[1].paragraphs, FIRST_ID, [written_for]) == checks
