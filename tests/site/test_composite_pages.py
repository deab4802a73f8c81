"""The full text and side-by-side pages: every paragraph at its usual address, in every language."""

from __future__ import annotations

import re

from policy_text import export, project

from .html_text import article_blocks, normalise
from .pages import ANY_ID, language_root, page_of, priorities, source_paragraphs, text_languages


def addressed(html: str) -> dict[str, str]:
    return {
        attrs["id"]: text
        for tag, attrs, text in article_blocks(html)
        if tag == "p" and re.fullmatch(ANY_ID, attrs.get("id", ""))
    }


def test_full_text_holds_every_paragraph_with_its_id(site):
    for lang in project.language_codes():
        document = export.policy_document(lang)
        expected = {p["id"]: normalise(p["text"]) for p in document["introduction"]}
        for priority in document["priorities"]:
            expected[priority["id"]] = normalise(priority["statement"])
            expected |= {p["id"]: normalise(p["text"]) for p in priority["paragraphs"]}
        html = (language_root(site, lang) / "texte-integral.html").read_text(encoding="utf-8")
        assert addressed(html) == expected, lang
        numbers = range(1, len(document["priorities"]) + 1)
        assert re.findall(r'<h2 id="(priorite-\d+)"', html) == [f"priorite-{n}" for n in numbers]


def test_side_by_side_rows_align_all_languages(site):
    html = (site / "texte-parallele.html").read_text(encoding="utf-8")
    rows = re.findall(rf'<div class="pe-parallel__row" id="({ANY_ID})">', html)
    french = export.policy_document("fr")
    assert len(rows) == len(french["introduction"]) + sum(1 + len(p["paragraphs"]) for p in french["priorities"])
    cells = re.findall(
        r'<div class="pe-parallel__cell[^"]*" data-lang="(\w+)" data-name="[^"]+" lang="(\w+)"( hidden)?>', html
    )
    assert len(cells) == 3 * len(rows)
    assert {(lang, hidden) for lang, _, hidden in cells} == {("fr", ""), ("en", ""), ("km", " hidden")}
    # each cell in its column's language, but what is not translated yet: French, and marked so
    shown_in = {lang: text_languages(lang) for lang in project.language_codes()}
    for row, (lang, text_lang, _) in zip((row for row in rows for _ in range(3)), cells, strict=True):
        assert text_lang == shown_in[lang][row], f"{row}, {lang} column"


def test_composite_pages_are_not_in_search(site):
    """Each paragraph is found on its own page: the index of each language has a paragraph of its text (the first
    shown in that language), never the full text or side by side."""
    for lang in project.language_codes():
        text = (site / "search" / f"index.{lang}.js").read_text(encoding="utf-8")
        shown_in = text_languages(lang)
        paragraph = next(p.id for priority in priorities() for p in priority.paragraphs if shown_in[p.id] == lang)
        assert f'"{project.language_prefix(lang)}{page_of(paragraph)}#{paragraph}"' in text, lang
        assert "texte-integral.html" not in text and "texte-parallele.html" not in text, lang
    assert len(list((site / "search").glob("index.*.js"))) == len(project.language_codes())


def test_french_typography_follows_the_french_text_not_the_page(site):
    """Side by side, French cells get French no-break spaces on every language's page (the French column, and
    what another column shows in French until it is translated); others never."""
    cell = re.compile(
        r'<div class="pe-parallel__cell[^"]*" data-lang="(\w+)" data-name="[^"]+" lang="(\w+)"[^>]*><p>(.*?)</p>', re.S
    )
    semicolons = sum(len(re.findall(r"\S\s?;(?=\s|$)", text)) for _, text in source_paragraphs())
    for lang in project.language_codes():
        html = (language_root(site, lang) / "texte-parallele.html").read_text(encoding="utf-8")
        cells = cell.findall(html)
        column = " ".join(text for code, _, text in cells if code == "fr")
        french = " ".join(text for _, text_lang, text in cells if text_lang == "fr")
        others = " ".join(text for _, text_lang, text in cells if text_lang != "fr")
        # as many narrow no-break spaces before ; in the French column as the official text has semicolons
        assert column.count("\u202f;") == semicolons, lang
        assert not re.search(r"[^\u202f\u00a0];", french), lang
        assert others and not re.search(r"[\u202f\u00a0][;:]", others), lang
