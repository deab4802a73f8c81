"""The official text survives the whole pipeline: the rendered French pages hold it all, once, in order."""

from __future__ import annotations

import re

from policy_text import editions, source

from .html_text import article_blocks, normalise
from .pages import text_pages

POLICY = source.read(editions.current().source)
SOURCE_BLOCKS = [normalise(block.text) for block in POLICY.blocks()]


HOME_SECTIONS = re.compile(r'<section class="pe-home".*?</section>', re.S)


def rendered_blocks(site) -> list[str]:
    """The article's blocks, but the home page's overview, which repeats the statements by design
    (tests/site/test_home.py checks it against the text)."""
    return [
        text
        for page in text_pages(site, "fr")
        for tag, attrs, text in article_blocks(HOME_SECTIONS.sub("", page.read_text(encoding="utf-8")))
    ]


def test_every_source_paragraph_is_rendered_once_in_order(site):
    rendered = rendered_blocks(site)
    assert [text for text in rendered if text in SOURCE_BLOCKS] == SOURCE_BLOCKS


def test_every_source_sentence_appears_exactly_once(site):
    rendered = " ¶ ".join(rendered_blocks(site))
    sentences = [s for block in SOURCE_BLOCKS for s in re.split(r"(?<=[.;:])\s+", block) if len(s) > 3]
    assert len(sentences) > len(SOURCE_BLOCKS)  # the split did split
    position = 0
    for sentence in sentences:
        assert rendered.count(sentence) == 1, sentence
        found = rendered.index(sentence)
        assert found >= position, f"out of order: {sentence}"
        position = found


def test_statements_are_shown_in_full_as_lead_paragraphs(site):
    for page, priority in zip(text_pages(site, "fr")[1:], POLICY.priorities, strict=True):
        blocks = article_blocks(page.read_text(encoding="utf-8"))
        statement = [text for tag, attrs, text in blocks if attrs.get("class") == "pe-statement"]
        assert statement == [normalise(priority.statement.text)]
        headings = [text for tag, attrs, text in blocks if tag == "h1"]
        assert len(headings) == 1 and len(headings[0]) <= 60, headings
