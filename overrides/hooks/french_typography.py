"""No-break spaces of French typography, added to French pages at render time (policy_text.typography)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from policy_text.typography import french_html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    if page.meta.get("lang", config.theme["language"]) == "fr":
        return french_html(output)
    return output
