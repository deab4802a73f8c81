"""Pages generated at build time: every edition at its permanent address, in every language, the editions
index (policy_text.edition_pages) and each edition's changes page (policy_text.changes).

After mkdocs-static-i18n has chosen this language's files (its on_files, -100), the pages of
each edition are added as generated files (`File.generated`: never copied into docs/), out of
the navigation and out of search (search covers the current edition at its usual addresses),
with the i18n attributes the language menu and the sitemap read. Their paragraphs are
addressed with their edition's ids (the plugin asks `edition_pages.of`); their templates get that
edition's rules (`paragraph_id`, `cite_control`, `priority_count` shadow the plugin's template
globals) and the notice (partials/edition/edition-notice.html).

Each edition after the first gets a "what changed" page in every language, at its permanent
address `editions/<id>/changements.html`; each address an earlier edition published that the current
one does not, a page saying what became of it (both out of search and navigation).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from policy_text import changes, citations, edition_pages, editions, identity, interface, old_addresses, pages, project


def _i18n_attributes(file: File, lang: str, urls: dict[str, str]) -> None:
    """What mkdocs-static-i18n sets on its files: the language menu and the sitemap read the alternates."""
    file.locale = file.locale_alternate_of = lang  # type: ignore[attr-defined]
    file.localization = lang  # type: ignore[attr-defined]
    file.alternates = {  # type: ignore[attr-defined]
        code: file if code == lang else SimpleNamespace(url=url) for code, url in urls.items()
    }


def _generated(config: MkDocsConfig, src_uri: str, content: str, dest_uri: str) -> File:
    file = File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
    file.dest_uri = dest_uri  # under the language's root, as mkdocs-static-i18n places the others
    return file


def edition_files(config: MkDocsConfig) -> list[File]:
    """This language's pages of every edition at their permanent addresses, and its editions index."""
    lang, docs_dir = config.theme["language"], Path(config.docs_dir)
    added = []
    for edition in editions.all():
        for permanent in edition_pages.permanent_pages(edition, lang, docs_dir):
            file = _generated(
                config, permanent.src_uri, permanent.source_path.read_text(encoding="utf-8"), permanent.dest_uri()
            )
            edition_pages.attach(file, permanent)
            _i18n_attributes(file, lang, {code: permanent.dest_uri(code) for code in project.language_codes()})
            added.append(file)
    index_uri = PurePosixPath(edition_pages.INDEX_PAGE).with_suffix(".html").as_posix()
    index = _generated(
        config,
        f"{lang}/{edition_pages.INDEX_PAGE}",
        edition_pages.index_markdown(lang, docs_dir),
        project.language_prefix(lang) + index_uri,
    )
    _i18n_attributes(
        index, lang, {code: project.language_prefix(code) + index_uri for code in project.language_codes()}
    )
    added.append(index)
    return added


def old_address_files(config: MkDocsConfig, files: Files) -> list[File]:
    """This language's pages at the addresses earlier editions published and the current one does not
    (policy_text.old_addresses), each with the same address in the other languages as its alternates."""
    lang, prefix = config.theme["language"], project.language_prefix(config.theme["language"])
    taken = {file.dest_uri for file in files}
    found = []
    for page, markdown in old_addresses.old_page_sources(identity.history(), lang).items():
        dest = old_addresses.html_path(page)
        if prefix + dest in taken:
            continue  # a page of the current edition took that address: its notices say the rest
        file = _generated(config, f"{lang}/{page}", markdown, prefix + dest)
        _i18n_attributes(file, lang, {code: project.language_prefix(code) + dest for code in project.language_codes()})
        found.append(file)
    return found


def changes_files(config: MkDocsConfig) -> list[File]:
    """This language's changes page of each edition after the first (policy_text.changes)."""
    lang, docs_dir = config.theme["language"], Path(config.docs_dir)
    known = editions.all()
    found = []
    for previous, edition in zip(known, known[1:], strict=False):
        path = (
            project.language_prefix(lang)
            + edition.permanent_path(edition_pages.CHANGES_PAGE).removesuffix(".html")
            + ".md"
        )
        content = changes.page_markdown(edition, previous, lang, docs_dir)
        found.append(File.generated(config, path, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
    return found


def out_of_search(page: Page) -> bool:
    """Search covers the current edition, at its usual addresses: not the permanent copies, nor the index."""
    return bool(edition_pages.of(page.file)) or page.meta.get("layout") == edition_pages.INDEX_LAYOUT


def edition_context(page: Page, lang: str) -> dict[str, Any]:
    """A permanent page's notice and its edition's rules, shadowing the plugin's template globals; {} elsewhere."""
    permanent = edition_pages.of(page.file)
    if permanent is None:
        return {}
    edition = permanent.edition
    current = edition_pages.current_path(permanent).with_suffix(".html").as_posix()
    notice = {
        "current": permanent.current,
        "heading": edition_pages.heading(edition, lang),
        "date": interface.date(lang, edition.date),
        "meaning": edition_pages.date_meaning(edition, lang),
        # relative to this page: up from editions/<id>/<folders>/ to the language's root
        "root": pages.up_to_root(edition.permanent_path(permanent.path.as_posix())),
        "current_page": current,
        "index": edition_pages.INDEX_PAGE.removesuffix(".md") + ".html",
        # what changed from the previous edition (policy_text.changes), for every edition but the first
        "changes": edition.permanent_path(edition_pages.CHANGES_PAGE) if editions.previous(edition) else None,
    }
    return {
        "edition_notice": notice,
        "paragraph_id": lambda priority, position: pages.paragraph_id_at(priority, position, edition),
        "cite_control": lambda priority, number, lang: Markup(
            citations.cite_control(priority, number, lang, edition=edition)
        ),
        "priority_count": len(identity.of(edition).priorities) - 1,  # the introduction aside
    }
