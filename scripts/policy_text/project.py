"""Where things are, and the project's languages, read from mkdocs.yml so they are declared once."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml

from .plugin.config import NAME as PLUGIN
from .plugin.config import PolicyTextConfig

T = TypeVar("T")
_FILE_CACHES: list[functools._lru_cache_wrapper] = []


def reads_files(function: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
    """`functools.cache` for what is read from the project's files: forgotten by `forget_files`."""
    cached = functools.cache(function)
    _FILE_CACHES.append(cached)
    return cached


def forget_files() -> None:
    """What was read from files, read again when next asked: the plugin calls it as each build starts, so that
    `mkdocs serve` shows an edit to the strings, the glossary, the source or a schema."""
    for cached in _FILE_CACHES:
        cached.cache_clear()


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
"""Compiled templates (policy_text.plugin.templates)."""
MKDOCS_YML = ROOT / "mkdocs.yml"
PACKAGE_DIR = Path(__file__).resolve().parent
"""The library: its code, and the data the build reads (strings, glossary, schemas)."""
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


@reads_files
def mkdocs_config(path: Path = MKDOCS_YML) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)


def plugin_options(config: dict | None = None) -> PolicyTextConfig:
    """The plugin's options in `mkdocs.yml`, with their defaults, for code that runs without MkDocs."""
    entries = (config or mkdocs_config()).get("plugins", [])
    raw = next((entry[PLUGIN] for entry in entries if isinstance(entry, dict) and PLUGIN in entry), None)
    options = PolicyTextConfig()
    options.load_dict(raw or {})
    errors, _ = options.validate()
    if errors:
        name, error = errors[0]
        raise LookupError(f"{MKDOCS_YML}: plugin '{PLUGIN}', option '{name}': {error}")
    return options


SOURCE_DIR = (ROOT / plugin_options().source_dir).resolve()
"""The editions of the official text (policy_text.editions): the plugin's `source_dir`."""


def watched_paths(theme_dir: str | None) -> Iterator[Path]:
    """What the build reads besides docs/ and mkdocs.yml, which `mkdocs serve` watches already."""
    if theme_dir:
        yield Path(theme_dir)
    yield PACKAGE_DIR
    yield SOURCE_DIR


def _i18n_options(config: dict) -> dict:
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            return plugin["i18n"]
    raise LookupError(f"{MKDOCS_YML}: the i18n plugin is not configured")


@reads_files
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
