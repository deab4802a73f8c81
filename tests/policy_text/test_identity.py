"""`policy_text.identity`: the id rule, keys that sort between, identity files, and the first edition."""

from __future__ import annotations

import pytest

from policy_text import edition_pages, editions, identity, importer, pages, project, source


def test_the_first_editions_ids_are_todays_positional_ids():
    current = identity.load(editions.all()[0])
    policy = source.read(editions.all()[0].source)
    assert [p.id for p in current.priorities[0].paragraphs] == [
        f"p0-{k}" for k in range(1, len(policy.introduction) + 1)
    ]
    for entry, priority in zip(current.priorities[1:], policy.priorities, strict=True):
        n = priority.number
        assert (entry.key, entry.number) == (str(n), n)
        assert entry.statement == identity.Paragraph(f"p{n}-0", None)
        assert [p.id for p in entry.paragraphs] == [f"p{n}-{k}" for k in range(1, len(priority.paragraphs) + 1)]


@pytest.mark.parametrize("edition", editions.all(), ids=lambda edition: edition.id)
def test_each_editions_pages_are_its_french_pages(edition):
    """The pages an identity file names are that edition's French pages: docs/ for the current edition, its frozen
    pages for an earlier one."""
    found = importer.existing_priority_pages(edition_pages.pages_dir(edition))
    names = [f"priorites/{path.name}" for _, path in sorted(found.items())]
    assert [p.page for p in identity.load(edition).priorities] == ["index.md", *names]


def test_id_at_and_place_are_inverse():
    later = identity.parse(LATER, "later.yml")
    assert later.id_at(1, 2) == "p1-1a" and later.place("p1-1a") == (1, 2)
    assert later.id_at(1, 0) == "p1-0" and later.place("p1-0") == (1, 0)
    assert later.id_at(0, 1) == "p0-1" and later.place("p0-1") == (0, 1)
    assert later.id_at(1, 9) == "p1-9"  # past the page's paragraphs (a translation out of step): positional
    with pytest.raises(KeyError, match="p1-9 is not a paragraph of the edition of 2026-12-15"):
        later.place("p1-9")
    with pytest.raises(KeyError, match="p1-2 is not a paragraph"):  # retired
        later.place("p1-2")


def test_id_at_and_place_are_inverse_in_the_current_edition():
    current = identity.current()
    for priority in current.priorities:
        first = 0 if priority.statement else 1
        for position, entry in enumerate(priority.entries, start=first):
            assert current.id_at(priority.number, position) == entry.id
            assert current.place(entry.id) == (priority.number, position)


def test_pages_give_the_current_editions_ids():
    """The ids of a page's paragraphs are those the current edition's identity file gives its priority."""
    for priority in identity.current().priorities:
        page = pages.read(project.DOCS_DIR / project.default_language() / priority.page)
        assert pages.paragraph_ids(page) == tuple(p.id for p in priority.paragraphs), priority.page
        if priority.statement:
            assert pages.paragraph_id_at(priority.number, 0) == priority.statement.id


STATEMENT_IDS = ("p1-0", "p5-0", "p12-0", "p2a-0", "p2za-0", "p0a-0")
"""A priority's statement: any priority key but the introduction's (`p0a-0`: a priority inserted before the first)."""
PARAGRAPH_IDS = ("p0-1", "p0-12", "p1-2", "p10-10", "p1-2a", "p2-2za", "p2a-1", "p0a-1", "p1-0a", "p0-0a")
"""Paragraphs of the introduction and of priorities, first edition's and inserted later (`p1-0a`: before the first)."""
NOT_IDS = (
    "p0-0",  # the introduction (priority 0) has no statement
    *("p1-02", "p01-1", "p01-0", "p00-1", "p1-00", "p1-00a", "p0-00", "p010a-1"),  # leading zeros: never written
    *("p1-2A", "P1-2", "p1", "p1-", "p-1", "1-2", "p1--2", "p1-2-3", "p1a2-1", "pa-1", "p1-a", "p-0"),
    *("p1-2 ", " p1-2", "p1-2\n", "p\u17e1-\u17e2", "p1-\uff12"),  # spaces, a last newline, Khmer or wide digits
)
"""Neither: what the id rule refuses."""


@pytest.mark.parametrize("value", STATEMENT_IDS + PARAGRAPH_IDS + NOT_IDS)
def test_the_id_rule_names_statements_and_paragraphs(value):
    assert bool(identity.STATEMENT_ID.fullmatch(value)) is (value in STATEMENT_IDS)
    assert bool(identity.PARAGRAPH_ID.fullmatch(value)) is (value in PARAGRAPH_IDS)
    assert bool(identity.ANY_ID.fullmatch(value)) is (value not in NOT_IDS)
    if value in NOT_IDS:
        with pytest.raises(ValueError, match="not a paragraph address"):
            identity.parse_paragraph_id(value)
    else:
        assert identity.paragraph_id(*identity.parse_paragraph_id(value)) == value


@pytest.mark.parametrize(
    ("value", "keys"),
    [
        ("p1-2", ("1", "2")),
        ("p1-2a", ("1", "2a")),
        ("p2a-1", ("2a", "1")),
        ("p1-0a", ("1", "0a")),
        ("p3-0", ("3", "0")),
    ],
)
def test_parse_paragraph_id(value, keys):
    assert identity.parse_paragraph_id(value) == keys
    assert identity.paragraph_id(*keys) == value


def test_every_id_published_or_computed_follows_the_rule():
    from tests.policy_text.test_new_edition import EXPECTED_IDENTITY

    for found in (*identity.history(), identity.parse(EXPECTED_IDENTITY, "expected")):
        for priority in found.priorities:
            assert identity.KEY.fullmatch(priority.key)
            assert priority.statement is None or identity.STATEMENT_ID.fullmatch(priority.statement.id)
            assert all(identity.PARAGRAPH_ID.fullmatch(paragraph.id) for paragraph in priority.paragraphs)


def test_keys_sort_by_number_then_letters_z_first():
    keys = ["3", "2b", "2", "2a", "10", "2aa", "2za", "0a", "1"]
    assert sorted(keys, key=identity.key_order) == ["0a", "1", "2", "2za", "2a", "2aa", "2b", "3", "10"]


@pytest.mark.parametrize(
    ("before", "after", "used", "base", "expected"),
    [
        ("2", "3", {"1", "2", "3"}, None, "2a"),  # inserted after 2
        ("2a", "3", {"1", "2", "2a", "3"}, "2", "2b"),  # a second one in the same run
        ("2", "3", {"1", "2", "2a", "3"}, None, "2b"),  # 2a retired: never reused
        ("2", "2a", {"2", "2a"}, None, "2za"),  # before an earlier insertion: still between
        ("0", "1", {"0", "1", "2"}, None, "0a"),  # before the first paragraph (0 is the statement)
        ("3", None, {"0", "1", "2", "3"}, None, "4"),  # after the last: the next number
        ("3", None, {"0", "1", "2", "3", "4"}, None, "5"),  # 4 was retired
        ("5", None, {"1", "2", "2a", "3", "4", "5"}, None, "6"),
    ],
)
def test_new_keys_are_unused_and_sort_between(before, after, used, base, expected):
    key = identity.new_key(before, after, used, base)
    assert key == expected
    assert identity.KEY.fullmatch(key)
    assert identity.key_order(before) < identity.key_order(key)
    if after:
        assert identity.key_order(key) < identity.key_order(after)


@pytest.mark.parametrize("edition", editions.all(), ids=lambda edition: edition.id)
def test_a_file_reads_back_as_written(edition):
    found = identity.load(edition)
    assert identity.parse(identity.render(found), "x.yml") == found


LATER = """
edition: "2026-12-15"
previous: "2026-11-27"
priorities:
  - key: "0"
    number: 0
    page: index.md
    paragraphs:
      - p0-1: unchanged
  - key: "1"
    number: 1
    page: priorites/1-un.md
    relation: unchanged
    statement: {p1-0: amended}
    paragraphs:
      - p1-1: unchanged
      - p1-1a: inserted
retired: [p1-2]
retired_priorities: []
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("p1-1a: inserted", "p1-1a: guessed"),
            r"priorities\[1\]: paragraphs\[1\] \(p1-1a\): expected a relation among",
        ),
        (("p1-1a: inserted", "p1-1A: inserted"), r"paragraphs\[1\]: expected a paragraph id like 'p1-2' or 'p1-2a'"),
        (("p1-1a: inserted", "p1-01: inserted"), r"paragraphs\[1\]: expected a paragraph id like 'p1-2' or 'p1-2a'"),
        (("p1-1a: inserted", "p1-1: inserted"), r"p1-1: expected each id once in an edition, found twice"),
        (
            ('key: "1"', 'key: "01"'),
            r"priorities\[1\]: field 'key': expected a number without leading zero then letters",
        ),
        (("number: 1", "number: 2"), r"priorities\[1\]: field 'number': expected 1 \(the ministry's order\)"),
        (("page: priorites/1-un.md", "page: priorites/2-un.md"), r"field 'page': expected priorites/1-<slug>.md"),
        (("{p1-0: amended}", "{p2-0: amended}"), r"field 'statement': expected p1-0 \(the priority's key\)"),
        (("relation: unchanged", "relation: moved"), r"priorities\[1\]: field 'relation': expected one of unchanged"),
        (("retired: [p1-2]", "retired: [p1-1]"), r"field 'retired': p1-1 is retired and published"),
        (
            ("      - p1-1a: inserted", "      - p1-0a: inserted\n      - p1-0: unchanged"),
            r"p1-0: expected a paragraph",
        ),
    ],
)
def test_a_bad_file_names_the_file_the_field_and_what_was_expected(change, message):
    assert identity.parse(LATER, "x.yml").retired == ("p1-2",)
    with pytest.raises(identity.IdentityError, match=rf"^x\.yml: .*{message}"):
        identity.parse(LATER.replace(*change), "x.yml")


def test_an_identity_must_name_every_paragraph_of_its_text():
    policy = source.read(editions.all()[0].source)
    first = identity.load(editions.all()[0])
    short = identity.Identity(
        first.edition,
        None,
        (
            *first.priorities[:-1],
            first.priorities[-1].__class__(
                "5",
                5,
                first.priorities[-1].page,
                None,
                first.priorities[-1].statement,
                first.priorities[-1].paragraphs[:2],
            ),
        ),
    )
    with pytest.raises(identity.IdentityError, match=r"priority 5 \(5\): field 'paragraphs': expected 3 ids"):
        identity.check_against_text(short, policy, "x.yml")


def test_compute_carries_the_first_editions_ids_to_the_invented_edition():
    from policy_text import importer as importer_
    from tests.policy_text.test_new_edition import EXPECTED_IDENTITY, INVENTED

    first = editions.all()[0]
    new = source.read(INVENTED)
    computed = identity.compute(
        identity.load(first),
        source.read(first.source),
        new,
        "2026-12-15",
        identity.load(first).ids(),
        [entry.key for entry in identity.load(first).priorities],
        lambda priority: importer_.page_name(priority, new),
    )
    assert computed == identity.parse(EXPECTED_IDENTITY, "expected")
    assert computed.place("p3-1") == (4, 1)  # the former priority 3's first paragraph, now § 4.1
    assert computed.id_at(1, 3) == "p1-2a"


def test_similarity_is_over_words():
    assert identity.similarity("Le Cambodge, l’ASEAN.", "le cambodge l’asean") == 1.0
    assert identity.similarity("un deux trois quatre", "un deux trois cinq") == 0.75
