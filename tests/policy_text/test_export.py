"""policy.json: valid against its schema, and the French export is the official text itself."""

from __future__ import annotations

import jsonschema
import pytest

from policy_text import editions, export, identity, markdown_text, project, source

POLICY = source.read(editions.current().source)
IDENTITY = identity.current()


@pytest.mark.parametrize("lang", project.language_codes())
def test_export_validates_against_its_schema(lang):
    document = export.policy_document(lang)
    jsonschema.validate(document, export.schema())
    assert document["official"] is (lang == "fr")
    assert [p["number"] for p in document["priorities"]] == [priority.number for priority in POLICY.priorities]


def test_the_schema_takes_as_many_priorities_as_the_text_has():
    document = export.policy_document("fr")
    number = len(document["priorities"]) + 1
    key = identity.new_key(IDENTITY.priorities[-1].key, None, [p.key for p in IDENTITY.priorities])
    one_more = document["priorities"][-1] | {
        "number": number,
        "id": identity.paragraph_id(key, 0),
        "paragraphs": [{"id": identity.paragraph_id(key, 1), "text": "Une priorité de plus."}],
    }
    export.validator().validate(document | {"priorities": [*document["priorities"], one_more]})


def test_french_export_is_the_source_text():
    document = export.policy_document("fr")
    assert document["title"] == POLICY.title.text
    assert [p["text"] for p in document["introduction"]] == [b.text for b in POLICY.introduction]
    assert [p["id"] for p in document["introduction"]] == [p.id for p in IDENTITY.priorities[0].paragraphs]
    for exported, priority in zip(document["priorities"], POLICY.priorities, strict=True):
        ids = IDENTITY.priority(priority.number)  # the edition's record of its ids (source/<date>/identity.yml)
        assert ids is not None and ids.statement is not None
        assert exported["statement"] == priority.statement.text
        assert exported["id"] == ids.statement.id
        assert exported["page"] == ids.page.removesuffix(".md") + ".html"
        assert [p["text"] for p in exported["paragraphs"]] == [b.text for b in priority.paragraphs]
        assert [p["id"] for p in exported["paragraphs"]] == [p.id for p in ids.paragraphs]


def test_ids_are_the_same_in_every_language():
    def shape(d):
        return [[p["id"] for p in d["introduction"]]] + [
            [q["id"]] + [p["id"] for p in q["paragraphs"]] for q in d["priorities"]
        ]

    assert (
        shape(export.policy_document("en"))
        == shape(export.policy_document("fr"))
        == shape(export.policy_document("km"))
    )


@pytest.mark.parametrize(
    "text", ["a *b* _c_", "1. not a list", "# x", "- y", "{: #id }", "<b>&amp;</b>", "back\\slash", "(a) [b]"]
)
def test_markdown_escaping_round_trips(text):
    assert markdown_text.unescape(markdown_text.escape(text)) == text
