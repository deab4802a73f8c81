"""Each edition after the first gets a "what changed" page in every language, at its permanent
address `editions/<id>/changements.html` (policy_text.changes renders it; out of search and
navigation). Added after mkdocs-static-i18n has chosen the language's files, so that each
language's build has its own.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from policy_text import changes, edition_pages, editions, project


@event_priority(-100)  # after mkdocs-static-i18n's on_files (-100): hooks run after plugins of a priority
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang, docs_dir = config.theme["language"], Path(config.docs_dir)
    known = editions.all()
    for previous, edition in zip(known, known[1:], strict=False):
        path = (
            project.language_prefix(lang)
            + edition.permanent_path(edition_pages.CHANGES_PAGE).removesuffix(".html")
            + ".md"
        )
        content = changes.page_markdown(edition, previous, lang, docs_dir)
        files.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    return files
