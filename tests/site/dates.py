"""Dates as a reader of each language writes them, written out for the tests (not policy_text.interface.date):
an edition's date and the date of access are checked against these."""

from __future__ import annotations

import datetime

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
    "km": "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ".split(),
}
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def french_date(day: datetime.date) -> str:
    """`27 novembre 2026`, `1er décembre 2026`."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS['fr'][day.month - 1]} {day.year}"


def english_date(day: datetime.date) -> str:
    """`27 November 2026`."""
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def khmer_date(day: datetime.date) -> str:
    """`ថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦`: Khmer digits."""
    return f"ថ្ងៃទី{day.day} ខែ{MONTHS['km'][day.month - 1]} ឆ្នាំ{day.year}".translate(KHMER_DIGITS)


def written_date(day: datetime.date, lang: str) -> str:
    return {"fr": french_date, "en": english_date, "km": khmer_date}[lang](day)
