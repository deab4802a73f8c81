"""Translator's notes: shown after their paragraph, in its language, everywhere the paragraph is; never text."""

from __future__ import annotations

import re

from policy_text import export, pages, project, search_index

from .pages import language_root, page_of

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
        notes = notes_of(lang)
        assert notes, lang  # (the loop checks something)
        for paragraph, text in notes.items():
            html = (language_root(site, lang) / page_of(paragraph)).read_text(encoding="utf-8")
            paragraph_end = html.index("</p>", html.index(f'<p id="{paragraph}">'))
            note = NOTE.search(html, paragraph_end)
            assert note and note.start() == html.index("<div", paragraph_end), (lang, paragraph)
            assert note.group(1) == label and note.group(2) == text, (lang, paragraph)
        pages = {page_of(paragraph) for paragraph in notes}
        shown = sum(len(NOTE.findall((language_root(site, lang) / page).read_text(encoding="utf-8"))) for page in pages)
        assert shown == len(notes), lang  # each once


def test_side_by_side_shows_each_note_in_its_own_cell(site):
    noted = {lang: notes_of(lang) for lang in LABELS}
    for lang in project.language_codes():
        html = (language_root(site, lang) / "texte-parallele.html").read_text(encoding="utf-8")
        for paragraph in set().union(*noted.values()):
            row = re.search(
                rf'<div class="pe-parallel__row" id="{paragraph}">(.*?)</div></div>(?=<div class="pe-parallel__row")',
                html,
                re.S,
            )
            assert row, (lang, paragraph)
            cells = dict(
                re.findall(
                    r'data-lang="(\w+)" data-name="[^"]+" lang="\w+"[^>]*>(.*?)(?=<div class="pe-parallel__cell|$)',
                    row.group(1),
                    re.S,
                )
            )
            for code, label in LABELS.items():
                note = NOTE.search(cells[code])
                assert (note.group(1) if note else None) == (label if paragraph in noted[code] else None), (lang, code)
            assert not NOTE.search(cells["fr"]), lang


def test_full_text_shows_the_note(site):
    for lang, label in LABELS.items():
        html = (language_root(site, lang) / "texte-integral.html").read_text(encoding="utf-8")
        assert [m.group(1) for m in NOTE.finditer(html)] == [label] * len(notes_of(lang)), lang


def test_a_note_is_not_a_paragraph_nor_searched(site):
    for lang in LABELS:
        document = export.policy_document(lang)
        paragraphs = {
            p["id"]: p
            for q in [{"paragraphs": document["introduction"]}, *document["priorities"]]
            for p in q["paragraphs"]
        }
        documents = search_index.read_language_index(site, lang)[search_index.LANGUAGE_INDEX_GLOBAL]
        for paragraph, note in notes_of(lang).items():
            assert paragraphs[paragraph]["note"] == note and note not in paragraphs[paragraph]["text"]
            assert not [d["location"] for d in documents if note[:30] in d["text"]], lang
