"""Keyboard users (WCAG 2.1.1, 2.1.4, 2.4.7, 2.4.11, 4.1.2): the header's controls are named
buttons, the drawer, menus and search work from the keyboard, no single-key shortcut.

Every focus stop of every page (seen, ringed, clear of the header, walking Tab then Shift+Tab at
a desktop and a phone width) is checked while tests/site/test_browser.py has each page open
(tests/site/inspection.py).
"""

from __future__ import annotations

import pytest

from .a11y import DESKTOP, PHONE, hidden_from_sight, install
from .pages import priority_page

pytestmark = pytest.mark.browser

PRIORITY = priority_page(1)


@pytest.fixture
def open_page(new_tab):
    def open_page(url, viewport=DESKTOP, **media):
        page = new_tab(viewport, reduced_motion="reduce", **media)
        install(page)
        page.goto(url, wait_until="load")  # every script has run: Material's and edition.js's controls are in place
        page.evaluate("document.fonts.ready")  # the text is laid out in its own font
        return page

    return open_page


def focus_named(page, name: str, key: str = "Tab") -> None:
    for _ in range(60):
        page.keyboard.press(key)
        if page.evaluate("document.activeElement.getAttribute('aria-label') || document.activeElement.title") == name:
            return
    raise AssertionError(f"no focus stop named {name!r}")


def test_header_controls_are_named_buttons(http_url, open_page):
    page = open_page(http_url + PRIORITY, PHONE)
    for name in ("Navigation", "Rechercher"):
        control = page.get_by_role("button", name=name, exact=True)
        assert control.count() == 1, name
        assert control.get_attribute("aria-expanded") == "false", name


def test_drawer_opens_and_closes_by_keyboard(http_url, open_page):
    page = open_page(http_url + PRIORITY, PHONE)
    focus_named(page, "Navigation")
    page.keyboard.press("Enter")
    menu = page.get_by_role("button", name="Navigation", exact=True)
    assert menu.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.getElementById('__drawer').checked")
    assert page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__drawer').checked")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Navigation"
    assert menu.get_attribute("aria-expanded") == "false"


def test_drawer_open_by_keyboard_shows_every_stop(http_url, open_page):
    page = open_page(http_url + PRIORITY, PHONE)
    focus_named(page, "Navigation")
    page.keyboard.press("Enter")
    problems = []
    for _ in range(20):
        found = page.evaluate("window.__a11y.step()")
        if not found or not page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')"):
            break
        if found["problem"]:
            problems.append(found["problem"])
        page.keyboard.press("Tab")
    assert problems == []


def test_section_of_the_navigation_is_a_disclosure_button(http_url, open_page):
    page = open_page(http_url + PRIORITY)
    section = page.get_by_role("button", name="Priorités", exact=True)
    assert section.get_attribute("aria-expanded") == "true"
    section.focus()
    page.keyboard.press("Space")
    assert section.get_attribute("aria-expanded") == "false"
    assert page.evaluate("scrollY") == 0  # Space pressed the button; it did not scroll the page


def test_language_menu_is_a_disclosure(http_url, open_page):
    page = open_page(http_url + PRIORITY)
    button = page.get_by_role("button", name="Sélectionner la langue")
    assert button.get_attribute("aria-expanded") == "false"
    button.focus()
    assert not page.locator('a[hreflang="en"].md-select__link').is_visible()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Français"
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Sélectionner la langue"


@pytest.mark.parametrize("key", ["n", ".", "p", ","])
def test_single_keys_do_not_change_page(http_url, open_page, key):
    page = open_page(http_url + PRIORITY)
    # Material follows link[rel=next|prev]; aimed at a fragment, following it is seen at once.
    page.evaluate("document.querySelectorAll('link[rel=next], link[rel=prev]').forEach(l => l.href = '#followed')")
    page.locator("a.pe-cite").first.focus()
    page.keyboard.press(key)
    assert page.evaluate("location.hash") == ""


@pytest.mark.parametrize("key", ["/", "s", "f"])
def test_single_keys_do_not_open_search(http_url, open_page, key):
    page = open_page(http_url + PRIORITY)
    page.locator("a.pe-cite").first.focus()
    page.keyboard.press(key)
    assert not page.evaluate("document.getElementById('__search').checked")
    assert page.evaluate("document.activeElement.classList.contains('pe-cite')")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palette_button_says_what_it_does(http_url, open_page, scheme):
    page = open_page(http_url + "en/" + PRIORITY, color_scheme=scheme)
    other = "dark" if scheme == "light" else "light"
    button = page.get_by_role("button", name=f"Switch to {other} theme")
    button.wait_for(state="visible")  # Material sets its palette up as it starts: under load, after `load`
    assert button.count() == 1
    checked = page.evaluate("[...document.querySelectorAll('[name=__palette]')].filter(r => r.checked).length")
    assert checked == 1
    button.focus()
    page.keyboard.press("Space")
    expected = "slate" if other == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    # (by its aria-label: Material's tooltips take the title away)
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == f"Switch to {scheme} theme"
    page.keyboard.press("Enter")
    assert page.get_attribute("body", "data-md-color-scheme") != expected


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_search_keeps_focus_and_announces_results(http_url, open_page, viewport):
    page = open_page(http_url + PRIORITY, viewport)
    if viewport is PHONE:
        page.get_by_role("button", name="Rechercher", exact=True).focus()
        page.keyboard.press("Enter")
    else:
        page.locator(".md-search__input").focus()
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("neutralité")
    page.wait_for_function("document.querySelectorAll('.md-search-result__list a').length > 0")
    status = page.locator("[data-pe-search-status]")
    assert status.get_attribute("role") == "status"
    page.wait_for_function("document.querySelector('[data-pe-search-status]').textContent.includes('trouvé')")
    assert hidden_from_sight(status)  # Material shows the count: said, not shown twice
    page.keyboard.press("ArrowDown")
    assert page.evaluate("!!document.activeElement.closest('.md-search-result__list')")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    # Material learns of focus changes 1 ms late (debounceTime(1) on focusin and focusout), and
    # the box regaining focus opens search: keys no reader presses within 1 ms (Chromium runs input
    # before timers) would have it reopen search after Escape closed it.
    page.evaluate("new Promise(done => setTimeout(done, 2))")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == "Rechercher"  # the box itself, or the search button where the box is hidden
