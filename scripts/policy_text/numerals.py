"""How each language writes numbers: Khmer text uses Khmer digits (០–៩), French and English ASCII digits.

The one place the digits are defined and Python converts them. JavaScript gets them from here too:
search_index.py puts them in the Khmer search settings, and the worker wrapper
(overrides/assets/javascripts/workers/edition-search.js, `ownDigits`) converts queries with them.
Ids, addresses and file names (`p1-2`, `#titre`, `3-diplomatie-economique.html`) never go through
this: they stay ASCII in every language.
"""

from __future__ import annotations

import re

ASCII_DIGITS = "0123456789"
DIGITS = {"km": "០១២៣៤៥៦៧៨៩"}
"""The digits, 0 to 9, of each language that does not write ASCII digits."""
STATEMENT_NUMBER = re.compile(f"^[{ASCII_DIGITS}{''.join(DIGITS.values())}]+\\.")
"""The ministry's number opening a priority's statement (`3.`, `៣.` in a Khmer title), in any language's digits."""


def without_statement_number(statement: str) -> str:
    """The statement's words: `3. Promouvoir…` -> `Promouvoir…`."""
    number = STATEMENT_NUMBER.match(statement)
    return statement[number.end() :].lstrip() if number else statement


def localise(value: int | str, lang: str) -> str:
    """`value` written with the language's digits: localise(2030, "km") == "២០៣០"; other characters unchanged."""
    text = str(value)
    own = DIGITS.get(lang)
    return text.translate(str.maketrans(ASCII_DIGITS, own)) if own else text
