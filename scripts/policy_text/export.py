"""The policy in one language as data (`<language>/policy.json`), built from the page files."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

import jsonschema

from . import editions, markdown_text, pages, project
from .schema import load as load_schema

SCHEMA_PATH = Path(__file__).parent / "schemas" / "policy.schema.json"
FILE_NAME = "policy.json"


@project.reads_files
def schema() -> dict:
    return load_schema(SCHEMA_PATH)


@project.reads_files
def validator() -> jsonschema.protocols.Validator:
    """Built once: jsonschema.validate() checks the schema itself at every call."""
    return jsonschema.Draft202012Validator(schema())


def _paragraphs(page: pages.Page, edition: editions.Edition | None) -> list[dict]:
    notes = page.meta.get("notes", {})
    untranslated = set(page.meta.get("untranslated", ()))  # still the French text (policy_text.new_edition)
    paragraphs = []
    for paragraph_id, text in zip(pages.paragraph_ids(page, edition), page.paragraphs, strict=True):
        note = {"note": notes[paragraph_id]} if paragraph_id in notes else {}
        language = {"language": project.default_language()} if paragraph_id in untranslated else {}
        paragraphs.append({"id": paragraph_id, **language, "text": markdown_text.unescape(text), **note})
    return paragraphs


def _page_or_fallback(lang: str, reference: pages.Page, docs_dir: Path) -> pages.Page:
    """The page in `lang`, or the French page it would translate when that translation is missing."""
    path = docs_dir / pages.in_language(reference.rel_path, lang)
    return pages.read(path, docs_dir) if path.exists() else reference


def policy_document(
    lang: str, docs_dir: Path = project.DOCS_DIR, home_url: str | None = None, edition: editions.Edition | None = None
) -> dict:
    """The policy in `lang` from the pages in `docs_dir` (`<lang>/…`), addressed with `edition`'s ids (by default
    the current edition's; an archived edition's pages are its frozen pages, policy_text.edition_pages)."""
    references = pages.language_pages(project.default_language(), docs_dir)
    chosen = [_page_or_fallback(lang, reference, docs_dir) for reference in references]
    home = next(p for p in chosen if "priority" not in p.meta and p.rel_path.name == "index.md")
    priorities = sorted((p for p in chosen if "priority" in p.meta), key=lambda p: p.meta["priority"])
    translation = home.meta.get("translation")
    document = {
        "title": home.meta["title"],
        "language": lang,
        "official": lang == project.default_language(),
        **({"translation_of": translation["from"]} if translation else {}),
        **({"url": home_url} if home_url else {}),
        "source": dict(home.meta["source"]),
        "introduction": _paragraphs(home, edition),
        "priorities": [
            {
                "number": page.meta["priority"],
                "id": pages.paragraph_id_at(page.meta["priority"], 0, edition),
                **({"language": page.lang} if page.lang != lang else {}),
                "title": page.meta["nav_title"],
                "statement": page.meta["title"],
                "page": PurePosixPath(*page.rel_path.parts[1:]).with_suffix(".html").as_posix(),
                "paragraphs": _paragraphs(page, edition),
            }
            for page in priorities
        ],
    }
    validator().validate(document)
    return document


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class ExportError(ValueError):
    """The document built from the pages does not match its schema (the message says where)."""


def write(
    site_dir: Path,
    lang: str,
    docs_dir: Path,
    site_url: str | None,
    edition: editions.Edition | None = None,
    folder: str = "",
) -> None:
    """Write the language's policy.json beside its home page (`folder`: inside the language's root, where that
    home page is: `editions/<id>/` for an edition's permanent copy), validated against its schema."""
    prefix = project.language_prefix(lang) + folder
    home_url = urljoin(site_url, prefix + "index.html") if site_url else None
    try:
        document = policy_document(lang, docs_dir, home_url, edition)
    except jsonschema.ValidationError as error:
        where = "/".join(map(str, error.absolute_path)) or "the document"
        raise ExportError(
            f"{lang}/{folder}{FILE_NAME}: {where} does not match {SCHEMA_PATH.name}: {error.message[:300]}"
        ) from None
    target = site_dir / prefix
    target.mkdir(parents=True, exist_ok=True)
    (target / FILE_NAME).write_text(dumps(document), encoding="utf-8")
