"""Built translated pages say when they are out of date, and a missing one shows French marked as French.

One build of a copy of the sources as of the first edition (conftest.copy_first_edition) with three independent
edits, each read by its own test (English priority 3 marked current first: the state they start from):
French priority 2 changed (its translations go stale); French priority 4 changed and its English
translation marked current (English is current again, Khmer stays stale); the Khmer priority 3
deleted (French shown instead).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import pytest

from policy_text import project, translations

from .conftest import copy_first_edition

STALE = "This translation may be out of date"
STALE_KM = "ការបកប្រែនេះប្រហែលជាមិនទាន់សម័យ"
CURRENT = "Unofficial translation."


def priority_file(sources, lang, number):
    return next((sources / "docs" / lang / "priorites").glob(f"{number}-*.md"))


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path}: {old!r} not found"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def edited(build_site, tmp_path_factory):
    """(sources, built site) after the three edits."""
    sources = copy_first_edition(tmp_path_factory.mktemp("sources"))
    unchanged = PurePosixPath("en", "priorites", priority_file(sources, "en", 3).name)
    translations.mark_current(unchanged, sources / "docs")  # current, whatever it was when the edition was frozen
    replace_in(priority_file(sources, "fr", 2), "vieux amis", "anciens amis")
    french = priority_file(sources, "fr", 4)
    replace_in(french, "salue et soutient", "salue et appuie")
    translations.mark_current(PurePosixPath("en", "priorites", french.name), sources / "docs")
    priority_file(sources, "km", 3).unlink()
    out = tmp_path_factory.mktemp("out")
    result = build_site(sources, out)
    assert result.returncode == 0, result.stderr
    return sources, out


def built(out, lang, number, sources):
    name = priority_file(sources, "fr", number).with_suffix(".html").name
    return (out / project.language_prefix(lang) / "priorites" / name).read_text(encoding="utf-8")


def test_changed_french_page_marks_its_translations_stale(edited):
    sources, out = edited
    assert STALE in built(out, "en", 2, sources)
    assert STALE_KM in built(out, "km", 2, sources)
    unchanged = built(out, "en", 3, sources)
    assert STALE not in unchanged and CURRENT in unchanged
    for composed in ("texte-integral.html", "texte-parallele.html"):  # made of the stale page, among others
        assert STALE in (out / "en" / composed).read_text(encoding="utf-8")


def test_stale_notice_clears_when_the_hash_is_recorded(edited):
    sources, out = edited
    english = built(out, "en", 4, sources)
    assert STALE not in english and CURRENT in english
    assert STALE_KM in built(out, "km", 4, sources)  # the same change, not recorded for Khmer


def test_missing_translation_falls_back_to_french_marked_as_french(edited):
    sources, out = edited
    html = built(out, "km", 3, sources)
    assert '<html lang="km"' in html  # the interface stays Khmer
    assert "ទំព័រនេះមិនទាន់បានបកប្រែជាភាសាខ្មែរនៅឡើយទេ" in html  # the notice, in Khmer
    assert re.search(r'<h1 id="titre" lang="fr">Diplomatie économique</h1>', html)
    assert re.search(
        r'<p class="pe-statement" id="p3-0" lang="fr"><a class="pe-cite" href="#p3-0">§ ៣</a> 3\. Promouvoir', html
    )
    # the § labels belong to the Khmer page (Khmer digits), the text stays French
    body = re.search(r'<div lang="fr">\s*<p id="p3-1"><a class="pe-cite" href="#p3-1">§ ៣.១</a> Pour contribuer', html)
    assert body, "the French paragraphs are wrapped in an element marked lang=fr"


def test_a_translation_out_of_step_fails_the_build(build_site, site_sources, tmp_path):
    """Deleting a paragraph of a translation: the build says which file and which paragraph."""
    english = priority_file(site_sources, "en", 1)
    text = english.read_text(encoding="utf-8").rstrip("\n")
    english.write_text(text[: text.rindex("\n\n")] + "\n", encoding="utf-8")
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode != 0
    assert f"en/priorites/{english.name}: paragraphs out of step with fr/priorites/{english.name}: lacks p1-" in (
        result.stderr
    )
    assert not (tmp_path / "out" / "index.html").exists()
