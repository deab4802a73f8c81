"""What machines read: link-preview tags and JSON-LD for each page, and `<language>/policy.json`.

Values are computed here from the raw front matter (before safe_front_matter escapes it);
templates escape them for their context (`| e` in attributes, `| tojson` in the JSON-LD
script, which also escapes `<`, `>` and `&`).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import jsonschema
from mkdocs.exceptions import PluginError

from policy_text import export, project


def _language(code: str) -> project.Language:
    return next(language for language in project.languages() if language.code == code)


def _alternates(page, config) -> dict[str, str]:
    """Absolute address of this page in each language (same path under each language's prefix)."""
    if not config.site_url:
        return {}
    path = page.file.dest_uri.removeprefix(project.language_prefix(config.theme["language"]))
    return {code: urljoin(config.site_url, project.language_prefix(code) + path) for code in project.language_codes()}


def on_page_content(html: str, page, config, files) -> str:
    meta, build_lang = page.meta, config.theme["language"]
    text_lang = meta.get("lang", build_lang)
    site_root = config.site_url or None
    alternates = page.edition_alternates = _alternates(page, config)  # also used by alternate_links.py
    title = meta.get("nav_title") or config.site_name
    description = meta.get("description") or config.site_description or ""
    page.edition_social = {
        "title": title,
        "description": description,
        "url": page.canonical_url,
        "locale": _language(build_lang).og_locale,
        "alternate_locales": [language.og_locale for language in project.languages() if language.code != build_lang],
        "site_name": config.site_name,
    }
    source = meta.get("source")
    jsonld = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": title,
        "headline": meta.get("title", title),
        "description": description,
        "inLanguage": text_lang,
        **({"@id": page.canonical_url, "url": page.canonical_url} if page.canonical_url else {}),
        **({"isPartOf": {"@type": "CreativeWork", "name": config.site_name, "url": site_root}} if site_root else {}),
    }
    if source:
        jsonld["isBasedOn"] = source["url"]
        jsonld["sourceOrganization"] = {"@type": "GovernmentOrganization", "name": source["publisher"]}
    translation = meta.get("translation")
    if translation:
        jsonld["translationOfWork"] = {
            "@type": "CreativeWork",
            "inLanguage": translation["from"],
            **({"@id": alternates[translation["from"]]} if translation["from"] in alternates else {}),
        }
    elif text_lang == project.default_language() and source:
        jsonld["workTranslation"] = [
            {"@type": "CreativeWork", "inLanguage": lang, **({"@id": url} if url else {})}
            for lang, url in alternates.items()
            if lang != text_lang
        ]
    page.edition_jsonld = jsonld
    return html


def on_post_build(config) -> None:
    """Write this language's policy.json beside its home page, validated against its schema."""
    lang = config.theme["language"]
    folder = Path(config.site_dir) / project.language_prefix(lang)
    home_url = urljoin(config.site_url, project.language_prefix(lang) + "index.html") if config.site_url else None
    try:
        document = export.policy_document(lang, Path(config.docs_dir), home_url)
    except jsonschema.ValidationError as error:
        where = "/".join(map(str, error.absolute_path)) or "the document"
        raise PluginError(
            f"{lang}/{export.FILE_NAME}: {where} does not match {export.SCHEMA_PATH.name}: {error.message[:300]}"
        ) from None
    folder.mkdir(parents=True, exist_ok=True)
    (folder / export.FILE_NAME).write_text(export.dumps(document), encoding="utf-8")
