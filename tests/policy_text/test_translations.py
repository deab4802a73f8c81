"""Translations: aligned paragraph by paragraph with their French page, and stale when French changes.

A translation out of date or incomplete is no error (publishing never waits for translations; the glossary and
other checks of today's wording are in tests/wording/); a translation out of step with its French page is.
The tests of the stale and mark-current mechanism set up the state they rely on in a copy of docs/.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import PurePosixPath

import pytest
import yaml

from policy_text import editions, interface, pages, project, schema, source, translations

GLOSSARY = json.loads((project.ROOT / "scripts" / "policy_text" / "glossary.json").read_text(encoding="utf-8"))
SCRIPT = project.ROOT / "scripts" / "translations.py"
FRENCH = pages.language_pages(project.default_language())
TRANSLATED = project.language_codes()[1:]
TRANSLATIONS = [
    (lang, french)
    for french in FRENCH
    for lang in TRANSLATED
    if (project.DOCS_DIR / pages.in_language(french.rel_path, lang)).exists()
]
"""Every translation there is: a missing one (a priority new to the text) is shown in French, and is no error."""


def test_site_has_french_english_and_khmer():
    assert project.language_codes() == ("fr", "en", "km")


@pytest.mark.parametrize(
    ("lang", "french"), TRANSLATIONS, ids=[str(pages.in_language(f.rel_path, lang)) for lang, f in TRANSLATIONS]
)
def test_every_translation_is_aligned_with_its_french_page(lang, french):
    path = project.DOCS_DIR / pages.in_language(french.rel_path, lang)
    translation = pages.read(path)
    assert schema.validate(translation.meta, translation.rel_path) == []
    assert translation.meta.get("priority") == french.meta.get("priority")
    assert translation.meta["translation"]["official"] is False
    assert translation.meta["translation"]["from"] == "fr"
    if pages.paragraph_ids(french):  # a page of the text: paragraph for paragraph
        assert len(translation.paragraphs) == len(french.paragraphs), path
    assert translation.meta["title"] != french.meta["title"]


def test_no_translation_is_out_of_step():
    """The one state of a translation that is an error (the build refuses it): stale, incomplete or missing ones
    are listed for translators, and the site shows them with a notice."""
    found = translations.statuses()
    assert len(found) == len(FRENCH) * len(TRANSLATED)  # every translation of every French page was judged
    assert [str(s) for s in found if s.state == "misaligned"] == []


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


def test_every_glossary_term_is_in_the_text_of_an_edition():
    """No term is there for nothing: each names something an edition's French text says (an archived edition's
    too, whose pages keep their translations)."""
    texts = [" ".join(block.text for block in source.read(edition.source).blocks()) for edition in editions.all()]
    assert [entry["fr"] for entry in GLOSSARY if not any(entry["fr"] in text for text in texts)] == []


@pytest.fixture
def docs(tmp_path):
    shutil.copytree(project.DOCS_DIR, tmp_path / "docs")
    return tmp_path / "docs"


def run(docs, *args):
    return subprocess.run([sys.executable, str(SCRIPT), *args, "--docs-dir", str(docs)], capture_output=True, text=True)


def revisable_page(docs) -> PurePosixPath:
    """A French page of the text every translation of which can be marked current (present, aligned, with no
    paragraph left in French), whatever the edition: the page the stale-and-current tests edit."""
    by_page: dict[PurePosixPath, list[translations.Status]] = {}
    for status in translations.statuses(docs):
        by_page.setdefault(status.reference, []).append(status)
    return next(
        reference
        for reference, found in by_page.items()
        if pages.paragraph_ids(pages.read(docs / reference, docs))
        and all(s.state in ("current", "stale") and not s.untranslated for s in found)
    )


def current_count(output: str) -> tuple[int, int]:
    found = re.search(r"^(\d+) of (\d+) translations current\.$", output, re.M)
    assert found, output
    return int(found.group(1)), int(found.group(2))


def test_editing_french_flags_its_translations_until_marked_current(docs):
    reference = revisable_page(docs)
    translated = [pages.in_language(reference, lang) for lang in TRANSLATED]
    for rel_path in translated:  # the state the test starts from: this page's translations current
        assert translations.mark_current(rel_path, docs).state == "current"
    every = [*translations.statuses(docs), *translations.strings_statuses()]  # strings.yml: one per language
    before = Counter(s.state for s in every)["current"]
    french = docs / reference
    first = pages.read(french, docs).paragraphs[0]
    french.write_text(french.read_text(encoding="utf-8").replace(first, first + " (modifié)", 1), encoding="utf-8")

    listed = run(docs)
    assert listed.returncode == 0  # listing alone does not fail
    for rel_path in translated:
        assert f"{rel_path}: out of date; {reference} changed since it was translated" in listed.stdout
    assert current_count(listed.stdout) == (before - len(translated), len(every))
    assert run(docs, "--check").returncode == 1  # there is something to revise

    marked = run(docs, "--mark-current", *map(str, translated))
    assert marked.returncode == 0, marked.stdout + marked.stderr
    assert current_count(marked.stdout)[0] == before
    for rel_path in translated:
        assert f"{rel_path}: current" in marked.stdout and f"{rel_path}: out of date" not in marked.stdout


def test_missing_translation_is_listed(docs):
    (docs / "km" / "index.md").unlink()
    result = run(docs, "--check")
    assert result.returncode == 1
    assert "km/index.md: missing (a translation of fr/index.md is expected)" in result.stdout


def _drop_last_paragraph(page):
    text = page.read_text(encoding="utf-8").rstrip("\n")
    page.write_text(text[: text.rindex("\n\n")] + "\n", encoding="utf-8")


def test_a_translation_out_of_step_is_named_with_its_paragraphs(docs):
    english = next(
        path for path in sorted((docs / "en" / "priorites").glob("*.md")) if len(pages.read(path, docs).paragraphs) >= 2
    )
    ids = pages.paragraph_ids(pages.read(docs / "fr" / "priorites" / english.name, docs))
    _drop_last_paragraph(english)
    result = run(docs)
    assert result.returncode == 2  # an error, unlike a translation to revise: the build refuses it
    assert (
        f"en/priorites/{english.name}: paragraphs out of step with fr/priorites/{english.name}: lacks {ids[-1]} "
        f"(expected {len(ids)} paragraphs, {ids[0]} to {ids[-1]}," in result.stderr
    )
    refused = run(docs, "--mark-current", f"en/priorites/{english.name}")
    assert refused.returncode == 2 and "not marked current" in refused.stderr


def test_an_extra_paragraph_is_named_too(docs):
    khmer = docs / "km" / "index.md"
    khmer.write_text(khmer.read_text(encoding="utf-8").rstrip("\n") + "\n\nកថាខណ្ឌបន្ថែម។\n", encoding="utf-8")
    count = len(pages.read(docs / "fr" / "index.md", docs).paragraphs)
    result = run(docs, "--check")
    assert result.returncode == 2
    extra = pages.paragraph_id_at(0, count + 1)  # past the introduction's paragraphs
    assert f"km/index.md: paragraphs out of step with fr/index.md: has {extra} too" in result.stderr


# Pages outside the text (the accessibility statement) are checked block for block (policy_text.completeness).
INCOMPLETE_KHMER_STATEMENT = project.ROOT / "tests" / "fixtures" / "translations" / "accessibilite.km.incomplete.md"
REVIEWED_FRENCH_STATEMENT = INCOMPLETE_KHMER_STATEMENT.with_name("accessibilite.fr.reviewed.md")


def test_the_incomplete_khmer_accessibility_statement_is_refused(docs):
    """The statement the second review found a third short (issue 24), its recorded hash the French page's: it
    was called current while only the text's pages were checked for completeness."""
    khmer = docs / "km" / "accessibilite.md"
    old = INCOMPLETE_KHMER_STATEMENT.read_text(encoding="utf-8")
    shutil.copy(REVIEWED_FRENCH_STATEMENT, docs / "fr" / "accessibilite.md")  # the French the review compared it with
    recorded = pages.content_hash(pages.read(docs / "fr" / "accessibilite.md", docs))
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
    said = (
        r"en/accessibilite\.md: incomplete; a sentence missing: block \d+ \(li\) has 1 sentence where the French has 2"
    )
    listed = re.search(said + r": “(.*)", result.stdout)
    assert listed and listed[1].startswith("**Sans JavaScript**, le menu")
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


def test_no_interface_string_is_out_of_step():
    """Missing, extra, or with other placeholders than the French: the build refuses them (a stale one is listed)."""
    assert [str(status) for status in translations.strings_statuses() if status.state == "misaligned"] == []


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
