"""Pages composed at build time from the text's pages (policy_text.composition and export).

The full text and side-by-side pages: their Markdown files hold front matter only (`layout:
full-text` or `side-by-side`); they are left out of search, where each paragraph is already
found on its own page. The home page: the numbered statements, as an overview
(partials/edition/home.html).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from policy_text import composition, edition_pages, export, project


def markdown(page: Page, config: MkDocsConfig) -> str | None:
    """The body of a full text or side-by-side page (None for other pages); such a page leaves search."""
    layout = page.meta.get("layout")
    if layout not in composition.LAYOUTS:
        return None
    page.meta["search"] = {"exclude": True}
    lang, docs_dir = config.theme["language"], Path(config.docs_dir)
    permanent = edition_pages.of(page.file)  # an edition's permanent full text: from that edition's pages
    if permanent:
        return composition.full_text(export.policy_document(lang, permanent.pages_dir, edition=permanent.edition), lang)
    if layout == composition.FULL_TEXT:
        return composition.full_text(export.policy_document(lang, docs_dir), lang)
    documents = {code: export.policy_document(code, docs_dir) for code in project.language_codes()}
    return composition.side_by_side(documents, lang)


def home_priorities(page: Page, config: MkDocsConfig, nav: Navigation) -> list[dict[str, Any]] | None:
    """The numbered statements for the home page's overview (each language has its own home); None elsewhere."""
    if nav.homepage is None or page.url != nav.homepage.url:
        return None
    return export.policy_document(config.theme["language"], Path(config.docs_dir))["priorities"]
