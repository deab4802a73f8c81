"""Every paragraph of the text gets its address and its § link (policy_text.citations)."""

from __future__ import annotations

from pathlib import PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policy_text import citations, edition_pages, pages


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    priority = pages.text_priority(page.meta, PurePosixPath(page.file.src_uri).name)
    lang, edition = config.theme["language"], edition_pages.edition_of(page.file)  # an edition's permanent page
    if priority is not None:
        html = citations.number_paragraphs(html, priority, edition)
        html = citations.add_notes(html, page.meta.get("notes", {}), lang)
    return citations.title_heading_links(citations.add_cite_controls(html, lang, edition), lang)
