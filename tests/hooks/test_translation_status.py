"""Built translated pages say when they are out of date, and a missing one shows French marked as French."""

from __future__ import annotations

import re

STALE = "This translation may be out of date"
STALE_KM = "ការបកប្រែនេះប្រហែលជាមិនទាន់សម័យ"


def priority_file(site_sources, lang, number):
    return next((site_sources / "docs" / lang / "priorites").glob(f"{number}-*.md"))


def test_changed_french_page_marks_its_translations_stale(build_site, site_sources, tmp_path):
    french = priority_file(site_sources, "fr", 2)
    french.write_text(french.read_text(encoding="utf-8").replace("vieux amis", "anciens amis"), encoding="utf-8")
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert STALE in (out / "en" / "priorites" / french.with_suffix(".html").name).read_text(encoding="utf-8")
    assert STALE_KM in (out / "km" / "priorites" / french.with_suffix(".html").name).read_text(encoding="utf-8")
    other = priority_file(site_sources, "en", 3).with_suffix(".html").name
    assert STALE not in (out / "en" / "priorites" / other).read_text(encoding="utf-8")
    for composed in ("texte-integral.html", "texte-parallele.html"):  # made of the stale page, among others
        assert STALE in (out / "en" / composed).read_text(encoding="utf-8")


def test_stale_notice_clears_when_the_hash_is_recorded(build_site, site_sources, tmp_path):
    from pathlib import PurePosixPath

    from policy_text import translations

    french = priority_file(site_sources, "fr", 2)
    french.write_text(french.read_text(encoding="utf-8").replace("vieux amis", "anciens amis"), encoding="utf-8")
    translations.mark_current(PurePosixPath("en", "priorites", french.name), site_sources / "docs")
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "en" / "priorites" / french.with_suffix(".html").name).read_text(encoding="utf-8")
    assert STALE not in html and "Unofficial translation." in html


def test_missing_translation_falls_back_to_french_marked_as_french(build_site, site_sources, tmp_path):
    khmer = priority_file(site_sources, "km", 3)
    khmer.unlink()
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "km" / "priorites" / khmer.with_suffix(".html").name).read_text(encoding="utf-8")
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
