"""What runs once the pages are written: after each language's build, then once for the whole site.

Read top to bottom, this is the order of the build's last steps; the plugin (policy_text.plugin)
calls these two functions at the right moments of MkDocs' and mkdocs-static-i18n's builds.
"""

from __future__ import annotations

from pathlib import Path

from . import (
    edition_pages,
    editions,
    export,
    hosting,
    khmer_font,
    minify,
    not_found,
    offline,
    search_index,
    stylesheets,
)

KNOWN_ERRORS: tuple[type[Exception], ...] = (
    export.ExportError,
    search_index.MaterialChanged,
    khmer_font.FontSourceError,
    stylesheets.StylesheetError,
)
"""What these steps raise for a wrong input or a Material upgrade to look at: the message says what."""


def after_language(
    site_dir: Path, lang: str, docs_dir: Path, site_url: str | None, cite_scripts: dict[str, str]
) -> None:
    """Once each language's pages are written (mkdocs-static-i18n builds one language at a time);
    `cite_scripts`: the scripts its Cite dialogs load, by path in the site."""
    for path, script in cite_scripts.items():
        (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
        (site_dir / path).write_text(script, encoding="utf-8")
    not_found.file_language_page(site_dir, lang)
    export.write(site_dir, lang, docs_dir, site_url)
    for edition in editions.all():  # each edition's own, beside its permanent home page
        pages_dir = edition_pages.pages_dir(edition, docs_dir)
        export.write(site_dir, lang, pages_dir, site_url, edition, edition.permanent_path(""))


def after_site(site_dir: Path, site_url: str | None) -> None:
    """Once every language is built, with Material's merged search index and offline files."""
    html_pages = sorted(site_dir.rglob("*.html"))
    khmer_font.write_font(site_dir)  # subset once, then from its cache
    hosting.drop_relative_sitemap(site_dir, site_url)
    search_index.write(site_dir, html_pages)  # per paragraph, per language; rewrites each page's __config
    stylesheets.prune_site(site_dir, html_pages)  # needs every page's final classes; renames the sheets
    minify.minify_site(site_dir, html_pages)  # our own scripts and stylesheet, every page's indentation
    hosting.write(site_dir, html_pages)  # CSP hashes of the final inline scripts
    offline.prune(site_dir, search_index.lunr_languages_used(site_dir))
    offline.package(site_dir)  # last: the ZIP holds everything above
