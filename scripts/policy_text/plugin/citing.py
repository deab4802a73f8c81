"""Citing a paragraph: Highwire `citation_*` meta tags and the data of the Cite control, on every page
whose paragraphs have § links (policy_text.citation_formats). overrides/partials/edition/citation.html
prints them; overrides/assets/javascripts/edition.js ("Cite") fills in a paragraph and the date of access.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from policy_text import citation_formats, project


def work(page: Page, config: MkDocsConfig, path: str) -> citation_formats.Work:
    """The page as a work to cite, from its raw front matter (before front_matter.escaped)."""
    lang = config.theme["language"]
    translation = page.meta.get("translation")
    edition, _ = citation_formats.page_in_edition(path)
    return citation_formats.Work(
        lang=lang,
        text_lang=page.meta.get("lang", lang),
        title=page.meta["source"]["title"],
        translated_title=config.site_name if translation and not translation.get("official") else None,
        edition=edition,
    )


def page_citation(page: Page, config: MkDocsConfig) -> tuple[dict[str, Any], tuple[str, str]] | None:
    """For a page whose paragraphs have § links: its `citation_*` tags and Cite data, and the script its
    Cite dialog loads, (path in the site, text), shared by many pages. None for other pages."""
    if 'class="pe-cite"' not in (page.content or "") or "source" not in page.meta:
        return None
    path = page.file.dest_uri.removeprefix(project.language_prefix(config.theme["language"]))
    cited = work(page, config, path)
    found = {
        "meta": citation_formats.highwire(cited, path, config.site_url or ""),
        "data": citation_formats.page_data(cited, path, page.file.dest_uri),
    }
    return found, citation_formats.shared_script(cited)
