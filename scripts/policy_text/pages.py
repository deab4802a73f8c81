"""Page files: YAML front matter and a body of paragraphs separated by blank lines.

The body of a priority page holds only its paragraphs (the statement lives in `title`), so
"the K-th paragraph of priority N" is a structural fact every language shares: the current
edition's paragraph identity (policy_text.identity) names it.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from . import editions, identity, numerals, project
from .identity import ANY_ID, PARAGRAPH_ID, STATEMENT_ID, paragraph_id, parse_paragraph_id

_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n(.*)\Z", re.S)

FIELD_ORDER = (
    "priority", "title", "nav_title", "description", "keywords", "layout", "lang", "source", "translation",
    "untranslated", "notes",
)  # fmt: skip


class PageError(ValueError):
    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path, self.line = path, line
        super().__init__(f"{path}{f', line {line}' if line else ''}: {message}")


@dataclass(frozen=True)
class Page:
    rel_path: PurePosixPath
    meta: dict[str, Any]
    body: str

    @property
    def lang(self) -> str:
        return self.rel_path.parts[0]

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs(self.body)


_LIST = re.compile(r"(\d+\.|[-*+])[ \t]")


def paragraphs(body: str) -> list[str]:
    """The paragraphs of the text: blocks separated by blank lines, except lists.

    A list (the home page's links to the priorities) is navigation, not text; the text can
    never start like one, since the importer escapes a leading "1." or "-" (markdown_text).
    """
    blocks = (block.strip() for block in re.split(r"\n[ \t]*\n", body))
    return [block for block in blocks if block and not _LIST.match(block)]


# the id rule, defined in policy_text.identity
__all__ = ["ANY_ID", "PARAGRAPH_ID", "STATEMENT_ID", "paragraph_id", "parse_paragraph_id"]


def paragraph_id_at(priority: int, position: int, edition: editions.Edition | None = None) -> str:
    """The address of paragraph `position` (0: the statement) of the priority the ministry numbers `priority`
    (0: the introduction) in `edition`, by default the current one: `p1-2` in the first edition; carried over since."""
    return identity.of(edition or editions.current()).id_at(priority, position)


def paragraph_place(paragraph: str, edition: editions.Edition | None = None) -> tuple[int, int]:
    """(priority number, position) of a paragraph of `edition` (by default the current one): what its label
    (§ 1.2) shows."""
    return identity.of(edition or editions.current()).place(paragraph)


HEADING_ID = "titre"
"""The id of every page's <h1>, the same in every language (a language switch keeps #titre)."""


def priority_of_file(name: str) -> int | None:
    """The priority a page file's name gives (`3-diplomatie-economique.md` -> 3), else None."""
    number = name.split("-", 1)[0]
    return int(number) if number.isdigit() else None


def in_language(rel_path: PurePosixPath, lang: str) -> PurePosixPath:
    """The same page in another language: the same path under that language's folder."""
    return PurePosixPath(lang, *rel_path.parts[1:])


def up_to_root(path: str) -> str:
    """From a file at `path` (relative to a root, `/`-separated) back up to that root: `priorites/x.html` -> `../`."""
    return "../" * path.count("/")


def paragraph_label(priority: int, number: int, lang: str = "fr", *, in_text: bool = False) -> str:
    """How a paragraph is cited: `§ 1.2`; a priority's statement is `§ 1`, the introduction's paragraphs `§ 0.1`.

    In the digits of the page's language (`§ ១.២` on Khmer pages); its address stays `p1-2`.
    In running text (`in_text`), a no-break space holds § to its number: French typography wants
    it, and a Khmer line, which breaks only at spaces, would otherwise end on a lone §.
    """
    space = "\u00a0" if in_text else " "
    return numerals.localise(f"§{space}{priority}" if number == 0 else f"§{space}{priority}.{number}", lang)


def split_front_matter(text: str, path: str | Path) -> tuple[dict[str, Any], str]:
    text = text.replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise PageError(path, "expected YAML front matter between two '---' lines at the top of the file", 1)
    try:
        meta = yaml.load(match.group(1), Loader=project.YAML_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise PageError(path, f"front matter is not valid YAML ({getattr(error, 'problem', error)})", line) from None
    return (meta if meta is not None else {}), match.group(2)


def read(path: Path, docs_dir: Path = project.DOCS_DIR) -> Page:
    """The page file; parsed once per version of the file (a build reads each page many times)."""
    stat = path.stat()
    meta, body = _parse(path, stat.st_mtime_ns, stat.st_size)
    return Page(PurePosixPath(path.relative_to(docs_dir).as_posix()), copy.deepcopy(meta), body)


@functools.lru_cache(maxsize=512)
def _parse(path: Path, mtime_ns: int, size: int) -> tuple[dict[str, Any], str]:
    return split_front_matter(path.read_text(encoding="utf-8"), path)


def render(meta: dict[str, Any], body: str) -> str:
    """The file text, fields in a fixed order so that a re-import is byte-identical."""
    ordered = {key: meta[key] for key in FIELD_ORDER if key in meta}
    ordered.update({key: value for key, value in meta.items() if key not in ordered})
    front = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{front}---\n\n{body.strip()}\n"


def content_hash(page: Page) -> str:
    """What a translation records of the page it translates: changes when its text changes. On a page of the
    text, its paragraphs; on any other page (the accessibility statement), every block, lists included."""
    if text_priority(page.meta, page.rel_path.name) is not None:
        blocks = page.paragraphs
    else:
        blocks = [block.strip() for block in re.split(r"\n[ \t]*\n", page.body) if block.strip()]
    text = page.meta.get("title", "") + "\n\n" + "\n\n".join(blocks)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def language_pages(lang: str, docs_dir: Path = project.DOCS_DIR) -> list[Page]:
    return [read(path, docs_dir) for path in sorted((docs_dir / lang).rglob("*.md"))]


def text_priority(meta: Mapping[str, Any], file_name: str) -> int | None:
    """The priority a page holds, 0 for the home page (the introduction), None for pages outside the
    text (the composed pages: full text, side by side)."""
    if "priority" in meta:
        return int(meta["priority"])
    return 0 if file_name == "index.md" and "layout" not in meta else None


def paragraph_ids(page: Page, edition: editions.Edition | None = None) -> tuple[str, ...]:
    """The addresses of a page's paragraphs in `edition` (by default the current one)."""
    priority = text_priority(page.meta, page.rel_path.name)
    if priority is None:
        return ()
    return tuple(paragraph_id_at(priority, number, edition) for number in range(1, len(page.paragraphs) + 1))
