"""Tell each translated page whether it is current, stale or a French fallback.

The notices themselves are in partials/edition/notices.html; a page the i18n plugin fell
back to (no translation yet) keeps its French text, marked lang="fr", never labelled Khmer; so does
a paragraph a new edition inserted that the translation lacks (front matter `untranslated`).
How staleness is judged: policy_text.translations.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

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


def out_of_step(docs_dir: Path) -> list[str]:
    """Translations whose paragraphs (or blocks) are out of step with the French page's, and interface strings
    missing, extra or with other placeholders than the French: the build refuses them."""
    pages_ = [str(status) for status in translations.statuses(docs_dir) if status.state == "misaligned"]
    return pages_ + [str(status) for status in translations.strings_statuses() if status.state == "misaligned"]


def mark_french(html: str, page: Page, config: MkDocsConfig) -> str:
    """A page built from the French, or French paragraphs a new edition inserted, marked as French."""
    if _is_fallback(page, config):
        return f'<div lang="{page.meta["lang"]}">\n{html}\n</div>'
    if page.meta.get("untranslated"):  # paragraphs a new edition inserted, not yet translated
        return translations.mark_untranslated(html, page.meta["untranslated"], config.theme["language"])
    return html
