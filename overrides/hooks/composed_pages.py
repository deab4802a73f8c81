"""The full text and side-by-side pages, composed at build time (policy_text.composition).

Their Markdown files hold front matter only (`layout: full-text` or `side-by-side`). They are
left out of search: each paragraph is already found on its own page.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from policy_text import composition, export, project


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    layout = page.meta.get("layout")
    if not layout:
        return markdown
    page.meta["search"] = {"exclude": True}
    lang, docs_dir = config.theme["language"], Path(config.docs_dir)
    if layout == "full-text":
        return composition.full_text(export.policy_document(lang, docs_dir), lang)
    documents = {code: export.policy_document(code, docs_dir) for code in project.language_codes()}
    return composition.side_by_side(documents, lang)
