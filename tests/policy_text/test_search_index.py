"""Search settings from the library: glossary synonym sets, English spelling rules, digits.

Expected values are written from the glossary and from English spelling, not read from the output.
"""

from __future__ import annotations

import re

from policy_text import numerals, search_index


def respell(word: str) -> str:
    """The wrapper's `respell`, in Python: the first rule that matches ($1 is \\1 in Python)."""
    for pattern, replacement in search_index.ENGLISH_VARIANTS:
        if re.search(pattern, word):
            return re.sub(pattern, re.sub(r"\$(\d)", r"\\g<\1>", replacement), word)
    return word


def names(lang: str, name: str) -> dict[str, list[str]]:
    [found] = [s for s in search_index.language_synonyms(lang) if name in s["own"] + s["other"]]
    return found


def test_british_and_american_spellings_meet():
    pairs = [
        ("neighbouring", "neighboring"),
        ("neighbour", "neighbor"),
        ("colourful", "colorful"),
        ("favourite", "favorite"),
        ("behavioural", "behavioral"),
        ("organisation", "organization"),
        ("organisations", "organizations"),
        ("realise", "realize"),
        ("realised", "realized"),
        ("liberalisation", "liberalization"),
        ("globalisation", "globalization"),
        ("prioritising", "prioritizing"),
        ("analyse", "analyze"),
        ("centre", "center"),
        ("centres", "centers"),
        ("centred", "centered"),
        ("theatre", "theater"),
        ("defence", "defense"),
        ("licence", "license"),
        ("catalogue", "catalog"),
        ("dialogues", "dialogs"),
        ("travelled", "traveled"),
        ("counsellor", "counselor"),
        ("modelling", "modeling"),
        ("enrolment", "enrollment"),
        ("fulfil", "fulfill"),
        ("skilful", "skillful"),
        ("programme", "program"),
        ("ageing", "aging"),
        ("judgement", "judgment"),
        ("grey", "gray"),
        ("sceptical", "skeptical"),
    ]
    assert [(uk, us) for uk, us in pairs if respell(uk) != respell(us)] == []


def test_spelling_rules_leave_other_words_alone():
    # -ise that is no verb ending, words merely ending like a rule, and words already American
    for word in ("promise", "revise", "exercise", "surprise", "advise", "enterprise", "precise", "otherwise"):
        assert respell(word) == word, word
    for word in ("our", "four", "your", "hour", "tour", "tourism", "source", "journey", "called", "installed"):
        assert respell(word) == word, word
    for word in ("organization", "neighbor", "center", "analysis", "crisis", "genre", "more", "are"):
        assert respell(word) == word, word


def test_glossary_names_are_synonyms_across_languages_and_scripts():
    assert "អាស៊ាន" in names("km", "ASEAN")["own"] and "ASEAN" in names("km", "ASEAN")["other"]
    assert names("fr", "ONU")["own"] == ["Nations Unies"]
    assert {"ONU", "United Nations", "UN", "អង្គការសហប្រជាជាតិ"} <= set(names("fr", "ONU")["other"])
    assert names("en", "UN")["own"] == ["United Nations"] and "UN" in names("en", "UN")["other"]
    # an abbreviation and the name it abbreviates are one set
    assert names("fr", "OMC")["own"] == ["Organisation mondiale du Commerce", "OMC"]
    assert {"WTO", "World Trade Organization"} <= set(names("fr", "OMC")["other"])
    assert names("km", "RCEP")["own"] == ["ភាពជាដៃគូសេដ្ឋកិច្ចគ្រប់ជ្រុងជ្រោយក្នុងតំបន់", "RCEP"]


def test_every_glossary_entry_is_in_one_set_and_names_are_not_repeated():
    sets = search_index.language_synonyms("en")
    flat = [name for s in sets for name in s["own"] + s["other"]]
    for entry in search_index.json.loads(search_index.GLOSSARY.read_text(encoding="utf-8")):
        assert entry["en"] in flat
    for s in sets:
        assert len(s["own"] + s["other"]) == len(set(s["own"] + s["other"])), s


def test_an_abbreviation_of_a_missing_name_fails():
    glossary = [{"fr": "OMC", "en": "WTO", "km": "WTO", "abbreviation_of": "Organisation inconnue"}]
    try:
        search_index.synonym_sets(glossary)
    except KeyError as error:
        assert "Organisation inconnue" in str(error)
    else:
        raise AssertionError("expected a KeyError")


def test_compounds_and_spelling_rules_are_set_per_language():
    assert numerals.DIGITS["km"] == "០១២៣៤៥៦៧៨៩"
    assert search_index.LANGUAGE_SEARCH["fr"]["compounds"] and search_index.LANGUAGE_SEARCH["en"]["compounds"]
    assert search_index.LANGUAGE_SEARCH["en"]["variants"] is search_index.ENGLISH_VARIANTS
