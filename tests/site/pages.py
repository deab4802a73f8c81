"""Where the built pages are, in reading order."""

from __future__ import annotations

from pathlib import Path

from policy_text import project


def language_root(site: Path, lang: str) -> Path:
    """The default language is built at the site's root, the others in a folder of their code."""
    return site if lang == project.default_language() else site / lang


def text_pages(site: Path, lang: str) -> list[Path]:
    """The home page, then each priority page in order: the whole text, once."""
    root = language_root(site, lang)
    priorities = sorted((root / project.PRIORITY_DIR).glob("*.html"), key=lambda p: int(p.name.split("-")[0]))
    return [root / "index.html", *priorities]


def all_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html"))
