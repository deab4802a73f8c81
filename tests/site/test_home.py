"""Each home page introduces the text: the statements in full, who publishes it, the ways to read it, how to cite."""

from __future__ import annotations

import re
from html import unescape

import pytest

from policy_text import export, interface, offline, project

from .pages import language_root

LANGS = project.language_codes()


def words(text: str) -> list[str]:
    """The words of a text, whatever its spaces (French typography adds no-break spaces before ; and :)."""
    return unescape(text).replace("\u202f", " ").replace("\u00a0", " ").split()


def section(html: str, heading_id: str) -> str:
    match = re.search(rf'<section class="pe-home" aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    assert match, heading_id
    return match.group(1)


@pytest.mark.parametrize("lang", LANGS)
def test_overview_lists_every_numbered_statement_leading_to_its_page(site, lang):
    html = (language_root(site, lang) / "index.html").read_text(encoding="utf-8")
    overview = section(html, "apercu")
    document = export.policy_document(lang)
    items = re.findall(r'<a href="([^"]+)">([^<]+)</a>', overview)
    assert [href for href, _ in items] == [p["page"] for p in document["priorities"]]
    for href, _ in items:
        assert (language_root(site, lang) / href).exists(), href

    assert [words(text) for _, text in items] == [words(p["statement"]) for p in document["priorities"]]
    count = len(document["priorities"])
    shown = str(count).translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")) if lang == "km" else str(count)
    assert interface.t(lang, "home.overview").format(count=shown) in overview  # Khmer pages: Khmer digits


@pytest.mark.parametrize("lang", LANGS)
def test_home_says_who_publishes_and_what_is_official(site, lang):
    html = (language_root(site, lang) / "index.html").read_text(encoding="utf-8")
    about = section(html, "a-propos")
    source = export.policy_document(lang)["source"]
    assert f'<a href="{source["url"]}" hreflang="fr">{interface.t(lang, "home.publisher")}</a>' in about


@pytest.mark.parametrize("lang", LANGS)
def test_home_lists_the_ways_to_read_and_how_to_cite(site, lang):
    root = language_root(site, lang)
    html = (root / "index.html").read_text(encoding="utf-8")
    ways = section(html, "lire")
    hrefs = re.findall(r'href="([^"]+)"', ways)
    for target in ("texte-integral.html", "texte-parallele.html", "policy.json"):
        assert target in hrefs and (root / target).exists(), target
    assert any(href.endswith(offline.ZIP_NAME) for href in hrefs)
    others = re.findall(r'hreflang="(\w+)" lang="\w+"', ways)
    assert others == [code for code in LANGS if code != lang]
    assert " ".join(words(interface.t(lang, "home.cite.text"))) in " ".join(words(section(html, "citer")))
