"""policy_text.changes: the list of changes and word-level differences, expectations written by hand from
tests/fixtures/editions/README.md (the invented second edition)."""

from __future__ import annotations

from policy_text import changes, identity

from ..importing import first_edition
from .test_new_edition import EXPECTED_IDENTITY

FIRST = identity.load(first_edition())  # the edition the invented one was made from: never edited
SECOND = identity.parse(EXPECTED_IDENTITY, "second")

EXPECTED = [  # (kind, id, old place, new place), in the second edition's reading order
    ("inserted", "p1-2a", None, (1, 3)),  # change 1
    ("amended", "p2-1", (2, 1), (2, 1)),  # change 2
    ("priority-inserted", "p2a-0", None, (3, 0)),  # change 3, with its two paragraphs
    ("inserted", "p2a-1", None, (3, 1)),
    ("inserted", "p2a-2", None, (3, 2)),
    ("priority-renumbered", "p3-0", (3, 0), (4, 0)),  # the numbers shift
    ("priority-renumbered", "p4-0", (4, 0), (5, 0)),
    ("statement-amended", "p4-0", (4, 0), (5, 0)),  # change 4
    ("priority-renumbered", "p5-0", (5, 0), (6, 0)),
    ("removed", "p5-2", (5, 2), None),  # change 5
]


def test_the_changes_of_the_invented_edition_are_exactly_those_made():
    found = [(c.kind, c.id, c.old, c.new) for c in changes.changes(FIRST, SECOND)]
    assert found == EXPECTED


def test_a_change_names_its_pages_in_both_editions():
    removed = next(c for c in changes.changes(FIRST, SECOND) if c.kind == "removed")
    assert (removed.old_page, removed.new_page) == ("priorites/5-corps-diplomatique-competent.md", None)
    renumbered = next(c for c in changes.changes(FIRST, SECOND) if c.id == "p3-0")
    assert (renumbered.old_page, renumbered.new_page) == (
        "priorites/3-diplomatie-economique.md",
        "priorites/4-diplomatie-economique.md",
    )


def test_word_diff_marks_the_one_word_changed():
    assert changes.word_diff("de restaurer des relations", "de rétablir des relations") == [
        ("equal", "de "),
        ("delete", "restaurer"),
        ("insert", "rétablir"),
        ("equal", " des relations"),
    ]


def test_word_diff_keeps_both_texts():
    old, new = "Le Cambodge, pays ami.", "Le Royaume du Cambodge, pays très ami !"
    runs = changes.word_diff(old, new)
    assert "".join(t for op, t in runs if op != "insert") == old
    assert "".join(t for op, t in runs if op != "delete") == new


def test_khmer_is_compared_by_cluster_not_as_one_word():
    assert changes.tokens("កម្ពុជា") == ["ក", "ម្ពុ", "ជា"]
    runs = changes.word_diff("ស្ដារទំនាក់ទំនង", "ពង្រឹងទំនាក់ទំនង")
    assert runs[-1] == ("equal", "ទំនាក់ទំនង")


def test_dates_in_each_language():
    assert changes.edition_date("2026-12-15", "fr") == "15 décembre 2026"
    assert changes.edition_date("2026-12-15", "en") == "15 December 2026"
    assert changes.edition_date("2026-12-15", "km") == "ថ្ងៃទី១៥ ខែធ្នូ ឆ្នាំ២០២៦"
