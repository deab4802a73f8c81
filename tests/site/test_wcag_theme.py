"""What the theme layer does for assistive technologies and forced colours, beyond the page walks:
the Cite dialog's status line."""

from __future__ import annotations

import pytest

from policy_text import project

from .a11y import PHONE
from .pages import text_pages

pytestmark = pytest.mark.browser


def address(site, http_url, page) -> str:
    return http_url + page.relative_to(site).as_posix()


def first_priority(site, lang: str | None = None):
    return text_pages(site, lang or project.default_language())[1]


def test_cite_status_line_is_in_the_accessibility_tree_before_it_speaks(site, http_url, new_tab):
    """A live region must be there before its text changes, or screen readers do not say it."""
    page = new_tab(PHONE)
    page.goto(address(site, http_url, first_priority(site)), wait_until="load")
    page.locator("button.pe-cite-open").first.click()
    dialog = page.locator("dialog[open]")
    dialog.wait_for()
    assert dialog.get_by_role("status").count() == 1
