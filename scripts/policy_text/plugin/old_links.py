"""Old `#pX-Y` links: each page of the current text carries, as a JSON block, what became of every paragraph
an earlier edition published at its address that it no longer shows (moved, removed) or that the current
edition amended, with links (policy_text.old_addresses); edition.js shows it to a reader arriving by such a
link. Permanent copies carry none: their ids never change.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from mkdocs.structure.pages import Page

from policy_text import composition, edition_pages, identity, old_addresses, pages, project


def with_notices(html: str, page: Page, lang: str) -> str:
    name = PurePosixPath(page.file.src_uri)
    priority = pages.text_priority(page.meta, name.name)
    whole_text = page.meta.get("layout") in composition.LAYOUTS
    if edition_pages.of(page.file) or (priority is None and not whole_text):
        return html  # a permanent copy (its ids never change) or a page outside the text
    history = identity.history()
    if len(history) < 2:
        return html
    current = history[-1]  # what the page shows: every paragraph, or its priority's (the statement included)
    on_page = set(current.ids()) if priority is None else {p.id for p in current.priorities[priority].entries}
    in_folder = name.parts[0] in project.language_codes()
    french_path = PurePosixPath(*name.parts[1:]).as_posix() if in_folder else name.as_posix()
    found = old_addresses.notices(history, french_path, on_page, lang, whole_text)
    return html + "\n" + old_addresses.data_block(found, lang) if found else html
