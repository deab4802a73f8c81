"""The Khmer revision: each corrected term stands where it belongs, and no old wording is left in docs/km.

Expected values are the revision's own wording (old -> new), written from the review, not read from the pages.
The review was of the edition of 2026-11-27 (`WRITTEN_FOR`; its labels, § 3.1, are that edition's): each check
reads its paragraph by permanent id, and applies while the paragraph is unchanged since (tests/wording/__init__.py).
"""

from __future__ import annotations

import json
import re

import pytest

from policy_text import interface, project

from ..importing import FIRST_ID
from . import applying, reading

KM = project.DOCS_DIR / "km"
GLOSSARY = json.loads((project.ROOT / "scripts" / "policy_text" / "glossary.json").read_text(encoding="utf-8"))
WRITTEN_FOR = FIRST_ID


def page(name: str, field: str) -> reading.Text:
    return reading.site_field("km", name, field)


def paragraph(paragraph_id: str) -> reading.Text:
    return reading.paragraph("km", paragraph_id)


def applies(checks: list, text=lambda check: check) -> list:
    return applying.where_unchanged(checks, lambda check: text(check).paragraphs, WRITTEN_FOR)


# (where, the text there, the corrected wording it must hold)
CORRECTED = [
    ("2 description", reading.description_of("km", "p2-2"), "មជ្ឈភាពរបស់អាស៊ាន"),
    ("§ 2.2 centrality", paragraph("p2-2"), "មជ្ឈភាពរបស់អាស៊ាន"),
    ("§ 2.2 non-interference", paragraph("p2-2"), "កិច្ចការផ្ទៃក្នុងរបស់ប្រទេសដទៃ"),
    ("§ 3.1 vision", paragraph("p3-1"), "ចក្ខុវិស័យរបស់រាជរដ្ឋាភិបាល ដើម្បីឱ្យកម្ពុជាក្លាយជា"),
    ("§ 3.2 RCEP", paragraph("p3-2"), "ភាពជាដៃគូសេដ្ឋកិច្ចគ្រប់ជ្រុងជ្រោយក្នុងតំបន់ (RCEP)"),
    ("§ 4.1 governance", paragraph("p4-1"), "ក្នុងអភិបាលកិច្ចសកល"),
    ("§ 5.1 infrastructure", paragraph("p5-1"), "ហេដ្ឋារចនាសម្ព័ន្ធរឹង និងទន់"),
    ("§ 0.1 no article", paragraph("p0-1"), "អនុវត្តគោលនយោបាយការបរទេស ដែល"),
    ("§ 1.1 parentheses", paragraph("p1-1"), "គោលនយោបាយការបរទេស (ក្នុងវិស័យនយោបាយ"),
    ("§ 1.1 parentheses", paragraph("p1-1"), "សន្តិសុខជាតិ និងការពារជាតិ) ដោយគោរព"),
    ("home description", page("index.md", "description"), "ការបកប្រែក្រៅផ្លូវការ"),
    (
        "full text description",
        page("texte-integral.md", "description"),
        "កថាខណ្ឌនីមួយៗ មានអាសយដ្ឋានផ្ទាល់ខ្លួន",
    ),
    # The second review (issue 24), each checked against the French.
    ("§ 0.1 focus said once", paragraph("p0-1"), "ដោយផ្ដោតលើភារកិច្ចចម្បងទាំងប្រាំ ដូចខាងក្រោម៖"),
    ("§ 1.1 a list of nouns", paragraph("p1-1"), "អចិន្ត្រៃយ៍ ការមិនចូលបក្សសម្ព័ន្ធ និងការរួមរស់"),
    ("§ 1.3 Cambodia's citizens", paragraph("p1-3"), "របស់ប្រជាពលរដ្ឋកម្ពុជានៅបរទេស"),
    ("§ 1.3 to those workers", paragraph("p1-3"), "ដល់ពលករទាំងនោះ"),
    ("§ 3.2 constructively", paragraph("p3-2"), "ក្នុងស្មារតីនេះ កម្ពុជាបានចូលរួមយ៉ាងស្ថាបនា"),
    ("§ 4.3 flagship initiatives", paragraph("p4-3"), "រវាងគំនិតផ្ដួចផ្ដើមចម្បងៗ ក្នុងតំបន់"),
    ("§ 4.3 space after ៗ", paragraph("p4-3"), "ប្រទេសធំៗ ក្នុងតំបន់"),
    ("note on § 4.1", reading.note("km", "p4-1"), "កថាខណ្ឌនេះជាឃ្លាមិនពេញលេញ ដែលតពីសេចក្ដីថ្លែងលេខ ៤ ខាងលើ។"),
    ("note on § 4.1", reading.note("km", "p4-1"), "ការបកប្រែនេះបានរៀបចំកថាខណ្ឌនេះជាប្រយោគពេញលេញ។"),
    ("full text title", page("texte-integral.md", "title"), "អត្ថបទពេញលេញ"),
    ("full text nav_title", page("texte-integral.md", "nav_title"), "អត្ថបទពេញលេញ"),
    ("side by side description", page("texte-parallele.md", "description"), "តាមកថាខណ្ឌនីមួយៗ"),
    ("side by side description", page("texte-parallele.md", "description"), "៖ ភាសាបារាំង អង់គ្លេស ឬខ្មែរ។"),
    ("accessibility statement", reading.site_body("km", "accessibilite.md"), "ការអានឮៗ ជាភាសាខ្មែរ"),
]
APPLYING = applies(CORRECTED, lambda check: check[1])

OLD_WORDINGS = [
    "ភាពជាកណ្ដាល",  # centrality read as "being in the middle"
    "គ្រប់ជ្រុងជ្រោយតំបន់",  # RCEP without ក្នុង
    "រូបវន្ត",  # physical / non-physical infrastructure
    "របស់អ្នកដទៃ",  # "of other people"
    "អភិបាលកិច្ចនៃកិច្ចការ",  # governance of the affairs
    "គោលនយោបាយការបរទេសមួយ",  # calque of the French article
    "ក្នុងការផ្លាស់ប្ដូរកម្ពុជា",  # "change" said for "transformer"
    "គំនិតផ្ដួចផ្ដើមទាំងឡាយ",  # រាល់…ទាំងឡាយ
    "ទៅវិញទៅមក និងបំពេញបន្ថែមគ្នាទៅវិញទៅមក",  # ទៅវិញទៅមក twice
    "\u2013",  # en dash
    "\u2014",  # em dash
    "មិនមែនជាការបកប្រែផ្លូវការ",  # "unofficial" said another way
    "ផ្ដោតសំខាន់លើភារកិច្ចចម្បង",  # សំខាន់ and ចម្បង say the same
    "ប្រជាពលរដ្ឋខ្លួននៅបរទេស",
    "ពួកគេ",  # informal "them"
    "ប្រកបដោយស្មារតីស្ថាបនា",  # ស្មារតី twice in one sentence
    "គំនិតផ្ដួចផ្ដើមសំខាន់ៗ",
    "សរសេរវា",  # the informal វា in the note on § 4.1
    "កថាខណ្ឌម្ដងមួយ",  # "one paragraph at a time" for aligned columns
]


# Interface strings (strings.yml), as the second review corrected them: key, the wording the string must hold.
CORRECTED_STRINGS = [
    ("edition.retrieved", "ទាញយកពីគេហទំព័ររបស់ក្រសួង"),  # យកចេញ: "removed from"
    ("changes.french", "ក្នុងការបោះពុម្ពមួយក្នុងចំណោមការបោះពុម្ពទាំងពីរ"),  # one of the two editions, not both
    ("changes.title", "ការបោះពុម្ពចុះ{date}"),
    ("changes.intro", "ពីការបោះពុម្ពចុះ{old} ដល់ការបោះពុម្ពចុះ{new}"),
    ("changes.in_edition", "ការបោះពុម្ពចុះ{date}"),
    ("old.as_it_stood", "ការបោះពុម្ពចុះ{date}"),
    ("home.about.text", "អត្ថបទភាសាបារាំងជាអត្ថបទគោលដែលត្រូវយកជាការ។"),  # "fait foi"
    ("priority.of", "អាទិភាពទី{number} ក្នុងចំណោមអាទិភាពទាំង{count}"),
    ("dist.size", "ZIP ទំហំ {size} គីឡូបៃ"),
    ("cite.edition.retrieved", "នៅថ្ងៃនោះ ដោយក្រសួងមិនបានបញ្ជាក់"),
    ("editions.intro", "ក្រសួងកែសម្រួលអត្ថបទនេះពីពេលមួយទៅពេលមួយ។"),  # "révise": from time to time
    ("changes.kind.statement-amended", "សេចក្ដីថ្លែងនៃអាទិភាពដែលបានកែប្រែ"),
]

# Interface wordings the second review replaced, in every Khmer string (strings.yml, Material's km.html, mkdocs.yml).
OLD_INTERFACE_WORDINGS = [
    "យកចេញពីគេហទំព័រ",  # "removed from the website"
    "ការបោះពុម្ព {",  # an edition's date without ចុះ (edition.of writes ការបោះពុម្ពចុះ{date})
    "ជាអត្ថបទយោង។",  # "fait foi" is authoritative, not a reference
    "ZIP,",
    "អាទិភាពត្រូវបានកែប្រែ",  # the one change label not written as the others are
    "អាន 1",  # an ASCII digit
    "ការបកប្រែនេះជាការបកប្រែ",  # the footer's repetition
]


@applying.parametrize(("where", "text", "term"), APPLYING, ids=[f"{w}: {t}" for w, _, t in APPLYING])
def test_corrected_term_stands_where_stated(where, text, term):
    assert term in text(), where


@pytest.mark.parametrize("old", OLD_WORDINGS)
def test_old_wording_is_gone_from_the_khmer_pages(old):
    found = [path.relative_to(KM).as_posix() for path in KM.rglob("*.md") if old in reading.reviewed(path, WRITTEN_FOR)]
    assert found == []


@applying.parametrize("text", applies([paragraph("p3-1")]), ids=lambda text: text.paragraphs[0])
def test_priority_3_paragraph_1_says_change_once(text):
    """French `transformer` (the vision) and `changement` (of practice) are no longer one Khmer word."""
    assert text().count("ការផ្លាស់ប្ដូរ") == 1


@applying.parametrize("paragraph_4_3", applies([paragraph("p4-3")]), ids=lambda text: text.paragraphs[0])
def test_priority_4_paragraph_3_says_mutually_once(paragraph_4_3):
    text = paragraph_4_3()
    assert text.count("ទៅវិញទៅមក") == 1 and "រាល់គំនិតផ្ដួចផ្ដើម ដែល" in text


def test_unofficial_is_said_one_way_in_every_khmer_string():
    """ក្រៅផ្លូវការ, as the footer and the notice say it; never "not official" (មិនមែន…ផ្លូវការ)."""
    sources = [*KM.rglob("*.md"), project.ROOT / "scripts" / "policy_text" / "strings.yml", project.MKDOCS_YML]
    sources.append(project.ROOT / "overrides" / "partials" / "languages" / "km.html")
    negated = re.compile(r"មិនមែន\S*\s?\S*ផ្លូវការ")
    assert [str(path) for path in sources if negated.search(path.read_text(encoding="utf-8"))] == []


def test_glossary_has_the_revised_terms():
    khmer = {entry["fr"]: entry["km"] for entry in GLOSSARY}
    assert khmer["centralité"] == "មជ្ឈភាព"
    assert khmer["partenariat économique régional inclusif"] == "ភាពជាដៃគូសេដ្ឋកិច្ចគ្រប់ជ្រុងជ្រោយក្នុងតំបន់"


def khmer_strings() -> dict[str, str]:
    return interface.strings()["km"]


@pytest.mark.parametrize(("key", "wording"), CORRECTED_STRINGS, ids=[key for key, _ in CORRECTED_STRINGS])
def test_corrected_interface_string_holds_the_wording(key, wording):
    assert wording in khmer_strings()[key]


def khmer_interface_sources() -> dict[str, str]:
    """Every Khmer interface string's source: strings.yml's km entries, Material's km.html, mkdocs.yml's km entry."""
    i18n = next(p["i18n"] for p in project.mkdocs_config()["plugins"] if isinstance(p, dict) and "i18n" in p)
    km_entry = next(entry for entry in i18n["languages"] if entry["locale"] == "km")
    return {
        "strings.yml": "\n".join(khmer_strings().values()),
        "km.html": (project.ROOT / "overrides" / "partials" / "languages" / "km.html").read_text(encoding="utf-8"),
        "mkdocs.yml": json.dumps(km_entry, ensure_ascii=False),
    }


@pytest.mark.parametrize("old", OLD_INTERFACE_WORDINGS)
def test_old_interface_wording_is_gone(old):
    assert [name for name, text in khmer_interface_sources().items() if old in text] == []


def test_footer_says_unofficial_once():
    i18n = next(p["i18n"] for p in project.mkdocs_config()["plugins"] if isinstance(p, dict) and "i18n" in p)
    copyright = next(entry for entry in i18n["languages"] if entry["locale"] == "km")["copyright"]
    assert copyright.endswith("នៃព្រះរាជាណាចក្រកម្ពុជា។ នេះជាការបកប្រែក្រៅផ្លូវការ។")


def test_a_space_follows_the_repetition_mark():
    """ៗ ends its word: the next word is set off by a space (a Khmer line breaks at spaces), as the pages write it."""
    glued = re.compile("ៗ[\u1780-\u17d3]")
    sources = {path.relative_to(KM).as_posix(): path.read_text(encoding="utf-8") for path in KM.rglob("*.md")}
    sources.update(khmer_interface_sources())
    assert {name: glued.findall(text) for name, text in sources.items() if glued.search(text)} == {}
