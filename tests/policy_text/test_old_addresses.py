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


def test_a_moved_statement_is_named_a_statement_not_a_paragraph():
    """Priority 3's statement (`p3-0`, § 3) is priority 4's in the invented edition; its paragraph p3-1 moved too."""
    fates = old_addresses.fates((FIRST, SECOND))
    statement = old_addresses.notice(fates["p3-0"], "fr", shown_here=False, root="../")
    assert statement["text"] == "L’énoncé §\u00a03 n’est plus à cette place : il est désormais l’énoncé §\u00a04."
    assert old_addresses.notice(fates["p3-0"], "en", False, "../")["text"] == (
        "Statement §\u00a03 is no longer here: it is now statement §\u00a04."
    )
    # a Khmer line breaks only at spaces: none between § and its number
    khmer = old_addresses.notice(fates["p3-1"], "km", False, "../")
    assert "§\u00a0៣.១" in khmer["text"] and [link["label"] for link in khmer["links"]][0] == "§\u00a0៤.១"
    paragraph = old_addresses.notice(fates["p3-1"], "fr", shown_here=False, root="../")
    assert paragraph["text"] == "Le paragraphe §\u00a03.1 n’est plus à cette place : il est désormais le §\u00a04.1."
    assert [link["href"] for link in paragraph["links"]] == [
        "../priorites/4-diplomatie-economique.html#p3-1",
        "../editions/2026-11-27/priorites/3-diplomatie-economique.html#p3-1",
    ]


def test_a_page_notes_only_the_ids_earlier_editions_showed_at_its_address():
    """An old `#pX-Y` link lands on the page that showed pX-Y: a priority's page notes its own former paragraphs
    (here: priority 2's amended first paragraph), a new address none; the full text notes every old id it no
    longer shows or shows amended."""
    history, current = (FIRST, SECOND), set(SECOND.ids())

    def noted(page: str, on_page: set[str], whole_text: bool = False) -> dict[str, str]:
        found = old_addresses.notices(history, page, on_page, "fr", whole_text)
        return {paragraph: notice["kind"] for paragraph, notice in found.items()}

    priority_2 = {"p2-0", "p2-1", "p2-2"}
    assert noted("priorites/2-davantage-amis-etranger.md", priority_2) == {"p2-1": "amended"}
    assert noted("priorites/1-independance-souverainete-paix.md", {"p1-0", "p1-1", "p1-2", "p1-2a", "p1-3"}) == {}
    assert noted("priorites/4-diplomatie-economique.md", {"p3-0", "p3-1", "p3-2"}) == {}  # a new address
    assert noted("texte-integral.md", current, whole_text=True) == {
        "p2-1": "amended",
        "p4-0": "amended",
        "p5-2": "removed",
    }
    # had priority 1's page lost its paragraph 2, a link to it would say where it went
    assert noted("priorites/1-independance-souverainete-paix.md", {"p1-0", "p1-1", "p1-3"}) == {"p1-2": "moved"}
