"""The front matter schema and the rules that tie a page's metadata to its place in docs/.

Errors read "<file>: field '<name>': expected <what>, got <value>", so an editor can fix
a page without reading this code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, cast

import jsonschema

from . import identity, project

SCHEMA_PATH = Path(__file__).parent / "schemas" / "front-matter.schema.json"

ID_PATTERNS = {"statement-id": identity.STATEMENT_ID, "paragraph-id": identity.PARAGRAPH_ID}
"""The schemas' definitions (`$defs`) of ids, and the rule each takes its pattern from: the files hold none."""

GENERATED_FIELDS = ("priority", "title", "lang", "source")
"""Written by the importer from the official text on every import."""
CURATED_FIELDS = ("nav_title", "description", "keywords")
"""Written by editors; a re-import keeps them."""

SOURCE = {
    "title": "Politique étrangère du Cambodge",
    "publisher": "Ministère des Affaires étrangères et de la Coopération internationale du Royaume du Cambodge",
    "url": "https://www.mfaic.gov.kh/fr/politique-etrangere",
}


@dataclass(frozen=True)
class FieldError:
    path: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"field '{self.field}'" if self.field else "front matter"
        return f"{self.path}: {where}: {self.message}"


class FrontMatterError(ValueError):
    def __init__(self, errors: Iterable[FieldError]):
        self.errors = list(errors)
        super().__init__("\n".join(map(str, self.errors)))


def json_pattern(rule: re.Pattern[str]) -> str:
    """A JSON Schema `pattern` matching what `rule.fullmatch` matches. JSON Schema searches, so it is anchored;
    `(?!\n)` because Python's `$` also matches before a last newline, which ECMA-262's does not."""
    return f"^(?:{rule.pattern})$(?!\n)"


def load(path: Path) -> dict:
    """A schema of `schemas/`, its definitions of ids given the patterns of `policy_text.identity` (ID_PATTERNS)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    for name, definition in document.get("$defs", {}).items():
        if name in ID_PATTERNS:
            if "pattern" in definition:
                raise ValueError(f"{path}: $defs.{name}: expected no pattern (policy_text.identity's is added)")
            definition["pattern"] = json_pattern(ID_PATTERNS[name])
    return document


@project.reads_files
def schema() -> dict:
    return load(SCHEMA_PATH)


@project.reads_files
def validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema())


def _expected(field: str) -> str:
    return schema()["properties"].get(field, {}).get("description", "a valid value")


def _schema_errors(meta: Mapping[str, Any], path: str) -> list[FieldError]:
    errors = []
    for error in sorted(validator().iter_errors(meta), key=lambda e: list(map(str, e.absolute_path))):
        location = [str(part) for part in error.absolute_path]
        if error.validator == "required":
            missing = [name for name in cast(list, error.validator_value) if name not in cast(dict, error.instance)]
            for name in missing:
                field = ".".join([*location, name])
                errors.append(
                    FieldError(path, field, f"missing; expected {_expected(name) if not location else 'a value'}")
                )
        elif error.validator == "additionalProperties":
            known = cast(dict, error.schema).get("properties", {})
            for name in sorted(set(cast(dict, error.instance)) - set(known)):
                field = ".".join([*location, str(name)])
                allowed = ", ".join(known)
                errors.append(FieldError(path, field, f"unknown field; expected only: {allowed}"))
        elif error.validator == "type" and not location:
            errors.append(FieldError(path, "", f"expected a YAML mapping of fields, got {error.instance!r}"))
        else:
            own = cast(dict, error.schema).get("description")  # a definition's (`$defs`), or the field's
            expected = (
                own
                if own
                else _expected(location[0])
                if len(location) == 1
                else repr(error.validator_value)
                if error.validator in ("const", "pattern")
                else f"a {error.validator_value}"
                if error.validator == "type"
                else error.message
            )
            errors.append(FieldError(path, ".".join(location), f"expected {expected}, got {error.instance!r}"))
    return errors


def _placement_errors(meta: Mapping[str, Any], rel_path: PurePosixPath) -> list[FieldError]:
    """Rules no JSON Schema can state: the metadata must agree with where the page lives."""
    path = str(rel_path)
    errors = []
    folder_lang = rel_path.parts[0]
    if "lang" in meta and meta["lang"] != folder_lang:
        errors.append(FieldError(path, "lang", f"expected '{folder_lang}' (the page's folder), got {meta['lang']!r}"))
    if folder_lang not in project.language_codes():
        errors.append(
            FieldError(
                path,
                "lang",
                f"expected a folder named after one of the site's languages "
                f"{', '.join(project.language_codes())}, got '{folder_lang}/'",
            )
        )
    is_priority_page = len(rel_path.parts) == 3 and rel_path.parts[1] == project.PRIORITY_DIR
    if is_priority_page and "priority" not in meta:
        errors.append(FieldError(path, "priority", f"missing; expected {_expected('priority')}"))
    if not is_priority_page and "priority" in meta:
        errors.append(
            FieldError(path, "priority", f"unexpected outside {project.PRIORITY_DIR}/; got {meta['priority']!r}")
        )
    priority = meta.get("priority")
    if is_priority_page and isinstance(priority, int) and not rel_path.name.startswith(f"{priority}-"):
        errors.append(
            FieldError(
                path,
                "priority",
                f"expected the number the file name starts with ('{rel_path.name.split('-')[0]}'), got {priority!r}",
            )
        )
    is_translation = folder_lang != project.default_language()
    if is_translation and "translation" not in meta:
        errors.append(FieldError(path, "translation", f"missing; expected {_expected('translation')}"))
    if not is_translation and "translation" in meta:
        errors.append(FieldError(path, "translation", "unexpected on a page of the official text"))
    if not is_translation and "untranslated" in meta:
        errors.append(FieldError(path, "untranslated", "unexpected on a page of the official text (translations only)"))
    if not is_translation and "notes" in meta:
        errors.append(FieldError(path, "notes", "unexpected on a page of the official text (translator's notes only)"))
    return errors


def validate(meta: Any, rel_path: str | PurePosixPath) -> list[FieldError]:
    """Every problem with one page's front matter; `rel_path` is relative to docs/."""
    rel_path = PurePosixPath(rel_path)
    if not isinstance(meta, Mapping):
        return [FieldError(str(rel_path), "", f"expected a YAML mapping of fields, got {meta!r}")]
    return _schema_errors(meta, str(rel_path)) + _placement_errors(meta, rel_path)


def validate_collection(pages: Mapping[str, Mapping[str, Any]]) -> list[FieldError]:
    """Rules across pages of one language: no priority or slug used twice."""
    errors = []
    seen: dict[tuple[str, str, object], str] = {}
    for rel_path, meta in sorted(pages.items()):
        parts = PurePosixPath(rel_path).parts
        if len(parts) != 3 or parts[1] != project.PRIORITY_DIR:
            continue
        slug = PurePosixPath(rel_path).stem.partition("-")[2]
        for field, value in (("priority", meta.get("priority")), ("slug", slug)):
            key = (parts[0], field, value)
            if key in seen:
                errors.append(FieldError(rel_path, field, f"duplicate {field} {value!r}, already used by {seen[key]}"))
            else:
                seen[key] = rel_path
    return errors


def notes_errors(
    meta: Mapping[str, Any], paragraph_ids: Iterable[str], rel_path: str | PurePosixPath
) -> list[FieldError]:
    """A translator's note must be attached to a paragraph the page has."""
    notes = meta.get("notes")
    if not isinstance(notes, Mapping):
        return []
    known = list(paragraph_ids)
    where = f"{known[0]} to {known[-1]}" if known else "none: this page has no paragraphs of the text"
    return [
        FieldError(str(rel_path), f"notes.{key}", f"expected the id of one of this page's paragraphs ({where})")
        for key in notes
        if key not in known
    ]
