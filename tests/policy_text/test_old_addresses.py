"""policy_text.old_addresses with the invented second edition: expectations from tests/fixtures/editions/README.md."""

from __future__ import annotations

from policy_text import old_addresses

from .test_changes import FIRST, SECOND


def test_old_pages_are_those_of_renumbered_priorities():
    assert old_addresses.old_pages((FIRST, SECOND)) == {
        "priorites/3-diplomatie-economique.md": ("2026-11-27", "3"),
        "priorites/4-multilateralisme.md": ("2026-11-27", "4"),
        "priorites/5-corps-diplomatique-competent.md": ("2026-11-27", "5"),
    }


def test_fates_of_old_ids():
    fates = old_addresses.fates((FIRST, SECOND))
    assert fates["p3-1"].place == (4, 1) and fates["p3-1"].page == "priorites/4-diplomatie-economique.md"
    assert fates["p3-1"].changed_in is None
    assert fates["p5-2"].place is None and fates["p5-2"].changed_in == "2026-12-15"
    assert (fates["p5-2"].last, fates["p5-2"].last_page) == (
        "2026-11-27",
        "priorites/5-corps-diplomatique-competent.md",
    )
    assert fates["p2-1"].changed_in == "2026-12-15" and fates["p2-1"].place == (2, 1)
    assert fates["p1-3"].place == (1, 4) and fates["p1-3"].changed_in is None
