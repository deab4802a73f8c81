"""Khmer text takes Khmer punctuation: no Latin `.`, `,`, `:` or `;` standing as a Khmer sentence's mark.

Each language's marks are data (strings.yml: `full_stop`, `colon`, `list_separator`): Khmer ends a sentence
with ។, sets a colon as ៖ and separates a list's items with spaces. A Latin mark in Khmer text is a
template or a string that joined Khmer words with punctuation of its own. `problems` finds, in a text of
the page's Khmer, a Latin mark

- directly after a Khmer letter (`ជាភាសាបារាំង:`);
- ending a Khmer block (`… Français.` closing a Khmer notice), or set before a Khmer word or number
  (`ZIP, ៣៦០`), the mark of a Khmer sentence even when the word before it is Latin.

Marks between digits or after a number (`§ ១.២`, `៣:១`, the ministry's `១.` before a statement) are
numbering, not punctuation; marks inside a Latin word or address (`policy.json`, `Shift+Tab`) too.
`html_problems` reads a built page: its Khmer text and the Khmer of its attributes read aloud or shown
(`title`, `aria-label`, `alt`, `placeholder`, the description), outside code, scripts (JSON data, the
citations' BibTeX and RIS) and passages in another language (`lang`); a block or attribute without a Khmer
letter is not Khmer text (the French description of a page not yet translated, which cannot be marked `lang`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

KHMER = "km"
LATIN_MARKS = ".,:;"
_LETTER = "\u1780-\u17d3\u17dd"  # Khmer consonants, vowels, signs (not ។ ៕ ៖ ៗ, not the digits)
_ZERO_WIDTH = "\u200b-\u200d"
_FOREIGN = "\ufffc"  # stands for a passage in another language inside a Khmer block
_AFTER_LETTER = re.compile(rf"[{_LETTER}][{_ZERO_WIDTH}]*[{re.escape(LATIN_MARKS)}]")
_BEFORE_KHMER = re.compile(rf"(?<![0-9\u17e0-\u17e9])[{re.escape(LATIN_MARKS)}]\s+(?=[{_LETTER}\u17e0-\u17e9])")
_KHMER_TEXT = re.compile(f"[{_LETTER}]")  # text with no Khmer letter is not Khmer text (html_problems)
_ENDING = re.compile(rf"(?<![0-9\u17e0-\u17e9])[{re.escape(LATIN_MARKS)}]\s*$")

BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "button", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "label", "li", "main", "nav", "ol", "option", "p", "section", "select", "summary", "table", "td", "th", "title",
    "tr", "ul",
}  # fmt: skip
SKIPPED = {"script", "style", "code", "pre", "kbd", "samp", "textarea", "svg", "math", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
DESCRIPTIONS = ("description", "og:description", "twitter:description", "og:title", "twitter:title")


def problems(text: str) -> list[str]:
    """Where, in a Khmer text (one block: a paragraph, a heading, a string), a Latin mark stands as punctuation:
    each with a few characters around it."""
    marks = {}  # the mark's place: a few characters around it
    for pattern in (_AFTER_LETTER, _BEFORE_KHMER, _ENDING):
        for match in pattern.finditer(text):
            place = match.end() - 1 if pattern is _AFTER_LETTER else match.start()
            marks[place] = text[max(0, place - 20) : place + 12].strip().replace(_FOREIGN, "…")
    return [marks[place] for place in sorted(marks)]


@dataclass
class _Frame:
    tag: str
    lang: str
    skipped: bool


class _KhmerBlocks(HTMLParser):
    """The text of each block of a page, by language; a passage in another language is one `_FOREIGN` mark."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [_Frame("", lang, False)]
        self.blocks: list[str] = []  # Khmer blocks' text
        self.attributes: list[str] = []
        self._text: list[str] = []

    def _flush(self) -> None:
        text = "".join(self._text).strip()
        if text:
            self.blocks.append(text)
        self._text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        top = self.stack[-1]
        lang = (values.get("lang") or top.lang).split("-")[0]
        if tag in BLOCKS:
            self._flush()
        elif lang != top.lang and top.lang == KHMER and not top.skipped:
            self._text.append(_FOREIGN)
        if not top.skipped and lang == KHMER:
            named = values.get("name") or values.get("property")
            read = [values.get(name) for name in ATTRIBUTES]
            if tag == "meta" and named in DESCRIPTIONS:
                read.append(values.get("content"))
            self.attributes += [value for value in read if value]
        if tag not in VOID:
            self.stack.append(_Frame(tag, lang, top.skipped or tag in SKIPPED))

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        top = self.stack[-1]
        if not top.skipped and top.lang == KHMER:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_problems(html: str, lang: str) -> list[str]:
    """Latin marks standing as punctuation in the Khmer text of a page whose language is `lang`
    (Khmer passages of other pages included)."""
    parser = _KhmerBlocks(lang)
    parser.feed(html)
    parser.close()
    khmer = [text for text in parser.blocks + parser.attributes if _KHMER_TEXT.search(text)]
    return [problem for text in khmer for problem in problems(text)]
