"""The Khmer revision: each corrected term stands where it belongs, and no old wording is left in docs/km.

Expected values are the revision's own wording (old -> new), written from the review, not read from the pages.
The review was of the edition of 2026-11-27 (`WRITTEN_FOR`; its labels, § 3.1, are that edition's): each check
reads its paragraph by permanent id, and applies while the paragraph is unchanged since (tests/wording/__init__.py).
"""

from __future__ import annotations

import json
import re

import pytest

from policy_text import project

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
        "កថាខណ្ឌនីមួយៗមានអាសយដ្ឋានផ្ទាល់ខ្លួន",
    ),
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
