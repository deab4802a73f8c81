"""Turn the official text into the French pages, keeping what editors curated.

Everything is computed and validated in memory first; files are written only when every
page is known to be good, each by an atomic rename, so a failed import changes nothing.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from . import identity, markdown_text, numerals, pages, project, schema
from .source import Policy, Priority


class ImportError_(ValueError):
    """Existing pages cannot be reconciled with the source (the message names the file)."""


def _one_line(text: str) -> str:
    """The block on one line, otherwise verbatim (front matter fields are single lines)."""
    return text.replace("\n", " ")


def slugify(text: str, words: int = 5) -> str:
    spaced = re.sub(r"[’'\s]+", " ", text)  # an elided article (l’, d’) is a word of its own
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join([p for p in parts if len(p) > 2][:words]) or "priorite"


def _statement_body(priority: Priority) -> str:
    return numerals.without_statement_number(_one_line(priority.statement.text))


def default_curated(priority: Priority | None, policy: Policy) -> dict:
    """First-import values for fields that editors then improve; never overwrite theirs."""
    if priority is None:
        return {
            "nav_title": "Accueil",
            "description": _truncate(f"Texte officiel : {_one_line(policy.title.text)}.", 300),
        }
    clause = re.split(r"[,;:]", _statement_body(priority))[0].strip().rstrip(".")
    return {
        "nav_title": _truncate(clause, 60),
        "description": _truncate(
            f"Priorité {priority.number} de la politique étrangère du Cambodge : {_statement_body(priority)}", 300
        ),
    }


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def existing_priority_pages(docs_dir: Path) -> dict[int, Path]:
    """Current French priority pages by number; their file names (slugs) are kept."""
    folder = docs_dir / project.default_language() / project.PRIORITY_DIR
    found: dict[int, Path] = {}
    for path in sorted(folder.glob("*.md")):
        number = pages.priority_of_file(path.name)
        if number is None:
            raise ImportError_(f"{path}: expected a file name '<priority number>-<slug>.md'")
        if number in found:
            raise ImportError_(
                f"{path}: priority {number} already has a page, {found[number].name}; expected one page per priority"
            )
        found[number] = path
    return found


def _curated(path: Path | None, docs_dir: Path) -> dict:
    if path is None or not path.exists():
        return {}
    try:
        page = pages.read(path, docs_dir)
    except pages.PageError as error:
        raise ImportError_(str(error)) from None
    return {key: page.meta[key] for key in schema.CURATED_FIELDS if key in page.meta}


def page_name(priority: Priority, policy: Policy) -> str:
    """The French page of a priority new to the text, relative to docs/fr/: its number and a slug of its
    first short title. Once named, a priority keeps its slug (policy_text.identity)."""
    return f"{project.PRIORITY_DIR}/{priority.number}-{slugify(default_curated(priority, policy)['nav_title'])}.md"


def planned_pages(
    policy: Policy,
    docs_dir: Path = project.DOCS_DIR,
    names: identity.Identity | None = None,
    earlier: identity.Identity | None = None,
) -> dict[Path, str]:
    """The text of every French page, by path; validated against the front matter schema.

    Each page is where the edition's identity (`names`, by default the current edition's) puts it; its
    curated fields are kept from the page of the same priority in `earlier` (a new edition's previous one,
    where a renumbered priority's page had another name), by default from the page at that path.
    """
    lang = project.default_language()
    existing_priority_pages(docs_dir)  # file names checked
    names = names or identity.current()
    before = {entry.key: entry.page for entry in (earlier or names).priorities}
    planned: dict[Path, str] = {}
    metas: dict[str, dict] = {}
    for priority in policy.priorities:
        entry = names.priority(priority.number)
        if entry is None:
            raise ImportError_(f"the identity of {names.edition} has no priority {priority.number}")
        path = docs_dir / lang / entry.page
        kept = docs_dir / lang / before.get(entry.key, entry.page)
        curated = default_curated(priority, policy) | _curated(kept, docs_dir)
        meta = {
            "priority": priority.number,
            "title": _one_line(priority.statement.text),
            **curated,
            "lang": lang,
            "source": dict(schema.SOURCE),
        }
        body = "\n\n".join(markdown_text.escape(p.text) for p in priority.paragraphs)
        planned[path] = pages.render(meta, body)
        metas[path.relative_to(docs_dir).as_posix()] = meta

    index = docs_dir / lang / "index.md"
    curated = default_curated(None, policy) | _curated(index, docs_dir)
    meta = {"title": _one_line(policy.title.text), **curated, "lang": lang, "source": dict(schema.SOURCE)}
    introduction = "\n\n".join(markdown_text.escape(p.text) for p in policy.introduction)
    planned[index] = pages.render(meta, introduction)  # the overview of the priorities: partials/edition/home.html
    metas[index.relative_to(docs_dir).as_posix()] = meta

    errors = [e for rel, m in metas.items() for e in schema.validate(m, rel)]
    errors += schema.validate_collection(metas)
    if errors:
        raise schema.FrontMatterError(errors)
    return dict(sorted(planned.items()))


def drifted(planned: Mapping[Path, str]) -> list[Path]:
    """Pages whose file differs from what the source produces (or that do not exist)."""
    return [path for path, text in planned.items() if not path.exists() or path.read_text(encoding="utf-8") != text]


def stage(texts: Mapping[Path, str]) -> list[tuple[Path, Path]]:
    """Each text written beside its file under a temporary name, in order: (temporary, file) pairs, each to be
    moved into place with one rename once all are written. If one cannot be written, none is left."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in texts.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            staged.append((Path(temp_name), path))
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    return staged


def write_atomically(planned: Mapping[Path, str]) -> list[Path]:
    """Write the pages that changed: all staged first, then each moved into place."""
    changed = drifted(planned)
    for temp, path in stage({path: planned[path] for path in changed}):
        os.replace(temp, path)
    return changed


def relative(path: Path, root: Path = project.ROOT) -> str:
    try:
        return str(PurePosixPath(path.resolve().relative_to(root)))
    except ValueError:
        return str(path)
