"""Khmer pages write numbers in Khmer digits; ids and addresses stay ASCII (policy_text.numerals and its users)."""

from __future__ import annotations

import pytest

from policy_text import identity, interface, numerals, offline, pages, search_index


def test_khmer_digits_are_the_ten_khmer_digits_in_order():
    assert numerals.DIGITS["km"] == "".join(chr(code) for code in range(0x17E0, 0x17EA))


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (2030, "km", "២០៣០"),
        ("ឆ្នាំ2050", "km", "ឆ្នាំ២០៥០"),
        ("RCEP 5", "km", "RCEP ៥"),
        (2030, "fr", "2030"),
        (2030, "en", "2030"),
    ],
)
def test_localise(value, lang, expected):
    assert numerals.localise(value, lang) == expected


@pytest.mark.parametrize(
    ("priority", "number", "lang", "expected"),
    [
        (1, 2, "km", "§ ១.២"),
        (1, 0, "km", "§ ១"),
        (0, 1, "km", "§ ០.១"),
        (5, 3, "km", "§ ៥.៣"),
        (1, 2, "fr", "§ 1.2"),
        (1, 2, "en", "§ 1.2"),
    ],
)
def test_paragraph_label_is_in_the_page_language(priority, number, lang, expected):
    assert pages.paragraph_label(priority, number, lang) == expected
    assert pages.paragraph_id(priority, number) == f"p{priority}-{number}"  # the address stays ASCII


def test_search_titles_follow_the_entry_language(tmp_path):
    paragraph = identity.current().priorities[1].paragraphs[-1].id  # the last paragraph of the first priority
    number, position = identity.current().place(paragraph)
    label = f"§ {number}.{position}".translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))
    page = tmp_path / "km" / "priorites" / "1-x.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        f'<h1>ចំណងជើង</h1><p id="{paragraph}"><a class="pe-cite" href="#{paragraph}">§</a> អត្ថបទ</p>', "utf-8"
    )
    entries = search_index.split_entry({"location": "km/priorites/1-x.html", "title": "", "text": ""}, tmp_path)
    assert [(e["location"], e["title"]) for e in entries[1:]] == [(f"km/priorites/1-x.html#{paragraph}", label)]


def test_interface_strings_fill_numbers_in_the_language_digits():
    assert interface.fill("km", "priority.of", number=1, count=5) == "អាទិភាពទី១ ក្នុងចំណោមអាទិភាពទាំង៥"
    assert interface.fill("fr", "priority.of", number=1, count=5) == "Priorité 1 sur 5"
    assert interface.fill("km", "dist.size", size=360) == "ZIP ទំហំ ៣៦០ គីឡូបៃ"


def test_zip_size_is_written_in_each_home_page_digits(tmp_path):
    span = "<span data-pe-dist-kb>?</span>"
    (tmp_path / "km").mkdir()
    (tmp_path / "index.html").write_text(f'<html lang="fr"><p>(ZIP, {span} Ko)</p>', "utf-8")
    (tmp_path / "km" / "index.html").write_text(f'<html lang="km"><p>(ZIP ទំហំ {span} គីឡូបៃ)</p>', "utf-8")
    offline.package(tmp_path)
    kilobytes = -(-(tmp_path / offline.ZIP_NAME).stat().st_size // 1000)
    assert f"<span data-pe-dist-kb>{kilobytes}</span>" in (tmp_path / "index.html").read_text("utf-8")
    khmer = str(kilobytes).translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))
    assert f"<span data-pe-dist-kb>{khmer}</span>" in (tmp_path / "km" / "index.html").read_text("utf-8")
