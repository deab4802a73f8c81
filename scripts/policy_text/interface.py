"""The edition's own interface strings (partials/edition/strings.yml), for templates and hooks alike."""

from __future__ import annotations

from functools import cache

import yaml

from .config import ROOT

STRINGS_PATH = ROOT / "overrides" / "partials" / "edition" / "strings.yml"


@cache
def strings() -> dict[str, dict[str, str]]:
    return yaml.safe_load(STRINGS_PATH.read_text(encoding="utf-8"))


def t(lang: str, key: str) -> str:
    return strings()[lang][key]
