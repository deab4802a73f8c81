"""What machines and link previews read: meta tags, JSON-LD, policy.json, and no `None` without a site_url."""

from __future__ import annotations

import json
import re
from html import escape

import jsonschema
import pytest

from policy_text import editions, export, project

from ..conftest import SITE_URL
from .pages import front_matter, language_root, priorities, priority_page, priority_pages, text_languages


def meta(html: str, attribute: str, name: str) -> list[str]:
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)


def jsonld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_priority_page_has_description_previews_and_canonical(site):
    path = priority_page(2)
    html = (language_root(site, "en") / path).read_text(encoding="utf-8")
    url = SITE_URL + "en/" + path
    assert meta(html, "name", "description") == [meta(html, "property", "og:description")[0]]
    assert meta(html, "property", "og:title") == [escape(front_matter(path, "en")["nav_title"])]
    assert meta(html, "property", "og:url") == [url]
    assert meta(html, "property", "og:locale") == ["en_GB"]
    assert sorted(meta(html, "property", "og:locale:alternate")) == ["fr_FR", "km_KH"]
    assert meta(html, "name", "twitter:card") == ["summary"]
    assert f'<link rel="canonical" href="{url}">' in html


def test_jsonld_describes_the_document_and_its_translations(site):
    """A Khmer page is the French one's translation; one not translated yet shows the French text and says so."""
    shown_in = text_languages("km")
    for priority, path in zip(priorities(), priority_pages(), strict=True):
        french = jsonld((site / path).read_text(encoding="utf-8"))
        assert french["inLanguage"] == "fr"
        assert french["isBasedOn"] == "https://www.mfaic.gov.kh/fr/politique-etrangere"
        assert {t["inLanguage"]: t["@id"] for t in french["workTranslation"]} == {
            "en": SITE_URL + "en/" + path,
            "km": SITE_URL + "km/" + path,
        }
        khmer = jsonld((language_root(site, "km") / path).read_text(encoding="utf-8"))
        assert khmer["inLanguage"] == shown_in[priority.statement.id], path
        if khmer["inLanguage"] == "km":
            assert khmer["translationOfWork"]["@id"] == SITE_URL + path
        else:
            assert "translationOfWork" not in khmer, path


@pytest.mark.parametrize("lang", project.language_codes())
def test_policy_json_is_published_and_valid(site, lang):
    document = json.loads((language_root(site, lang) / "policy.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, export.schema())
    assert document == export.policy_document(lang, home_url=document["url"])
    for priority in document["priorities"]:
        assert (language_root(site, lang) / priority["page"]).exists()


@pytest.fixture(scope="module")
def site_without_address(build_site, tmp_path_factory):
    out = tmp_path_factory.mktemp("no-site-url")
    result = build_site(project.ROOT, out, env={"SITE_URL": "", "ISSUES_URL": ""})  # whatever the shell exports
    assert result.returncode == 0, result.stderr
    return out


# Python's None written where an address or a value belongs (the English prose may say "None of them").
NONE_VALUE = re.compile(r"""["'/=]None\b|\bNone["'/]|>None<""")


def test_without_site_url_nothing_says_none(site_without_address):
    for path in site_without_address.rglob("*"):
        if path.suffix in (".html", ".xml", ".json"):
            text = path.read_text(encoding="utf-8")
            assert not NONE_VALUE.search(text), path


def test_without_an_issue_tracker_no_report_link(site_without_address):
    """The footer's "Report a problem" exists only where the deployment names the tracker (ISSUES_URL)."""
    html = (site_without_address / "accessibilite.html").read_text(encoding="utf-8")
    assert 'class="pe-statement-link"' in html and "pe-report-link" not in html


def test_none_value_pattern():
    assert NONE_VALUE.search('<link rel="canonical" href="None/en/">')
    assert NONE_VALUE.search('"url": "None"')
    assert not NONE_VALUE.search("<p>The exceptions are listed below. None of them prevents reading.</p>")


def test_without_site_url_there_is_no_sitemap(site_without_address):
    """The sitemap protocol requires absolute addresses: without the site's address, no sitemap."""
    assert (site_without_address / "index.html").exists()
    assert not (site_without_address / "sitemap.xml").exists()
    assert not (site_without_address / "sitemap.xml.gz").exists()


def test_without_site_url_citations_give_no_absolute_address(site_without_address):
    """No `citation_public_url` without the site's address; the Cite control resolves the permanent
    address, relative to the page, where the page is read."""
    path = priority_page(1)
    html = (site_without_address / path).read_text(encoding="utf-8")
    assert '<meta name="citation_title" content="Politique étrangère du Cambodge">' in html
    assert "citation_public_url" not in html
    assert f'"permanent": "../{editions.current().permanent_path(path)}"' in html
