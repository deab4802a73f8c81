"""What screen readers are given (WCAG 1.3.1, 2.4.1, 4.1.2): headings named by their text alone,
a heading per part on the side-by-side page, no empty landmark, a skip link that lands where the
page's content starts (translation notices included)."""

from __future__ import annotations

import re

import pytest

from .a11y import DESKTOP
from .pages import html_path, priority_count, priority_page, translated_priority

pytestmark = pytest.mark.browser

LANGS = {"fr": "", "en": "en/", "km": "km/"}


def headings(page) -> list[tuple[int, str]]:
    """(level, accessible name) of each heading of the article, from the accessibility tree."""
    tree = page.locator("article").aria_snapshot()
    return [(int(m.group(2)), m.group(1)) for m in re.finditer(r'- heading "([^"]*)" \[level=(\d)\]', tree)]


@pytest.mark.parametrize("lang", LANGS)
def test_full_text_headings_are_named_by_their_text(http_url, new_tab, lang):
    page = new_tab()
    page.goto(http_url + LANGS[lang] + "texte-integral.html", wait_until="load")
    texts = page.locator("article h2").evaluate_all("hs => hs.map(h => h.textContent.trim())")
    assert len(texts) == 1 + priority_count()  # the introduction, each priority
    assert [name for level, name in headings(page) if level == 2] == texts


@pytest.mark.parametrize("lang", LANGS)
def test_side_by_side_has_a_heading_per_part(http_url, new_tab, lang):
    page = new_tab()
    page.goto(http_url + LANGS[lang] + "texte-parallele.html", wait_until="load")
    outline = headings(page)
    assert [level for level, _ in outline] == [1] + [2] * (1 + priority_count())  # the page, introduction, priorities
    full_text = page.context.new_page()
    full_text.goto(http_url + LANGS[lang] + "texte-integral.html", wait_until="load")
    assert [name for level, name in outline if level == 2] == [n for level, n in headings(full_text) if level == 2]
    full_text.close()


EMPTY_LANDMARKS = """() => [...document.querySelectorAll(
    'nav, aside, main, header, footer, form[aria-label], section[aria-label], '
    + '[role=navigation], [role=complementary], [role=region], [role=search]')]
  .filter(el => !el.closest('[hidden], [aria-hidden=true]') && getComputedStyle(el).display !== 'none')
  .filter(el => !el.textContent.trim() && !el.querySelector('a[href], button, input, select, img, svg'))
  .map(el => el.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize("path", [priority_page(1), "en/index.html", "km/texte-parallele.html"])
def test_no_empty_landmark(http_url, new_tab, path):
    page = new_tab(DESKTOP)
    page.goto(http_url + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.evaluate(EMPTY_LANDMARKS) == []


TRANSLATED = html_path(translated_priority().page)  # its notice links to the French page


@pytest.mark.parametrize(
    ("path", "first"),
    [
        ("en/" + TRANSLATED, "Français"),  # the notice's link
        ("km/texte-integral.html", "Français"),
        (priority_page(1), "§ 1"),  # no notice: the text
    ],
)
def test_skip_link_lands_where_the_content_starts(http_url, new_tab, path, first):
    page = new_tab()
    page.goto(http_url + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == first
    page.wait_for_load_state("networkidle")
