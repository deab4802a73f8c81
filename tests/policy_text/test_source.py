"""The parser accepts the official text and its harmless variants, and rejects malformed ones by line."""

from __future__ import annotations

import pytest

from policy_text import editions, source

OFFICIAL = editions.current().source.read_bytes()


def test_official_text_structure():
    policy = source.parse(OFFICIAL)
    assert policy.title.text == "Politique étrangère du Cambodge"
    assert len(policy.introduction) == 1
    assert [p.number for p in policy.priorities] == [1, 2, 3, 4, 5]
    assert [len(p.paragraphs) for p in policy.priorities] == [3, 2, 2, 3, 3]
    assert policy.priorities[3].statement.text == "4. Continuer d’appuyer et de renforcer le multilatéralisme."
    assert policy.priorities[3].paragraphs[0].text.startswith("Dans la gouvernance des affaires mondiales")


def test_blocks_cover_every_non_blank_line_once_in_order():
    lines = [line for line in OFFICIAL.decode().split("\n") if line.strip()]
    assert [b.text for b in source.parse(OFFICIAL).blocks()] == lines


@pytest.mark.parametrize(
    "variant",
    [
        b"\xef\xbb\xbf" + OFFICIAL,  # UTF-8 byte order mark
        OFFICIAL.replace(b"\n", b"\r\n"),  # Windows line ends
        OFFICIAL.replace(b"\n", b"   \n") + b"  \t",  # trailing spaces
        b"\n\n" + OFFICIAL + b"\n\n\n",  # surrounding blank lines
    ],
    ids=["bom", "crlf", "trailing-spaces", "blank-lines"],
)
def test_harmless_variants_parse_identically(variant):
    assert [b.text for b in source.parse(variant).blocks()] == [b.text for b in source.parse(OFFICIAL).blocks()]


def _replace(old: str, new: str) -> bytes:
    assert old.encode() in OFFICIAL
    return OFFICIAL.replace(old.encode(), new.encode(), 1)


def _line_of(text: str) -> int:
    lines = OFFICIAL.decode().split("\n")
    return lines.index(next(line for line in lines if line.startswith(text))) + 1


BAD = {
    "empty": (b"", None, "the file is empty"),
    "blank-only": (b"\n \n\t\n", None, "the file is empty"),
    "missing-title": (OFFICIAL.split(b"\n", 2)[2], 1, "expected the document title"),
    "missing-priority": (
        _replace("3. Promouvoir", "4. Promouvoir")
        .replace(b"\n4. Continuer", b"\n5. Continuer", 1)
        .replace(b"\n5. Am", b"\n6. Am", 1),
        _line_of("3. Promouvoir"),
        "priority 3 is missing",
    ),
    "duplicated-priority": (
        _replace("3. Promouvoir", "2. Promouvoir"),
        _line_of("3. Promouvoir"),
        "priority 2 appears twice (first at line 13)",
    ),
    "out-of-order": (
        _replace("2. Se faire", "9. Se faire"),
        _line_of("2. Se faire"),
        "priority 2 is missing or out of order",
    ),
    "no-priority": (OFFICIAL[: OFFICIAL.index(b"\n1. ")], None, "expected numbered priorities"),
    "priority-without-paragraph": (
        OFFICIAL[: OFFICIAL.index(b"\nLa promotion de la r")],
        _line_of("5. Am"),
        "priority 5 has no paragraph",
    ),
    "no-introduction": (OFFICIAL.replace(OFFICIAL.split(b"\n")[2] + b"\n", b""), 4, "expected an introduction"),
    "not-utf8": (OFFICIAL.replace("é".encode(), b"\xe9", 1), 1, "not valid UTF-8"),
    "latin1": (OFFICIAL.decode().encode("latin-1", "replace"), 1, "not valid UTF-8"),
}


@pytest.mark.parametrize("name", BAD)
def test_malformed_source_names_the_line(name):
    data, line, message = BAD[name]
    with pytest.raises(source.SourceError) as caught:
        source.parse(data, "policy.txt")
    assert message in caught.value.message
    if line is not None:
        assert caught.value.line == line, str(caught.value)
    assert str(caught.value).startswith("policy.txt")


def test_the_number_of_priorities_is_the_texts():
    """Four priorities or six: the text decides, nothing in the code assumes five."""
    fewer = source.parse(OFFICIAL[: OFFICIAL.index(b"\n5. Am")])
    assert [p.number for p in fewer.priorities] == [1, 2, 3, 4]
    more = source.parse(OFFICIAL + b"\n\n6. Une sixi\xc3\xa8me priorit\xc3\xa9.\n\nSon premier paragraphe.\n")
    assert [p.number for p in more.priorities] == [1, 2, 3, 4, 5, 6]
    assert more.priorities[-1].paragraphs[0].text == "Son premier paragraphe."
