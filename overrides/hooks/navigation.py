"""Reading order: the home page, the priorities in their order, then the other ways to read.

Without a `nav` in mkdocs.yml, MkDocs lists a folder's pages before its subfolders, which
would put the composed pages (full text, side by side) between the home page and the
priorities, in the menu and in "previous / next"; and it sorts file names as text, so
priority 10 would come before priority 2. Adding a priority page needs no configuration.
"""

from __future__ import annotations

from collections.abc import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure import StructureItem
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from policy_text import pages


def _rank(item: StructureItem) -> tuple[int, int]:
    if isinstance(item, Section):
        return 1, 0
    if isinstance(item, Page):
        if item.file.name == "index":
            return 0, 0
        number = pages.priority_of_file(item.file.name)
        if number is not None:
            return 1, number
    return 2, 0


def _pages(items: list[StructureItem]) -> Iterator[Page]:
    for item in items:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, Section):
            yield from _pages(item.children)


def _merged(items: list[StructureItem]) -> list[StructureItem]:
    """One section per title: a page built from the French (no translation yet) arrives in a section
    of its own, mkdocs-static-i18n making one for its fallback files."""
    first: dict[str | None, Section] = {}
    kept: list[StructureItem] = []
    for item in items:
        if isinstance(item, Section) and item.title in first:
            section = first[item.title]
            section.children.extend(item.children)
            for child in item.children:
                child.parent = section
            continue
        if isinstance(item, Section):
            first[item.title] = item
        kept.append(item)
    return kept


@event_priority(-100)  # after mkdocs-static-i18n's (-100) has made this language's navigation
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    nav.items = _merged(nav.items)
    nav.items.sort(key=_rank)  # stable: the order within each rank is kept
    for section in (item for item in nav.items if isinstance(item, Section)):
        section.children.sort(key=_rank)
    nav.pages = list(_pages(nav.items))
    for previous, page in zip([None, *nav.pages], nav.pages, strict=False):
        page.previous_page = previous
        if previous is not None:
            previous.next_page = page
    if nav.pages:
        nav.pages[-1].next_page = None
    return nav
