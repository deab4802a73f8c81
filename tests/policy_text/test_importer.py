"""`scripts/import_policy.py`: exit codes, idempotency, curated fields kept, atomic writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policy_text import editions, pages, project, schema, source

from ..importing import SCRIPT, run, snapshot

OFFICIAL = editions.current().source.read_bytes()


@pytest.fixture
def docs(tmp_path) -> Path:
    """A copy of the project's French pages, to import into."""
    shutil.copytree(project.DOCS_DIR / "fr", tmp_path / "docs" / "fr")
    return tmp_path / "docs"


@pytest.fixture
def sources(tmp_path) -> Path:
    """A copy of the project's source/ (the record of editions and their texts), to add an edition to."""
    shutil.copytree(project.ROOT / "source", tmp_path / "source")
    return tmp_path / "source"


@pytest.fixture
def source_file(tmp_path):
    def write(data: bytes, name: str = "policy.txt") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


def test_project_pages_are_in_sync_with_the_official_text():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_first_import_writes_home_and_one_page_per_priority(tmp_path):
    docs = tmp_path / "docs"
    result = run(editions.current().source, docs=docs)
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    assert written[0] == "fr/index.md"
    assert [Path(p).name.split("-")[0] for p in written[1:]] == ["1", "2", "3", "4", "5"]
    for path in docs.rglob("*.md"):
        page = pages.read(path, docs)
        assert schema.validate(page.meta, page.rel_path) == []
    home = pages.read(docs / "fr" / "index.md", docs)
    assert home.paragraphs == [block.text for block in source.read(editions.current().source).introduction]


def test_reimport_is_idempotent(docs):
    before = snapshot(docs)
    result = run(editions.current().source, docs=docs)
    assert result.returncode == 0 and "0 changed" in result.stdout
    assert snapshot(docs) == before
    assert run(editions.current().source, "--check", docs=docs).returncode == 0


def test_a_new_edition_keeps_curated_fields_and_file_names(docs, sources, source_file):
    path = next((docs / "fr" / "priorites").glob("3-*.md"))
    page = pages.read(path, docs)
    curated = {"nav_title": "Titre choisi", "description": "Une description choisie.", "keywords": ["a", "b"]}
    path.write_text(pages.render(page.meta | curated, "Un paragraphe périmé."))
    updated = source_file(
        OFFICIAL.replace("la diplomatie économique.".encode(), "la diplomatie économique moderne.".encode())
    )
    assert run(updated, "--new-edition", "2026-12-01", docs=docs, sources=sources).returncode == 0
    reimported = pages.read(path, docs)
    assert {key: reimported.meta[key] for key in curated} == curated
    assert reimported.meta["title"] == "3. Promouvoir la diplomatie économique moderne."
    assert reimported.paragraphs[0].startswith("Pour contribuer à la réalisation")


def test_check_names_each_drifted_page_and_writes_nothing(docs):
    path = next((docs / "fr" / "priorites").glob("2-*.md"))
    path.write_text(path.read_text().replace("vieux amis", "anciens amis"))
    (docs / "fr" / "index.md").unlink()
    before = snapshot(docs)
    result = run(editions.current().source, "--check", docs=docs)
    assert result.returncode == 1
    assert f"{path.name}: differs from the source" in result.stdout
    assert "index.md: missing" in result.stdout
    assert snapshot(docs) == before


@pytest.mark.parametrize(
    "variant",
    [
        b"\xef\xbb\xbf" + OFFICIAL,
        OFFICIAL.replace(b"\n", b"\r\n"),
        OFFICIAL.replace(b"\n", b"  \n") + b" ",
    ],
    ids=["bom", "crlf", "trailing-spaces"],
)
def test_harmless_variants_import_to_the_same_pages(docs, source_file, variant):
    before = snapshot(docs)
    result = run(source_file(variant), docs=docs)
    assert result.returncode == 0 and "0 changed" in result.stdout, result.stdout + result.stderr
    assert snapshot(docs) == before


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "the file is empty"),
        (OFFICIAL.replace(b"\n3. Promouvoir", b"\n4. Promouvoir"), "line 19: priority 3 is missing or out of order"),
        (OFFICIAL.replace("é".encode(), b"\xe9", 1), "line 1: not valid UTF-8"),
        (OFFICIAL[: OFFICIAL.index(b"\nLa promotion de la r")], "priority 5 has no paragraph"),
    ],
    ids=["empty", "priority-numbering", "not-utf8", "priority-without-paragraph"],
)
def test_invalid_source_exits_2_naming_the_problem_and_changes_nothing(docs, source_file, data, expected):
    before = snapshot(docs)
    result = run(source_file(data), docs=docs)
    assert result.returncode == 2
    assert expected in result.stderr and "policy.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(docs) == before


def test_another_text_without_new_edition_exits_2_and_changes_nothing(docs, source_file):
    before = snapshot(docs)
    result = run(source_file(OFFICIAL.replace(b"vieux amis", b"anciens amis")), docs=docs)
    assert result.returncode == 2
    assert "policy.txt: not the current edition's text" in result.stderr
    assert "--new-edition YYYY-MM-DD" in result.stderr and "nothing was written" in result.stderr
    assert snapshot(docs) == before


def test_invalid_curated_field_exits_2_and_no_page_is_written(docs, sources, source_file):
    """Other pages would change (the source changed), but one page's metadata is invalid: nothing moves."""
    path = next((docs / "fr" / "priorites").glob("5-*.md"))
    page = pages.read(path, docs)
    path.write_text(pages.render(page.meta | {"nav_title": "x" * 61}, "\n\n".join(page.paragraphs)))
    before, record = snapshot(docs), snapshot(sources)
    changed = source_file(OFFICIAL.replace(b"vieux amis", b"anciens amis"))
    result = run(changed, "--new-edition", "2026-12-01", docs=docs, sources=sources)
    assert result.returncode == 2
    assert f"fr/priorites/{path.name}: field 'nav_title': expected a short editorial title" in result.stderr
    assert snapshot(docs) == before and snapshot(sources) == record


def test_missing_source_file_exits_2(docs, tmp_path):
    result = run(tmp_path / "nope.txt", docs=docs)
    assert result.returncode == 2 and "nope.txt: cannot read the file" in result.stderr
