"""Paragraph identity: the permanent name (`p1-2`) of each paragraph, carried from edition to edition.

A paragraph id, once published, never designates different text. The first edition's ids are
positional (`p1-2`: priority 1, paragraph 2; `p1-0` its statement; `p0-K` the introduction);
each later edition's are carried from the previous one by `compute` (a similarity match) and
stored, for an editor to review and correct, in `source/<edition>/identity.yml`. An inserted
paragraph or priority gets a new key that sorts between its neighbours (`p1-2a` after `p1-2`,
priority `2a` between 2 and 3) and was never published; removed ids are retired for good. The
id rule is here, once; `pages` re-exports it. Why and how: ARCHITECTURE.md, "Editions".
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import editions, numerals, project, source

_NUMBER = "0|[1-9][0-9]*"
KEY = re.compile(rf"({_NUMBER})([a-z]*)")
"""A priority's or paragraph's key: a number (ASCII digits, no leading zero: as `new_key` and the first edition
write it), then letters for what was inserted later (`2a`). Priority 0 is the introduction; paragraph 0, the
statement."""
_KEY = rf"(?:{_NUMBER})[a-z]*"
_NOT_ZERO = r"(?:[1-9][0-9]*[a-z]*|0[a-z]+)"
"""A key but `0`: a priority's other than the introduction's, a paragraph's other than the statement's (`0a`
is a paragraph inserted before the first, or a priority inserted before the first)."""
STATEMENT_ID = re.compile(rf"p({_NOT_ZERO})-(0)")
"""A priority's numbered statement: `p1-0`, `p2a-0` (never `p0-0`: the introduction has no statement). Group 1 is
the priority's key, group 2 the paragraph's."""
PARAGRAPH_ID = re.compile(rf"p({_KEY})-({_NOT_ZERO})")
"""A paragraph of the introduction (`p0-1`) or of a priority (`p1-2`, `p1-2a`, `p2a-1`; `p1-0a`: inserted before
the first). Group 1 is the priority's key, group 2 the paragraph's."""
ANY_ID = re.compile(rf"(?:p{_NOT_ZERO}-0|p{_KEY}-{_NOT_ZERO})")
"""A statement's id or a paragraph's: what paragraph_id() writes and a page's `<p id>` holds. Without groups, to
be part of a larger pattern."""

PRIORITY_THRESHOLD = 0.5
"""Least similarity for a priority of the new text to be one of the previous edition's (its statement and
paragraphs as one sequence of words). Distinct priorities of the first edition score at most 0.17."""
PARAGRAPH_THRESHOLD = 0.6
"""Least similarity for a paragraph to be the amended wording of a previous one. Distinct paragraphs of the
first edition score at most 0.27; a word changed in a paragraph of 40 words, about 0.97."""

PRIORITY_RELATIONS = ("unchanged", "renumbered", "inserted")
"""A priority to the previous edition: the same number; another number (its statement may have changed); new."""
PARAGRAPH_RELATIONS = ("unchanged", "amended", "moved", "moved-amended", "inserted")
"""A paragraph to the previous edition: the same text in the same priority and order; its wording changed;
in another priority or out of its former order; both; new (its id never published before)."""
AMENDED_RELATIONS = ("amended", "moved-amended")
"""A paragraph the new edition reworded: matched to its earlier self by similarity, not by the same words."""
STATEMENT_RELATIONS = ("unchanged", "amended", "inserted")


def paragraph_id(priority: int | str, paragraph: int | str) -> str:
    """The address of a paragraph: `p1-2` is priority 1, paragraph 2 of the first edition; 0 is the statement,
    priority 0 the introduction. Keys inserted later carry letters (`p1-2a`, `p2a-1`). What it writes from keys
    (KEY) is a STATEMENT_ID or a PARAGRAPH_ID."""
    return f"p{priority}-{paragraph}"


def parse_paragraph_id(value: str) -> tuple[str, str]:
    """(priority key, paragraph key) of an address paragraph_id() wrote, a statement's or a paragraph's;
    ValueError for anything else."""
    match = STATEMENT_ID.fullmatch(value) or PARAGRAPH_ID.fullmatch(value)
    if not match:
        raise ValueError(f"not a paragraph address: {value!r} (expected like 'p1-2' or 'p1-2a')")
    return match[1], match[2]


def key_order(key: str) -> tuple[int, tuple[int, ...]]:
    """How keys sort: by number, then letters, a shorter key first (2 < 2a < 2aa < 2b < 3), and `z` before
    `a`, so that a key can always be made between two others (2 < 2za < 2a), as legislation.gov.uk's 12ZA."""
    match = KEY.fullmatch(key)
    if not match:
        raise ValueError(
            f"not a key: {key!r} (expected a number without leading zero then lower-case letters, like '2' or '2a')"
        )
    return int(match[1]), tuple(0 if letter == "z" else ord(letter) - ord("a") + 1 for letter in match[2])


def _suffixes() -> Iterator[str]:
    for depth in itertools.count():
        for letter in "abcdefghijklmnopqrstuvwxy":
            yield "z" * depth + letter


def new_key(before: str, after: str | None, used: Iterable[str], base: str | None = None) -> str:
    """A key never used, sorting after `before` and before `after`: `base` (by default `before`; for a run
    of insertions, the key they follow) and the first letter that fits (`2a`, then `2b`…); after the last
    one, the next whole number never used (`6`)."""
    taken = set(used) | {before}
    if after is None or key_order(after) <= key_order(before):
        return str(max(key_order(key)[0] for key in taken) + 1)
    low, high = key_order(before), key_order(after)
    stem = base if base is not None else before
    return next(key for key in (stem + s for s in _suffixes()) if key not in taken and low < key_order(key) < high)


@dataclass(frozen=True)
class Paragraph:
    id: str
    relation: str | None
    """To the previous edition (PARAGRAPH_RELATIONS); None in the first edition."""


@dataclass(frozen=True)
class Priority:
    key: str
    """Its identity, kept when the ministry renumbers it: its statement is `p<key>-0`; `0` is the introduction."""
    number: int
    """The ministry's number in this edition (0: the introduction)."""
    page: str
    """Its French page, relative to docs/fr/ (`index.md`, `priorites/<number>-<slug>.md`): the slug is kept."""
    relation: str | None
    statement: Paragraph | None
    """The numbered statement (`p<key>-0`); None for the introduction."""
    paragraphs: tuple[Paragraph, ...]

    @property
    def entries(self) -> list[Paragraph]:
        """Its statement (if any), then its paragraphs: what its page shows, in order."""
        return ([self.statement] if self.statement else []) + list(self.paragraphs)


@dataclass(frozen=True)
class Identity:
    edition: str
    previous: str | None
    priorities: tuple[Priority, ...]
    """The introduction, then the priorities in the ministry's order."""
    retired: tuple[str, ...] = ()
    """Ids the previous edition published that this one does not (removed paragraphs, statements of
    removed priorities): never used again."""
    retired_priorities: tuple[str, ...] = ()
    _places: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for priority in self.priorities:
            if priority.statement:
                self._places[priority.statement.id] = (priority.number, 0)
            for position, paragraph in enumerate(priority.paragraphs, start=1):
                self._places[paragraph.id] = (priority.number, position)

    def priority(self, number: int) -> Priority | None:
        """The priority the ministry numbers `number` in this edition (0: the introduction)."""
        found = self.priorities[number] if 0 <= number < len(self.priorities) else None
        return found if found and found.number == number else None

    def id_at(self, number: int, position: int) -> str:
        """The id of paragraph `position` (0: the statement) of priority `number` in this edition. Past the
        paragraphs the edition has (a translation out of step), the positional id, so that a comparison names it."""
        priority = self.priority(number)
        if priority is None:
            return paragraph_id(number, position)
        if position == 0 and priority.statement:
            return priority.statement.id
        if 1 <= position <= len(priority.paragraphs):
            return priority.paragraphs[position - 1].id
        positional = paragraph_id(priority.key, position)
        return positional + "+" if positional in self._places else positional

    def place(self, paragraph: str) -> tuple[int, int]:
        """(priority number, position) of an id in this edition, for its label (`§ 4.1`); KeyError if absent."""
        try:
            return self._places[paragraph]
        except KeyError:
            raise KeyError(f"{paragraph} is not a paragraph of the edition of {self.edition}") from None

    def ids(self) -> tuple[str, ...]:
        """Every id of the edition, in reading order."""
        return tuple(self._places)


class IdentityError(ValueError):
    """An identity file is not well formed or does not match its edition (the message names file and field)."""


# Reading and writing the file -------------------------------------------------------------------------------


def _entry(item: object, where: str, relations: Sequence[str], first: bool) -> Paragraph:
    """`p1-2` (first edition) or `p1-2: amended` (later ones)."""
    if first:
        if not isinstance(item, str) or not ANY_ID.fullmatch(item):
            raise IdentityError(f"{where}: expected a paragraph id like 'p1-2' (the first edition), got {item!r}")
        return Paragraph(item, None)
    if not (isinstance(item, dict) and len(item) == 1):
        raise IdentityError(f"{where}: expected '<id>: <relation>' (relation: {', '.join(relations)}), got {item!r}")
    ((paragraph, relation),) = item.items()
    if not ANY_ID.fullmatch(str(paragraph)):
        raise IdentityError(f"{where}: expected a paragraph id like 'p1-2' or 'p1-2a', got {paragraph!r}")
    if relation not in relations:
        raise IdentityError(
            f"{where} ({paragraph}): expected a relation among {', '.join(relations)}, got {relation!r}"
        )
    return Paragraph(str(paragraph), relation)


def parse(text: str, path: Path | str) -> Identity:
    """An identity file, checked on its own (ids well formed and unique, numbers in order)."""
    data = editions.load_yaml(text, path, IdentityError)
    if not isinstance(data, dict) or not isinstance(data.get("priorities"), list):
        raise IdentityError(f"{path}: expected the fields edition, previous, priorities, retired, retired_priorities")
    edition, previous = str(data.get("edition")), data.get("previous")
    first = previous is None
    priorities: list[Priority] = []
    for index, entry in enumerate(data["priorities"]):
        where = f"{path}: priorities[{index}]"
        if not isinstance(entry, dict):
            raise IdentityError(f"{where}: expected a mapping with key, number, page, paragraphs, got {entry!r}")
        key, number, page = str(entry.get("key")), entry.get("number"), entry.get("page")
        if not KEY.fullmatch(key):
            raise IdentityError(
                f"{where}: field 'key': expected a number without leading zero then letters, like '3' or '2a', "
                f"got {key!r}"
            )
        if number != index:
            raise IdentityError(f"{where}: field 'number': expected {index} (the ministry's order), got {number!r}")
        expected_page = "index.md" if index == 0 else f"priorites/{number}-<slug>.md"
        if not isinstance(page, str) or not (
            page == "index.md" if index == 0 else re.fullmatch(rf"priorites/{number}-[a-z0-9-]+\.md", page)
        ):
            raise IdentityError(f"{where}: field 'page': expected {expected_page}, got {page!r}")
        relation = entry.get("relation")
        if (relation is None) != (first or index == 0) or (relation is not None and relation not in PRIORITY_RELATIONS):
            expected = "no relation" if first or index == 0 else f"one of {', '.join(PRIORITY_RELATIONS)}"
            raise IdentityError(f"{where}: field 'relation': expected {expected}, got {relation!r}")
        statement = None
        if index:
            statement = _entry(entry.get("statement"), f"{where}: field 'statement'", STATEMENT_RELATIONS, first)
            if statement.id != paragraph_id(key, 0):
                raise IdentityError(
                    f"{where}: field 'statement': expected {paragraph_id(key, 0)} (the priority's key), "
                    f"got {statement.id}"
                )
        items = entry.get("paragraphs")
        if not isinstance(items, list) or not items:
            raise IdentityError(f"{where}: field 'paragraphs': expected the list of its paragraphs' ids, got {items!r}")
        paragraphs = tuple(
            _entry(item, f"{where}: paragraphs[{k}]", PARAGRAPH_RELATIONS, first) for k, item in enumerate(items)
        )
        for paragraph in paragraphs:
            if STATEMENT_ID.fullmatch(paragraph.id):
                raise IdentityError(f"{where}: {paragraph.id}: expected a paragraph id, got a statement's (-0)")
        priorities.append(Priority(key, index, page, relation, statement, paragraphs))
    if not priorities or priorities[0].key != "0":
        raise IdentityError(f"{path}: priorities[0]: expected the introduction first, with key '0'")
    retired = data.get("retired") or []
    retired_priorities = data.get("retired_priorities") or []
    identity = Identity(
        edition, None if first else str(previous), tuple(priorities), tuple(retired), tuple(retired_priorities)
    )
    _check_unique(identity, path)
    return identity


def _check_unique(identity: Identity, path: Path | str) -> None:
    seen: set[str] = set()
    for priority in identity.priorities:
        for paragraph in priority.entries:
            if paragraph.id in seen:
                raise IdentityError(f"{path}: {paragraph.id}: expected each id once in an edition, found twice")
            seen.add(paragraph.id)
    keys = [priority.key for priority in identity.priorities]
    if len(set(keys)) != len(keys):
        raise IdentityError(f"{path}: field 'key': expected each priority key once, got {keys}")
    if reused := sorted(seen & set(identity.retired)):
        raise IdentityError(f"{path}: field 'retired': {reused[0]} is retired and published: expected one or the other")


def render(identity: Identity) -> str:
    """The file an editor reviews: one line per paragraph, `<id>: <relation>`."""
    first = identity.previous is None

    def item(paragraph: Paragraph) -> str:
        return paragraph.id if first else f"{paragraph.id}: {paragraph.relation}"

    lines = [
        f"# Paragraph identity of the edition of {identity.edition}: for the introduction and each priority, in",
        "# the ministry's order, its paragraphs' permanent ids in reading order"
        + (
            " (the first edition: positional)."
            if first
            else f", and what each was in the edition of {identity.previous}"
        ),
    ]
    if not first:
        lines += [
            "# (unchanged, amended, moved, moved-amended, inserted). Computed by scripts/import_policy.py: review it,",
            "# and correct it if needed, before publishing (ARCHITECTURE.md, 'Editions').",
        ]
    previous = f'"{identity.previous}"' if identity.previous else "null"
    lines += [f'edition: "{identity.edition}"', f"previous: {previous}"]
    lines.append("priorities:")
    for priority in identity.priorities:
        lines += [f'  - key: "{priority.key}"', f"    number: {priority.number}", f"    page: {priority.page}"]
        if priority.relation:
            lines.append(f"    relation: {priority.relation}")
        if priority.statement:
            lines.append(
                f"    statement: {item(priority.statement)}"
                if first
                else f"    statement: {{{item(priority.statement)}}}"
            )
        lines.append("    paragraphs:")
        lines += [f"      - {item(paragraph)}" for paragraph in priority.paragraphs]
    lines.append(f"retired: [{', '.join(identity.retired)}]")
    quoted = ", ".join(f'"{key}"' for key in identity.retired_priorities)
    lines.append(f"retired_priorities: [{quoted}]")
    return "\n".join(lines) + "\n"


# One edition's identity, checked against its text and the editions before it ------------------------------------


def check_against_text(identity: Identity, policy: source.Policy, path: Path | str) -> None:
    """The identity names every block of its edition's text, no more: the same priorities and paragraphs."""
    expected = [len(policy.introduction)] + [len(priority.paragraphs) for priority in policy.priorities]
    found = [len(priority.paragraphs) for priority in identity.priorities]
    if len(found) != len(expected):
        raise IdentityError(
            f"{path}: field 'priorities': expected the introduction and {len(expected) - 1} priorities "
            f"(the edition's text), got {len(found)} entries"
        )
    for priority, count, have in zip(identity.priorities, expected, found, strict=True):
        if count != have:
            raise IdentityError(
                f"{path}: priority {priority.number} ({priority.key}): field 'paragraphs': expected {count} ids "
                f"(the edition's text has {count} paragraphs), got {have}"
            )


def check_history(identities: Sequence[Identity], paths: Sequence[Path | str]) -> None:
    """Ids carried from the previous edition exist there, new ones were never published, removed ones are retired."""
    published: set[str] = set()
    keys: set[str] = set()
    for index, (identity, path) in enumerate(zip(identities, paths, strict=True)):
        previous = identities[index - 1] if index else None
        if (previous.edition if previous else None) != identity.previous:
            expected = f'"{previous.edition}"' if previous else "null (the first edition)"
            raise IdentityError(f"{path}: field 'previous': expected {expected}, got {identity.previous!r}")
        before = set(previous.ids()) if previous else set()
        for priority in identity.priorities:
            for paragraph in priority.entries:
                if previous is None:
                    continue
                if paragraph.relation == "inserted" and paragraph.id in published:
                    raise IdentityError(
                        f"{path}: {paragraph.id}: inserted, but that id was published before: expected a new id"
                    )
                if paragraph.relation != "inserted" and paragraph.id not in before:
                    raise IdentityError(
                        f"{path}: {paragraph.id}: {paragraph.relation}, but the edition of {previous.edition} has no "
                        f"such paragraph: expected 'inserted' with a new id, or an id of that edition"
                    )
            if previous and priority.number:
                _check_priority(priority, previous, keys, path)
        if previous:
            gone = sorted(before - set(identity.ids()), key=_id_order)
            if sorted(identity.retired, key=_id_order) != gone:
                raise IdentityError(
                    f"{path}: field 'retired': expected the ids of {previous.edition} no longer published, {gone}"
                )
            gone_keys = sorted(
                {p.key for p in previous.priorities} - {p.key for p in identity.priorities}, key=key_order
            )
            if sorted(identity.retired_priorities, key=key_order) != gone_keys:
                raise IdentityError(f"{path}: field 'retired_priorities': expected {gone_keys}")
        published |= set(identity.ids())
        keys |= {priority.key for priority in identity.priorities}


def _check_priority(priority: Priority, previous: Identity, keys: set[str], path: Path | str) -> None:
    """An inserted priority has a key never used; a kept one, its key in the previous edition, the relation
    its number says, and its statement's relation agrees."""
    where = f"{path}: priority {priority.number} (key {priority.key})"
    earlier = next((p for p in previous.priorities if p.key == priority.key), None)
    if priority.relation == "inserted":
        if priority.key in keys:
            raise IdentityError(f"{where}: field 'key': inserted, expected a key never used before")
        expected_statement: tuple[str, ...] = ("inserted",)
    else:
        if earlier is None:
            raise IdentityError(
                f"{where}: field 'relation': the edition of {previous.edition} has no priority {priority.key}, "
                "expected 'inserted' with a new key"
            )
        relation = "unchanged" if earlier.number == priority.number else "renumbered"
        if priority.relation != relation:
            raise IdentityError(
                f"{where}: field 'relation': expected {relation} (it was number {earlier.number}), "
                f"got {priority.relation}"
            )
        expected_statement = ("unchanged", "amended")
    assert priority.statement is not None
    if priority.statement.relation not in expected_statement:
        raise IdentityError(
            f"{where}: field 'statement': expected {' or '.join(expected_statement)}, got {priority.statement.relation}"
        )


def _id_order(paragraph: str) -> tuple:
    priority, key = parse_paragraph_id(paragraph)
    return key_order(priority), key_order(key)


def load(edition: editions.Edition) -> Identity:
    """An edition's identity file, checked against its text."""
    path = edition.identity_path
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise IdentityError(f"{path}: cannot read the edition's paragraph identity ({error.strerror})") from None
    identity = parse(text, path)
    if identity.edition != edition.id:
        raise IdentityError(
            f"{path}: field 'edition': expected \"{edition.id}\" (its folder), got {identity.edition!r}"
        )
    check_against_text(identity, source.read(edition.source), path)
    return identity


def history(record: Path = editions.RECORD_PATH) -> tuple[Identity, ...]:
    """Every edition's identity, oldest first, checked against each other."""
    return _history(editions.all(record))


@project.reads_files
def _history(found: tuple[editions.Edition, ...]) -> tuple[Identity, ...]:
    identities = tuple(of(edition) for edition in found)
    check_history(identities, [edition.identity_path for edition in found])
    return identities


@project.reads_files
def of(edition: editions.Edition) -> Identity:
    """An edition's identity, read once per build: what its pages (usual or permanent addresses) are addressed with."""
    return load(edition)


def current() -> Identity:
    """The identity of the edition the site publishes (what the build addresses paragraphs with)."""
    return of(editions.current())


# Computing a new edition's identity from the previous one --------------------------------------------------------


def words(text: str) -> list[str]:
    """What similarity compares: the words, case and Unicode forms folded, punctuation dropped."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def similarity(a: str, b: str) -> float:
    """difflib's ratio over the two texts' words (1: the same words; 0: none in common)."""
    return difflib.SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()


def _statement_text(priority: source.Priority) -> str:
    return numerals.without_statement_number(priority.statement.text)


def _greedy(scores: Iterable[tuple[float, int, int, int]], threshold: float) -> dict[int, int]:
    """Pairs (new -> old), best score first (ties: the preference, then reading order), each side once."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for score, _preference, new, old in sorted(scores, key=lambda s: (-s[0], s[1], s[2], s[3])):
        if score >= threshold and new not in pairs and old not in taken:
            pairs[new] = old
            taken.add(old)
    return pairs


def _increasing(values: Sequence[int]) -> set[int]:
    """Indexes of a longest increasing subsequence: the paragraphs that kept their order."""
    best: list[list[int]] = []
    for index, value in enumerate(values):
        chains = [c for c in best if values[c[-1]] < value]
        best.append([*max(chains, key=len), index] if chains else [index])
    longest: list[int] = max(best, key=len) if best else []
    return set(longest)


def compute(
    previous: Identity,
    old: source.Policy,
    new: source.Policy,
    edition: str,
    published_ids: Iterable[str],
    published_keys: Iterable[str],
    name_page: Callable[[source.Priority], str],
) -> Identity:
    """The identity of `new`, carried from `previous` (whose text is `old`).

    Priorities are matched by the similarity of their whole text (statement and paragraphs), at least
    PRIORITY_THRESHOLD; then paragraphs across the whole text, the same words first, then by similarity of at
    least PARAGRAPH_THRESHOLD, a paragraph of the matching priority preferred. What is left of the new text is
    inserted (new keys, `new_key`); what is left of the old is retired. `published_ids` and `published_keys`
    are every id and priority key of every edition so far, never to be reused. `name_page` names the page of an
    inserted priority (its number and slug).
    """
    old_priorities = list(old.priorities)
    text = {
        p.key: _statement_text(o) + "\n" + "\n".join(b.text for b in o.paragraphs)
        for p, o in zip(previous.priorities[1:], old_priorities, strict=True)
    }
    new_text = [_statement_text(p) + "\n" + "\n".join(b.text for b in p.paragraphs) for p in new.priorities]
    old_keys = [p.key for p in previous.priorities[1:]]
    matched_priority = _greedy(
        (
            (similarity(new_text[n], text[key]), abs(n - o), n, o)
            for n in range(len(new_text))
            for o, key in enumerate(old_keys)
        ),
        PRIORITY_THRESHOLD,
    )
    # Paragraphs of both texts, flattened: (priority key or new index, position, text, id)
    old_blocks = [("0", k, b.text, previous.priorities[0].paragraphs[k].id) for k, b in enumerate(old.introduction)]
    for identity_priority, priority in zip(previous.priorities[1:], old_priorities, strict=True):
        old_blocks += [
            (identity_priority.key, k, b.text, identity_priority.paragraphs[k].id)
            for k, b in enumerate(priority.paragraphs)
        ]
    new_keys: list[str | None] = ["0"]
    new_keys += [old_keys[matched_priority[n]] if n in matched_priority else None for n in range(len(new.priorities))]
    new_blocks = [(0, k, b.text) for k, b in enumerate(new.introduction)]
    for n, priority in enumerate(new.priorities, start=1):
        new_blocks += [(n, k, b.text) for k, b in enumerate(priority.paragraphs)]

    def preference(new_block: tuple, old_block: tuple) -> int:
        same = new_keys[new_block[0]] == old_block[0]
        return (0 if same else 1000) + abs(new_block[1] - old_block[1])

    same_words = [
        (1.0, preference(nb, ob), i, j)
        for i, nb in enumerate(new_blocks)
        for j, ob in enumerate(old_blocks)
        if words(nb[2]) == words(ob[2])
    ]
    matched = _greedy(same_words, 1.0)
    rest_new = [i for i in range(len(new_blocks)) if i not in matched]
    rest_old = [j for j in range(len(old_blocks)) if j not in matched.values()]
    matched |= _greedy(
        (
            (similarity(new_blocks[i][2], old_blocks[j][2]), preference(new_blocks[i], old_blocks[j]), i, j)
            for i in rest_new
            for j in rest_old
        ),
        PARAGRAPH_THRESHOLD,
    )

    # Keys for inserted priorities, in the ministry's order.
    used_keys = set(published_keys)
    inserted_keys: set[str] = set()
    for n in range(1, len(new_keys)):
        if new_keys[n] is None:
            before = str(new_keys[n - 1])
            base = next(str(k) for k in reversed(new_keys[:n]) if k not in inserted_keys)
            after = next((k for k in new_keys[n + 1 :] if k is not None), None)
            key = new_key(before, after, used_keys, base)
            used_keys.add(key)
            inserted_keys.add(key)
            new_keys[n] = key

    used_ids = set(published_ids)
    previous_by_key = {p.key: p for p in previous.priorities}
    priorities: list[Priority] = []
    for n in range(len(new_keys)):
        key = str(new_keys[n])
        blocks = [i for i, b in enumerate(new_blocks) if b[0] == n]
        kept_here = [i for i in blocks if i in matched and old_blocks[matched[i]][0] == key]
        in_order = {kept_here[k] for k in _increasing([old_blocks[matched[i]][1] for i in kept_here])}
        paragraphs: list[Paragraph] = []
        for position, i in enumerate(blocks):
            if i in matched:
                old_key, _, old_text, old_id = old_blocks[matched[i]]
                moved = old_key != key or i not in in_order
                changed = old_text != new_blocks[i][2]
                relation = (
                    ("moved-amended" if changed else "moved") if moved else ("amended" if changed else "unchanged")
                )
                paragraphs.append(Paragraph(old_id, relation))
                continue
            namespace = [p for p in paragraphs if parse_paragraph_id(p.id)[0] == key]
            before = parse_paragraph_id(namespace[-1].id)[1] if namespace else "0"
            base = next((parse_paragraph_id(p.id)[1] for p in reversed(namespace) if p.relation != "inserted"), "0")
            after = next(
                (
                    parse_paragraph_id(old_blocks[matched[j]][3])[1]
                    for j in blocks[position + 1 :]
                    if j in matched and parse_paragraph_id(old_blocks[matched[j]][3])[0] == key
                ),
                None,
            )
            used = {parse_paragraph_id(p)[1] for p in used_ids if parse_paragraph_id(p)[0] == key}
            paragraph = paragraph_id(key, new_key(before, after, used | {"0"}, base))
            used_ids.add(paragraph)
            paragraphs.append(Paragraph(paragraph, "inserted"))
        if n == 0:
            priorities.append(Priority("0", 0, "index.md", None, None, tuple(paragraphs)))
            continue
        new_priority = new.priorities[n - 1]
        earlier = previous_by_key.get(key)
        if earlier is None:
            page, relation = name_page(new_priority), "inserted"
            statement = Paragraph(paragraph_id(key, 0), "inserted")
        else:
            slug = earlier.page.removeprefix("priorites/").split("-", 1)[1]
            page = f"priorites/{n}-{slug}"
            relation = "unchanged" if earlier.number == n else "renumbered"
            old_statement = _statement_text(old_priorities[earlier.number - 1])
            statement = Paragraph(
                paragraph_id(key, 0), "unchanged" if old_statement == _statement_text(new_priority) else "amended"
            )
        priorities.append(Priority(key, n, page, relation, statement, tuple(paragraphs)))

    result_keys = {p.key for p in priorities}
    identity = Identity(edition, previous.edition, tuple(priorities))
    retired = sorted(set(previous.ids()) - set(identity.ids()), key=_id_order)
    retired_priorities = sorted((k for k in old_keys if k not in result_keys), key=key_order)
    return Identity(edition, previous.edition, tuple(priorities), tuple(retired), tuple(retired_priorities))
