"""Parse the official French text into its structure: title, introduction, numbered priorities.

The source is plain text: a title line, introduction paragraphs, then each priority as a
numbered statement ("1. …") followed by its paragraphs, blocks separated by blank lines.
Parsing is strict because the text is official: anything unexpected stops the import with
the line it happened on, so that nothing is guessed and nothing is published half-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import editions, project

TITLE_MAX = 150
"""A first line longer than this, or ending like a sentence, is a paragraph: the title is missing."""

_STATEMENT = re.compile(r"(\d{1,3})\.[ \t\u00a0]+\S")


class SourceError(ValueError):
    """The source text is not a well-formed policy; `line` is 1-based, or None for the whole file."""

    def __init__(self, message: str, line: int | None = None, path: str | Path | None = None):
        self.message, self.line, self.path = message, line, path
        where = str(path) if path else "source"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Block:
    """A paragraph of the source: its text (lines joined by newlines) and first line number."""

    text: str
    line: int


@dataclass(frozen=True)
class Priority:
    number: int
    statement: Block
    paragraphs: tuple[Block, ...]


@dataclass(frozen=True)
class Policy:
    title: Block
    introduction: tuple[Block, ...]
    priorities: tuple[Priority, ...]

    def blocks(self) -> list[Block]:
        """Every block in reading order: the whole text, once."""
        out = [self.title, *self.introduction]
        for priority in self.priorities:
            out += [priority.statement, *priority.paragraphs]
        return out


def decode(data: bytes, path: str | Path | None = None) -> str:
    """UTF-8 text with any BOM, CRLF and trailing spaces removed: such files import identically."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise SourceError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "expected the text encoded as UTF-8",
            line,
            path,
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append(Block("\n".join(current), start))
            current = []
    if current:
        blocks.append(Block("\n".join(current), start))
    return blocks


def statement_number(block: Block) -> int | None:
    match = _STATEMENT.match(block.text)
    return int(match.group(1)) if match else None


def parse(data: bytes, path: str | Path | None = None) -> Policy:
    blocks = split_blocks(decode(data, path))
    if not blocks:
        raise SourceError(
            "the file is empty; expected a title line, an introduction and the numbered priorities",
            None,
            path,
        )
    title, rest = blocks[0], blocks[1:]
    if statement_number(title) is not None:
        raise SourceError(
            f"expected the document title on the first line, found a numbered priority: {title.text[:60]!r}",
            title.line,
            path,
        )
    if len(title.text) > TITLE_MAX or title.text.rstrip()[-1] in ".:;":
        raise SourceError(
            f"expected the document title on the first line (a short line, not a sentence), "
            f"found a paragraph: {title.text[:60]!r}…",
            title.line,
            path,
        )
    if "\n" in title.text:
        raise SourceError("expected the title on a single line, followed by a blank line", title.line, path)

    introduction: list[Block] = []
    while rest and statement_number(rest[0]) is None:
        introduction.append(rest.pop(0))
    if not introduction:
        raise SourceError(
            "expected an introduction paragraph between the title and priority 1",
            rest[0].line if rest else title.line,
            path,
        )

    priorities: list[Priority] = []
    while rest:
        statement = rest.pop(0)
        number = statement_number(statement)
        expected = len(priorities) + 1
        if number != expected:
            earlier = next((p for p in priorities if p.number == number), None)
            problem = (
                f"priority {number} appears twice (first at line {earlier.statement.line})"
                if earlier
                else f"priority {expected} is missing or out of order"
            )
            raise SourceError(f"{problem}: expected priority {expected}, found priority {number}", statement.line, path)
        paragraphs: list[Block] = []
        while rest and statement_number(rest[0]) is None:
            paragraphs.append(rest.pop(0))
        if not paragraphs:
            raise SourceError(
                f"priority {number} has no paragraph; expected at least one paragraph after its statement",
                statement.line,
                path,
            )
        priorities.append(Priority(number, statement, tuple(paragraphs)))

    if not priorities:
        raise SourceError('expected numbered priorities ("1. …") after the introduction, found none', None, path)
    return Policy(title, tuple(introduction), tuple(priorities))


@project.reads_files
def current() -> Policy:
    """The official text the site publishes (the current edition's); the number of priorities is its."""
    return read(editions.current().source)


def read(path: str | Path) -> Policy:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read the file ({error.strerror})", None, path) from None
    return parse(data, path)
