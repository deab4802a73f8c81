"""Reading order: the home page, the priorities, then the other ways to read (full text, side by side).

MkDocs lists a folder's pages before its subfolders, which would put the composed pages
between the home page and the priorities, in the menu and in "previous / next".
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Section, _add_previous_and_next_links, _get_by_type
from mkdocs.structure.pages import Page


def _rank(item) -> int:
    if isinstance(item, Section):
        return 1
    return 0 if isinstance(item, Page) and item.file.name == "index" else 2


@event_priority(-110)  # after mkdocs-static-i18n has made the language's navigation (-100)
def on_nav(nav, config, files):
    nav.items.sort(key=_rank)  # stable: order within each rank is kept
    nav.pages = _get_by_type(nav.items, Page)
    _add_previous_and_next_links(nav.pages)
    return nav
