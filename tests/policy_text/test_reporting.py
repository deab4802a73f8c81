"""`policy_text.reporting`: where readers report a problem, whatever the build."""

from __future__ import annotations

import pytest

from policy_text import interface, reporting

TRACKER = "https://forge.example/politique-etrangere/issues"


def test_the_tracker_comes_first_then_the_contact_an_email_address_as_mailto():
    assert reporting.Channel(TRACKER, "editeur@example.org").href == TRACKER
    assert reporting.Channel("", "editeur@example.org").href == "mailto:editeur@example.org"
    assert reporting.Channel("", "mailto:editeur@example.org").href == "mailto:editeur@example.org"
    assert reporting.Channel("", "https://example.org/contact").href == "https://example.org/contact"
    assert reporting.Channel("", "").href == ""
    assert reporting.channel({"issues_url": " ", "contact": None}) == reporting.Channel("", "")


def test_a_build_without_the_tracker_says_so_and_a_published_one_without_either_stops():
    assert reporting.check(reporting.Channel(TRACKER, ""), "https://site.example/") is None
    assert "editeur@example.org" in reporting.check(
        reporting.Channel("", "editeur@example.org"), "https://site.example/"
    )
    assert "ISSUES_URL" in reporting.check(reporting.Channel("", ""), "")  # a copy for development
    with pytest.raises(reporting.ReportingError, match="ISSUES_URL.*CONTACT"):
        reporting.check(reporting.Channel("", ""), "https://site.example/")


@pytest.mark.parametrize("lang", ["fr", "en", "km"])
def test_the_statement_names_the_tracker_or_the_contact_or_says_it_has_none(lang):
    assert f"]({TRACKER})" in reporting.sentence(lang, reporting.Channel(TRACKER, ""))
    contact = reporting.sentence(lang, reporting.Channel("", "editeur_1@example.org"))
    assert r"[editeur\_1@example.org](mailto:editeur_1@example.org)" in contact
    assert reporting.sentence(lang, reporting.Channel("", "")) == interface.t(lang, "a11y.report.none")


def test_the_sentence_stands_where_the_statement_marks_it_or_at_its_end():
    found = reporting.Channel("", "https://example.org/a (b)")
    marked = reporting.statement_markdown(f"Signalez-le. {reporting.MARKER} Indiquez…\n", "fr", found)
    assert marked.startswith("Signalez-le. Écrivez à l’éditeur de ce site : [https://example.org/a (b)]")
    assert "(https://example.org/a%20%28b%29)" in marked and marked.endswith(" Indiquez…\n")
    unmarked = reporting.statement_markdown("## Signaler un problème\n\nSignalez-le.\n", "fr", found)
    assert unmarked.startswith("## Signaler un problème\n\nSignalez-le.\n\nÉcrivez à l’éditeur")
