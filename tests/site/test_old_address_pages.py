"""The pages left at the addresses an earlier edition published and the current one does not
(policy_text.old_addresses): full pages of the site, in every language, out of search and of search engines.

Built from the suite's own revision: the invented edition (tests/fixtures/editions/README.md) imported into a
copy of the project as of its first edition, which renumbers priorities 3 to 5, so that old addresses exist.
"""

from __future__ import annotations

import posixpath
import re
from html import unescape
from pathlib import Path

import pytest

from policy_text import editions, identity, interface, old_addresses, project
from tests import importing
from tests.plugin.conftest import copy_sources

from ..conftest import ISSUES_URL


@pytest.fixture(scope="module")
def revised_site(build_site, tmp_path_factory) -> tuple[Path, Path]:
    """(the copy of the project, its site): the invented edition imported into the project as of its first."""
    copy = copy_sources(tmp_path_factory.mktemp("project"))
    importing.as_first_edition(copy / "docs", copy / "source")
    invented, date = importing.INVENTED, importing.INVENTED_ID
    done = importing.run(invented, "--new-edition", date, docs=copy / "docs", sources=copy / "source")
    assert done.returncode == 0, done.stderr
    site = tmp_path_factory.mktemp("site")
    result = build_site(copy, site, env={"ISSUES_URL": ISSUES_URL})
    assert result.returncode == 0, result.stderr
    return copy, site


def _old_pages(revised_site) -> list[tuple[str, str, Path]]:
    """(language, page path under its root, built file) of every old-address page, from the copy's identities."""
    copy, site = revised_site
    history = identity.history(copy / "source" / editions.RECORD_PATH.name)
    found = [
        (lang, old_addresses.html_path(page), site / (project.language_prefix(lang) + old_addresses.html_path(page)))
        for page in old_addresses.old_pages(history)
        for lang in project.language_codes()
    ]
    assert found, "the invented edition renumbers priorities: it leaves old addresses"
    return found


def test_an_old_address_page_speaks_the_readers_language(revised_site):
    for lang, _, path in _old_pages(revised_site):
        html = path.read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html, path
        heading = unescape(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)[1])
        heading = re.sub(r"<[^>]+>", "", heading).strip()
        title = unescape(re.search(r"<title>(.*?)</title>", html, re.S)[1])
        assert title.startswith(heading), path
        number = re.search(r"[0-9\u17e0-\u17e9]+", heading)[0]
        expected = interface.fill(lang, "old.title", priority=interface.fill(lang, "old.priority", number=0))
        assert heading == expected.replace(re.search(r"[0-9\u17e0-\u17e9]+", expected)[0], number), path


def test_an_old_address_page_has_the_sites_footer(revised_site):
    for lang, page, path in _old_pages(revised_site):
        html = path.read_text(encoding="utf-8")
        up = posixpath.relpath(".", posixpath.dirname(page)) + "/"
        up = "" if up == "./" else up
        assert f'href="{up}accessibilite.html"' in html, path
        assert f'href="{up}editions/index.html"' in html, path
        assert f'href="{ISSUES_URL}"' in html, path
        words = re.sub(r"\s+", " ", unescape(html))  # French no-break spaces as spaces
        assert re.sub(r"\s+", " ", interface.t(lang, "a11y.link")) in words, path


def test_an_old_address_page_switches_language_to_the_same_old_address(revised_site):
    _, site = revised_site
    for _, page, path in _old_pages(revised_site):
        html = path.read_text(encoding="utf-8")
        for other in project.language_codes():
            link = re.search(rf'<a href="([^"]+)" hreflang="{other}"[^>]*class="md-select__link"', html)
            assert link, (path, other)
            target = (path.parent / link[1]).resolve()
            assert target == (site / (project.language_prefix(other) + page)).resolve(), (path, other)


def test_an_old_address_page_is_kept_from_search_and_search_engines(revised_site):
    _, site = revised_site
    indexed = "".join(path.read_text(encoding="utf-8") for path in (site / "search").glob("index.*.js"))
    locations = set(re.findall(r'"location":"([^"#]*)', indexed))
    assert locations, "the search documents name their pages"
    for lang, page, path in _old_pages(revised_site):
        assert '<meta name="robots" content="noindex">' in path.read_text(encoding="utf-8"), path
        assert project.language_prefix(lang) + page not in locations and page not in locations, page
