"""The edition's own interface strings (strings.yml beside this module), for templates and hooks alike.

Material's own strings are in its partials/languages/<lang>.html (ours: overrides/partials/languages/km.html).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import yaml

from . import numerals, project

STRINGS_PATH = Path(__file__).with_name("strings.yml")
TYPOGRAPHY = ("full_stop", "colon", "list_separator", "date.format", "date.first", "date.months")
"""Each language's own typography and dates (strings.yml): not translated from the French, every other string is."""


@project.reads_files
def strings() -> dict[str, dict[str, str]]:
    return yaml.load(STRINGS_PATH.read_text(encoding="utf-8"), Loader=project.YAML_LOADER)


def t(lang: str, key: str) -> str:
    return strings()[lang][key]


def fill(lang: str, key: str, **numbers: int | str) -> str:
    """An interface string with its `{placeholders}` filled, numbers in the language's digits (policy_text.numerals)."""
    return t(lang, key).format(**{name: numerals.localise(value, lang) for name, value in numbers.items()})


def date(lang: str, day: datetime.date) -> str:
    """`27 novembre 2026`, `1er décembre 2026`, `27 November 2026`, `ថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦`: as a reader
    of `lang` writes a date, in the language's digits."""
    month = t(lang, "date.months").split()[day.month - 1]
    number = t(lang, "date.first") if day.day == 1 else str(day.day)
    return numerals.localise(t(lang, "date.format").format(day=number, month=month, year=day.year), lang)
