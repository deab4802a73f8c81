"""Front matter reaches templates escaped: safe by construction, whatever a page's metadata holds.

MkDocs renders templates without autoescaping, and Material prints several front matter
values as they are (the header's title, the meta description, navigation titles). Just
before a page's template is rendered, every string of its metadata is replaced by its
HTML-escaped form (markupsafe.Markup, so a template's own `| e` does not escape it twice).
Code that needs the raw values (JSON export, JSON-LD) runs before, or reads the page file.
"""

from __future__ import annotations

from markupsafe import escape


def escaped(value):
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [escaped(item) for item in value]
    return value


def on_page_context(context, page, config, nav):
    page.meta = escaped(page.meta)
    return context
