"""Citing a paragraph on the built site: Highwire meta tags in three languages, and the Cite control in
Chromium (what it says, today's date of access, copying, keyboard, axe), over http:// and file://."""

from __future__ import annotations

import datetime
import json
import re

import pytest

from ..conftest import SITE_URL
from .a11y import DESKTOP
from .browser import axe_violations, visit
from .pages import language_root
from .test_browser import clipboard_page  # noqa: F401 - a fixture

PAGE = "priorites/1-independance-souverainete-paix.html"
FR_MINISTRY = "Ministère des Affaires étrangères et de la Coopération internationale du Royaume du Cambodge"
EN_MINISTRY = "Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia"
KM_MINISTRY = "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ នៃព្រះរាជាណាចក្រកម្ពុជា"
FRENCH_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
KHMER_MONTHS = "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ".split()
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def citation_meta(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)">', html)


def test_french_page_carries_highwire_tags(site):
    assert citation_meta((site / PAGE).read_text(encoding="utf-8")) == [
        ("citation_title", "Politique étrangère du Cambodge"),
        ("citation_technical_report_institution", FR_MINISTRY),
        ("citation_publisher", FR_MINISTRY),
        ("citation_online_date", "2026/11/27"),  # retrieved, not published: no citation_publication_date
        ("citation_language", "fr"),
        ("citation_public_url", SITE_URL + "editions/2026-11-27/" + PAGE),
    ]


def test_english_page_cites_the_french_title_and_says_unofficial(site):
    assert citation_meta((site / "en" / "index.html").read_text(encoding="utf-8")) == [
        ("citation_title", "Politique étrangère du Cambodge [Cambodia’s Foreign Policy]"),
        ("citation_technical_report_institution", EN_MINISTRY),
        ("citation_publisher", EN_MINISTRY),
        ("citation_online_date", "2026/11/27"),
        ("citation_language", "en"),
        ("citation_public_url", SITE_URL + "en/editions/2026-11-27/index.html"),
    ]
    data = json.loads(
        re.search(
            r'<script id="edition-citation" type="application/json">(.*?)</script>',
            (site / "en" / "index.html").read_text(encoding="utf-8"),
        ).group(1)
    )
    shared = (site / "en" / data["script"]).resolve().read_text(encoding="utf-8")  # loaded at the first Cite
    assert shared.startswith(f'(self.__editionCitation=self.__editionCitation||{{}})["{data["key"]}"]=')
    assert (
        "Unofficial English translation." in json.loads(shared.split("]=", 1)[1].removesuffix(";\n"))["formats"]["text"]
    )


def test_khmer_full_text_carries_highwire_tags(site):
    tags = dict(citation_meta((site / "km" / "texte-integral.html").read_text(encoding="utf-8")))
    assert tags["citation_title"] == "Politique étrangère du Cambodge [គោលនយោបាយការបរទេសរបស់កម្ពុជា]"
    assert tags["citation_technical_report_institution"] == KM_MINISTRY
    assert tags["citation_language"] == "km"
    assert tags["citation_public_url"] == SITE_URL + "km/editions/2026-11-27/texte-integral.html"


@pytest.mark.parametrize("lang", ["fr", "en", "km"])
def test_pages_outside_the_text_carry_no_citation(site, lang):
    html = (language_root(site, lang) / "accessibilite.html").read_text(encoding="utf-8")
    assert citation_meta(html) == [] and "edition-citation" not in html


def french_date(day: datetime.date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}"


def khmer_date(day: datetime.date) -> str:
    return f"ថ្ងៃទី{day.day} ខែ{KHMER_MONTHS[day.month - 1]} ឆ្នាំ{day.year}".translate(KHMER_DIGITS)


def open_cite(page, paragraph: str):
    button = page.locator(f'button[data-pe-cite="{paragraph}"]')
    button.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.pe-cite-dialog")
    dialog.wait_for(state="visible")
    return button, dialog


def value(dialog, part: str) -> str:
    return dialog.locator(f'[data-pe-cite-value="{part}"]').text_content()


def test_cite_gives_the_paragraph_its_permanent_address_and_todays_date(http_url, page):
    visit(page, http_url + PAGE)
    today = datetime.date.today()
    button, dialog = open_cite(page, "p1-2")
    assert button.get_attribute("aria-label") == "Citer le § 1.2"
    assert dialog.get_attribute("aria-labelledby") == "pe-cite-title"
    assert dialog.locator("#pe-cite-title").text_content() == "Citer le § 1.2"
    permanent = SITE_URL + "editions/2026-11-27/" + PAGE + "#p1-2"
    assert value(dialog, "current") == SITE_URL + PAGE + "#p1-2"
    assert value(dialog, "permanent") == permanent
    assert value(dialog, "text") == (
        f"{FR_MINISTRY}. Politique étrangère du Cambodge, § 1.2. Édition du 27 novembre 2026 (texte relevé sur le "
        "site du ministère ce jour-là\u202f; le ministère n’indique pas de date de publication). "
        f"{permanent}. Consulté le {french_date(today)}."
    )
    bibtex = value(dialog, "bibtex")
    assert bibtex.startswith("@misc{mfaic-2026-11-27-p1-2,\n")
    assert f"  url     = {{{permanent}}},\n" in bibtex
    assert f"  urldate = {{{today.isoformat()}}},\n" in bibtex
    ris = value(dialog, "ris").splitlines()
    assert ris[0] == "TY  - GOVDOC" and ris[-1] == "ER  - "
    assert f"UR  - {permanent}" in ris and f"Y2  - {today:%Y/%m/%d}" in ris
    assert dialog.locator("[data-pe-cite-accessed]").text_content() == (
        f"Date de consultation\u00a0: aujourd’hui, {french_date(today)}."
    )


def test_cite_in_khmer_writes_khmer_digits(http_url, page):
    visit(page, http_url + "km/" + PAGE)
    today = datetime.date.today()
    button, dialog = open_cite(page, "p1-2")
    assert button.get_attribute("aria-label") == "ដកស្រង់ § ១.២"
    assert dialog.locator("#pe-cite-title").text_content() == "ដកស្រង់ § ១.២"
    text = value(dialog, "text")
    assert "[គោលនយោបាយការបរទេសរបស់កម្ពុជា] § ១.២។ ការបកប្រែភាសាខ្មែរក្រៅផ្លូវការ។" in text  # no Latin comma
    assert text.endswith(f"km/editions/2026-11-27/{PAGE}#p1-2 ។ ចូលមើលនៅ{khmer_date(today)}។")
    assert f"urldate    = {{{today.isoformat()}}}" in value(dialog, "bibtex")  # ASCII where the format needs it


def test_keyboard_opens_and_escape_closes_returning_focus(http_url, page):
    visit(page, http_url + "texte-integral.html")
    button, dialog = open_cite(page, "p3-2")
    assert page.evaluate("document.activeElement.closest('dialog.pe-cite-dialog') !== null")
    assert page.evaluate("document.querySelector('dialog.pe-cite-dialog').matches(':modal')")
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.getAttribute('data-pe-cite')") == "p3-2"
    button, dialog = open_cite(page, "p0-1")
    page.locator("[data-pe-cite-close]").click()
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.getAttribute('data-pe-cite')") == "p0-1"


def test_every_paragraph_has_a_cite_button_of_at_least_24_px(http_url, page):
    visit(page, http_url + "en/texte-integral.html")
    assert (
        page.locator("button[data-pe-cite]").count() == page.locator("a.pe-cite").count() >= 19
    )  # every paragraph and statement
    for box in page.locator("button[data-pe-cite]").evaluate_all(
        "buttons => buttons.map(b => b.getBoundingClientRect()).map(r => [r.width, r.height])"
    ):
        assert box[0] >= 24 and box[1] >= 24


@pytest.mark.parametrize(
    "path", ["priorites/3-diplomatie-economique.html", "km/priorites/2-davantage-amis-etranger.html"]
)
def test_the_cite_button_stays_within_its_paragraph(http_url, new_tab, path):
    """On wider screens the § number and the Cite button hang in the paragraph's indent, one above the
    other: a one-line statement is as tall as both, its bar beside them (pages with one-line statements)."""
    page = new_tab(DESKTOP)
    visit(page, http_url + path)
    overflows = page.locator("p[id^='p']").evaluate_all(
        """paragraphs => paragraphs.filter(p => p.querySelector("button[data-pe-cite]")
             .getBoundingClientRect().bottom > p.getBoundingClientRect().bottom).map(p => p.id)"""
    )
    assert page.locator("p[id^='p'] > button[data-pe-cite]").count() >= 3 and overflows == []


def test_the_open_dialog_is_axe_clean_and_fits_a_phone(browser, http_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        visit(page, http_url + "km/" + PAGE)
        _, dialog = open_cite(page, "p1-3")
        assert axe_violations(page) == []
        box = dialog.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert page.evaluate("document.querySelector('.pe-cite-dialog').scrollWidth <= 390")
        close = page.locator("[data-pe-cite-close]").bounding_box()
        assert close["width"] >= 24 and close["height"] >= 24 and close["y"] >= 0
    finally:
        context.close()


# The dialog's status line is drawn inside the dialog's visible part, on top of whatever scrolls under it.
STATUS_IN_VIEW = """() => {
  const status = document.querySelector("[data-pe-cite-status]"), shown = status.getBoundingClientRect();
  const dialog = status.closest("dialog").getBoundingClientRect();
  const hit = document.elementFromPoint(shown.left + shown.width / 2, shown.top + shown.height / 2);
  return shown.top >= dialog.top && shown.bottom <= dialog.bottom && status.contains(hit);
}"""


def test_copy_buttons_copy_each_format(http_url, clipboard_page):  # noqa: F811 - the fixture
    page = clipboard_page
    visit(page, http_url + "en/" + PAGE)
    _, dialog = open_cite(page, "p1-1")
    for part in ("permanent", "text", "bibtex", "ris"):
        page.locator(f'[data-pe-cite-copy="{part}"]').click()
        said = "Copied: " + dialog.locator(f"#pe-cite-h-{part}").text_content()  # this part's, not the last one's
        page.wait_for_function("said => document.querySelector('[data-pe-cite-status]').textContent === said", arg=said)
        assert page.evaluate("navigator.clipboard.readText()") == value(dialog, part)
        assert page.evaluate(STATUS_IN_VIEW), part  # seen where the button is, not only heard
    assert "Unofficial English translation." in page.evaluate("navigator.clipboard.readText()")


# A browser that refuses the Clipboard API (its settings, a framing page's policy): writeText rejects.
REFUSING_CLIPBOARD_API = (
    "navigator.clipboard.writeText = () =>"
    " Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))"
)


def press_copy(page, part: str) -> None:
    page.locator(f'[data-pe-cite-copy="{part}"]').focus()
    page.keyboard.press("Enter")


def test_copy_falls_back_to_the_copy_command_when_the_clipboard_api_is_refused(
    http_url,
    clipboard_page,  # noqa: F811 - the fixture
):
    page = clipboard_page
    page.add_init_script(REFUSING_CLIPBOARD_API)
    visit(page, http_url + PAGE)
    _, dialog = open_cite(page, "p1-1")
    press_copy(page, "bibtex")
    said = "Copié\u00a0: BibTeX (biblatex)"
    page.wait_for_function("said => document.querySelector('[data-pe-cite-status]').textContent === said", arg=said)
    assert page.evaluate("navigator.clipboard.readText()") == value(dialog, "bibtex")
    assert page.evaluate("document.activeElement.getAttribute('data-pe-cite-copy')") == "bibtex"  # focus stays


def test_copy_refused_twice_selects_the_text_and_says_how_to_copy_it(
    http_url,
    clipboard_page,  # noqa: F811 - the fixture
):
    page = clipboard_page
    page.add_init_script(REFUSING_CLIPBOARD_API + "; document.execCommand = () => false")
    visit(page, http_url + "en/" + PAGE)
    _, dialog = open_cite(page, "p1-1")
    press_copy(page, "ris")
    said = "The browser did not allow copying: the text is selected, copy it with Ctrl+C (⌘C on a Mac)."
    page.wait_for_function("said => document.querySelector('[data-pe-cite-status]').textContent === said", arg=said)
    assert page.evaluate("getSelection().toString()") == value(dialog, "ris")
    assert page.evaluate("document.activeElement.getAttribute('data-pe-cite-copy')") == "ris"
    page.keyboard.press("Control+C")  # as the message says: the browser's own copy
    assert page.evaluate("navigator.clipboard.readText()") == value(dialog, "ris")


def test_paragraph_number_still_copies_the_current_address_and_announces_the_permanent_one(
    http_url,
    clipboard_page,  # noqa: F811 - the fixture
):
    page = clipboard_page
    visit(page, http_url + PAGE)
    page.locator('a.pe-cite[href="#p1-2"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-pe-copy-status]').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == SITE_URL + PAGE + "#p1-2"
    assert page.locator("[data-pe-copy-status]").text_content() == (
        f"Lien copié : {SITE_URL}{PAGE}#p1-2 Adresse permanente\u00a0: {SITE_URL}editions/2026-11-27/{PAGE}#p1-2"
    )


def test_cite_from_disk(site, page):
    visit(page, (site / "km" / "texte-parallele.html").as_uri())
    _, dialog = open_cite(page, "p2-1")
    assert dialog.locator("#pe-cite-title").text_content() == "ដកស្រង់ § ២.១"
    # the site was built with its address: the citation gives the address on the web, not the file's
    assert value(dialog, "permanent") == SITE_URL + "km/editions/2026-11-27/texte-parallele.html#p2-1"
    page.locator('[data-pe-cite-copy="bibtex"]').click()
    page.wait_for_function("document.querySelector('[data-pe-cite-status]').textContent.length > 0")
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.getAttribute('data-pe-cite')") == "p2-1"
