"""The full text and side-by-side pages: every paragraph at its usual address, in every language."""

from __future__ import annotations

import re

from policy_text import export, project

from .html_text import article_blocks, normalise
from .pages import ANY_ID, language_root


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
    assert all(lang == text_lang for lang, text_lang, _ in cells)


def test_composite_pages_are_not_in_search(site):
    indexes = sorted((site / "search").glob("index.*.js"))
    assert len(indexes) == len(project.language_codes())
    for index in indexes:
        text = index.read_text(encoding="utf-8")
        assert 'priorites/1-independance-souverainete-paix.html#p1-1"' in text, index
        assert "texte-integral.html" not in text and "texte-parallele.html" not in text, index


def test_french_typography_follows_the_french_text_not_the_page(site):
    """Side by side, French cells get French no-break spaces on every language's page; others never."""
    cell = re.compile(
        r'<div class="pe-parallel__cell[^"]*" data-lang="(\w+)" data-name="[^"]+" lang="\w+"[^>]*><p>(.*?)</p>', re.S
    )
    for lang in project.language_codes():
        html = (language_root(site, lang) / "texte-parallele.html").read_text(encoding="utf-8")
        cells = cell.findall(html)
        french = " ".join(text for code, text in cells if code == "fr")
        others = " ".join(text for code, text in cells if code != "fr")
        assert "\u202f;" in french and not re.search(r"[^\u202f\u00a0];", french), lang
        assert not re.search(r"[\u202f\u00a0][;:]", others), lang
