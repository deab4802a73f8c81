"""Every edition at its permanent address, in every language, and the editions index (policy_text.edition_pages).

After mkdocs-static-i18n has chosen this language's files (its on_files, -100), the pages of
each edition are added as generated files (`File.generated`: never copied into docs/), out of
the navigation and out of search (search covers the current edition at its usual addresses),
with the i18n attributes the language menu and the sitemap read. Their paragraphs are
addressed with their edition's ids (paragraphs.py, composed_pages.py ask `edition_pages.of`);
their templates get that edition's rules (`paragraph_id`, `cite_control`, `priority_count`
shadow the globals of templates.py) and the notice (partials/edition/edition-notice.html).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from types import SimpleNamespace
from typing import cast

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from policy_text import citations, edition_pages, editions, identity, interface, pages, project


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


@event_priority(-100)  # after mkdocs-static-i18n's on_files (-100): hooks run after plugins of a priority
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang, docs_dir = config.theme["language"], Path(config.docs_dir)
    added = []
    try:
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
    except (edition_pages.EditionPagesError, editions.EditionsError, identity.IdentityError, pages.PageError) as error:
        raise PluginError(f"{type(error).__name__}: {error}") from None
    for file in added:
        files.append(file)
    i18n = config.plugins.get("i18n")
    if i18n is not None:  # the sitemap lists every language's pages from this map
        i18n.i18n_files_per_language[lang] = [*i18n.i18n_files_per_language[lang], *added]
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if edition_pages.of(page.file) or page.meta.get("layout") == edition_pages.INDEX_LAYOUT:
        page.meta["search"] = {"exclude": True}  # search covers the current edition, at its usual addresses
    return markdown


def on_page_context(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    permanent = edition_pages.of(page.file)
    if permanent is None:
        return context
    lang, edition = config.theme["language"], permanent.edition
    current = edition_pages.current_path(permanent).with_suffix(".html").as_posix()
    context["edition_notice"] = {  # type: ignore[typeddict-unknown-key]
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
    ids = identity.of(edition)
    cast(dict, context).update(
        {  # shadows the globals of templates.py for this page
            "paragraph_id": lambda priority, position: pages.paragraph_id_at(priority, position, edition),
            "cite_control": lambda priority, number, lang: Markup(
                citations.cite_control(priority, number, lang, edition=edition)
            ),
            "priority_count": len(ids.priorities) - 1,  # the introduction aside
        }
    )
    return context
