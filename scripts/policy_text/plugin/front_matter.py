"""Front matter: validated before anything is built, and escaped before any template prints it.

Validation reports every problem together, each naming the file, the field and what was
expected (policy_text.schema); the build stops rather than publish a page whose metadata is
wrong. Escaping: MkDocs renders templates without autoescaping, and Material prints several
front matter values as they are (the header's title, the meta description, navigation
titles), so just before a page's template is rendered every string of its metadata becomes
its HTML-escaped form (markupsafe.Markup, so a template's own `| e` does not escape it twice).
Code that needs the raw values (JSON export, JSON-LD) runs before, or reads the page file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.structure.files import Files

from policy_text import pages, schema


def errors(files: Files, docs_dir: Path) -> list[str]:
    """Every front matter problem of every page, each naming its file, field and what was expected."""
    metas, found = {}, []
    for file in files.documentation_pages():
        try:
            page = pages.read(Path(file.abs_src_path or ""), docs_dir)
        except pages.PageError as error:
            found.append(str(error))
            continue
        metas[page.rel_path.as_posix()] = page.meta
        page_errors = schema.validate(page.meta, page.rel_path)
        if not page_errors:  # notes are checked against the paragraphs of a page whose fields are sound
            page_errors = schema.notes_errors(page.meta, pages.paragraph_ids(page), page.rel_path)
        found += map(str, page_errors)
    return found + list(map(str, schema.validate_collection(metas)))


def escaped(value: Any) -> Any:
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [escaped(item) for item in value]
    return value
