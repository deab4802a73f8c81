"""`policy_text.editions`: the record of editions, its validation, and the current edition."""

from __future__ import annotations

import subprocess

import pytest

from policy_text import editions, project, source

from ..importing import FIRST_ID

GOOD = """
- id: "2026-11-27"
  date_kind: retrieved
  source: 2026-11-27/text.fr.txt
  publisher_url: https://www.mfaic.gov.kh/fr/politique-etrangere
"""


@pytest.fixture
def source_dir(tmp_path):
    for edition_id in ("2026-11-27", "2026-12-15"):
        (tmp_path / edition_id).mkdir()
        (tmp_path / edition_id / "text.fr.txt").write_text("Titre\n")
    return tmp_path


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=project.ROOT, capture_output=True, text=True)


def test_the_first_edition_is_the_text_published_today_dated_by_its_first_commit():
    first = editions.all()[0]
    assert first.id == FIRST_ID
    assert first.date_kind == "retrieved"  # the ministry's page states no date
    assert first.publisher_url == "https://www.mfaic.gov.kh/fr/politique-etrangere"
    assert first.source == project.ROOT / "source" / "2026-11-27" / "politique-etrangere-du-cambodge.fr.txt"
    shallow = _git("rev-parse", "--is-shallow-repository").stdout.strip() != "false"  # or no repository at all
    log = _git("log", "--format=%ad", "--date=short", "--", "source/")
    if not shallow and log.returncode == 0:  # a shallow clone's oldest commit seems to add every file
        assert log.stdout.split()[-1] == first.id


def test_the_current_edition_is_the_last_and_the_one_the_site_publishes():
    assert editions.current() == editions.all()[-1]
    assert source.current() == source.read(editions.current().source)
    assert editions.by_id(editions.current().id) == editions.current()


def test_by_id_names_the_editions_there_are():
    known = ", ".join(edition.id for edition in editions.all())
    with pytest.raises(KeyError) as caught:
        editions.by_id("1999-01-01")
    assert caught.value.args[0].endswith(f"; the editions are {known}")


def test_a_good_record_parses(source_dir):
    (found,) = editions.parse(GOOD, source_dir / "editions.yml", source_dir)
    assert (found.id, found.date_kind) == ("2026-11-27", "retrieved")
    assert found.source == source_dir / "2026-11-27" / "text.fr.txt"
    assert found.folder == source_dir / "2026-11-27"
    assert found.identity_path == source_dir / "2026-11-27" / "identity.yml"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"2026-11-27"', '"27/11/2026"'), r"edition 1: field 'id': expected an ISO date \(YYYY-MM-DD\), got '27/11"),
        (('"2026-11-27"', '"2026-02-30"'), r"field 'id': expected an ISO date"),
        (("retrieved", "guessed"), r"edition 1 \(2026-11-27\): field 'date_kind': expected one of published, retr"),
        (("2026-11-27/text", "2026-11-27/missing"), r"field 'source': expected an existing file"),
        (("source: 2026-11-27/", "source: 2026-12-15/"), r"field 'source': expected a file in the edition's folder"),
        (("https://www", "http://www"), r"field 'publisher_url': expected an https:// address"),
        (("  date_kind", "  author: x\n  date_kind"), r"field 'author': expected only the fields"),
        (("- id", "-  id: [\n"), r"line \d+: not valid YAML"),
    ],
)
def test_a_bad_record_names_the_file_the_field_and_what_was_expected(source_dir, change, message):
    record = source_dir / "editions.yml"
    with pytest.raises(editions.EditionsError, match=rf"^{record}.*{message}"):
        editions.parse(GOOD.replace(*change), record, source_dir)


def test_editions_are_listed_oldest_first_each_date_once(source_dir):
    later = GOOD.replace("2026-11-27", "2026-12-15")
    with pytest.raises(editions.EditionsError, match=r"edition 2 \(2026-11-27\): field 'id': expected a date later"):
        editions.parse(later + GOOD, source_dir / "editions.yml", source_dir)
    with pytest.raises(editions.EditionsError, match="edition 2 .* later than the previous edition's, 2026-11-27"):
        editions.parse(GOOD + GOOD, source_dir / "editions.yml", source_dir)
    assert [e.id for e in editions.parse(GOOD + later, source_dir / "editions.yml", source_dir)] == [
        "2026-11-27",
        "2026-12-15",
    ]


def test_an_empty_record_is_refused(source_dir):
    with pytest.raises(editions.EditionsError, match="expected a list of editions"):
        editions.parse("", source_dir / "editions.yml", source_dir)


def test_a_rendered_entry_reads_back(source_dir):
    (first,) = editions.parse(GOOD, source_dir / "editions.yml", source_dir)
    second = editions.Edition("2026-12-15", "published", source_dir / "2026-12-15" / "text.fr.txt", first.publisher_url)
    text = GOOD + editions.render_entry(second, "the ministry's date", source_dir)
    assert editions.parse(text, source_dir / "editions.yml", source_dir) == (first, second)
