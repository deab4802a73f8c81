"""Tell each translated page whether it is current, stale or a French fallback.

The notices themselves are in partials/edition/notices.html; a page the i18n plugin fell
back to (no translation yet) keeps its French text, marked lang="fr", never labelled Khmer; so does
a paragraph a new edition inserted that the translation lacks (front matter `untranslated`).
How staleness is judged: policy_text.translations.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from policy_text import edition_pages, pages, translations


def _is_fallback(page: Page, config: MkDocsConfig) -> bool:
    return page.meta.get("lang", config.theme["language"]) != config.theme["language"]


def translation_status(page: Page, config: MkDocsConfig) -> dict[str, str] | None:
    """{"state": current | stale | fallback, "reference_lang": …}, None for a page of the official text."""
    if _is_fallback(page, config):
        return {"state": "fallback", "reference_lang": page.meta["lang"]}
    if "translation" not in page.meta:
        return None
    docs_dir = Path(config.docs_dir)
    permanent = edition_pages.of(page.file)  # an edition's permanent page: judged among that edition's pages
    if permanent:
        docs_dir, rel_path = permanent.pages_dir, permanent.rel_path
    else:
        rel_path = PurePosixPath(Path(page.file.abs_src_path or "").relative_to(docs_dir).as_posix())
    reference = pages.read(docs_dir / translations.reference_path(rel_path), docs_dir)
    translation = pages.read(docs_dir / rel_path, docs_dir)
    state = translations.status_of(translation, reference, rel_path).state
    if page.meta.get("layout"):  # composed from the language's pages: as stale as any of them
        lang = rel_path.parts[0]
        statuses = translations.statuses(docs_dir)
        if any(status.state == "stale" for status in statuses if status.rel_path.parts[0] == lang):
            state = "stale"
    return {"state": state, "reference_lang": page.meta["translation"]["from"]}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Refuse translations whose paragraphs are out of step with the French page's."""
    misaligned = [str(s) for s in translations.statuses(Path(config.docs_dir)) if s.state == "misaligned"]
    if misaligned:
        raise PluginError("Translations out of step with the French text:\n  " + "\n  ".join(misaligned))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if _is_fallback(page, config):
        return f'<div lang="{page.meta["lang"]}">\n{html}\n</div>'
    if page.meta.get("untranslated"):  # paragraphs a new edition inserted, not yet translated
        return translations.mark_untranslated(html, page.meta["untranslated"], config.theme["language"])
    return html


def on_page_context(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    context["edition_translation"] = translation_status(page, config)  # type: ignore[typeddict-unknown-key]
    return context
