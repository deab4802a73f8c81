"""The front matter schema: each kind of mistake is reported with the file, the field and what was expected."""

from __future__ import annotations

import pytest

from policy_text import composition, schema

GOOD = {
    "priority": 2,
    "title": "2. Se faire plus d’amis.",
    "nav_title": "Amis",
    "description": "Une phrase.",
    "keywords": ["ASEAN"],
    "lang": "fr",
    "source": dict(schema.SOURCE),
}
PATH = "fr/priorites/2-amis.md"


def messages(meta, path=PATH):
    return [str(error) for error in schema.validate(meta, path)]


def test_valid_page_has_no_error():
    assert messages(GOOD) == []


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"nav_title": None}, "fr/priorites/2-amis.md: field 'nav_title': missing; expected a short editorial title"),
        (
            {"priority": "2"},
            "field 'priority': expected a positive integer: the priority's number in the official text "
            "(priority pages only), got '2'",
        ),
        ({"priority": 7}, "field 'priority': expected the number the file name starts with ('2'), got 7"),
        ({"priority": 0}, "field 'priority': expected a positive integer"),
        ({"colour": "blue"}, "field 'colour': unknown field; expected only: priority, title, nav_title"),
        ({"title": ["a", "b"]}, "field 'title': expected a non-empty string on one line"),
        ({"description": "x" * 301}, "field 'description': expected one sentence of at most 300 characters"),
        ({"keywords": "ASEAN"}, "field 'keywords': expected a list of distinct, non-empty keywords, got 'ASEAN'"),
        (
            {"source": {"title": "t", "publisher": "p", "url": "https://example.org/"}},
            "field 'source.url': expected 'https://www.mfaic.gov.kh/fr/politique-etrangere', got 'https://example.org/'",
        ),
        ({"lang": "en"}, "field 'lang': expected 'fr' (the page's folder), got 'en'"),
        (
            {"translation": {"official": False, "from": "fr", "source_hash": "sha256:" + "0" * 64}},
            "field 'translation': unexpected on a page of the official text",
        ),
    ],
)
def test_each_mistake_is_named(change, expected):
    meta = {key: value for key, value in (GOOD | change).items() if value is not None}
    found = messages(meta)
    assert any(expected in message for message in found), found


def test_priority_must_match_file_name():
    assert any(
        "field 'priority': expected the number the file name starts with ('2'), got 3" in m
        for m in messages(GOOD | {"priority": 3})
    )


def test_home_page_takes_no_priority_and_priority_pages_need_one():
    home = {key: value for key, value in GOOD.items() if key != "priority"}
    assert messages(home, "fr/index.md") == []
    assert any("field 'priority': unexpected" in m for m in messages(GOOD, "fr/index.md"))
    assert any("field 'priority': missing" in m for m in messages(home))


def test_translation_pages_need_translation_metadata():
    meta = GOOD | {"lang": "en"}
    assert any("field 'translation': missing" in m for m in messages(meta, "en/priorites/2-amis.md"))


def test_not_a_mapping():
    assert messages(["a list"]) == [f"{PATH}: front matter: expected a YAML mapping of fields, got ['a list']"]


def test_duplicate_priority_and_slug_across_pages():
    errors = [
        str(e)
        for e in schema.validate_collection(
            {
                "fr/priorites/2-amis.md": GOOD,
                "fr/priorites/3-amis.md": GOOD | {"priority": 2},
            }
        )
    ]
    assert (
        "fr/priorites/3-amis.md: field 'priority': duplicate priority 2, already used by fr/priorites/2-amis.md"
        in errors
    )
    assert (
        "fr/priorites/3-amis.md: field 'slug': duplicate slug 'amis', already used by fr/priorites/2-amis.md" in errors
    )


def test_translator_notes_belong_to_translations_and_to_paragraphs_they_have():
    meta = {**GOOD, "notes": {"p2-1": "A note."}}
    assert [str(e) for e in schema.validate(meta, "fr/priorites/2-amis.md") if e.field == "notes"] == [
        "fr/priorites/2-amis.md: field 'notes': unexpected on a page of the official text (translator's notes only)"
    ]
    assert schema.notes_errors(meta, ["p2-1", "p2-2"], "en/priorites/2-amis.md") == []
    (error,) = schema.notes_errors({"notes": {"p2-9": "A note."}}, ["p2-1", "p2-2"], "en/priorites/2-amis.md")
    assert str(error) == (
        "en/priorites/2-amis.md: field 'notes.p2-9': expected the id of one of this page's paragraphs (p2-1 to p2-2)"
    )
    bad_id = [str(e) for e in schema.validate({**GOOD, "notes": {"x": "A note."}}, "en/priorites/2-amis.md")]
    assert any("field 'notes'" in message for message in bad_id), bad_id


def test_the_schema_allows_exactly_the_layouts_the_build_composes():
    assert schema.schema()["properties"]["layout"]["enum"] == list(composition.LAYOUTS)
