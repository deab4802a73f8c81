"""A way to report a problem whatever the build (policy_text.reporting), and an accessibility statement
that says what the tests check."""

from __future__ import annotations

import re

import pytest

from policy_text import interface, project

from .a11y import DESKTOP, PHONE
from .pages import all_pages, language_root
from .test_keyboard_narrow import WIDTHS

CONTACT = "accessibilite@publisher.example"
REPORT = re.compile(r'<a class="pe-footer-link pe-report-link" href="([^"]+)">([^<]+)</a>')


@pytest.fixture(scope="module")
def site_with_a_contact(build_site, tmp_path_factory):
    """Published (SITE_URL) with the publisher's contact and no issue tracker: the build's output too."""
    out = tmp_path_factory.mktemp("contact")
    env = {"SITE_URL": "https://politique-etrangere.example/", "ISSUES_URL": "", "CONTACT": CONTACT}
    result = build_site(project.ROOT, out, env=env)
    assert result.returncode == 0, result.stderr
    return out, result.stderr


def test_without_a_tracker_the_build_says_so(site_with_a_contact):
    _, output = site_with_a_contact
    assert re.search(rf"INFO .*ISSUES_URL is not set.*{re.escape(CONTACT)}", output)


def test_without_a_tracker_every_footer_and_statement_name_the_contact(site_with_a_contact):
    site, _ = site_with_a_contact
    for page in all_pages(site):
        html = page.read_text(encoding="utf-8")
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        assert REPORT.findall(html) == [(f"mailto:{CONTACT}", interface.t(lang, "a11y.report"))], page
    for lang in project.language_codes():
        statement = (language_root(site, lang) / "accessibilite.html").read_text(encoding="utf-8")
        assert f'<a href="mailto:{CONTACT}">{CONTACT}</a>' in statement, lang


def test_a_published_build_without_a_way_to_report_stops(build_site, tmp_path):
    env = {"SITE_URL": "https://politique-etrangere.example/", "ISSUES_URL": "", "CONTACT": ""}
    result = build_site(project.ROOT, tmp_path / "out", env=env)
    assert result.returncode != 0
    assert "ReportingError" in result.stderr and "ISSUES_URL" in result.stderr and "CONTACT" in result.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_statement_names_the_widths_tested(site, lang):
    """The statement says at which widths the pages, the Cite dialog and the drawer are walked."""
    html = (language_root(site, lang) / "accessibilite.html").read_text(encoding="utf-8")
    tested = {DESKTOP["width"], PHONE["width"], *(viewport["width"] for viewport in WIDTHS.values())}
    assert {width for width in tested if not re.search(rf"\b{width}\b", html)} == set()
