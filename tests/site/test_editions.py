"""Every edition at its permanent address (policy_text.edition_pages, plugin.generated_pages), on the built site.

Expected values are written by hand: today there is one edition, of 2026-11-27, a retrieval date.
"""

from __future__ import annotations

import json
import re
import zipfile

from policy_text import project, search_index
from policy_text.offline import ZIP_NAME

from .html_text import article_paragraphs
from .pages import language_root, text_pages

EDITION = "2026-11-27"
PAGES = [
    "index.html",
    "priorites/1-independance-souverainete-paix.html",
    "priorites/2-davantage-amis-etranger.html",
    "priorites/3-diplomatie-economique.html",
    "priorites/4-multilateralisme.html",
    "priorites/5-corps-diplomatique-competent.html",
    "texte-integral.html",
]
NOTICE = re.compile(r'<aside class="pe-notices pe-edition-notice"[^>]*>(.*?)</aside>', re.S)


def permanent(site, lang, path=""):
    return language_root(site, lang) / "editions" / EDITION / path


def test_the_current_edition_is_at_its_permanent_address_in_every_language(site):
    for lang in project.language_codes():
        found = sorted(p.relative_to(permanent(site, lang)).as_posix() for p in permanent(site, lang).rglob("*.html"))
        assert found == sorted(PAGES), lang
        assert (permanent(site, lang) / "policy.json").is_file()


def test_permanent_pages_show_exactly_the_current_text_with_the_same_ids(site):
    for lang in project.language_codes():
        for page in [*text_pages(site, lang), language_root(site, lang) / "texte-integral.html"]:
            path = page.relative_to(language_root(site, lang)).as_posix()
            usual = [p for p in article_paragraphs(page.read_text(encoding="utf-8")) if p[0].startswith("p")]
            kept = article_paragraphs((permanent(site, lang) / path).read_text(encoding="utf-8"))
            assert usual, path
            assert [p for p in kept if p[0].startswith("p")] == usual, f"{lang}: {path}"


def test_the_permanent_policy_json_is_the_current_one_but_for_its_address(site):
    for lang in project.language_codes():
        usual = json.loads((language_root(site, lang) / "policy.json").read_text(encoding="utf-8"))
        kept = json.loads((permanent(site, lang) / "policy.json").read_text(encoding="utf-8"))
        prefix = project.language_prefix(lang)
        assert kept.pop("url") == f"https://politique-etrangere.example/{prefix}editions/{EDITION}/index.html"
        usual.pop("url")
        assert kept == usual


def test_permanent_pages_of_the_current_edition_say_so_and_link_to_the_page_in_force(site):
    html = (permanent(site, "fr") / "priorites/3-diplomatie-economique.html").read_text(encoding="utf-8")
    notice = NOTICE.search(html)[1]
    assert "Adresse permanente de cette page dans l’édition du 27 novembre 2026, le texte en vigueur." in notice
    assert "Relevée sur le site du ministère le 27 novembre 2026" in notice
    assert 'href="../../../priorites/3-diplomatie-economique.html"' in notice
    assert 'href="../../../editions/index.html"' in notice
    khmer = (permanent(site, "km") / "index.html").read_text(encoding="utf-8")
    assert "ការបោះពុម្ពចុះថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦" in NOTICE.search(khmer)[1]


def test_a_permanent_page_is_its_own_canonical_and_its_alternates_are_the_same_edition(site):
    html = (permanent(site, "en") / "priorites/1-independance-souverainete-paix.html").read_text(encoding="utf-8")
    address = f"editions/{EDITION}/priorites/1-independance-souverainete-paix.html"
    assert f'<link rel="canonical" href="https://politique-etrangere.example/en/{address}">' in html
    for lang in project.language_codes():
        url = f"https://politique-etrangere.example/{project.language_prefix(lang)}{address}"
        assert f'<link rel="alternate" href="{url}" hreflang="{lang}">' in html


def test_search_documents_hold_no_permanent_page_nor_the_index(site):
    for lang in project.language_codes():
        documents = search_index.read_language_index(site, lang)[search_index.LANGUAGE_INDEX_GLOBAL]
        assert documents
        assert [d["location"] for d in documents if "editions/" in d["location"]] == []


def test_the_sitemap_lists_every_permanent_page_and_the_index(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for lang in project.language_codes():
        prefix = f"https://politique-etrangere.example/{project.language_prefix(lang)}editions/"
        for path in [f"{EDITION}/{page}" for page in PAGES] + ["index.html"]:
            assert f"<loc>{prefix}{path}</loc>" in sitemap


def test_the_editions_index_lists_the_edition_with_its_date_its_meaning_and_its_pages(site):
    html = (site / "editions/index.html").read_text(encoding="utf-8")
    assert "Édition du 27 novembre 2026 (en vigueur)" in html
    assert (
        "<p>Relevée sur le site du ministère le 27 novembre 2026"
        " (le ministère n’indique pas de date de publication).</p>" in html
    )  # a sentence, ended as one
    for page in [*PAGES, "policy.json"]:
        assert f'href="{EDITION}/{page}"' in html
    assert "changements.html" not in html  # the first edition has no predecessor
    khmer = (site / "km/editions/index.html").read_text(encoding="utf-8")
    assert "ការបោះពុម្ពចុះថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ (ជាធរមាន)" in khmer
    assert "កាលបរិច្ឆេទចេញផ្សាយទេ)។</p>" in khmer  # ended by the Khmer full stop
    assert "2026" not in re.sub(r'(href|id|content)="[^"]*"', "", khmer.split("<article")[1].split("</article>")[0])


def test_home_pages_and_footers_link_to_the_editions_index(site):
    for lang in project.language_codes():
        home = (language_root(site, lang) / "index.html").read_text(encoding="utf-8")
        assert '<li><a href="editions/index.html">' in home
        priority = (language_root(site, lang) / "priorites/4-multilateralisme.html").read_text(encoding="utf-8")
        assert 'class="pe-footer-link" href="../editions/index.html"' in priority


def test_the_zip_leaves_out_the_current_editions_permanent_copies(site):
    names = set(zipfile.ZipFile(site / ZIP_NAME).namelist())
    assert {"editions/index.html", "en/editions/index.html", "km/editions/index.html"} <= names
    assert [n for n in names if f"editions/{EDITION}/" in n] == []
