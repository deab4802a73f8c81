"""What the strict French build produces: language, navigation, typography, no third-party host."""

from __future__ import annotations

import re
from html import escape, unescape

from policy_text import identity, project
from policy_text.minify import compact_html

from .pages import (
    ANY_ID,
    FULL_TEXT,
    all_pages,
    front_matter,
    priority_pages,
    source_paragraphs,
    text_pages,
)

NNBSP, NBSP = "\u202f", "\u00a0"


def test_pages_declare_french(site):
    for page in text_pages(site, "fr"):
        assert '<html lang="fr"' in page.read_text(encoding="utf-8")


def test_navigation_labels_are_readable(site):
    """The menu names each priority by its editorial title, accents and all (not its file name)."""
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "Priorités" in html and ">Priorites<" not in html
    for path in priority_pages():
        label = escape(front_matter(path, "fr")["nav_title"], quote=False)
        assert label in html, path


def test_previous_and_next_links_in_footer(site):
    for page in text_pages(site, "fr")[1:]:
        html = page.read_text(encoding="utf-8")
        assert 'class="md-footer__link md-footer__link--prev"' in html, page
        assert 'class="md-footer__link md-footer__link--next"' in html, page


# A paragraph of the official text as written (no-break spaces kept), by id.
PARAGRAPH = re.compile(rf'<p\b[^>]*? id="({ANY_ID})"[^>]*>(.*?)</p>', re.S)
# What French typography holds to the word before it: no-break spaces, narrow before ; ! ?, ordinary before :
PUNCTUATION = re.compile(r"(.?)([;!?:])(?=\s|$)", re.S)


def test_punctuation_never_starts_a_line(site):
    """Every ; ! ? : that ends a word of the official text is held to it by the right no-break space, on the
    page that shows its paragraph; and nowhere on a French page is one left after an ordinary space."""
    shown = {}
    for page in text_pages(site, "fr"):
        for paragraph, inner in PARAGRAPH.findall(page.read_text(encoding="utf-8")):
            text = unescape(re.sub(r"<[^>]*>", "", re.sub(r'<a class="pe-cite".*?</a>', "", inner, flags=re.S)))
            shown[paragraph] = text.strip()
    for paragraph, text in source_paragraphs():
        marks = [mark for _, mark in PUNCTUATION.findall(text)]
        held = [(space, mark) for space, mark in PUNCTUATION.findall(shown[paragraph])]
        assert held == [(NBSP if mark == ":" else NNBSP, mark) for mark in marks], paragraph
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
    """Each page of the text gives its paragraphs (a priority's statement first) the ids of the current edition."""
    for page, priority in zip(text_pages(site, "fr"), identity.current().priorities, strict=True):
        html = page.read_text(encoding="utf-8")
        expected = [entry.id for entry in priority.entries]
        assert re.findall(rf'<p\b[^>]*? id="({ANY_ID})"', html) == expected, page


def test_window_title_is_the_short_title(site):
    pages = text_pages(site, "fr")
    name = project.mkdocs_config()["site_name"]
    assert f"<title>{name}</title>" in pages[0].read_text(encoding="utf-8")
    for page, path in zip(pages[1:], priority_pages(), strict=True):
        short = escape(front_matter(path, "fr")["nav_title"], quote=False)
        assert f"<title>{short} - {name}</title>" in page.read_text(encoding="utf-8"), path


def test_reading_order_is_home_priorities_then_other_readings(site):
    """Previous / next lead from the home page through every priority in the ministry's order, then to the full text."""
    pages = text_pages(site, "fr")

    def next_page(page):
        link = re.search(r'<a href="([^"]+)" class="md-footer__link md-footer__link--next"', page.read_text("utf-8"))
        return (page.parent / link.group(1)).resolve()

    assert [next_page(page) for page in pages] == [page.resolve() for page in pages[1:]] + [
        (site / FULL_TEXT).resolve()
    ]


def test_header_shows_the_short_title(site):
    for page, path in zip(text_pages(site, "fr")[1:], priority_pages(), strict=True):
        html = page.read_text(encoding="utf-8")
        topic = re.search(
            r'data-md-component="header-topic">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', html, re.S
        )
        assert topic.group(1) == escape(front_matter(path, "fr")["nav_title"], quote=False), path


def test_no_script_holds_back_the_first_paint(site):
    """Every script file is deferred (run in order once the page is parsed), none in <head>; every page has some,
    the pages left at old addresses too (pages of the site like the others)."""
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
