"""The accessibility statement: published in each language and linked from every page's footer."""

from __future__ import annotations

import re

import pytest

from policy_text import interface

from ..conftest import ISSUES_URL
from .pages import all_pages, language_root

LINK = re.compile(r'<a class="pe-statement-link" href="([^"]+)">')
LANGS = ("fr", "en", "km")


def test_every_footer_links_to_the_statement_in_its_language(site):
    for page in all_pages(site):
        html = page.read_text(encoding="utf-8")
        found = LINK.findall(html)
        assert len(found) == 1, f"{page}: {len(found)} links to the accessibility statement"
        [href] = found
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        # 404 pages link from the site's root (they are served at any address)
        target = (site / href.lstrip("/") if href.startswith("/") else page.parent / href).resolve()
        assert target == (language_root(site, lang) / "accessibilite.html").resolve(), page


@pytest.mark.parametrize("lang", LANGS)
def test_statement_says_what_a_statement_says(site, lang):
    html = (language_root(site, lang) / "accessibilite.html").read_text(encoding="utf-8")
    assert "WCAG" in html and "2.2" in html and "AA" in html
    assert len(re.findall(r"<h2 ", html)) >= 4  # status, how it is tested, exceptions, reporting
    assert "issue" in html  # where to report a problem: the project's issue tracker


def test_every_footer_links_to_the_issue_tracker_the_deployment_names(site):
    report = re.compile(r'<a class="pe-footer-link pe-report-link" href="([^"]+)">([^<]+)</a>')
    for page in all_pages(site):
        html = page.read_text(encoding="utf-8")
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        assert report.findall(html) == [(ISSUES_URL, interface.t(lang, "a11y.report"))], page
