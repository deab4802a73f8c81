"""`policy_text.citation_formats`: the citations of a paragraph and the Highwire tags, written out by hand here."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from policy_text import citation_formats as cf
from policy_text import editions, identity, interface

TITLE = "Politique étrangère du Cambodge"
FR_MINISTRY = "Ministère des Affaires étrangères et de la Coopération internationale du Royaume du Cambodge"
EN_MINISTRY = "Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia"
KM_MINISTRY = "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ នៃព្រះរាជាណាចក្រកម្ពុជា"
NNBSP = "\u202f"  # French typography: the narrow no-break space before ; ! ?

RETRIEVED = editions.Edition("2026-11-27", "retrieved", Path("2026-11-27/text.fr.txt"), "https://example.org")
PUBLISHED = editions.Edition("2027-05-01", "published", Path("2027-05-01/text.fr.txt"), "https://example.org")


def french(edition=RETRIEVED):
    return cf.Work(lang="fr", text_lang="fr", title=TITLE, translated_title=None, edition=edition)


def english(edition=RETRIEVED):
    return cf.Work("en", "en", TITLE, "Cambodia’s Foreign Policy", edition)


def khmer(edition=RETRIEVED):
    return cf.Work("km", "km", TITLE, "គោលនយោបាយការបរទេសរបស់កម្ពុជា", edition)


@pytest.mark.parametrize(
    ("date", "lang", "expected"),
    [
        (datetime.date(2026, 11, 27), "fr", "27 novembre 2026"),
        (datetime.date(2027, 5, 1), "fr", "1er mai 2027"),
        (datetime.date(2027, 5, 1), "en", "1 May 2027"),
        (datetime.date(2026, 2, 3), "en", "3 February 2026"),
        (datetime.date(2026, 11, 27), "km", "ថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦"),
        (datetime.date(2030, 1, 9), "km", "ថ្ងៃទី៩ ខែមករា ឆ្នាំ២០៣០"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(date, lang, expected):
    assert interface.date(lang, date) == expected


def test_the_publisher_is_the_ministry_in_the_pages_language_and_the_official_name_in_french():
    from policy_text.schema import SOURCE

    assert french().publisher == FR_MINISTRY == SOURCE["publisher"]
    assert english().publisher == EN_MINISTRY
    assert khmer().publisher == KM_MINISTRY


def test_french_text_citation_of_a_retrieved_edition_never_gives_a_publication_date():
    assert cf.text(french()) == (
        f"{FR_MINISTRY}. Politique étrangère du Cambodge, ⟦paragraph⟧. Édition du 27 novembre 2026 (texte relevé "
        f"sur le site du ministère ce jour-là{NNBSP}; le ministère n’indique pas de date de publication). ⟦url⟧. "
        "Consulté le ⟦accessed⟧."
    )


def test_a_published_edition_says_published_on():
    assert cf.text(french(PUBLISHED)) == (
        f"{FR_MINISTRY}. Politique étrangère du Cambodge, ⟦paragraph⟧. Édition publiée par le ministère le "
        "1er mai 2027. ⟦url⟧. Consulté le ⟦accessed⟧."
    )
    assert "Edition published by the ministry on 1 May 2027." in cf.text(english(PUBLISHED))


def test_a_translation_is_cited_as_unofficial_under_the_french_title():
    assert cf.text(english()) == (
        f"{EN_MINISTRY}. Politique étrangère du Cambodge [Cambodia’s Foreign Policy], ⟦paragraph⟧. "
        "Unofficial English translation. Edition of 27 November 2026 (text retrieved from the ministry’s website "
        "on that day; the ministry states no publication date). ⟦url⟧. Accessed ⟦accessed⟧."
    )
    assert cf.text(khmer()) == (
        f"{KM_MINISTRY}។ Politique étrangère du Cambodge [គោលនយោបាយការបរទេសរបស់កម្ពុជា] ⟦paragraph⟧។ "  # list_separator
        "ការបកប្រែភាសាខ្មែរក្រៅផ្លូវការ។ ការបោះពុម្ពចុះថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ "
        "(អត្ថបទដែលបានទាញយកពីគេហទំព័ររបស់ក្រសួងនៅថ្ងៃនោះ ដោយក្រសួងមិនបានបញ្ជាក់កាលបរិច្ឆេទចេញផ្សាយទេ)។ ⟦url⟧ ។ "
        "ចូលមើលនៅ⟦accessed⟧។"  # the address set off from "។", which link detection would take as its own
    )


def test_bibtex_entry_of_a_published_edition():
    assert cf.bibtex(english(PUBLISHED)) == (
        "@misc{mfaic-2027-05-01-⟦id⟧,\n"
        f"  author     = {{{{{EN_MINISTRY}}}}},\n"
        "  title      = {Politique étrangère du Cambodge},\n"
        "  titleaddon = {[Cambodia’s Foreign Policy]},\n"
        "  year       = {2027},\n"
        "  date       = {2027-05-01},\n"
        "  url        = {⟦url⟧},\n"
        "  urldate    = {⟦accessed-iso⟧},\n"
        "  langid     = {english},\n"
        "  note       = {⟦paragraph⟧. Unofficial English translation. "
        "Edition published by the ministry on 1 May 2027.},\n"
        "}"
    )


def test_bibtex_entry_of_a_retrieved_edition_has_no_year():
    entry = cf.bibtex(french())
    assert "year" not in entry and "  date " not in entry
    assert f"  author  = {{{{{FR_MINISTRY}}}}},\n" in entry
    assert "  langid  = {french},\n" in entry


@pytest.mark.parametrize(
    ("value", "escaped"),
    [
        ("50 % {plus} & co", r"50 \% \{plus\} \& co"),
        (r"a\b", r"a\textbackslash{}b"),
        ("$1 #2 _3 ~4 ^5", r"\$1 \#2 \_3 \textasciitilde{}4 \textasciicircum{}5"),
        ("Coopération – Phnom Penh", "Coopération – Phnom Penh"),  # UTF-8 for biber: accents kept
        ("កម្ពុជា {១}", r"កម្ពុជា \{១\}"),
        ("two\nlines\r\n  here", "two lines here"),
    ],
)
def test_bibtex_escaping(value, escaped):
    assert cf.bibtex_escape(value) == escaped


def test_bibtex_escapes_a_hostile_title_and_keeps_braces_balanced():
    work = cf.Work("fr", "fr", "Titre {mal} fermé } 100 %", None, RETRIEVED)
    entry = cf.bibtex(work)
    assert r"  title   = {Titre \{mal\} fermé \} 100 \%}," in entry
    unescaped = entry.replace(r"\{", "").replace(r"\}", "")
    assert unescaped.count("{") == unescaped.count("}")


def test_ris_record_of_a_khmer_translation():
    assert cf.ris(khmer()) == "\n".join(
        [
            "TY  - GOVDOC",
            f"AU  - {KM_MINISTRY}",
            "TI  - Politique étrangère du Cambodge",
            "TT  - គោលនយោបាយការបរទេសរបស់កម្ពុជា",
            f"PB  - {KM_MINISTRY}",
            "ET  - ការបោះពុម្ពចុះថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ (អត្ថបទដែលបានទាញយកពីគេហទំព័ររបស់ក្រសួងនៅថ្ងៃនោះ "
            "ដោយក្រសួងមិនបានបញ្ជាក់កាលបរិច្ឆេទចេញផ្សាយទេ)",
            "LA  - km",
            "UR  - ⟦url⟧",
            "Y2  - ⟦accessed-ris⟧",
            "N1  - ⟦paragraph⟧។ ការបកប្រែភាសាខ្មែរក្រៅផ្លូវការ។ ការបោះពុម្ពចុះថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦ "
            "(អត្ថបទដែលបានទាញយកពីគេហទំព័ររបស់ក្រសួងនៅថ្ងៃនោះ ដោយក្រសួងមិនបានបញ្ជាក់កាលបរិច្ឆេទចេញផ្សាយទេ)។",
            "ER  - ",
        ]
    )


def test_ris_of_a_published_edition_has_its_year_and_date():
    record = cf.ris(french(PUBLISHED)).splitlines()
    assert "PY  - 2027" in record and "DA  - 2027/05/01" in record
    assert not any(line.startswith(("PY", "DA")) for line in cf.ris(french()).splitlines())


def test_a_ris_value_cannot_end_the_record_or_add_a_field():
    work = cf.Work("fr", "fr", "Titre\nER  - \nTI  - autre", None, RETRIEVED)
    lines = cf.ris(work).splitlines()
    assert "TI  - Titre ER - TI - autre" in lines
    assert [line for line in lines if line.startswith("ER")] == ["ER  - "]
    assert lines[-1] == "ER  - "


CURRENT, FIRST = editions.current(), editions.all()[0]
"""The permanent addresses below are those of the current edition (a page at the usual addresses) and of the first
(an edition's own permanent page), whichever they are: the rule is `Edition.permanent_path`'s."""


def html(page: str) -> str:
    return page.removesuffix(".md") + ".html"


PRIORITY_PAGE = html(identity.current().priorities[1].page)  # the current edition's first priority's page
LAST_PRIORITY_PAGE = html(identity.current().priorities[-1].page)
FIRST_EDITION_PAGE = html(identity.of(FIRST).priorities[2].page)  # a priority's page in the first edition


@pytest.mark.parametrize(
    ("path", "relative"),
    [
        (PRIORITY_PAGE, f"../editions/{CURRENT.id}/{PRIORITY_PAGE}"),
        ("index.html", f"editions/{CURRENT.id}/index.html"),
        ("texte-integral.html", f"editions/{CURRENT.id}/texte-integral.html"),
        # a permanent page's permanent address is itself
        (f"editions/{FIRST.id}/{FIRST_EDITION_PAGE}", FIRST_EDITION_PAGE.rsplit("/", 1)[-1]),
        (f"editions/{FIRST.id}/index.html", "index.html"),
    ],
)
def test_the_permanent_address_follows_the_editions_rule(path, relative):
    assert cf.permanent_relative(path) == relative


def test_the_absolute_permanent_address_needs_the_sites_address():
    assert cf.permanent_absolute("index.html", "km", "https://h.example/sub/") == (
        f"https://h.example/sub/km/editions/{CURRENT.id}/index.html"
    )
    assert cf.permanent_absolute("texte-integral.html", "fr", "https://h.example/") == (
        f"https://h.example/editions/{CURRENT.id}/texte-integral.html"
    )
    assert cf.permanent_absolute("index.html", "fr", "") is None


def test_highwire_tags_of_a_retrieved_edition_give_its_online_date_not_a_publication_date():
    assert cf.highwire(english(), LAST_PRIORITY_PAGE, "https://h.example/") == [
        ("citation_title", "Politique étrangère du Cambodge [Cambodia’s Foreign Policy]"),
        ("citation_technical_report_institution", EN_MINISTRY),
        ("citation_publisher", EN_MINISTRY),
        ("citation_online_date", "2026/11/27"),
        ("citation_language", "en"),
        ("citation_public_url", f"https://h.example/en/editions/{CURRENT.id}/{LAST_PRIORITY_PAGE}"),
    ]


def test_highwire_tags_of_a_published_edition_without_a_site_address():
    tags = dict(cf.highwire(french(PUBLISHED), "index.html", ""))
    assert tags["citation_publication_date"] == "2027/05/01"
    assert "citation_online_date" not in tags and "citation_public_url" not in tags
    assert tags["citation_title"] == TITLE


def test_page_data_holds_what_the_page_needs_before_any_citation_is_opened():
    data = cf.page_data(khmer(), PRIORITY_PAGE, "km/priorites/1-x.html")
    assert data["permanent"] == f"../editions/{CURRENT.id}/{PRIORITY_PAGE}"
    assert data["key"] == "2026-11-27.km.km.translation"
    assert data["script"] == "../../assets/javascripts/citation/2026-11-27.km.km.translation.js"
    assert set(data["strings"]) == {"open", "permanent.status"}


def test_shared_data_holds_the_citations_of_every_page_of_an_edition_and_language():
    data = cf.shared_data(khmer())
    assert data["edition"] == "ថ្ងៃទី២៧ ខែវិច្ឆិកា ឆ្នាំ២០២៦"
    assert data["date"]["digits"] == "០១២៣៤៥៦៧៨៩" and data["date"]["months"][10] == "វិច្ឆិកា"
    assert set(data["formats"]) == {"text", "bibtex", "ris"}
    assert data["strings"]["close"] == "បិទ"
    used = {name for template in data["formats"].values() for name in cf.PLACEHOLDERS if cf.slot(name) in template}
    assert used == set(cf.PLACEHOLDERS)
    french_strings = cf.shared_data(french())["strings"]
    assert french_strings["copied"] == "Copié\u00a0: {what}"  # typography applied: the page's script is left alone
    name, script = cf.shared_script(khmer())
    assert name == "assets/javascripts/citation/2026-11-27.km.km.translation.js"
    assert script.startswith('(self.__editionCitation=self.__editionCitation||{})["2026-11-27.km.km.translation"]={')


def test_shared_data_names_the_official_title_and_its_language():
    """For the page to mark the French title in a citation in English or Khmer (lang="fr")."""
    for work in (french(), english(), khmer()):
        assert cf.shared_data(work)["title"] == {"text": TITLE, "lang": "fr"}
        assert TITLE in cf.shared_data(work)["formats"]["text"]
