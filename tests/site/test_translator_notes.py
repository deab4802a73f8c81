"""Translator's notes: shown after their paragraph, in its language, everywhere the paragraph is; never text."""

from __future__ import annotations

import re

from policy_text import export, pages, project, search_index

from .pages import language_root

NOTE = re.compile(r'<div class="pe-note" role="note"><span class="pe-note__label">([^<]*)</span> ([^<]*)</div>')
LABELS = {"en": "Translator’s note:", "km": "កំណត់សម្គាល់របស់អ្នកបកប្រែ៖"}


def notes_of(lang: str) -> dict[str, str]:
    """The notes the translation's page files declare, by paragraph id."""
    found = {}
    for page in pages.language_pages(lang):
        found |= page.meta.get("notes", {})
    return found


def test_priority_4_paragraph_1_carries_a_note_in_english_and_khmer():
    for lang in LABELS:
        assert set(notes_of(lang)) == {"p4-1"}, lang
    assert notes_of("fr") == {}


def test_the_note_follows_its_paragraph_on_the_page(site):
    for lang, label in LABELS.items():
        html = next((language_root(site, lang) / "priorites").glob("4-*.html")).read_text(encoding="utf-8")
        paragraph_end = html.index("</p>", html.index('<p id="p4-1">'))
        note = NOTE.search(html)
        assert note and note.start() == html.index("<div", paragraph_end), lang
        assert note.group(1) == label and note.group(2) == notes_of(lang)["p4-1"], lang
        assert len(NOTE.findall(html)) == 1


def test_side_by_side_shows_each_note_in_its_own_cell(site):
    for lang in project.language_codes():
        html = (language_root(site, lang) / "texte-parallele.html").read_text(encoding="utf-8")
        row = re.search(
            r'<div class="pe-parallel__row" id="p4-1">(.*?)</div></div>(?=<div class="pe-parallel__row")', html, re.S
        )
        assert row, lang
        cells = dict(
            re.findall(
                r'data-lang="(\w+)" data-name="[^"]+" lang="\w+"[^>]*>(.*?)(?=<div class="pe-parallel__cell|$)',
                row.group(1),
                re.S,
            )
        )
        assert NOTE.search(cells["en"]).group(1) == LABELS["en"], lang
        assert NOTE.search(cells["km"]).group(1) == LABELS["km"], lang
        assert not NOTE.search(cells["fr"]), lang


def test_full_text_shows_the_note(site):
    for lang, label in LABELS.items():
        html = (language_root(site, lang) / "texte-integral.html").read_text(encoding="utf-8")
        assert [m.group(1) for m in NOTE.finditer(html)] == [label], lang


def test_a_note_is_not_a_paragraph_nor_searched(site):
    for lang in LABELS:
        note = notes_of(lang)["p4-1"]
        document = export.policy_document(lang)
        paragraph = next(p for q in document["priorities"] for p in q["paragraphs"] if p["id"] == "p4-1")
        assert paragraph["note"] == note and note not in paragraph["text"]
        documents = search_index.read_language_index(site, lang)[search_index.LANGUAGE_INDEX_GLOBAL]
        assert not [d["location"] for d in documents if note[:30] in d["text"]], lang
