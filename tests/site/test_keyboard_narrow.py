"""Keyboard walks at narrow widths (WCAG 2.4.3, 2.4.7, 2.4.11) through what the page walks of
tests/site/inspection.py do not open: the Cite dialog and the drawer's nested panels, at 320 and
390 px (phones) and 640 px (a 1280 px screen at 200 %).

Every focus stop is seen, ringed and not covered (window.__a11y.step, as in the page walks), and
after each activation (Enter on a button) focus is on an element of the dialog or the drawer,
never on <body>.
"""

from __future__ import annotations

import pytest

from policy_text import project

from .a11y import PHONE, install
from .pages import language_root, text_pages

pytestmark = pytest.mark.browser

WIDTHS = {
    "320": {"width": 320, "height": 640},
    "390": PHONE,
    "640": {"width": 640, "height": 800},  # 1280 px at 200 % zoom
}
FULL_TEXT = "texte-integral.html"

# The focused element: how the walk knows it, and where it is.
FOCUSED = """within => {
  const el = document.activeElement;
  return {
    body: !el || el === document.body,
    within: !!(el && el.closest(within)),
    what: window.__a11y.describe(el),
    toggle: !!(el && el.matches("[data-pe-toggle], [data-pe-cite-copy]")),
    expanded: el && el.getAttribute("aria-expanded"),
  };
}"""


def url(site, http_url, page) -> str:
    return http_url + page.relative_to(site).as_posix()


def open_page(new_tab, address: str, width: str):
    page = new_tab(WIDTHS[width], reduced_motion="reduce")
    install(page)
    page.goto(address, wait_until="load")
    page.evaluate("document.fonts.ready")
    return page


def walk(page, within: str, name: str, key: str, activated: set[str], problems: list[str]) -> None:
    """Press `key` from stop to stop while focus stays in `within`, until a stop comes again; press
    Enter on each button not yet pressed in its state (`activated`), checking where focus goes."""
    for _ in range(60):
        found = page.evaluate("walk => window.__a11y.step(walk)", name)
        focused = page.evaluate(FOCUSED, within)
        if found is None and within == "dialog[open]":
            pass  # past a modal dialog's last stop, focus leaves the page; the next key brings it back
        elif found is None or not focused["within"]:
            return  # out of the drawer, which closes
        elif found["again"]:
            return
        else:
            if found["problem"]:
                problems.append(f"{key}: {found['problem']}")
            state = f"{focused['what']} [{focused['expanded']}]"
            if focused["toggle"] and state not in activated:
                activated.add(state)
                page.keyboard.press("Enter")
                after = page.evaluate("walk => window.__a11y.step(walk)", f"{name}, {state}")
                landed = page.evaluate(FOCUSED, within)
                if after is None or landed["body"]:
                    problems.append(f"Enter on {state}: focus on <body>")
                elif not landed["within"]:
                    problems.append(f"Enter on {state}: focus left for {landed['what']}")
                elif after["problem"]:
                    problems.append(f"Enter on {state}: {after['problem']}")
        page.keyboard.press(key)  # from where focus is, after an activation too
    problems.append(f"{key}: more than 60 stops in {within}")


@pytest.mark.parametrize("width", WIDTHS)
def test_cite_dialog_by_keyboard(site, http_url, new_tab, width):
    """Open the Cite dialog of a priority's first paragraph, Tab through it (wrapping to its top),
    press each copy button, then Shift+Tab back."""
    priority = text_pages(site, project.default_language())[1]
    page = open_page(new_tab, url(site, http_url, priority), width)
    page.locator("button.pe-cite-open").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("dialog[open]")
    problems: list[str] = []
    activated: set[str] = set()
    walk(page, "dialog[open]", "forwards", "Tab", activated, problems)
    walk(page, "dialog[open]", "backwards", "Shift+Tab", activated, problems)
    assert len(activated) == page.locator("dialog[open] [data-pe-cite-copy]").count()  # each copy button pressed
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["priority", "full text"])
def test_drawer_panels_by_keyboard(site, http_url, new_tab, width, which):
    """Open the drawer, Tab through it pressing each section button (Priorités, the table of
    contents, the back buttons) once in each state; again, until no button is left to press."""
    lang = project.default_language()
    shown = text_pages(site, lang)[1] if which == "priority" else language_root(site, lang) / FULL_TEXT
    page = open_page(new_tab, url(site, http_url, shown), width)
    menu = page.locator(".md-header button[data-pe-toggle=__drawer]")
    problems: list[str] = []
    activated: set[str] = set()
    for opened in range(4):
        pressed = len(activated)
        menu.focus()
        page.keyboard.press("Enter")
        walk(page, ".md-sidebar--primary", f"drawer {opened}", "Tab", activated, problems)
        if len(activated) == pressed:
            break
    assert any("[false]" in state for state in activated) and any("[true]" in state for state in activated)
    assert problems == [], "\n".join(problems)
