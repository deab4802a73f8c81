"""Where things are, and the project's languages, read from mkdocs.yml so they are declared once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""How the project's YAML files are read (the record of editions, identity files, front matter, interface
strings): safely, with libyaml when the wheel has it (the build reads several files on every page)."""

ROOT_VARIABLE = "POLICY_TEXT_ROOT"
ROOT = Path(os.environ.get(ROOT_VARIABLE) or Path(__file__).resolve().parents[2]).resolve()
"""The project folder (mkdocs.yml, docs/, source/): this checkout, or the copy named by the
environment variable, so that a copy of the project (tests build one holding a second edition)
is built from its own record of editions and pages."""
CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache"
"""What a build computes once for the same inputs (the Khmer font, compiled templates), kept in this
checkout (ignored by git) and shared by the copies of the project that tests build."""
TEMPLATES_CACHE_DIR = CACHE_DIR / "templates"
"""Compiled templates (overrides/hooks/templates.py)."""
MKDOCS_YML = ROOT / "mkdocs.yml"
DOCS_DIR = ROOT / "docs"
PRIORITY_DIR = "priorites"
"""Folder of the priority pages inside each language folder (the same in every language)."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    default: bool
    og_locale: str


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: its `!ENV` and other tags are read as plain values."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


@cache
def mkdocs_config(path: Path = MKDOCS_YML) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)


def _i18n_options(config: dict) -> dict:
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return plugin["i18n"]
    raise LookupError(f"{MKDOCS_YML}: the i18n plugin is not configured")


@cache
def languages() -> tuple[Language, ...]:
    """The site's languages, the default (official) one first."""
    entries = _i18n_options(mkdocs_config())["languages"]
    found = [Language(e["locale"], e["name"], bool(e.get("default")), e["extra"]["og_locale"]) for e in entries]
    return tuple(sorted(found, key=lambda language: not language.default))


def language(code: str) -> Language:
    return next(language for language in languages() if language.code == code)


def language_codes() -> tuple[str, ...]:
    return tuple(language.code for language in languages())


def default_language() -> str:
    return languages()[0].code


def language_prefix(code: str) -> str:
    """Where a language's pages are built: the default language at the site's root, others in a folder."""
    return "" if code == default_language() else f"{code}/"
