"""Citing a paragraph: Highwire `citation_*` meta tags and the data of the Cite control, on every page
whose paragraphs have § links (policy_text.citation_formats). overrides/partials/edition/citation.html
prints them; overrides/assets/javascripts/edition.js ("Cite") fills in a paragraph and the date of access.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from policy_text import citation_formats, project


def work(page: Page, config: MkDocsConfig, path: str) -> citation_formats.Work:
    """The page as a work to cite, from its raw front matter (before front_matter.py escapes it)."""
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


def on_page_context(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    if 'class="pe-cite"' not in (page.content or "") or "source" not in page.meta:
        return context
    path = page.file.dest_uri.removeprefix(project.language_prefix(config.theme["language"]))
    cited = work(page, config, path)
    context["edition_citation"] = {  # type: ignore[typeddict-unknown-key]
        "meta": citation_formats.highwire(cited, path, config.site_url or ""),
        "data": citation_formats.page_data(cited, path, page.file.dest_uri),
    }
    name, script = citation_formats.shared_script(cited)  # the same for many pages: written once per build
    target = Path(config.site_dir) / name
    if not target.exists() or target.read_text(encoding="utf-8") != script:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(script, encoding="utf-8")
    return context
