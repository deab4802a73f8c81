"""The edition's own interface strings (strings.yml beside this module), for templates and hooks alike.

Material's own strings are in its partials/languages/<lang>.html (ours: overrides/partials/languages/km.html).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from . import numerals

STRINGS_PATH = Path(__file__).with_name("strings.yml")


@cache
def strings() -> dict[str, dict[str, str]]:
    return yaml.safe_load(STRINGS_PATH.read_text(encoding="utf-8"))


def t(lang: str, key: str) -> str:
    return strings()[lang][key]


def fill(lang: str, key: str, **numbers: int | str) -> str:
    """An interface string with its `{placeholders}` filled, numbers in the language's digits (policy_text.numerals)."""
    return t(lang, key).format(**{name: numerals.localise(value, lang) for name, value in numbers.items()})
