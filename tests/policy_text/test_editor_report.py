"""The day of a revision, as the editor lives it: the invented edition imported with the README's command
into a copy of the project as of its first edition, what the importer says to do next, and the list of
translations to revise, which publishing does not wait for (policy_text.editor_report, scripts/translations.py).

Expectations are the invented edition's changes (tests/fixtures/editions/README.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from policy_text import pages, project

from ..importing import INVENTED, INVENTED_ID, as_first_edition

SCRIPTS = project.ROOT / "scripts"


def _script(folder: Path, name: str, *args: str | Path) -> subprocess.CompletedProcess:
    """A script of the project run in the copy `folder`, as an editor runs it there."""
    env = {**os.environ, project.ROOT_VARIABLE: str(folder)}
    command = [sys.executable, str(SCRIPTS / name), *map(str, args)]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def revised(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """(the copy, the import's output): the invented edition imported into the project as of its first edition."""
    folder = tmp_path_factory.mktemp("project")
    shutil.copy(project.MKDOCS_YML, folder / "mkdocs.yml")
    shutil.copytree(project.DOCS_DIR, folder / "docs")
    shutil.copytree(project.SOURCE_DIR, folder / "source")
    as_first_edition(folder / "docs", folder / "source")
    done = _script(folder, "import_policy.py", INVENTED, "--new-edition", INVENTED_ID)
    assert done.returncode == 0, done.stderr
    return folder, done


def _steps(output: str) -> str:
    return output[output.index("Next, in this order:") :]


def test_the_import_says_what_to_do_next_in_order(revised):
    _, done = revised
    steps = _steps(done.stdout)
    order = ["1. Review the paragraph identity", "2. Review the curated fields", "3. Revise the translations", "4."]
    assert [steps.index(step) for step in order] == sorted(steps.index(step) for step in order)
    assert f"source/{INVENTED_ID}/identity.yml" in steps
    assert "scripts/import_policy.py --check" in steps and "make test" in steps


def test_the_identity_step_counts_the_changes_and_names_the_least_sure_matches(revised):
    steps = _steps(revised[1].stdout)
    # the fixture: p1-2a, p2a-0, p2a-1, p2a-2 inserted; p2-1 and statement p4-0 amended; p5-2 retired;
    # priority 2a inserted, the former 3, 4 and 5 renumbered
    assert "paragraphs: 2 amended, 0 moved, 0 moved-amended, 4 inserted, 1 retired" in steps
    assert "priorities: 1 inserted, 3 renumbered, 0 retired" in steps
    least_sure = steps[steps.index("Matched by similarity") : steps.index("Then check the file")]
    assert least_sure.index("p4-0 amended") < least_sure.index("p2-1 amended")  # the reworded statement first


def test_the_curated_fields_step_names_the_new_and_renumbered_priorities(revised):
    steps = _steps(revised[1].stdout)
    curated = steps[steps.index("2. Review") : steps.index("3. Revise")]
    assert "priorites/3-promouvoir-diplomatie-culturelle.md (inserted, priority 3)" in curated
    for number in (4, 5, 6):
        assert f"(renumbered, priority {number})" in curated
    assert "priorites/1-" not in curated and "priorites/2-" not in curated


def test_the_translations_step_names_pages_and_paragraphs(revised):
    steps = _steps(revised[1].stdout)
    translations = steps[steps.index("3. Revise") : steps.index("4. Finish")]
    for lang in project.language_codes()[1:]:
        assert f"{lang}/priorites/1-independance-souverainete-paix.md: out of date" in translations
        assert "shown in French: p1-2a" in translations
        assert f"{lang}/priorites/2-davantage-amis-etranger.md" in translations
        assert f"{lang}/priorites/3-promouvoir-diplomatie-culturelle.md: missing" in translations
    assert "amended by the current edition: p2-1" in translations


def test_translations_to_revise_are_listed_without_failing_and_a_revised_one_leaves_the_list(revised, tmp_path):
    folder = tmp_path / "project"
    shutil.copytree(revised[0], folder)
    listed = _script(folder, "translations.py")
    assert listed.returncode == 0, listed.stderr  # publishing does not wait for translations
    page = "en/priorites/2-davantage-amis-etranger.md"
    assert f"{page}: out of date" in listed.stdout
    assert _script(folder, "translations.py", "--check").returncode == 1  # for who wants to wait

    # the translator revises the page's first paragraph after the amended French, then records it
    path = folder / "docs" / page
    translation = pages.read(path, folder / "docs")
    first, _, rest = translation.body.partition("\n\n")
    path.write_text(pages.render(translation.meta, f"{first} Revised.\n\n{rest}"), encoding="utf-8")
    marked = _script(folder, "translations.py", "--mark-current", page)
    assert marked.returncode == 0, marked.stderr
    after = _script(folder, "translations.py")
    assert after.returncode == 0
    assert page not in after.stdout
    assert "km/priorites/2-davantage-amis-etranger.md: out of date" in after.stdout  # the others stay listed


def test_a_translation_out_of_step_is_an_error(revised, tmp_path):
    folder = tmp_path / "project"
    shutil.copytree(revised[0], folder)
    path = folder / "docs" / "en" / "priorites" / "2-davantage-amis-etranger.md"
    translation = pages.read(path, folder / "docs")
    first, _, rest = translation.body.partition("\n\n")
    path.write_text(pages.render(translation.meta, rest), encoding="utf-8")  # its first paragraph lost
    result = _script(folder, "translations.py")
    assert result.returncode == 2
    assert "en/priorites/2-davantage-amis-etranger.md: paragraphs out of step" in result.stderr
