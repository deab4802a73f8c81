"""The full text and side-by-side pages: every paragraph at its usual address, in every language."""

from __future__ import annotations

import re

from policy_text import project, export

from .html_text import article_blocks, normalise
from .pages import language_root


def addressed(html: str) -> dict[str, str]:
    return {attrs["id"]: text for tag, attrs, text in article_blocks(html)
            if tag == "p" and re.fullmatch(r"p\d+-\d+", attrs.get("id", ""))}


def test_full_text_holds_every_paragraph_with_its_id(site):
    for lang in project.language_codes():
        document = export.policy_document(lang)
        expected = {p["id"]: normalise(p["text"]) for p in document["introduction"]}
        for priority in document["priorities"]:
            expected[priority["id"]] = normalise(priority["statement"])
            expected |= {p["id"]: normalise(p["text"]) for p in priority["paragraphs"]}
        html = (language_root(site, lang) / "texte-integral.html").read_text(encoding="utf-8")
        assert addressed(html) == expected, lang
        assert re.findall(r'<h2 id="(priorite-\d)"', html) == [f"priorite-{n}" for n in range(1, 6)]


def test_side_by_side_rows_align_all_languages(site):
    html = (site / "texte-parallele.html").read_text(encoding="utf-8")
    rows = re.findall(r'<div class="pe-parallel__row" id="(p\d+-\d+)">', html)
    french = export.policy_document("fr")
    assert len(rows) == len(french["introduction"]) + sum(1 + len(p["paragraphs"]) for p in french["priorities"])
    cells = re.findall(r'<div class="pe-parallel__cell[^"]*" data-lang="(\w+)" lang="(\w+)"( hidden)?>', html)
    assert len(cells) == 3 * len(rows)
    assert {(lang, hidden) for lang, _, hidden in cells} == {("fr", ""), ("en", ""), ("km", " hidden")}
    assert all(lang == text_lang for lang, text_lang, _ in cells)


def test_composite_pages_are_not_in_search(site):
    indexes = sorted((site / "search").glob("index.*.js"))
    assert len(indexes) == len(project.language_codes())
    for index in indexes:
        text = index.read_text(encoding="utf-8")
        assert "priorites/1-independance-souverainete-paix.html#p1-1\"" in text, index
        assert "texte-integral.html" not in text and "texte-parallele.html" not in text, index
