"""The editions of the official text: every text imported, its date and what that date is.

The ministry revises its text; each text imported is an edition, recorded once in
`source/editions.yml` (oldest first, the last is current) with its source file kept byte for
byte in `source/<id>/`. Everything that needs "the text the site publishes" asks `current()`,
so the record is the one definition. Dates are never invented: an edition's date is either the
ministry's publication date or, where the ministry states none, the date the text was
retrieved (`date_kind`). See ARCHITECTURE.md, "Editions".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from . import project

SOURCE_DIR = project.SOURCE_DIR
RECORD_PATH = SOURCE_DIR / "editions.yml"
DATE_KINDS = ("published", "retrieved")
"""published: the date the ministry gives the text; retrieved: the date it was taken from the ministry's site."""
FIELDS = ("id", "date_kind", "source", "publisher_url")
IDENTITY_FILE = "identity.yml"
PUBLISHED_DIR = "published"
EDITIONS_DIR = "editions"
"""In each language's root on the site: `editions/` (French), `en/editions/`, `km/editions/`."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class EditionsError(ValueError):
    """The record of editions is not well formed: the message names the file, the field and what was expected."""


@dataclass(frozen=True)
class Edition:
    id: str
    """The edition's date, ISO 8601 (`2026-11-27`): its identifier and its permanent address (`editions/<id>/`)."""
    date_kind: str
    """What `id` is: `published` (the ministry's publication date) or `retrieved` (taken from its site then)."""
    source: Path
    """The official text of this edition, byte for byte as published, never edited."""
    publisher_url: str
    """Where the ministry publishes the text."""

    @property
    def folder(self) -> Path:
        """`source/<id>/`: the edition's source, its paragraph identity and, once superseded, its pages."""
        return self.source.parent

    @property
    def identity_path(self) -> Path:
        """The paragraph identity of this edition (policy_text.identity)."""
        return self.folder / IDENTITY_FILE

    @property
    def published_dir(self) -> Path:
        """`source/<id>/published/<lang>/…`: the pages of the text (every language) as this edition
        published them, frozen by the importer when a later edition replaces it; absent for the current one."""
        return self.folder / PUBLISHED_DIR

    @property
    def date(self) -> datetime.date:
        return datetime.date.fromisoformat(self.id)

    def permanent_path(self, path: str) -> str:
        """Where a page of this edition stays for good, inside its language's root: `editions/<id>/` + its
        path at the usual addresses (`priorites/1-….html` → `editions/2026-11-27/priorites/1-….html`)."""
        return f"{EDITIONS_DIR}/{self.id}/{path}"


def is_iso_date(value: str) -> bool:
    """`YYYY-MM-DD` and a real day of the calendar."""
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _field(entry: dict, name: str, where: str, expected: str, valid: Any) -> Any:
    value = entry.get(name)
    if isinstance(value, datetime.date) and name == "id":
        value = value.isoformat()  # an unquoted date in YAML
    if not valid(value):
        raise EditionsError(f"{where}: field '{name}': expected {expected}, got {value!r}")
    return value


def load_yaml(text: str, path: Path | str, error: type[ValueError]) -> Any:
    """The data of an editor's YAML file (the record, an identity file); `error` names the file and line."""
    try:
        return yaml.load(text, Loader=project.YAML_LOADER)
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark else ""
        raise error(f"{path}{line}: not valid YAML ({getattr(problem, 'problem', problem)})") from None


def parse(text: str, path: Path = RECORD_PATH, source_dir: Path = SOURCE_DIR) -> tuple[Edition, ...]:
    """The editions a record holds, validated: ids are ISO dates in increasing order, sources exist."""
    entries = load_yaml(text, path, EditionsError)
    if not isinstance(entries, list) or not entries:
        raise EditionsError(f"{path}: expected a list of editions, oldest first, got {type(entries).__name__}")
    editions: list[Edition] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: edition {number}"
        if not isinstance(entry, dict):
            raise EditionsError(f"{where}: expected a mapping with the fields {', '.join(FIELDS)}, got {entry!r}")
        unknown = sorted(set(map(str, entry)) - set(FIELDS))
        if unknown:
            raise EditionsError(f"{where}: field '{unknown[0]}': expected only the fields {', '.join(FIELDS)}")
        edition_id = _field(
            entry, "id", where, "an ISO date (YYYY-MM-DD)", lambda v: isinstance(v, str) and is_iso_date(v)
        )
        where += f" ({edition_id})"
        date_kind = _field(entry, "date_kind", where, f"one of {', '.join(DATE_KINDS)}", lambda v: v in DATE_KINDS)
        source_name = _field(
            entry,
            "source",
            where,
            "the path of the edition's text, relative to source/",
            lambda v: isinstance(v, str) and v and not PurePosixPath(v).is_absolute() and ".." not in v.split("/"),
        )
        source = source_dir / source_name
        if PurePosixPath(source_name).parent != PurePosixPath(edition_id):
            raise EditionsError(
                f"{where}: field 'source': expected a file in the edition's folder, "
                f"'{edition_id}/<name>', got {source_name!r}"
            )
        if not source.is_file():
            raise EditionsError(f"{where}: field 'source': expected an existing file, {source} does not exist")
        publisher_url = _field(
            entry,
            "publisher_url",
            where,
            "an https:// address",
            lambda v: isinstance(v, str) and v.startswith("https://"),
        )
        if editions and edition_id <= editions[-1].id:
            raise EditionsError(
                f"{where}: field 'id': expected a date later than the previous edition's, {editions[-1].id} "
                "(editions are listed oldest first, each date once)"
            )
        editions.append(Edition(edition_id, date_kind, source, publisher_url))
    return tuple(editions)


def render_entry(edition: Edition, comment: str = "", source_dir: Path = SOURCE_DIR) -> str:
    """The record's text for one more edition (appended, so the record's comments are kept)."""
    lines = ["", f'- id: "{edition.id}"']
    lines += [f"  # {line}".rstrip() for line in comment.splitlines()]
    lines += [
        f"  date_kind: {edition.date_kind}",
        f"  source: {edition.source.relative_to(source_dir).as_posix()}",
        f"  publisher_url: {edition.publisher_url}",
    ]
    return "\n".join(lines) + "\n"


@project.reads_files
def _all(path: Path) -> tuple[Edition, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise EditionsError(f"{path}: cannot read the record of editions ({error.strerror})") from None
    return parse(text, path, path.parent)


def all(record: Path = RECORD_PATH) -> tuple[Edition, ...]:  # noqa: A001 - read as `editions.all()`
    """Every edition, oldest first (`record`: another copy of the repository's, for the importer's tests)."""
    return _all(record)


def current(record: Path = RECORD_PATH) -> Edition:
    """The edition the site publishes at its usual addresses: the latest imported."""
    return all(record)[-1]


def previous(edition: Edition, record: Path = RECORD_PATH) -> Edition | None:
    """The edition before `edition`, None for the first."""
    found = all(record)
    index = found.index(edition)
    return found[index - 1] if index else None


def by_id(edition_id: str, record: Path = RECORD_PATH) -> Edition:
    """The edition of that date; KeyError naming the editions there are."""
    for edition in all(record):
        if edition.id == edition_id:
            return edition
    known = ", ".join(edition.id for edition in all(record))
    raise KeyError(f"no edition {edition_id!r} in {record}; the editions are {known}")
