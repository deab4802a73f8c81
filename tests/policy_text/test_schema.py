"""The front matter schema: each kind of mistake is reported with the file, the field and what was expected."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from policy_text import composition, export, schema

from .test_identity import NOT_IDS, PARAGRAPH_IDS, STATEMENT_IDS

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
PATH_EN = "en/priorites/2-amis.md"


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


TRANSLATION = GOOD | {
    "lang": "en",
    "translation": {"official": False, "from": "fr", "source_hash": "sha256:" + "0" * 64},
}
POLICY = {
    "title": "Politique étrangère du Cambodge",
    "language": "fr",
    "official": True,
    "source": dict(schema.SOURCE),
    "introduction": [{"id": "p0-1", "text": "Introduction."}],
    "priorities": [
        {
            "number": 1,
            "id": "p1-0",
            "title": "Un",
            "statement": "1. Un.",
            "page": "priorites/1-un.html",
            "paragraphs": [{"id": "p1-1", "text": "Premier."}],
        }
    ],
}
"""The least policy.json its schema takes."""


@pytest.mark.parametrize("value", STATEMENT_IDS + PARAGRAPH_IDS + NOT_IDS)
def test_the_schemas_take_the_ids_the_rule_takes(value):
    """Each place a schema names an id takes what policy_text.identity takes, and only that."""
    front_matter = TRANSLATION | {"untranslated": [value], "notes": {value: "A note."}}
    fields = [error.field for error in schema.validate(front_matter, PATH_EN)]
    assert fields == ([] if value in PARAGRAPH_IDS else ["notes", "untranslated.0"])
    statement = POLICY | {"priorities": [POLICY["priorities"][0] | {"id": value}]}
    assert export.validator().is_valid(statement) is (value in STATEMENT_IDS)
    introduction = POLICY | {"introduction": [{"id": value, "text": "Introduction."}]}
    assert export.validator().is_valid(introduction) is (value in PARAGRAPH_IDS)


def test_a_wrong_id_is_named_in_words():
    fields = [str(error) for error in schema.validate(TRANSLATION | {"untranslated": ["p1-02"]}, PATH_EN)]
    assert fields == [f"{PATH_EN}: field 'untranslated.0': expected a paragraph's id, like p4-1 or p1-2a, got 'p1-02'"]


def _patterns(node):
    if isinstance(node, dict):
        yield from ([node["pattern"]] if isinstance(node.get("pattern"), str) else [])
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


@pytest.mark.parametrize("path", [schema.SCHEMA_PATH, export.SCHEMA_PATH])
def test_the_schema_files_hold_no_copy_of_the_id_rule(path):
    written = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(written)  # valid on its own, documentation
    ids = STATEMENT_IDS + PARAGRAPH_IDS
    copies = [p for p in _patterns(written) if any(re.search(p, i) for i in ids) and not re.search(p, "not an id")]
    assert copies == []
    loaded = schema.load(path)
    jsonschema.Draft202012Validator.check_schema(loaded)
    assert {name: loaded["$defs"][name]["pattern"] for name in written["$defs"] if name in schema.ID_PATTERNS} == {
        name: schema.json_pattern(rule) for name, rule in schema.ID_PATTERNS.items() if name in written["$defs"]
    }


def test_a_schema_file_that_copies_the_id_rule_is_refused(tmp_path):
    copy = tmp_path / "copy.schema.json"
    copy.write_text(json.dumps({"$defs": {"paragraph-id": {"type": "string", "pattern": "^p.*$"}}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"copy\.schema\.json: \$defs\.paragraph-id: expected no pattern"):
        schema.load(copy)
