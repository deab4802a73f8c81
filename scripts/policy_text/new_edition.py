"""Importing a revised official text as a new edition: what is written, moved, kept and frozen.

A new edition adds its source (byte for byte) and its paragraph identity in `source/<date>/`,
appends itself to `source/editions.yml`, and replaces the French pages. Before the pages change,
every page of every language as the previous edition published it is frozen in
`source/<previous>/published/<lang>/`, for its permanent address. A renumbered priority's page
keeps its slug under its new number, its translations with it. Everything is computed and
checked first (`plan`), then staged and moved into place (`write`): a refused import writes
nothing. Why: ARCHITECTURE.md, "Editions".
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import editions, identity, importer, numerals, pages, project, source

SOURCE_NAME = "politique-etrangere-du-cambodge.fr.txt"
"""The file name of every edition's text in its folder."""


@dataclass(frozen=True)
class Plan:
    """Everything a new edition changes, computed before anything is written."""

    edition: editions.Edition
    previous: editions.Edition
    identity: identity.Identity
    source_bytes: bytes
    record: str
    """source/editions.yml with the new edition appended."""
    pages: dict[Path, str]
    """Every French page of the new edition, by path (as importer.planned_pages)."""
    moved: dict[Path, tuple[Path, str]]
    """Translations realigned by paragraph identity (`_realigned`): old path -> (new path, new text)."""
    removed: tuple[Path, ...]
    """Pages no longer published at that path (renamed or removed priorities), in every language."""
    frozen: dict[str, bytes]
    """`<lang>/…` -> bytes: every page of docs/ as the previous edition published it."""


def check_date(date: str, known: tuple[editions.Edition, ...]) -> None:
    """An edition's date: ISO, never used, later than the current edition's."""
    if not editions.is_iso_date(date):
        raise importer.ImportError_(f"--new-edition {date!r}: expected the edition's date as YYYY-MM-DD")
    if any(edition.id == date for edition in known):
        raise importer.ImportError_(f"--new-edition {date}: already used by an edition; expected a new date")
    if date <= known[-1].id:
        raise importer.ImportError_(
            f"--new-edition {date}: expected a date later than the current edition's, {known[-1].id}"
        )


def _frozen(docs_dir: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for lang in project.language_codes():
        for path in sorted((docs_dir / lang).rglob("*.md")):
            found[path.relative_to(docs_dir).as_posix()] = path.read_bytes()
    return found


def _renumbered_title(title: str, number: int, lang: str) -> str:
    """A translated statement under its new number (`3. Promote…` -> `4. Promote…`, in the language's digits)."""
    return numerals.STATEMENT_NUMBER.sub(numerals.localise(f"{number}.", lang), title, count=1)


def _only_renumbered(translation: pages.Page, old_french: Path, new_french: pages.Page, docs_dir: Path) -> bool:
    """Whether a translation current with its French page stays current: that page changed only in its
    statement's number (a renumbered priority), which the translation's title follows."""
    old = pages.read(old_french, docs_dir)
    if translation.meta.get("translation", {}).get("source_hash") != pages.content_hash(old):
        return False
    number = new_french.meta.get("priority", 0)
    title = _renumbered_title(old.meta["title"], number, "fr") if number else old.meta["title"]
    renumbered = pages.Page(old.rel_path, old.meta | {"title": title}, old.body)
    return pages.content_hash(renumbered) == pages.content_hash(new_french)


def _realigned(
    previous: identity.Identity, new: identity.Identity, french: dict[Path, str], docs_dir: Path
) -> dict[Path, tuple[Path, str]]:
    """Each translation of a priority the new edition keeps, realigned by paragraph identity: its page's new
    name, `priority` and statement number; its paragraphs in the new order, each taken by id from wherever
    the translation had it (moved ones from another page); retired ones dropped (the frozen edition keeps
    them); a paragraph it has no translation of (inserted) is the French one, listed in `untranslated`.
    Amended paragraphs keep their former translation: the page's hash makes it stale. Why: ARCHITECTURE.md,
    "Translations across editions"."""
    realigned: dict[Path, tuple[Path, str]] = {}
    was = {entry.key: entry for entry in previous.priorities}
    for lang in project.language_codes()[1:]:
        texts: dict[str, str] = {}
        notes: dict[str, str] = {}
        untranslated: set[str] = set()
        for entry in previous.priorities:
            path = docs_dir / lang / entry.page
            if not path.exists():
                continue
            page = pages.read(path, docs_dir)
            if len(page.paragraphs) != len(entry.paragraphs):
                continue  # out of step already: --check names it; nothing can be taken from it by id
            texts |= {p.id: text for p, text in zip(entry.paragraphs, page.paragraphs, strict=True)}
            notes |= page.meta.get("notes", {})
            untranslated |= set(page.meta.get("untranslated", []))
        for entry in new.priorities:
            earlier = was.get(entry.key)
            old = docs_dir / lang / earlier.page if earlier else None
            if earlier is None or old is None or not old.exists():
                continue  # no translation yet: the French page is shown, as for any missing translation
            page = pages.read(old, docs_dir)
            french_meta, reference = pages.split_front_matter(french[docs_dir / "fr" / entry.page], entry.page)
            french_paragraphs = pages.paragraphs(reference)
            body, still = [], []
            for paragraph, french_text in zip(entry.paragraphs, french_paragraphs, strict=True):
                if paragraph.id in texts and paragraph.id not in untranslated:
                    body.append(texts[paragraph.id])
                else:
                    body.append(french_text)
                    still.append(paragraph.id)
            meta = dict(page.meta)
            ids = {p.id for p in entry.paragraphs}
            kept_notes = {key: note for key, note in notes.items() if key in ids}
            meta.pop("notes", None)
            meta.pop("untranslated", None)
            if entry.number:
                meta["priority"] = entry.number
                meta["title"] = _renumbered_title(meta["title"], entry.number, lang)
            if kept_notes:
                meta["notes"] = kept_notes
            if still:
                meta["untranslated"] = still
            new_french = pages.Page(PurePosixPath("fr", entry.page), french_meta, reference)
            if _only_renumbered(page, docs_dir / "fr" / earlier.page, new_french, docs_dir):
                meta["translation"] = {**meta["translation"], "source_hash": pages.content_hash(new_french)}
            text = pages.render(meta, "\n\n".join(body))
            target = docs_dir / lang / entry.page
            if target != old or text != old.read_text(encoding="utf-8"):
                realigned[old] = (target, text)
    return realigned


def plan(
    new_source: Path,
    date: str,
    date_kind: str,
    docs_dir: Path = project.DOCS_DIR,
    record: Path = editions.RECORD_PATH,
) -> Plan:
    """What importing `new_source` as the edition of `date` would do; ImportError_ (or the parser's,
    schema's, identity's error) for anything refused."""
    known = editions.all(record)
    check_date(date, known)
    policy = source.read(new_source)
    data = Path(new_source).read_bytes()
    previous = known[-1]
    old_policy = source.read(previous.source)
    if [block.text for block in old_policy.blocks()] == [block.text for block in policy.blocks()]:
        raise importer.ImportError_(
            f"{new_source}: the same text as the current edition, {previous.id}; expected a revised text"
        )
    history = identity.history(record)
    published_ids = {paragraph for each in history for paragraph in (*each.ids(), *each.retired)}
    published_keys = {entry.key for each in history for entry in each.priorities}
    new_identity = identity.compute(
        history[-1],
        old_policy,
        policy,
        date,
        published_ids,
        published_keys,
        lambda priority: importer.page_name(priority, policy),
    )
    source_dir = record.parent
    edition = editions.Edition(date, date_kind, source_dir / date / SOURCE_NAME, previous.publisher_url)
    identity.check_against_text(new_identity, policy, edition.identity_path)
    identity.check_history([*history, new_identity], [*(e.identity_path for e in known), edition.identity_path])
    planned = importer.planned_pages(policy, docs_dir, new_identity, history[-1])
    moved = _realigned(history[-1], new_identity, planned, docs_dir)
    kept_pages = {entry.page for entry in new_identity.priorities}
    removed = sorted(
        docs_dir / lang / entry.page
        for entry in history[-1].priorities
        for lang in project.language_codes()
        if entry.page not in kept_pages and (docs_dir / lang / entry.page).exists()
    )
    for target, _ in moved.values():
        if target.exists() and target not in removed and target not in moved:
            raise importer.ImportError_(f"{target}: exists; expected the renumbered translation to move there")
    if edition.folder.exists():
        raise importer.ImportError_(f"{edition.folder}: exists; expected no folder for a new edition")
    if previous.published_dir.exists():
        raise importer.ImportError_(f"{previous.published_dir}: exists; expected the current edition not yet frozen")
    comment = (
        "The ministry's publication date, as given to scripts/import_policy.py --new-edition."
        if date_kind == "published"
        else "The date the text was retrieved from the ministry's site (it states no publication date)."
    )
    record_text = record.read_text(encoding="utf-8").rstrip("\n") + "\n"
    record_text += editions.render_entry(edition, comment, source_dir)
    return Plan(edition, previous, new_identity, data, record_text, planned, moved, tuple(removed), _frozen(docs_dir))


def write(plan: Plan) -> list[Path]:
    """Stage every file, then move each into place: the frozen pages and the new edition's folder first
    (each one rename), then the pages, then the record, which makes the edition current."""
    source_dir = plan.edition.folder.parent
    staging = Path(tempfile.mkdtemp(prefix=".new-edition.", dir=source_dir))
    page_texts = {path: plan.pages[path] for path in importer.drifted(plan.pages)}
    page_texts |= {target: text for target, text in plan.moved.values()}
    try:
        frozen = staging / "published"
        for rel, data in plan.frozen.items():
            (frozen / rel).parent.mkdir(parents=True, exist_ok=True)
            (frozen / rel).write_bytes(data)
        folder = staging / "edition"
        folder.mkdir()
        (folder / SOURCE_NAME).write_bytes(plan.source_bytes)
        (folder / editions.IDENTITY_FILE).write_text(identity.render(plan.identity), encoding="utf-8")
        staged = importer.stage({**page_texts, source_dir / editions.RECORD_PATH.name: plan.record})
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    os.replace(frozen, plan.previous.published_dir)
    os.replace(folder, plan.edition.folder)
    staging.rmdir()
    for path in plan.removed:
        path.unlink()
    for temp, path in staged:
        os.replace(temp, path)
    project.forget_files()  # what was read of the record, the identities and the text
    return sorted({*page_texts, *plan.removed})
