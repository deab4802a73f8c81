"""`scripts/import_policy.py --new-edition` (policy_text.new_edition) with the invented second edition.

The expectations are written by hand from the changes listed in tests/fixtures/editions/README.md,
never taken from the code's output. Each test imports into a copy of the project taken back to the first
edition the invented one was made from (tests/importing.py, `copy_as_first_edition`), so they hold whatever
editions the project has published since.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path, PurePosixPath

import pytest

from policy_text import editions, identity, interface, pages, translations

from .. import importing
from ..importing import INVENTED, copy_as_first_edition, first_edition, snapshot

FIRST = first_edition().source

EXPECTED_IDENTITY = """
edition: "2026-12-15"
previous: "2026-11-27"
priorities:
  - key: "0"
    number: 0
    page: index.md
    paragraphs:
      - p0-1: unchanged
  - key: "1"
    number: 1
    page: priorites/1-independance-souverainete-paix.md
    relation: unchanged
    statement: {p1-0: unchanged}
    paragraphs:
      - p1-1: unchanged
      - p1-2: unchanged
      - p1-2a: inserted        # change 1: inserted between paragraphs 2 and 3
      - p1-3: unchanged
  - key: "2"
    number: 2
    page: priorites/2-davantage-amis-etranger.md
    relation: unchanged
    statement: {p2-0: unchanged}
    paragraphs:
      - p2-1: amended          # change 2: one word
      - p2-2: unchanged
  - key: "2a"                  # change 3: a priority between 2 and 3
    number: 3
    page: priorites/3-promouvoir-diplomatie-culturelle.md
    relation: inserted
    statement: {p2a-0: inserted}
    paragraphs:
      - p2a-1: inserted
      - p2a-2: inserted
  - key: "3"                   # the former priority 3, now the ministry's 4: keeps its ids and slug
    number: 4
    page: priorites/4-diplomatie-economique.md
    relation: renumbered
    statement: {p3-0: unchanged}
    paragraphs:
      - p3-1: unchanged
      - p3-2: unchanged
  - key: "4"
    number: 5
    page: priorites/5-multilateralisme.md
    relation: renumbered
    statement: {p4-0: amended}  # change 4: the statement reworded
    paragraphs:
      - p4-1: unchanged
      - p4-2: unchanged
      - p4-3: unchanged
  - key: "5"
    number: 6
    page: priorites/6-corps-diplomatique-competent.md
    relation: renumbered
    statement: {p5-0: unchanged}
    paragraphs:
      - p5-1: unchanged
      - p5-3: unchanged
retired: [p5-2]                # change 5: removed
retired_priorities: []
"""

OLD_PRIORITY_PAGES = [
    "1-independance-souverainete-paix.md",
    "2-davantage-amis-etranger.md",
    "3-diplomatie-economique.md",
    "4-multilateralisme.md",
    "5-corps-diplomatique-competent.md",
]
NEW_PRIORITY_PAGES = [
    "1-independance-souverainete-paix.md",
    "2-davantage-amis-etranger.md",
    "3-promouvoir-diplomatie-culturelle.md",
    "4-diplomatie-economique.md",
    "5-multilateralisme.md",
    "6-corps-diplomatique-competent.md",
]


@pytest.fixture
def repo(tmp_path) -> Path:
    """A copy of the project's docs/ and source/ as of its first edition, to import into."""
    copy_as_first_edition(tmp_path)
    return tmp_path


def run(repo: Path, *args: str | Path) -> subprocess.CompletedProcess:
    return importing.run(*args, docs=repo / "docs", sources=repo / "source")


def priority_pages(repo: Path, lang: str) -> list[str]:
    return sorted(p.name for p in (repo / "docs" / lang / "priorites").glob("*.md"))


def test_the_invented_edition_is_marked_as_never_published():
    readme = (INVENTED.parent / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# INVENTED, NEVER PUBLISHED")
    assert INVENTED.name in readme


def test_the_identity_computed_is_the_expected_one(repo):
    result = run(repo, INVENTED, "--new-edition", "2026-12-15")
    assert result.returncode == 0, result.stderr
    written = repo / "source" / "2026-12-15" / "identity.yml"
    assert identity.parse(written.read_text(encoding="utf-8"), written) == identity.parse(EXPECTED_IDENTITY, "expected")
    assert "p5-2" not in written.read_text(encoding="utf-8").split("retired:")[0]  # retired, listed only there


def test_importing_records_the_edition_and_makes_it_current(repo):
    before = snapshot(repo / "docs")
    record = repo / "source" / "editions.yml"
    record_before = record.read_text(encoding="utf-8")
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    found = editions.parse(record.read_text(encoding="utf-8"), record, repo / "source")
    assert [(e.id, e.date_kind) for e in found] == [("2026-11-27", "retrieved"), ("2026-12-15", "published")]
    assert found[-1].source.read_bytes() == INVENTED.read_bytes()  # byte for byte
    assert found[0].source.read_bytes() == FIRST.read_bytes()  # the first edition's text untouched
    assert record.read_text(encoding="utf-8").startswith(record_before)
    # the previous edition's pages, every language, as they were: frozen
    assert snapshot(repo / "source" / "2026-11-27" / "published") == before


def test_the_french_pages_follow_the_new_text_and_keep_their_priorities_slugs(repo):
    old_economy = pages.read(repo / "docs" / "fr" / "priorites" / "3-diplomatie-economique.md", repo / "docs")
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    assert priority_pages(repo, "fr") == NEW_PRIORITY_PAGES
    economy = pages.read(repo / "docs" / "fr" / "priorites" / "4-diplomatie-economique.md", repo / "docs")
    assert economy.meta["priority"] == 4
    assert economy.meta["title"] == "4. Promouvoir la diplomatie économique."
    for field in ("nav_title", "description", "keywords"):  # curated fields follow the priority, not its number
        assert economy.meta.get(field) == old_economy.meta.get(field)
    culture = pages.read(repo / "docs" / "fr" / "priorites" / "3-promouvoir-diplomatie-culturelle.md", repo / "docs")
    assert culture.meta["title"] == "3. Promouvoir la diplomatie culturelle."
    assert culture.meta["nav_title"] == "Promouvoir la diplomatie culturelle"  # first import: from the statement
    assert len(culture.paragraphs) == 2
    first = pages.read(repo / "docs" / "fr" / "priorites" / "1-independance-souverainete-paix.md", repo / "docs")
    assert first.paragraphs[2].startswith("Le Cambodge renforcera la sécurité de ses frontières")


def test_translations_of_renumbered_priorities_move_with_them(repo):
    old = {
        lang: (repo / "docs" / lang / "priorites" / "5-corps-diplomatique-competent.md").read_text()
        for lang in ("en", "km")
    }
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    for lang in ("en", "km"):
        # the inserted priority has no translation yet (French fallback); the others keep theirs
        assert priority_pages(repo, lang) == [name for name in NEW_PRIORITY_PAGES if not name.startswith("3-")]
        moved = pages.read(repo / "docs" / lang / "priorites" / "6-corps-diplomatique-competent.md", repo / "docs")
        was = pages.split_front_matter(old[lang], "old")
        assert moved.meta["priority"] == 6
        assert moved.meta["title"][:2] == {"en": "6.", "km": "៦."}[lang]  # its number follows, in the language's digits
        assert moved.paragraphs == [pages.paragraphs(was[1])[0], pages.paragraphs(was[1])[2]]  # p5-2 retired


def test_translations_are_realigned_by_paragraph_identity(repo):
    """Kept paragraphs keep their translation in the new order; the inserted one is the French, listed in
    `untranslated`; a page whose French changed only in its number stays current; the others are stale."""
    docs = repo / "docs"
    before = pages.read(docs / "en" / "priorites" / "1-independance-souverainete-paix.md", docs).paragraphs
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    first = pages.read(docs / "en" / "priorites" / "1-independance-souverainete-paix.md", docs)
    french = pages.read(docs / "fr" / "priorites" / "1-independance-souverainete-paix.md", docs)
    assert first.paragraphs == [before[0], before[1], french.paragraphs[2], before[2]]
    assert first.meta["untranslated"] == ["p1-2a"]
    states = {str(s.rel_path): s.state for s in translations.statuses(docs)}
    assert states["en/priorites/4-diplomatie-economique.md"] == "current"  # renumbered only
    assert states["en/priorites/1-independance-souverainete-paix.md"] == "stale"
    assert states["en/priorites/2-davantage-amis-etranger.md"] == "stale"  # p2-1 amended
    assert states["km/priorites/3-promouvoir-diplomatie-culturelle.md"] == "missing"  # French fallback
    with pytest.raises(translations.MisalignedError, match="untranslated.*p1-2a"):
        translations.mark_current(PurePosixPath("en/priorites/1-independance-souverainete-paix.md"), docs)


def test_reimporting_the_new_current_edition_is_idempotent(repo):
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    before = snapshot(repo)
    assert run(repo, "--check").returncode == 0
    result = run(repo)
    assert result.returncode == 0 and "0 changed" in result.stdout, result.stdout + result.stderr
    assert run(repo, INVENTED).returncode == 0
    assert snapshot(repo) == before


def test_retrieved_marks_the_date_as_a_retrieval(repo):
    assert run(repo, INVENTED, "--new-edition", "2026-12-15", "--retrieved").returncode == 0
    record = repo / "source" / "editions.yml"
    assert editions.parse(record.read_text(encoding="utf-8"), record, repo / "source")[-1].date_kind == "retrieved"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((INVENTED, "--new-edition", "15/12/2026"), "--new-edition '15/12/2026': expected the edition's date as YYYY"),
        ((INVENTED, "--new-edition", "2026-02-30"), "expected the edition's date as YYYY-MM-DD"),
        ((INVENTED, "--new-edition", "2026-11-27"), "--new-edition 2026-11-27: already used by an edition"),
        ((INVENTED, "--new-edition", "2026-11-01"), "expected a date later than the current edition's, 2026-11-27"),
        ((FIRST, "--new-edition", "2026-12-15"), "the same text as the current edition, 2026-11-27"),
        ((INVENTED.with_name("nope.txt"), "--new-edition", "2026-12-15"), "nope.txt: cannot read the file"),
        ((INVENTED, "--retrieved"), "--retrieved goes with --new-edition"),
        (("--new-edition", "2026-12-15"), "--new-edition needs SOURCE"),
    ],
    ids=["not-iso", "not-a-day", "already-used", "earlier", "same-text", "missing", "retrieved-alone", "no-source"],
)
def test_bad_input_exits_2_and_writes_nothing(repo, args, expected):
    before = snapshot(repo)
    result = run(repo, *args)
    assert result.returncode == 2, result.stdout
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert snapshot(repo) == before


def test_a_source_that_fails_to_parse_exits_2_and_writes_nothing(repo, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(INVENTED.read_bytes().replace(b"\n4. Promouvoir", b"\n7. Promouvoir"))
    before = snapshot(repo)
    result = run(repo, broken, "--new-edition", "2026-12-15")
    assert result.returncode == 2
    assert "broken.txt, line 27: priority 4 is missing or out of order" in result.stderr
    assert "nothing was written" in result.stderr
    assert snapshot(repo) == before


def test_a_second_import_of_the_same_date_is_refused(repo):
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    before = snapshot(repo)
    result = run(repo, INVENTED, "--new-edition", "2026-12-15")
    assert result.returncode == 2 and "already used by an edition" in result.stderr
    assert snapshot(repo) == before


def test_a_retired_id_is_never_used_again(repo, tmp_path):
    """A third edition restores the paragraph the second removed: it is a new paragraph, with a new id."""
    assert run(repo, INVENTED, "--new-edition", "2026-12-15").returncode == 0
    restored = FIRST.read_bytes().split(b"\n\n")
    removed = next(block for block in restored if block.startswith(b"Investir dans le d"))
    third = INVENTED.read_bytes().replace(
        b"\n\n\xc3\x80 cet \xc3\xa9gard", b"\n\n" + removed + "\n\nÀ cet égard".encode()
    )
    assert third != INVENTED.read_bytes()
    path = tmp_path / "third.txt"
    path.write_bytes(third)
    result = run(repo, path, "--new-edition", "2027-01-10")
    assert result.returncode == 0, result.stderr
    written = repo / "source" / "2027-01-10" / "identity.yml"
    last = identity.parse(written.read_text(encoding="utf-8"), written).priorities[-1]
    assert last.paragraphs == (
        identity.Paragraph("p5-1", "unchanged"),
        identity.Paragraph("p5-1a", "inserted"),  # between p5-1 and p5-3; never p5-2
        identity.Paragraph("p5-3", "unchanged"),
    )


def test_six_priorities_are_counted_as_six_in_every_language():
    """Nothing in the interface strings assumes five: the count is the text's (templates: priority_count)."""
    assert interface.fill("fr", "priority.of", number=1, count=6) == "Priorité 1 sur 6"
    assert interface.fill("en", "priority.of", number=1, count=6) == "Priority 1 of 6"
    assert interface.fill("km", "priority.of", number=1, count=6) == "អាទិភាពទី១ ក្នុងចំណោមអាទិភាពទាំង៦"
    assert interface.fill("fr", "home.overview", count=6) == "Les 6 priorités"
    for lang, strings in interface.strings().items():
        for key, text in strings.items():
            assert not re.search(r"\b5\b|[Ff]ive|cinq|៥", text), f"{lang}: {key} names five: {text!r}"
