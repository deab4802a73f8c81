"""Is a translation complete? Block for block as its French, no sentence of a block missing.

A page of the text is translated paragraph for paragraph (policy_text.translations, by paragraph id). The
other pages (the accessibility statement) and the interface strings that make up pages' prose (the home
page's, the editions pages': strings.yml) are checked here, by structure rather than by id:

- **blocks**: a page's body is a sequence of blocks (headings with their level, paragraphs, list items,
  each list item a block of its own); a translation has the same sequence, so a paragraph, a heading or a
  list item left out or added is found, and named by the French block it stands for;
- **sentences**: each block (each string) of a translation has at least as many sentences as its French
  one. A sentence ends with the language's full stop (strings.yml: `full_stop`), `!` or `?` followed by more
  text; a translation may also end one with `;` (Khmer, which has no semicolon, writes ។ where French
  joins two sentences with `;`). A translation may split a sentence, not drop one;
- **placeholders**: a string keeps its French `{placeholders}`, no more, no fewer.

What this cannot see: a clause or a few words left out inside a sentence. That is for a reviewer.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from . import interface, project

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r"(#{1,6})[ \t]+")
_LIST_ITEM = re.compile(r"^([-*+]|\d+[.)])[ \t]+", re.M)


@dataclass(frozen=True)
class Block:
    kind: str  # "h2" (a heading and its level), "p" (a paragraph), "li" (an item of a list), "ol" (of a numbered one)
    text: str


def blocks(body: str) -> list[Block]:
    """The blocks of a Markdown body: headings, paragraphs, and each item of a list."""
    found = []
    for chunk in (chunk.strip() for chunk in _BLANK_LINES.split(body)):
        if not chunk:
            continue
        if heading := _HEADING.match(chunk):
            found.append(Block(f"h{len(heading[1])}", chunk[heading.end() :].strip()))
        elif _LIST_ITEM.match(chunk):
            starts = [match.start() for match in _LIST_ITEM.finditer(chunk)] + [len(chunk)]
            for start, end in zip(starts, starts[1:], strict=False):
                item = chunk[start:end]
                marker = _LIST_ITEM.match(item)
                assert marker is not None
                kind = "li" if marker[1] in "-*+" else "ol"
                found.append(Block(kind, " ".join(item[marker.end() :].split())))
        else:
            found.append(Block("p", chunk))
    return found


def _ends(lang: str, *, translation: bool) -> str:
    marks = "!?" + interface.t(lang, "full_stop") + (";" if translation else "")
    return "".join(dict.fromkeys(marks))


def sentences(text: str, lang: str, *, translation: bool = False) -> int:
    """How many sentences `text` holds in `lang`: its sentence ends followed by more text, plus one
    (`2.2`, `policy.json`: a mark inside a word ends nothing)."""
    if not text.strip():
        return 0
    ends = re.escape(_ends(lang, translation=translation))
    return 1 + len(re.findall(rf"[{ends}]+[\s\u200b]+(?=\S)", text.strip()))


def _start(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length].rstrip() + "…"


def block_gaps(french: list[Block], translated: list[Block], lang: str) -> list[str]:
    """What a translation in `lang` lacks, or has more of, against the French page's blocks; [] when complete."""
    kinds, own = [block.kind for block in french], [block.kind for block in translated]
    if kinds != own:
        pairs = enumerate(zip(kinds, own, strict=False), start=1)
        number = next((n for n, (expected, found) in pairs if expected != found), min(len(kinds), len(own)) + 1)
        where = french[number - 1] if number <= len(french) else None
        what = f"French block {number} is {where.kind} “{_start(where.text)}”" if where else "the French page ends"
        found_kind = own[number - 1] if number <= len(own) else "nothing (the translation ends)"
        return [
            f"blocks out of step from block {number}: {what}; the translation has {found_kind} there "
            f"(the French page has {len(kinds)} blocks: {' '.join(kinds)}; the translation {len(own)})"
        ]
    gaps = []
    for number, (source, block) in enumerate(zip(french, translated, strict=True), start=1):
        expected = sentences(source.text, project.default_language())
        found = sentences(block.text, lang, translation=True)
        if found < expected:
            gaps.append(
                f"block {number} ({source.kind}) has {found} sentence{'s' if found != 1 else ''} where the French "
                f"has {expected}: “{_start(source.text)}”"
            )
    return gaps


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def string_gaps(french: str, translated: str, lang: str) -> list[str]:
    """What the translation of one interface string lacks against its French: a sentence (placeholders:
    compare `placeholders` of each)."""
    expected, found = sentences(french, project.default_language()), sentences(translated, lang, translation=True)
    if found < expected:
        return [f"{found} sentence{'s' if found != 1 else ''} where the French has {expected}"]
    return []
