"""No-break spaces of French typography, in French text wherever it stands (policy_text.typography)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from policy_text.typography import french_html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return french_html(output)
