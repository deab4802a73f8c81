"""Tell each translated page whether it is current, stale or a French fallback.

The notices themselves are in partials/edition/notices.html; a page the i18n plugin fell
back to (no translation yet) keeps its French text, marked lang="fr", never labelled Khmer.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from policy_text import pages, translations


def _rel_path(page, config) -> PurePosixPath:
    return PurePosixPath(Path(page.file.abs_src_path).relative_to(config.docs_dir).as_posix())


def on_page_markdown(markdown: str, page, config, files) -> str:
    page.edition_translation = None
    text_lang = page.meta.get("lang")
    if text_lang and text_lang != config.theme["language"]:
        page.edition_translation = {"state": "fallback", "reference_lang": text_lang}
    elif "translation" in page.meta:
        rel_path = _rel_path(page, config)
        reference_path = translations.reference_path(rel_path)
        reference = pages.read(Path(config.docs_dir) / reference_path, Path(config.docs_dir))
        status = translations.status_of(pages.Page(rel_path, page.meta, markdown), reference, rel_path)
        state = status.state
        if page.meta.get("layout"):  # composed from the language's pages: as stale as any of them
            lang = rel_path.parts[0]
            if any(
                s.state == "stale" for s in translations.statuses(Path(config.docs_dir)) if s.rel_path.parts[0] == lang
            ):
                state = "stale"
        page.edition_translation = {"state": state, "reference_lang": page.meta["translation"]["from"]}
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    if page.edition_translation and page.edition_translation["state"] == "fallback":
        return f'<div lang="{page.meta["lang"]}">\n{html}\n</div>'
    return html
