"""Translations: complete, aligned paragraph by paragraph, consistent with the glossary, stale when French changes."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import PurePosixPath

import pytest
import yaml

from policy_text import interface, pages, project, schema, translations

GLOSSARY = json.loads((project.ROOT / "scripts" / "policy_text" / "glossary.json").read_text(encoding="utf-8"))
SCRIPT = project.ROOT / "scripts" / "translations.py"
FRENCH = pages.language_pages(project.default_language())
TRANSLATED = project.language_codes()[1:]


def test_site_has_french_english_and_khmer():
    assert project.language_codes() == ("fr", "en", "km")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_french_page_has_an_aligned_translation(lang):
    for french in FRENCH:
        path = project.DOCS_DIR / lang / PurePosixPath(*french.rel_path.parts[1:])
        assert path.exists(), f"{path} is missing"
        translation = pages.read(path)
        assert schema.validate(translation.meta, translation.rel_path) == []
        assert translation.meta.get("priority") == french.meta.get("priority")
        assert translation.meta["translation"]["official"] is False
        assert translation.meta["translation"]["from"] == "fr"
        if pages.paragraph_ids(french):  # a page of the text: paragraph for paragraph
            assert len(translation.paragraphs) == len(french.paragraphs), path
        assert translation.meta["title"] != french.meta["title"]


def test_no_translation_is_stale_or_missing():
    assert [str(s) for s in translations.statuses() if s.state != "current"] == []


def aligned_units(lang):
    """(French text, translated text) for each title and paragraph, aligned by position."""
    for french in FRENCH:
        translation = pages.read(project.DOCS_DIR / lang / PurePosixPath(*french.rel_path.parts[1:]))
        yield french.meta["title"], translation.meta["title"]
        if pages.paragraph_ids(
            french
        ):  # pages of the text only (others, such as the accessibility statement, are free)
            yield from zip(french.paragraphs, translation.paragraphs, strict=True)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_glossary_terms_are_translated_consistently(lang):
    used = 0
    problems = []
    for french, translated in aligned_units(lang):
        for entry in GLOSSARY:
            if entry["fr"] in french:
                used += 1
                if entry[lang] not in translated:
                    problems.append(f"{entry['fr']!r} → expected {entry[lang]!r} in: {translated[:80]}…")
    assert problems == []
    assert used >= len(GLOSSARY)  # every term occurs in the French text at least once


def test_english_says_hard_and_soft_infrastructure():
    """Cambodia's official English (and our Khmer, ហេដ្ឋារចនាសម្ព័ន្ធរឹង និងទន់) for « physiques et non physiques »."""
    page = pages.read(next((project.DOCS_DIR / "en" / "priorites").glob("5-*.md")))
    assert "internal reform of hard and soft infrastructure" in page.paragraphs[pages.paragraph_ids(page).index("p5-1")]
    english = {entry["fr"]: entry["en"] for entry in GLOSSARY}
    assert english["infrastructures physiques et non physiques"] == "hard and soft infrastructure"


def test_glossary_names_the_official_names():
    french_terms = {entry["fr"] for entry in GLOSSARY}
    for name in (
        "ASEAN",
        "Nations Unies",
        "RCEP",
        "Union économique eurasienne",
        "Mékong",
        "Institut national de Diplomatie et de Relations internationales",
    ):
        assert any(name in term for term in french_terms), name


@pytest.fixture
def docs(tmp_path):
    shutil.copytree(project.DOCS_DIR, tmp_path / "docs")
    return tmp_path / "docs"


def run(docs, *args):
    return subprocess.run([sys.executable, str(SCRIPT), *args, "--docs-dir", str(docs)], capture_output=True, text=True)


def test_editing_french_flags_its_translations_until_marked_current(docs):
    assert run(docs, "--check").returncode == 0
    french = next((docs / "fr" / "priorites").glob("2-*.md"))
    french.write_text(french.read_text(encoding="utf-8").replace("vieux amis", "anciens amis"), encoding="utf-8")
    result = run(docs, "--check")
    assert result.returncode == 1
    assert f"en/priorites/{french.name}: out of date" in result.stdout
    assert f"km/priorites/{french.name}: out of date" in result.stdout
    total = len(translations.statuses(docs)) + len(translations.strings_statuses())  # strings.yml: one per language
    assert f"{total - 2} of {total} translations current" in result.stdout
    assert run(docs).returncode == 0  # listing alone does not fail
    marked = run(docs, "--mark-current", f"en/priorites/{french.name}", f"km/priorites/{french.name}")
    assert marked.returncode == 0, marked.stdout + marked.stderr
    assert run(docs, "--check").returncode == 0


def test_missing_translation_is_listed(docs):
    (docs / "km" / "index.md").unlink()
    result = run(docs, "--check")
    assert result.returncode == 1
    assert "km/index.md: missing (a translation of fr/index.md is expected)" in result.stdout


def _drop_last_paragraph(page):
    text = page.read_text(encoding="utf-8").rstrip("\n")
    page.write_text(text[: text.rindex("\n\n")] + "\n", encoding="utf-8")


def test_a_translation_out_of_step_is_named_with_its_paragraphs(docs):
    english = next((docs / "en" / "priorites").glob("1-*.md"))
    count = len(pages.read(english, docs).paragraphs)
    _drop_last_paragraph(english)
    result = run(docs)
    assert result.returncode == 2  # an error, unlike a translation to revise: the build refuses it
    assert (
        f"en/priorites/{english.name}: paragraphs out of step with fr/priorites/{english.name}: lacks p1-{count} "
        f"(expected {count} paragraphs, p1-1 to p1-{count}," in result.stderr
    )
    refused = run(docs, "--mark-current", f"en/priorites/{english.name}")
    assert refused.returncode == 2 and "not marked current" in refused.stderr


def test_an_extra_paragraph_is_named_too(docs):
    khmer = docs / "km" / "index.md"
    khmer.write_text(khmer.read_text(encoding="utf-8").rstrip("\n") + "\n\nកថាខណ្ឌបន្ថែម។\n", encoding="utf-8")
    count = len(pages.read(docs / "fr" / "index.md", docs).paragraphs)
    result = run(docs, "--check")
    assert result.returncode == 2
    assert f"km/index.md: paragraphs out of step with fr/index.md: has p0-{count + 1} too" in result.stderr


# Pages outside the text (the accessibility statement) are checked block for block (policy_text.completeness).
INCOMPLETE_KHMER_STATEMENT = project.ROOT / "tests" / "fixtures" / "translations" / "accessibilite.km.incomplete.md"


def test_the_incomplete_khmer_accessibility_statement_is_refused(docs):
    """The statement the second review found a third short (issue 24), its recorded hash the French page's: it
    was called current while only the text's pages were checked for completeness."""
    khmer = docs / "km" / "accessibilite.md"
    old = INCOMPLETE_KHMER_STATEMENT.read_text(encoding="utf-8")
    recorded = pages.read(khmer, docs).meta["translation"]["source_hash"]
    khmer.write_text(old.replace(old.split("source_hash: ")[1].split("\n")[0], recorded), encoding="utf-8")
    result = run(docs, "--check")
    assert result.returncode == 2  # out of step: an error, as for the text's pages
    assert (
        "km/accessibilite.md: not aligned with fr/accessibilite.md: blocks out of step from block 12: "
        "French block 12 is p “Ces tests ne remplacent pas" in result.stderr
    )
    refused = run(docs, "--mark-current", "km/accessibilite.md")
    assert refused.returncode == 2 and "not marked current" in refused.stderr


def test_a_sentence_left_out_makes_the_page_incomplete(docs):
    english = docs / "en" / "accessibilite.md"
    dropped = " The text stays readable and every page can be reached through the “Previous” and “Next” links."
    text = english.read_text(encoding="utf-8")
    assert dropped in text
    english.write_text(text.replace(dropped, ""), encoding="utf-8")
    result = run(docs, "--check")
    assert result.returncode == 1
    assert (
        "en/accessibilite.md: incomplete; a sentence missing: block 14 (li) has 1 sentence where the French has 2: "
        "“**Sans JavaScript**, le menu" in result.stdout
    )
    refused = run(docs, "--mark-current", "en/accessibilite.md")
    assert refused.returncode == 2 and "not marked current" in refused.stderr


def test_a_list_item_of_the_french_statement_changing_makes_its_translations_stale(docs):
    """Its content hash covers every block, lists included (a page of the text has no list)."""
    french = docs / "fr" / "accessibilite.md"
    french.write_text(french.read_text(encoding="utf-8").replace("(N, P, S, F, /)", "(N, P, S, F, ., /)"), "utf-8")
    result = run(docs, "--check")
    assert "en/accessibilite.md: out of date" in result.stdout and "km/accessibilite.md: out of date" in result.stdout


# The interface strings (strings.yml), the home page's and the editions pages' prose among them.


def strings_copy():
    return copy.deepcopy(interface.strings())


def test_no_interface_string_is_stale_or_out_of_step():
    assert [str(status) for status in translations.strings_statuses() if status.state != "current"] == []


def test_a_french_string_changing_flags_its_translations_until_marked_current(tmp_path):
    sources = tmp_path / "strings.sources.yml"
    shutil.copy(translations.STRINGS_SOURCES, sources)
    strings = strings_copy()
    strings["fr"]["editions.intro"] = strings["fr"]["editions.intro"].replace("révise", "révise parfois")
    states = [(s.name, s.state, s.changed) for s in translations.strings_statuses(strings, sources)]
    assert states == [
        ("strings.yml:en", "stale", ("editions.intro",)),
        ("strings.yml:km", "stale", ("editions.intro",)),
    ]
    assert str(translations.strings_status("km", strings, sources)) == (
        "strings.yml:km: out of date, the French changed since they were translated: editions.intro"
    )
    assert translations.mark_strings_current("km", strings, sources).state == "current"
    assert translations.strings_status("en", strings, sources).state == "stale"  # each language on its own


def test_a_string_missing_a_sentence_or_a_placeholder_is_reported_and_refused(tmp_path):
    sources = tmp_path / "strings.sources.yml"
    shutil.copy(translations.STRINGS_SOURCES, sources)
    strings = strings_copy()
    about = strings["km"]["home.about.text"]
    strings["km"]["home.about.text"] = about[: about.index("។") + 1]  # its first sentence only
    status = translations.strings_status("km", strings, sources)
    assert status.state == "stale"
    assert status.gaps == ("home.about.text: 1 sentence where the French has 2",)
    with pytest.raises(translations.MisalignedError, match="not marked current: strings.yml:km: incomplete"):
        translations.mark_strings_current("km", strings, sources)
    strings["km"]["home.about.text"] = about.replace("{publisher}", "ក្រសួង")
    status = translations.strings_status("km", strings, sources)
    assert (status.state, status.placeholders) == ("misaligned", ("home.about.text",))
    del strings["en"]["edition.all"]
    assert str(translations.strings_status("en", strings, sources)) == "strings.yml:en: lacks edition.all"


def test_every_translated_string_records_the_french_it_translates():
    recorded = yaml.safe_load(translations.STRINGS_SOURCES.read_text(encoding="utf-8"))
    translated = [key for key in interface.strings()["fr"] if key not in interface.TYPOGRAPHY]
    assert list(recorded) == list(TRANSLATED)
    for lang in TRANSLATED:
        assert list(recorded[lang]) == translated
