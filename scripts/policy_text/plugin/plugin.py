"""The edition's MkDocs plugin: MkDocs' events, in the order they run, handed to the library.

Listed last in `mkdocs.yml`'s `plugins`, after `i18n` and `offline`: at an equal priority MkDocs
calls plugins in that order, and three events must follow theirs (the comments say which).
mkdocs-static-i18n builds the default language, then, from its own `on_post_build` (-100), each
other language in a nested build: every event below but `on_startup` and `on_serve` runs once per
language. The design, and which module does what: ARCHITECTURE.md, "From the official text to the
built site".
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, Literal, cast

from jinja2 import Environment
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.templates import TemplateContext

from policy_text import (
    citations,
    edition_pages,
    editions,
    identity,
    not_found,
    pages,
    project,
    reporting,
    site_steps,
    typography,
)

from . import (
    citing,
    composed,
    front_matter,
    generated_pages,
    old_links,
    page_metadata,
    reading_order,
    templates,
    translation_notices,
)
from .config import PolicyTextConfig

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

INPUT_ERRORS = (
    edition_pages.EditionPagesError,
    editions.EditionsError,
    identity.IdentityError,
    pages.PageError,
)
"""What a wrong input raises while the pages are gathered: its message names the file and field."""


@contextmanager
def _reported(known: tuple[type[Exception], ...]) -> Iterator[None]:
    """A known error (a wrong input, an upgrade to look at) stops the build with its message alone, which names
    what to fix; any other keeps its traceback: it is a bug."""
    try:
        yield
    except known as error:
        raise PluginError(f"{type(error).__name__}: {error}") from None


class PolicyTextPlugin(BasePlugin[PolicyTextConfig]):
    def __init__(self) -> None:
        self.command: str = "build"
        self.menus: dict[str, Navigation] = {}
        """This language's menu of each edition at its permanent addresses, by edition id (on_nav → on_page_context)."""
        self.cite_scripts: dict[str, str] = {}
        """The scripts Cite dialogs load, by path in the site, shared by many pages (written after the language)."""

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command = command  # its presence also keeps this instance across `mkdocs serve` rebuilds

    # Configuration ----------------------------------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Each language's build starts with its own state; a whole build (or rebuild) reads every file anew."""
        self.menus, self.cite_scripts = {}, {}
        report = reporting.channel(config.extra)
        config.extra["report_url"] = report.href  # every footer's "report a problem" (partials/copyright.html)
        if not self._nested(config):
            project.forget_files()
            self._check_source_dir(config)
            with _reported((reporting.ReportingError,)):
                note = reporting.check(report, config.site_url or "")
            if note:
                log.info(note)
        return config

    def _nested(self, config: MkDocsConfig) -> bool:
        """Whether mkdocs-static-i18n is in one of its nested language builds (not the default language's)."""
        return bool(getattr(config.plugins.get("i18n"), "building", False))

    def _check_source_dir(self, config: MkDocsConfig) -> None:
        configured = (Path(config.config_file_path or ".").parent / self.config.source_dir).resolve()
        if configured != editions.SOURCE_DIR:
            raise PluginError(
                f"{config.config_file_path}: plugin '{project.PLUGIN}', option 'source_dir': the library reads"
                f" the editions from {editions.SOURCE_DIR}, not {configured}; building a copy of the project,"
                f" set {project.ROOT_VARIABLE} to its folder"
            )

    # Files and navigation ---------------------------------------------------------------------------------------

    def _check_pages(self, files: Files, config: MkDocsConfig) -> Files:
        """Every language's pages, before mkdocs-static-i18n keeps this language's: front matter, then
        translations in step with the French. Once per build: each language's build sees the same files."""
        if self._nested(config):
            return files
        docs_dir = Path(config.docs_dir)
        errors = front_matter.errors(files, docs_dir)
        if errors:
            raise PluginError("Invalid front matter:\n  " + "\n  ".join(errors))
        misaligned = translation_notices.out_of_step(docs_dir)
        if misaligned:
            raise PluginError("Translations out of step with the French text:\n  " + "\n  ".join(misaligned))
        return files

    @event_priority(-100)  # after mkdocs-static-i18n's on_files (-100) has chosen this language's files
    def _add_generated_pages(self, files: Files, config: MkDocsConfig) -> Files:
        with _reported(INPUT_ERRORS):
            added = generated_pages.edition_files(config)
        for file in added:
            files.append(file)
        i18n = config.plugins.get("i18n")
        if i18n is not None:  # its sitemap lists every language's pages from this map
            lang = config.theme["language"]
            i18n.i18n_files_per_language[lang] = [*i18n.i18n_files_per_language[lang], *added]
        for file in [*generated_pages.changes_files(config), *generated_pages.old_address_files(config, files)]:
            files.append(file)
        return files

    on_files = CombinedEvent(_check_pages, _add_generated_pages)

    @event_priority(-100)  # after mkdocs-static-i18n's (-100) has made this language's navigation
    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        nav, self.menus = reading_order.menus(nav, files)
        return nav

    # Each page's Markdown, then its HTML --------------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if generated_pages.out_of_search(page):
            page.meta["search"] = {"exclude": True}
        if "nav_title" in page.meta:  # navigation and <title>: the short title (Material prints titles unescaped)
            page.title = escape(page.meta["nav_title"])
            text_lang = page.meta.get("lang", config.theme["language"])
            if text_lang != config.theme["language"]:  # a page not yet translated: its French title, marked so
                page.title = Markup(f'<span lang="{escape(text_lang)}">{page.title}</span>')
        composed_body = composed.markdown(page, config)
        if PurePosixPath(page.file.src_uri).name == reporting.STATEMENT:  # where to report a problem
            return reporting.statement_markdown(markdown, config.theme["language"], reporting.channel(config.extra))
        return markdown if composed_body is None else composed_body

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        lang = config.theme["language"]
        if "<h1" not in html and "title" in page.meta:  # the heading partial's, first in the table of contents
            heading = AnchorLink(str(page.title), pages.HEADING_ID, 1)
            heading.children = list(page.toc)
            page.toc = TableOfContents([heading])
        priority = pages.text_priority(page.meta, PurePosixPath(page.file.src_uri).name)
        edition = edition_pages.edition_of(page.file)  # an edition's permanent page: that edition's ids
        if priority is not None:
            html = citations.number_paragraphs(html, priority, edition)
            html = citations.add_notes(html, page.meta.get("notes", {}), lang)
        html = citations.title_heading_links(citations.add_cite_controls(html, lang, edition), lang)
        html = translation_notices.mark_french(html, page, config)
        return old_links.with_notices(html, page, lang)

    # Templates ----------------------------------------------------------------------------------------------------

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        templates.prepare(env)
        return env

    def on_template_context(
        self, context: TemplateContext, template_name: str, config: MkDocsConfig
    ) -> TemplateContext:
        if template_name == not_found.FILE_NAME:
            page_metadata.point_not_found_at_homes(config)
        return context

    def on_page_context(
        self, context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """What the page's templates print, from its raw front matter, which is then escaped for them."""
        added: dict[str, Any] = {
            "edition_translation": translation_notices.translation_status(page, config),
            "edition_social": page_metadata.social(page, config),
            "edition_jsonld": page_metadata.json_ld(page, config, page_metadata.alternates(page, config)),
        }
        menu = reading_order.menu_of(page, self.menus)
        if menu is not None:
            added["nav"] = menu
        added |= generated_pages.edition_context(page, config.theme["language"])
        priorities = composed.home_priorities(page, config, nav)
        if priorities is not None:
            added["edition_priorities"] = priorities
        citation = citing.page_citation(page, config)
        if citation is not None:
            added["edition_citation"], (path, script) = citation
            self.cite_scripts[path] = script
        cast(dict, context).update(added)
        page.meta = front_matter.escaped(page.meta)
        return context

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return typography.french_html(page_metadata.absolute_alternates(output, page, config))

    # The built site ---------------------------------------------------------------------------------------------

    def _after_language(self, config: MkDocsConfig) -> None:
        """After search (0) has written this language's index, before mkdocs-static-i18n (-100) builds the next."""
        with _reported(site_steps.KNOWN_ERRORS):
            site_steps.after_language(
                Path(config.site_dir),
                config.theme["language"],
                Path(config.docs_dir),
                config.site_url,
                self.cite_scripts,
            )

    @event_priority(-100)  # after mkdocs-static-i18n's (every language built) and the offline plugin's (-100)
    def _after_site(self, config: MkDocsConfig) -> None:
        if self._nested(config):
            return
        with _reported(site_steps.KNOWN_ERRORS):
            site_steps.after_site(Path(config.site_dir), config.site_url)

    on_post_build = CombinedEvent(_after_language, _after_site)

    # Serving ------------------------------------------------------------------------------------------------------

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
        """Rebuild on an edit to anything the build reads, not only docs/ and mkdocs.yml (after the first build)."""
        for path in project.watched_paths(config.theme.custom_dir):
            server.watch(str(path))
        log.info(
            "Rebuilding on every change to docs/, %s, source/ and policy_text's data; an edit to a Python module"
            " of policy_text needs a restart of `make serve`",
            Path(config.theme.custom_dir or "overrides").name,
        )
        return server
