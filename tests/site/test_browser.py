"""Every page, opened in headless Chromium: no console error, axe-core clean in both palettes, keyboard-usable."""

from __future__ import annotations

import pytest

from .browser import axe_violations, visit
from .pages import all_pages

pytestmark = pytest.mark.browser


def page_urls(site, base):
    return [base + p.relative_to(site).as_posix() for p in all_pages(site)]


def test_every_page_loads_without_console_errors(site, http_url, page):
    for url in page_urls(site, http_url):
        record = visit(page, url)
        assert record.console_errors == []
        assert record.failed_requests == []
        assert [r for r in record.requested if not r.startswith(http_url) and not r.startswith("data:")] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation(site, http_url, browser, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    try:
        for url in page_urls(site, http_url):
            visit(page, url)
            expected = "slate" if scheme == "dark" else "default"
            assert page.get_attribute("body", "data-md-color-scheme") == expected
            assert axe_violations(page) == [], url
    finally:
        context.close()


def test_palette_toggle_switches_scheme(http_url, page):
    visit(page, http_url)
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.get_attribute("body", "data-md-color-scheme") != before


def test_keyboard_reaches_skip_link_first(http_url, page):
    visit(page, http_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#titre" or page.evaluate("document.activeElement.id") != ""


def test_language_switch_keeps_the_cited_paragraph(http_url, page):
    visit(page, http_url + "priorites/3-diplomatie-economique.html#p3-2")
    page.locator(".md-select").first.hover()
    page.locator('a.md-select__link[hreflang="km"]').click()
    page.wait_for_load_state("load")
    assert page.url == http_url + "km/priorites/3-diplomatie-economique.html#p3-2"
    assert page.evaluate("document.documentElement.lang") == "km"


def test_khmer_font_loads_on_khmer_pages_only(http_url, page):
    fonts = []
    page.on("request", lambda r: r.url.endswith(".woff2") and fonts.append(r.url))
    visit(page, http_url + "priorites/1-independance-souverainete-paix.html")
    visit(page, http_url + "en/priorites/1-independance-souverainete-paix.html")
    assert fonts == []
    visit(page, http_url + "km/priorites/1-independance-souverainete-paix.html")
    assert fonts == [http_url + "assets/fonts/noto-sans-khmer.woff2"]
    assert page.evaluate("document.fonts.check('16px \"Edition Khmer\"', 'ខ្មែរ')")
