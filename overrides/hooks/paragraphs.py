"""Every paragraph of the text gets its address and its § link (policy_text.citations)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policy_text import citations


def policy_priority(page: Page) -> int | None:
    """The priority a page holds, 0 for the home page, None for pages outside the text."""
    if "priority" in page.meta:
        return int(page.meta["priority"])
    return 0 if page.file.src_uri.endswith("index.md") and "source" in page.meta else None


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    priority = policy_priority(page)
    if priority is not None:
        html = citations.number_paragraphs(html, priority)
    lang = config.theme["language"]
    return citations.title_heading_links(citations.add_cite_controls(html, lang), lang)
