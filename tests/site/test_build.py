"""What the strict French build produces: language, navigation, typography, no third-party host."""

from __future__ import annotations

import re

from policy_text.minify import compact_html

from .pages import all_pages, text_pages

NNBSP = "\u202f"


def test_pages_declare_french(site):
    for page in text_pages(site, "fr"):
        assert '<html lang="fr"' in page.read_text(encoding="utf-8")


def test_navigation_labels_are_readable(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "Priorités" in html and ">Priorites<" not in html
    for label in ("Indépendance, souveraineté et paix", "Diplomatie économique", "Multilatéralisme"):
        assert label in html


def test_previous_and_next_links_in_footer(site):
    html = text_pages(site, "fr")[2].read_text(encoding="utf-8")
    assert 'class="md-footer__link md-footer__link--prev"' in html
    assert 'class="md-footer__link md-footer__link--next"' in html


def test_punctuation_never_starts_a_line(site):
    html = text_pages(site, "fr")[1].read_text(encoding="utf-8")
    assert f"neutralité{NNBSP};" in html
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "suivantes\u00a0:" in home
    for page in text_pages(site, "fr"):
        html = re.sub(r"<(script|style)\b.*?</\1>", "", page.read_text(encoding="utf-8"), flags=re.S)
        text = re.sub(r"<[^>]*>", "", html)  # the text a reader sees, not attribute values
        assert not re.search(r"\w [;:!?](\s|<)", text), page.name


def test_no_resource_from_another_host(site):
    for page in all_pages(site):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        external = re.findall(r'<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(?:https?:)?//[^"]*"', html)
        external = [tag for tag in external if 'rel="canonical"' not in tag and 'rel="alternate"' not in tag]
        assert external == [], page


def test_paragraphs_carry_their_address(site):
    pages = text_pages(site, "fr")
    assert re.findall(r'<p id="(p0-\d+)"', pages[0].read_text(encoding="utf-8")) == ["p0-1"]
    assert re.findall(r'id="(p4-\d+)"', pages[4].read_text(encoding="utf-8")) == ["p4-0", "p4-1", "p4-2", "p4-3"]


def test_window_title_is_the_short_title(site):
    pages = text_pages(site, "fr")
    assert "<title>Politique étrangère du Cambodge</title>" in pages[0].read_text(encoding="utf-8")
    assert "<title>Multilatéralisme - Politique étrangère du Cambodge</title>" in pages[4].read_text(encoding="utf-8")


def test_reading_order_is_home_priorities_then_other_readings(site):
    pages = text_pages(site, "fr")

    def next_link(page):
        return re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--next"', page.read_text("utf-8"))

    assert next_link(pages[0]).group(1) == "priorites/1-independance-souverainete-paix.html"
    assert next_link(pages[5]).group(1) == "../texte-integral.html"


def test_header_shows_the_short_title(site):
    html = text_pages(site, "fr")[1].read_text(encoding="utf-8")
    topic = re.search(r'data-md-component="header-topic">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', html, re.S)
    assert topic.group(1) == "Indépendance, souveraineté et paix"


def test_no_script_holds_back_the_first_paint(site):
    """Every script file is deferred (run in order once the page is parsed), none in <head>."""
    for page in all_pages(site):
        html = page.read_text(encoding="utf-8")
        scripts = re.findall(r"<script\b[^>]*\bsrc=[^>]*>", html)
        assert scripts, page
        assert [tag for tag in scripts if " defer " not in tag] == [], page
        head = html.split("</head>")[0]
        assert "<script defer src=" not in head, page
    order = re.findall(r'<script defer src="[^"]*/([\w.-]+\.js)"', (site / "index.html").read_text(encoding="utf-8"))
    assert order[0] == "shim.js" and order[1].startswith("bundle.") and "edition.js" in order[2:], order


def test_pages_are_served_without_their_indentation(site):
    """policy_text.minify.compact_html on every page: what a reader downloads holds no indentation."""
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 40
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert compact_html(html) == html, page
