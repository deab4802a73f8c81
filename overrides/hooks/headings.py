"""Pages of the text are headed by partials/edition/heading.html; tell MkDocs about that heading.

Navigation and <title> use the short `nav_title` (the official statement stays in `title`,
shown in full under the heading), and the heading becomes the first table-of-contents entry,
which is what Material's "skip to content" link points to.
"""

from __future__ import annotations

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from policy_text.pages import HEADING_ID


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "nav_title" in page.meta:
        page.title = escape(page.meta["nav_title"])  # Material prints titles unescaped
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "<h1" not in html and "title" in page.meta:
        heading = AnchorLink(str(page.title), HEADING_ID, 1)
        heading.children = list(page.toc)
        page.toc = TableOfContents([heading])
    return html
