"""The three editions as built: same structure and ids, each in its own language, switcher and 404 included."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

import pytest

from policy_text import pages, project, translations

from ..conftest import SITE_URL
from .html_text import article_blocks
from .pages import (
    ANY_ID,
    NOT_FOUND,
    language_pages,
    language_root,
    priority_pages,
    text_pages,
    usual_pages,
)

LANGS = project.language_codes()
NOTICES = re.compile(r'<aside class="pe-notices" id="pe-notices">(.*?)</aside>', re.S)
TRANSLATED = LANGS[1:]


def ids(html: str) -> list[str]:
    return re.findall(rf'\bid="({ANY_ID}|titre)"', html)


def paragraph_count(html: str) -> int:
    return len([b for b in article_blocks(html) if b[0] == "p" and b[1].get("id", "").startswith("p")])


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translated_pages_have_the_same_ids_and_paragraph_count(site, lang):
    french, translated = text_pages(site, "fr"), text_pages(site, lang)
    assert [p.name for p in translated] == [p.name for p in french]
    for fr_page, page in zip(french, translated, strict=True):
        fr_html, html = fr_page.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")
        assert ids(html) == ids(fr_html) and ids(html), page
        assert paragraph_count(html) == paragraph_count(fr_html)


@pytest.mark.parametrize("lang", LANGS)
def test_pages_and_404_declare_their_language(site, lang):
    root = language_root(site, lang)
    for page in [*text_pages(site, lang), root / "404.html"]:
        assert f'<html lang="{lang}"' in page.read_text(encoding="utf-8"), page


def test_each_language_has_its_own_404(site):
    expected = {"fr": "Page introuvable", "en": "Page not found", "km": "រកមិនឃើញទំព័រ"}
    for lang, title in expected.items():
        html = (language_root(site, lang) / "404.html").read_text(encoding="utf-8")
        assert f'<h1 id="titre">{title}</h1>' in html
        assert f"<title>{title} - " in html  # what a tab and the history show
        assert f'href="/{"" if lang == "fr" else lang + "/"}index.html"' in html


def test_404_pages_offer_the_home_pages_of_the_languages(site):
    """Not the alternates of whatever page was rendered last; absolute, as every other page's are."""
    homes = {lang: SITE_URL + ("" if lang == "fr" else lang + "/") + "index.html" for lang in LANGS}
    for lang in LANGS:
        html = (language_root(site, lang) / "404.html").read_text(encoding="utf-8")
        head = dict(
            (code, href) for href, code in re.findall(r'<link rel="alternate" href="([^"]*)" hreflang="(\w+)">', html)
        )
        menu = dict(
            (code, href) for href, code in re.findall(r'<a href="([^"]*)" hreflang="(\w+)"[^>]*md-select__link', html)
        )
        assert head == homes, lang
        assert menu == homes, lang


class _VisibleText(HTMLParser):
    """Text a reader sees or hears outside the article, and accessible names, of a page."""

    ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []  # (tag, lang)
        self.found: list[str] = []

    def _lang(self):
        return next((lang for _, lang in reversed(self.stack) if lang), None)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in ("meta", "link", "input", "img", "br", "hr"):
            self.stack.append((tag, attrs.get("lang")))
        lang = attrs.get("lang") or self._lang()
        for name in self.ATTRIBUTES:
            if attrs.get(name) and lang in (None, "km"):
                self.found.append(attrs[name])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        if data.strip() and not {"script", "style", "article"} & set(tags) and self._lang() in (None, "km"):
            self.found.append(data.strip())


def latin_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-zÀ-ÿ]{2,}", text)


def _untranslated_title(text: str) -> bool:
    """Whether `text` is, or begins, the French title of a page that has no Khmer translation yet."""
    french = project.DOCS_DIR / project.default_language()
    titles = [
        title
        for path in french.rglob("*.md")
        if not (project.DOCS_DIR / "km" / path.relative_to(french)).exists()
        for title in (pages.read(path).meta.get("nav_title"), pages.read(path).meta.get("title"))
        if title
    ]
    return any(text == title or text.startswith(title + " - ") for title in titles)


def test_khmer_pages_contain_no_english_or_french_interface_string(site):
    """Nor in the strings Material's scripts show (its `__config`), which every page has, the pages left at old
    addresses too."""
    for page in language_pages(site, "km"):
        html = page.read_text(encoding="utf-8")
        parser = _VisibleText()
        parser.feed(html)
        # Known gap (issue 23): the French title of a priority not yet translated stands unmarked where a title
        # cannot carry `lang` (<title>) and where Material copies it (the table of contents' entries)
        assert [s for s in parser.found if latin_words(s) and not _untranslated_title(s)] == [], page
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S)
        assert config is not None, page
        search_strings = json.loads(config.group(1))["translations"]
        assert {k: v for k, v in search_strings.items() if latin_words(v)} == {}, page


def switcher_targets(page: Path, site: Path) -> dict[str, str]:
    html = page.read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+" class="md-select__link">', html)
    base = page.relative_to(site).as_posix()
    return {lang: urljoin(base, href) for href, lang in links}


def test_language_switcher_points_at_the_same_page(site):
    for lang in LANGS:
        for page in text_pages(site, lang):
            rel = page.relative_to(language_root(site, lang)).as_posix()
            expected = {other: (language_root(site, other) / rel).relative_to(site).as_posix() for other in LANGS}
            assert switcher_targets(page, site) == expected, page


def test_hreflang_alternates_are_absolute(site):
    for path in priority_pages():
        html = (language_root(site, "km") / path).read_text(encoding="utf-8")
        alternates = dict(
            (lang, href) for href, lang in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', html)
        )
        assert alternates == {lang: SITE_URL + project.language_prefix(lang) + path for lang in LANGS}, path


def test_sitemap_lists_every_page_with_its_alternates(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
    locs = [re.search(r"<loc>(.*?)</loc>", entry).group(1) for entry in entries]
    locs = [loc for loc in locs if "/editions/" not in loc]  # the editions' pages: tests/site/test_editions.py
    expected = sorted(
        SITE_URL + page.relative_to(site).as_posix()
        for lang in LANGS
        for page in usual_pages(site, lang)
        if page.name != NOT_FOUND  # served at any address that has no page
    )
    assert sorted(locs) == expected
    for entry in entries:
        assert len(re.findall(r'<xhtml:link rel="alternate" hreflang="(fr|en|km)" href="https://', entry)) == 3


def test_translated_pages_say_they_are_unofficial_and_link_to_french(site):
    """A translation says it is unofficial, and out of date if it is (policy_text.translations); a page not
    translated yet says that it shows the French instead."""
    notices = {"en": "Unofficial translation.", "km": "ការបកប្រែក្រៅផ្លូវការ។"}
    states = {status.rel_path: status.state for status in translations.statuses()}
    for lang, notice in notices.items():
        for page in text_pages(site, lang):
            found = NOTICES.search(page.read_text(encoding="utf-8"))
            assert found, page
            said = found.group(1)
            state = states[PurePosixPath(lang, page.relative_to(language_root(site, lang)).with_suffix(".md"))]
            if state == "missing":
                assert "pe-notice--missing" in said and notice not in said, page
                continue
            assert notice in said and 'hreflang="fr" lang="fr">Français</a>' in said, page
            assert ("pe-notice--stale" in said) == (state == "stale"), page
    for page in text_pages(site, "fr"):
        assert "pe-notice" not in page.read_text(encoding="utf-8")


def test_khmer_font_is_served_by_the_site(site):
    css = (site / "assets" / "stylesheets" / "edition.css").read_text(encoding="utf-8")
    assert 'url("../fonts/noto-sans-khmer.woff2")' in css and re.search(r"unicode-range: ?U\+1780-17FF", css)
    assert (site / "assets" / "fonts" / "noto-sans-khmer.woff2").stat().st_size > 10_000
    assert "SIL Open Font License" in (site / "assets" / "fonts" / "noto-sans-khmer.LICENSE.txt").read_text("utf-8")
