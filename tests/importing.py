"""Running the importer as an editor does (scripts/import_policy.py), and the invented second edition
(tests/fixtures/editions/README.md: never published), for the importer's and the editions' tests."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

from policy_text import editions, identity, project

SCRIPT = project.ROOT / "scripts" / "import_policy.py"
INVENTED = project.ROOT / "tests" / "fixtures" / "editions" / "invented-2026-12-15.fr.txt"
FIRST_ID, INVENTED_ID = "2026-11-27", "2026-12-15"
"""The edition the invented one was made from (the project's first), and the date the tests import it at:
the tests that import it do so into a copy of the project as of its first edition (`as_first_edition`),
whatever editions the project has since published."""


def run(*args: str | Path, docs: Path, sources: Path | None = None) -> subprocess.CompletedProcess:
    """The importer on a copy of the project's pages (`docs`) and, if given, of its record of editions."""
    where = ["--docs-dir", str(docs)] + (["--source-dir", str(sources)] if sources else [])
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args), *where], capture_output=True, text=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, byte for byte: what an import refused must leave as it was."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def keep_only_edition(sources: Path, edition_id: str) -> None:
    """The copy of the record (`sources`, a copy of source/) as if `edition_id` were its first and only edition,
    its ids as they are: what keeping the earlier editions costs is measured against it."""
    record = sources / editions.RECORD_PATH.name
    kept = next(e for e in editions.parse(record.read_text("utf-8"), record, sources) if e.id == edition_id)
    record.write_text(editions.render_entry(kept, source_dir=sources), encoding="utf-8")
    for folder in sources.iterdir():
        if folder.is_dir() and folder.name != edition_id:
            shutil.rmtree(folder)
    path = sources / edition_id / editions.IDENTITY_FILE
    found = identity.parse(path.read_text("utf-8"), path)

    def first(paragraph: identity.Paragraph) -> identity.Paragraph:
        return dataclasses.replace(paragraph, relation=None)

    priorities = tuple(
        dataclasses.replace(
            p,
            relation=None,
            statement=first(p.statement) if p.statement else None,
            paragraphs=tuple(map(first, p.paragraphs)),
        )
        for p in found.priorities
    )
    alone = identity.Identity(found.edition, None, priorities)
    path.write_text(identity.render(alone), encoding="utf-8")


def first_edition() -> editions.Edition:
    """The project's first edition (`FIRST_ID`): its text and its identity are never edited, whatever editions
    follow, so tests of the machinery can write their expectations from it."""
    return editions.by_id(FIRST_ID)


def copy_as_first_edition(folder: Path) -> tuple[Path, Path]:
    """The project's docs/ and source/ copied into `folder` and taken back to its first edition
    (`as_first_edition`): (docs, sources), a project the test owns."""
    docs, sources = folder / "docs", folder / "source"
    shutil.copytree(project.DOCS_DIR, docs)
    shutil.copytree(editions.SOURCE_DIR, sources)
    as_first_edition(docs, sources)
    return docs, sources


def as_first_edition(docs: Path, sources: Path) -> None:
    """A copy of the project's pages (`docs`) and editions (`sources`) taken back to its first edition, as it
    was published: its pages from its frozen copy, the later editions gone. Nothing changes while the first
    edition is the current one."""
    record = sources / editions.RECORD_PATH.name
    known = editions.parse(record.read_text("utf-8"), record, sources)
    first = known[0]
    assert first.id == FIRST_ID, f"{record}: the invented edition was made from the edition of {FIRST_ID}"
    if len(known) == 1:
        return
    frozen = sources / first.id / editions.PUBLISHED_DIR
    shutil.rmtree(docs)
    shutil.move(frozen, docs)
    for later in known[1:]:
        shutil.rmtree(sources / later.id)
    text = record.read_text("utf-8")
    record.write_text(text[: text.index(f'- id: "{known[1].id}"')].rstrip() + "\n", encoding="utf-8")
