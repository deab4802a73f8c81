"""Reading order: the home page, the priorities in their order, then the other ways to read.

Without a `nav` in mkdocs.yml, MkDocs lists a folder's pages before its subfolders, which
would put the composed pages (full text, side by side) between the home page and the
priorities, in the menu and in "previous / next"; and it sorts file names as text, so
priority 10 would come before priority 2. Adding a priority page needs no configuration.

A page of an edition at its permanent address (`editions/<id>/…`, generated_pages.py) is out of that
menu: its own menu lists its edition's pages in the same order (home, then its priorities), and
"previous / next" leads through them, so that an archived edition is read among its own pages.
"""

from __future__ import annotations

from collections.abc import Iterator

from mkdocs.structure import StructureItem
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from policy_text import edition_pages, pages


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


def _in_order(nav: Navigation) -> Navigation:
    """The menu sorted by rank (stable: the order within a rank is kept), "previous / next" following it."""
    nav.items.sort(key=_rank)
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


def _edition_navigation(nav: Navigation, files: Files) -> dict[str, Navigation]:
    """Each edition's menu, shaped as the site's: its home page, then its priorities in the section of theirs."""
    section_title = next((item.title for item in nav.items if isinstance(item, Section)), None)
    by_edition: dict[str, list[Page]] = {}
    for file in files.documentation_pages():
        permanent = edition_pages.of(file)
        if permanent is not None and file.page is not None and _rank(file.page) < (2, 0):
            by_edition.setdefault(permanent.edition.id, []).append(file.page)
    menus = {}
    for edition_id, found in by_edition.items():
        home = [page for page in found if _rank(page) == (0, 0)]
        priorities: list[StructureItem] = [page for page in found if _rank(page) != (0, 0)]
        section = Section(section_title or "", priorities)
        for page in priorities:
            page.parent = section
        menu = _in_order(Navigation([*home, section], []))
        menu.homepage = nav.homepage  # the site's title leads to the site
        menus[edition_id] = menu
    return menus


def menus(nav: Navigation, files: Files) -> tuple[Navigation, dict[str, Navigation]]:
    """This language's menu in reading order, and the menu of each edition at its permanent addresses, by id."""
    nav.items = _merged(nav.items)
    by_edition = _edition_navigation(nav, files)
    return _in_order(nav), by_edition


def menu_of(page: Page, by_edition: dict[str, Navigation]) -> Navigation | None:
    """The menu of the edition whose permanent page this is; None for a page at its usual address."""
    permanent = edition_pages.of(page.file)
    return by_edition.get(permanent.edition.id) if permanent is not None else None
