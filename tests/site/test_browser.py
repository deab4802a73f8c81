"""Every page, opened in headless Chromium: no console error, axe-core clean in both palettes, keyboard-usable."""

from __future__ import annotations

import pytest

from policy_text import identity, project

from ..conftest import SITE_URL
from .a11y import DESKTOP, PHONE, hidden_from_sight
from .browser import visit
from .inspection import KEYS, PALETTES, READERS, inspect_every_page
from .pages import front_matter, page_of, pages_to_inspect, priorities, priority_count, priority_page


@pytest.mark.parametrize("lang", project.language_codes())
@pytest.mark.parametrize("reader", READERS)
def test_every_page_is_clean_and_keyboard_usable(site, http_url, browser, reader, lang):
    """No console error, no failed request, nothing asked of another host, the reader's palette,
    axe-core clean, and every focus stop seen and ringed (tests/site/a11y.py), both ways.
    One test per reader and language: six, that the workers share out."""
    # `browser`: Chromium is there (or the test is skipped, never in CI); the inspection launches its own
    urls = [http_url + p.relative_to(site).as_posix() for p in pages_to_inspect(site, lang)]
    palette = PALETTES[READERS[reader][1]]
    problems = {}
    for page in inspect_every_page(urls, reader):
        forwards, backwards = (page.stops.get(key, []) for key in KEYS)
        loaded = page.loaded
        found = {
            "console": loaded.console_errors,
            "failed requests": loaded.failed_requests,
            "other hosts": loaded.elsewhere(http_url),
            "palette": [] if page.palette == palette else [f"{page.palette}, not {palette}"],
            "axe-core": page.axe_violations,
            "focus": page.focus_problems,
            "walks": [] if forwards and sorted(forwards) == sorted(backwards) else [f"{forwards} ≠ {backwards}"],
        }
        problems.update({f"{page.url}, {what}": items for what, items in found.items() if items})
    assert problems == {}


def test_palette_toggle_switches_scheme(http_url, new_tab):
    page = new_tab()
    visit(page, http_url)
    assert page.get_attribute("body", "data-md-color-scheme") == "default"  # the context prefers light
    page.locator("form[data-md-component=palette] button:visible").first.click()
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"


def test_keyboard_reaches_skip_link_first(http_url, new_tab):
    page = new_tab()
    visit(page, http_url)
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")  # Material's skip link
    assert skip.evaluate("a => a === document.activeElement"), page.evaluate("document.activeElement.outerHTML")
    assert skip.text_content().strip() == "Aller au contenu"
    assert skip.get_attribute("href") == "#titre"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#titre"
    page.keyboard.press("Tab")  # the next stop is in the text, past the header and navigation
    assert page.evaluate("document.activeElement.closest('article') !== null"), page.evaluate(
        "document.activeElement.outerHTML"
    )


# A paragraph far enough down its page to be scrolled to: the last of the priority in the middle of the text.
CITED = priorities()[len(priorities()) // 2].paragraphs[-1].id
# A paragraph in the middle of the whole text, with paragraphs before and after it.
MIDDLE = identity.current().ids()[len(identity.current().ids()) // 2]


def test_language_switch_keeps_the_cited_paragraph(http_url, new_tab):
    page = new_tab()
    visit(page, http_url + f"{page_of(CITED)}#{CITED}")
    page.locator(".md-select button").first.click()  # the language menu opens by its button, not on hover
    page.locator('a.md-select__link[hreflang="km"]').click()
    page.wait_for_load_state("load")
    assert page.url == http_url + f"km/{page_of(CITED)}#{CITED}"
    assert page.evaluate("document.documentElement.lang") == "km"


def switch_language(page, lang: str) -> None:
    """The language menu's link activated where the reader is (Playwright's hover would scroll the page)."""
    with page.expect_navigation():
        page.locator(f'a.md-select__link[hreflang="{lang}"]').evaluate("link => link.click()")


def test_language_switch_keeps_the_paragraph_read(http_url, new_tab):
    """Without an #anchor: at the top of the page, the other page's top; scrolled, the paragraph at the
    top of the screen (the first below the header)."""
    page = new_tab(PHONE)
    visit(page, http_url + "texte-integral.html")
    switch_language(page, "en")
    assert page.url == http_url + "en/texte-integral.html"
    page.evaluate(  # the paragraph just below the header, the paragraph before it out of sight above
        """id => scrollTo({behavior: "instant", top: document.getElementById(id).getBoundingClientRect().top
                                                 + scrollY - document.querySelector(".md-header").offsetHeight - 4})""",
        MIDDLE,
    )
    switch_language(page, "km")
    assert page.url == http_url + f"km/texte-integral.html#{MIDDLE}"


def test_language_switch_keeps_the_side_by_side_choice(http_url, new_tab):
    page = new_tab()
    visit(page, http_url + f"texte-parallele.html?left=km&right=en#{MIDDLE}")
    switch_language(page, "en")
    assert page.url == http_url + f"en/texte-parallele.html?left=km&right=en#{MIDDLE}"
    page.select_option('select[name="right"]', "fr")  # a choice made on the page goes along too
    switch_language(page, "km")
    assert page.url == http_url + f"km/texte-parallele.html?left=km&right=fr#{MIDDLE}"


def test_khmer_font_loads_on_khmer_pages_only(http_url, page):
    fonts = []
    page.on("request", lambda r: r.url.endswith(".woff2") and fonts.append(r.url))
    visit(page, http_url + priority_page(1))
    visit(page, http_url + "en/" + priority_page(1))
    assert fonts == []
    visit(page, http_url + "km/" + priority_page(1))
    assert fonts == [http_url + "assets/fonts/noto-sans-khmer.woff2"]
    assert page.evaluate("document.fonts.check('16px \"Edition Khmer\"', 'ខ្មែរ')")


def test_cited_paragraph_is_scrolled_to_and_highlighted(http_url, new_tab):
    page = new_tab()
    visit(page, http_url + f"en/{page_of(CITED)}#{CITED}")
    paragraph = page.locator(f"#{CITED}")
    assert paragraph.evaluate("p => p.matches(':target')")
    background = paragraph.evaluate("p => getComputedStyle(p).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    top = paragraph.evaluate("p => p.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2


@pytest.fixture
def clipboard_page(browser):
    """A page allowed to read the clipboard, to check what a control copied."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


def activate_and_read_clipboard(page, link) -> str:
    """Activate `link` from the keyboard, wait for the announcement, return the clipboard."""
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-pe-copy-status]').textContent.length > 0")
    return page.evaluate("navigator.clipboard.readText()")


def test_paragraph_number_copies_its_canonical_address(http_url, clipboard_page):
    page = clipboard_page
    priority = priorities()[1 if len(priorities()) > 1 else 0]
    paragraph = priority.paragraphs[0].id
    label = f"§ {priority.number}.1".translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))  # Khmer digits
    visit(page, http_url + "km/" + page_of(paragraph))
    control = page.locator(f'a.pe-cite[href="#{paragraph}"]')
    assert control.get_attribute("aria-label").startswith(f"{label} – ចម្លងតំណ")
    expected = SITE_URL + f"km/{page_of(paragraph)}#{paragraph}"
    assert activate_and_read_clipboard(page, control) == expected
    assert expected in page.locator("[data-pe-copy-status]").text_content()
    assert hidden_from_sight(page.locator("[data-pe-copy-status]"))  # said to screen readers, not shown
    assert page.locator(".md-dialog__inner").text_content() == f"បានចម្លងតំណ៖ {label}"  # the toast names what
    assert page.url.endswith(f"#{paragraph}")


def test_side_by_side_reader_chooses_the_pair(http_url, new_tab):
    page = new_tab()
    visit(page, http_url + "texte-parallele.html")

    def visible():
        return page.evaluate(
            """id => [...document.querySelectorAll(`#${id} .pe-parallel__cell:not([hidden])`)]
                .sort((a, b) => getComputedStyle(a).order - getComputedStyle(b).order)
                .map(c => c.dataset.lang)""",
            MIDDLE,
        )

    assert visible() == ["fr", "en"]
    page.select_option('select[name="left"]', "km")
    assert visible() == ["km", "en"]
    assert "left=km&right=en" in page.url
    visit(page, http_url + "texte-parallele.html?left=en&right=fr")
    assert visible() == ["en", "fr"]
    visit(page, http_url + "km/texte-parallele.html")  # the original, and the page's own language beside it
    assert visible() == ["fr", "km"]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_side_by_side_on_a_phone_names_the_language_of_each_cell(http_url, new_tab, viewport):
    """Stacked on a phone, each cell says which language it is in; in columns, the choice above says it."""
    page = new_tab(viewport)
    visit(page, http_url + "km/texte-parallele.html")
    labels = page.locator(f"#{MIDDLE} .pe-parallel__cell:not([hidden])").evaluate_all(
        "cells => cells.map(c => getComputedStyle(c, '::before').content)"
    )
    assert labels == (['"Français"', '"ខ្មែរ"'] if viewport is PHONE else ["none", "none"])


def test_heading_link_copies_the_section_address(http_url, clipboard_page):
    page = clipboard_page
    visit(page, http_url + "en/texte-integral.html")
    number = priority_count()  # the last priority's section
    link = page.locator(f'a.headerlink[href="#priorite-{number}"]')
    assert link.get_attribute("aria-label") == "Link to this section"
    assert activate_and_read_clipboard(page, link) == SITE_URL + f"en/texte-integral.html#priorite-{number}"
    title = front_matter(priority_page(number), "en")["nav_title"]
    assert page.locator(".md-dialog__inner").text_content() == f"Link copied: {title}"
