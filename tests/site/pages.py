"""Where the built pages are, in reading order."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from policy_text import editions, identity, project, source

ANY_ID = identity.ANY_ID.pattern
"""A statement's or a paragraph's id, without groups, to match within a pattern of the built HTML."""


@cache
def priority_count() -> int:
    return len(source.read(editions.current().source).priorities)


def language_root(site: Path, lang: str) -> Path:
    """The default language is built at the site's root, the others in a folder of their code."""
    return site if lang == project.default_language() else site / lang


def text_pages(site: Path, lang: str) -> list[Path]:
    """The home page, then each priority page in order: the whole text, once."""
    root = language_root(site, lang)
    priorities = sorted((root / project.PRIORITY_DIR).glob("*.html"), key=lambda p: int(p.name.split("-")[0]))
    assert len(priorities) == priority_count(), f"{root}: {len(priorities)} priority pages"  # loops check them all
    return [root / "index.html", *priorities]


def language_pages(site: Path, lang: str) -> list[Path]:
    """Every page of a language, its editions' included (the loops over them check them all)."""
    root = language_root(site, lang)
    others = {code for code in project.language_codes() if code != lang}
    pages = sorted(p for p in root.rglob("*.html") if p.relative_to(root).parts[0] not in others)
    usual = [page for page in pages if "editions" not in page.relative_to(root).parts]
    assert len(usual) == 10  # home, 5 priorities, full text, side by side, accessibility statement, 404
    # the editions index, and the current edition's permanent home, priorities and full text
    assert len(pages) == len(usual) + 1 + (1 + priority_count() + 1)
    return pages


def all_pages(site: Path) -> list[Path]:
    pages = sorted(p for p in site.rglob("*.html"))
    assert pages, f"no page in {site}"  # loops over them check something
    return pages


def pages_to_inspect(site: Path, lang: str) -> list[Path]:
    """Every page of `lang` for the slow inspections (keyboard walks, axe, console), but the current
    edition's permanent copies: they are its usual pages again, under editions/<id>/, with the edition
    notice. One of them, a priority page (notice, paragraphs, § and Cite), shows that notice."""
    current = language_root(site, lang) / editions.EDITIONS_DIR / editions.current().id
    return [
        page
        for page in language_pages(site, lang)
        if not page.is_relative_to(current) or (page.parent.name == project.PRIORITY_DIR and page.name.startswith("1-"))
    ]
