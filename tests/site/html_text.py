"""Read the built HTML the way a reader sees it: the article's text, block by block."""

from __future__ import annotations

from html.parser import HTMLParser

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "blockquote", "td", "th"}
SKIP = {"script", "style", "button", "svg", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, inside <article>, text hidden)
        self.open_blocks: list[tuple[str, dict, list[str]]] = []
        self.blocks: list[tuple[str, dict, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        parent_inside, parent_hidden = self.stack[-1][1:] if self.stack else (False, False)
        inside = parent_inside or tag == "article"
        classes = (attrs.get("class") or "").split()
        hidden = parent_hidden or tag in SKIP or bool({"headerlink", "pe-cite"} & set(classes))
        self.stack.append((tag, inside, hidden))
        if inside and tag in BLOCKS:
            self.open_blocks.append((tag, attrs, []))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, inside, _ = self.stack.pop()
            if inside and open_tag in BLOCKS:
                self.blocks.append(self.open_blocks.pop())
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][1] and not self.stack[-1][2]:
            for block in self.open_blocks:
                block[2].append(data)


def normalise(text: str) -> str:
    """Whitespace folded as HTML folds it, no-break spaces included."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def article_blocks(html: str) -> list[tuple[str, dict, str]]:
    """(tag, attributes, text) of each block element inside <article>, in closing order."""
    parser = _Article()
    parser.feed(html)
    return [(tag, attrs, normalise("".join(parts))) for tag, attrs, parts in parser.blocks]


def article_paragraphs(html: str) -> list[tuple[str, str]]:
    """(id, text) of every <p> of the article, in document order."""
    return [(attrs.get("id", ""), text) for tag, attrs, text in article_blocks(html) if tag == "p"]
