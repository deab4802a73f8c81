"""What machines read about each page: its address in every language, link previews, JSON-LD.

Computed from the raw front matter (front_matter.escaped comes afterwards, before rendering);
templates escape the values for their context (`| e` in attributes, `| tojson` in the JSON-LD
script, which also escapes `<`, `>` and `&`). overrides/main.html prints them.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from policy_text import project

_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')


def alternates(page: Page, config: MkDocsConfig) -> dict[str, str]:
    """Absolute address of this page in each language (the same path under each language's prefix).

    Without a site_url there is no absolute address to give: {}.
    """
    if not config.site_url:
        return {}
    path = page.file.dest_uri.removeprefix(project.language_prefix(config.theme["language"]))
    return {code: urljoin(config.site_url, project.language_prefix(code) + path) for code in project.language_codes()}


def social(page: Page, config: MkDocsConfig) -> dict[str, Any]:
    """Open Graph and Twitter card values."""
    build_lang = config.theme["language"]
    return {
        "title": page.meta.get("nav_title") or config.site_name,
        "description": page.meta.get("description") or config.site_description or "",
        "url": page.canonical_url,
        "locale": project.language(build_lang).og_locale,
        "alternate_locales": [lang.og_locale for lang in project.languages() if lang.code != build_lang],
        "site_name": config.site_name,
    }


def json_ld(page: Page, config: MkDocsConfig, addresses: dict[str, str]) -> dict[str, Any]:
    """schema.org description of the page: the work, its publisher, its translations."""
    meta = page.meta
    text_lang = meta.get("lang", config.theme["language"])
    title = meta.get("nav_title") or config.site_name
    site_root = config.site_url or None
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": title,
        "headline": meta.get("title", title),
        "description": meta.get("description") or config.site_description or "",
        "inLanguage": text_lang,
        **({"@id": page.canonical_url, "url": page.canonical_url} if page.canonical_url else {}),
        **({"isPartOf": {"@type": "CreativeWork", "name": config.site_name, "url": site_root}} if site_root else {}),
    }
    source = meta.get("source")
    if source:
        document["isBasedOn"] = source["url"]
        document["sourceOrganization"] = {"@type": "GovernmentOrganization", "name": source["publisher"]}
    translation = meta.get("translation")
    if translation:
        original = translation["from"]
        document["translationOfWork"] = {
            "@type": "CreativeWork",
            "inLanguage": original,
            **({"@id": addresses[original]} if original in addresses else {}),
        }
    elif text_lang == project.default_language() and source:
        document["workTranslation"] = [
            {"@type": "CreativeWork", "inLanguage": lang, **({"@id": url} if url else {})}
            for lang, url in addresses.items()
            if lang != text_lang
        ]
    return document


def point_not_found_at_homes(config: MkDocsConfig) -> None:
    """The "not found" page's other languages are their home pages (mkdocs-static-i18n leaves the
    alternates of the last page it rendered). Root-absolute without a site_url: a host serves
    that page at any depth."""
    # an attribute, as mkdocs-static-i18n sets it (Jinja reads the attribute before the key)
    config.extra.alternate = [  # type: ignore[attr-defined]
        {"name": lang.name, "lang": lang.code, "link": home_address(lang.code, config)} for lang in project.languages()
    ]


def home_address(code: str, config: MkDocsConfig) -> str:
    path = project.language_prefix(code) + "index.html"
    return urljoin(config.site_url, path) if config.site_url else "/" + path


def absolute_alternates(output: str, page: Page, config: MkDocsConfig) -> str:
    """`<link rel="alternate" hreflang>` as absolute addresses, as search engines require (Material's are relative)."""
    addresses = alternates(page, config)
    if not addresses:
        return output
    return _ALTERNATE.sub(
        lambda m: f'<link rel="alternate" href="{addresses.get(m.group(2), m.group(1))}" hreflang="{m.group(2)}">',
        output,
    )
