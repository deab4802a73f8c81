"""End to end with the invented second edition (tests/fixtures/editions/README.md, never published): build a
copy of the project taken back to its first edition (importing.as_first_edition: the invented edition was
made from it, whatever editions the project has published since), collect every page address and paragraph
anchor in every language, import the second edition into the copy, build again, and check the old addresses
and anchors over http:// and file://, and the changes page against the changes made (written by hand).
"""

from __future__ import annotations

import json
import re
import zipfile
from html import unescape
from pathlib import Path

import pytest

from policy_text import chromium, editions, offline, old_addresses, punctuation
from tests import importing
from tests.importing import FIRST_ID, INVENTED, INVENTED_ID
from tests.plugin.conftest import copy_sources

from .pages import ANY_ID, all_pages

FIRST, SECOND = FIRST_ID, INVENTED_ID
# an element with a paragraph id: (id, inner HTML)
_IDS = re.compile(rf'<(?:p|div|h[1-6]|li)\b[^>]*\bid="({ANY_ID})"[^>]*>(.*?)</(?:p|div|h[1-6]|li)>', re.S)

EXPECTED_CHANGES = [  # (kind, id), from the fixture's README, in the second edition's reading order
    ("inserted", "p1-2a"),
    ("amended", "p2-1"),
    ("priority-inserted", "p2a-0"),
    ("inserted", "p2a-1"),
    ("inserted", "p2a-2"),
    ("priority-renumbered", "p3-0"),
    ("priority-renumbered", "p4-0"),
    ("statement-amended", "p4-0"),
    ("priority-renumbered", "p5-0"),
    ("removed", "p5-2"),
]


def _pages(site: Path) -> list[str]:
    """The pages of the current text and its readings (not the editions' permanent copies, nor 404 pages)."""
    pages = [p.relative_to(site).as_posix() for p in all_pages(site)]
    return [page for page in pages if not page.endswith("404.html") and "/editions/" not in f"/{page}"]


def _words(html: str) -> str:
    """The paragraph's words, without its § control (its label is its place, which may change)."""
    html = re.sub(r'<a class="pe-cite"[^>]*>.*?</a>', " ", html, flags=re.S)
    words = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    return re.sub(r"^[0-9\u17e0-\u17e9]+\.\s", "", words)  # a statement's number is its place too


def first_edition_copy(folder: Path) -> Path:
    """A copy of the project's sources as of its first edition."""
    copy = copy_sources(folder)
    importing.as_first_edition(copy / "docs", copy / "source")
    return copy


@pytest.fixture(scope="module")
def editions_sites(build_site, tmp_path_factory):
    """(first site, second site, {page: {id: words}} of the first): the copy built before and after the import."""
    copy = first_edition_copy(tmp_path_factory.mktemp("project"))
    first = tmp_path_factory.mktemp("site-first")
    result = build_site(copy, first)
    assert result.returncode == 0, result.stderr
    anchors = {page: dict(_IDS.findall((first / page).read_text("utf-8"))) for page in _pages(first)}
    done = importing.run(INVENTED, "--new-edition", SECOND, docs=copy / "docs", sources=copy / "source")
    assert done.returncode == 0, done.stderr
    second = tmp_path_factory.mktemp("site-second")
    result = build_site(copy, second)
    assert result.returncode == 0, result.stderr  # builds right after the import: translations realigned
    return first, second, anchors


@pytest.fixture(scope="module")
def second_edition_alone(build_site, tmp_path_factory) -> Path:
    """The site of the second edition as if it were the only one (importing.keep_only_edition)."""
    copy = first_edition_copy(tmp_path_factory.mktemp("project-alone"))
    done = importing.run(INVENTED, "--new-edition", SECOND, docs=copy / "docs", sources=copy / "source")
    assert done.returncode == 0, done.stderr
    importing.keep_only_edition(copy / "source", SECOND)
    site = tmp_path_factory.mktemp("site-alone")
    result = build_site(copy, site)
    assert result.returncode == 0, result.stderr
    return site


def test_the_changes_page_lists_exactly_the_changes_made(editions_sites):
    _, second, _ = editions_sites
    for prefix in ("", "en/", "km/"):
        path = second / prefix / editions.Edition(SECOND, "published", Path(), "").permanent_path("changements.html")
        html = path.read_text("utf-8")
        found = re.findall(r'data-change="([^"]+)" data-id="([^"]+)"', html)
        assert found == EXPECTED_CHANGES, prefix
        assert "<del>" in html and "<ins>" in html
        amended = html.split('id="changement-p2-1"')[1].split("</li>")[0]
        assert re.search(r"<del>.*restaurer.*</del>", amended) and re.search(r"<ins>.*rétablir.*</ins>", amended)
        if prefix:  # no translation of p2-1 is current in the second edition: the French, marked
            assert 'lang="fr"' in amended


def test_every_old_address_is_a_page(editions_sites):
    first, second, anchors = editions_sites
    for page in anchors:
        assert (second / page).is_file(), f"{page}: no longer at its address"


# Arriving at each `#id` in turn on the open page (edition.js answers the hashchange before this listener,
# added after its own): the element's HTML, whether it holds a link, whether a notice with a link is shown
# and of what kind.
ARRIVE = """async ids => {
  const found = [];
  for (const id of ids) {
    if (location.hash !== "#" + id) {
      await new Promise(done => { addEventListener("hashchange", done, {once: true}); location.hash = "#" + id; });
    }
    const here = document.getElementById(id), notice = document.querySelector(".pe-old-link");
    const shown = !!notice && notice.checkVisibility({visibilityProperty: true}) && notice.getClientRects().length > 0;
    found.push({
      html: here && here.innerHTML,
      linked: !!here && !!here.querySelector("a"),
      told: shown && !!notice.querySelector("a"),
      kind: shown ? notice.dataset.kind : null,
      oldPage: !!document.querySelector(".pe-old-page"),
    });
  }
  return found;
}"""


@pytest.mark.parametrize("scheme", ["http", "file"])
def test_every_old_anchor_shows_the_same_words_or_what_became_of_them(editions_sites, browser, scheme):
    _, second, anchors = editions_sites
    with chromium.serve(second) as (url, _):
        base = url if scheme == "http" else second.as_uri() + "/"
        context = browser.new_context()
        page = context.new_page()
        seen = {"same words": 0, "a notice": 0}  # the invented edition leaves most paragraphs, moves some
        try:
            for address, ids in anchors.items():
                if not ids:
                    continue
                page.goto(base + address)
                assert "404" not in (page.title() or ""), address
                for (paragraph, words), found in zip(ids.items(), page.evaluate(ARRIVE, list(ids)), strict=True):
                    here = _words(found["html"]) if found["html"] is not None else None
                    same = here == _words(words)
                    if address.endswith("texte-parallele.html"):  # a row of cells: its texts are the full text's
                        same = here is not None and _words(words) in here
                    told = found["told"] or (found["oldPage"] and found["linked"])  # or the plain old-address page
                    assert same or told, f"{address}#{paragraph}: neither the same words nor a notice"
                    # (the words of a translation not yet revised stay the same when the French is amended)
                    assert not same or found["kind"] in (None, "amended"), f"{address}#{paragraph}: here, yet 'moved'"
                    seen["same words" if same else "a notice"] += 1
            assert all(seen.values()), seen
        finally:
            context.close()


def test_an_amended_paragraph_says_so_and_links_to_its_earlier_wording(editions_sites, browser):
    _, second, _ = editions_sites
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto((second / "priorites" / "2-davantage-amis-etranger.html").as_uri() + "#p2-1")
        notice = page.locator(".pe-old-link")
        assert notice.is_visible() and "modifié" in notice.inner_text()
        hrefs = [a.get_attribute("href") for a in notice.locator("a").all()]
        assert any(f"editions/{FIRST}/priorites/2-davantage-amis-etranger.html#p2-1" in (h or "") for h in hrefs)
    finally:
        context.close()


def test_an_old_address_of_a_renumbered_priority_says_where_it_went(editions_sites):
    _, second, _ = editions_sites
    for prefix in ("", "en/", "km/"):
        html = (second / prefix / "priorites" / "3-diplomatie-economique.html").read_text("utf-8")
        assert 'href="../priorites/4-diplomatie-economique.html"' in html
        assert f'href="../editions/{FIRST}/priorites/3-diplomatie-economique.html"' in html
        assert re.search(r'<li id="p3-1">[^<]+<a href="', html)  # its answer in the page: no script needed


@pytest.mark.parametrize("prefix", ["", "en/", "km/"])
def test_an_archived_edition_is_read_among_its_own_pages(editions_sites, prefix):
    """Its menu lists its own priorities (five, as the ministry numbered them then), not today's six, and
    "previous / next" leads through them."""
    _, second, _ = editions_sites
    html = (second / prefix / "editions" / FIRST / "priorites" / "3-diplomatie-economique.html").read_text("utf-8")
    nav = html[html.index("md-nav--primary") : html.index("</nav>", html.index("md-nav--primary"))]
    assert re.findall(r'href="([^"]+)"', nav)[1:] == [
        "../index.html",
        "1-independance-souverainete-paix.html",
        "2-davantage-amis-etranger.html",
        "3-diplomatie-economique.html",
        "4-multilateralisme.html",
        "5-corps-diplomatique-competent.html",
    ]
    assert re.findall(r'<a href="([^"]+)"[^>]*class="md-nav__link md-nav__link--active"', nav) == [
        "3-diplomatie-economique.html"
    ]
    footer = re.findall(r'<a href="([^"]+)" class="md-footer__link md-footer__link--(prev|next)"', html)
    assert footer == [("2-davantage-amis-etranger.html", "prev"), ("4-multilateralisme.html", "next")]


def test_permanent_addresses_of_the_first_edition_show_exactly_their_former_text(editions_sites):
    _, second, anchors = editions_sites
    edition = editions.Edition(FIRST, "retrieved", Path(), "")
    for page, ids in anchors.items():
        lang = page.split("/")[0] if page.split("/")[0] in ("en", "km") else ""
        rest = page.removeprefix(lang + "/") if lang else page
        if not ids or rest.startswith(("texte-parallele",)):
            continue
        permanent = second / (f"{lang}/" if lang else "") / edition.permanent_path(rest)
        found = dict(_IDS.findall(permanent.read_text("utf-8")))
        for paragraph, words in ids.items():
            assert _words(found.get(paragraph, "")) == _words(words), f"{permanent}#{paragraph}"


@pytest.mark.parametrize("lang", ["en", "km"])
def test_a_priority_not_yet_translated_takes_its_place_in_the_one_priorities_section(editions_sites, lang):
    """The invented edition's new priority 3 has no translation: built from the French, it is listed in the
    same section as the others, between 2 and 4 (mkdocs-static-i18n gives fallback pages a section of their own)."""
    _, second, _ = editions_sites
    html = (second / lang / "index.html").read_text(encoding="utf-8")
    nav = html[html.index("md-nav--primary") : html.index("</nav>", html.index("md-nav--primary"))]
    assert nav.count("md-nav__item--section") + nav.count("md-nav__item--nested") == 1
    linked = re.findall(r'href="priorites/(\d+)-[^"]+\.html"', nav)
    assert linked == ["1", "2", "3", "4", "5", "6"]


def test_the_zip_carries_the_archived_edition_and_what_changed_within_80_kb(editions_sites, second_edition_alone):
    """Of the archived edition the ZIP keeps the full text and policy.json in each language, and it adds what
    changed (edition_pages.online_only). Keeping the first edition costs the ZIP at most 80 kB: against the
    same text published as the only edition, and with one edition, at most 410 kB."""
    first, second, _ = editions_sites
    zip_name = offline.ZIP_NAME
    assert (first / zip_name).stat().st_size <= 410_000
    kept = {
        e.filename
        for e in zipfile.ZipFile(second / zip_name).infolist()
        if f"editions/{FIRST}/" in e.filename or e.filename.endswith("/changements.html")
    }
    assert kept == {
        f"{prefix}editions/{edition}/{name}"
        for prefix in ("", "en/", "km/")
        for edition, name in ((FIRST, "texte-integral.html"), (FIRST, "policy.json"), (SECOND, "changements.html"))
    }
    alone = second_edition_alone / zip_name
    assert not any(f"editions/{FIRST}/" in name for name in zipfile.ZipFile(alone).namelist())  # no trace of it
    assert (second / zip_name).stat().st_size - alone.stat().st_size <= 80_000


@pytest.mark.parametrize("lang", ["en", "km"])
def test_a_paragraph_not_yet_translated_is_the_french_marked_and_noted(editions_sites, lang):
    """The paragraph the invented edition inserts in priority 1 (p1-2a, README of the fixture) has no
    translation yet: the translated page shows the French, marked as French, with a note."""
    _, second, _ = editions_sites
    html = (second / lang / "priorites" / "1-independance-souverainete-paix.html").read_text("utf-8")
    paragraph = re.search(
        r'<p id="p1-2a"([^>]*)>(.*?)</p>\s*<div class="pe-note pe-untranslated" role="note">', html, re.S
    )
    assert paragraph and 'lang="fr"' in paragraph[1]
    assert "Le Cambodge renforcera la sécurité de ses frontières" in unescape(paragraph[2])


def test_the_changes_page_is_linked_from_the_editions_pages_and_index(editions_sites):
    _, second, _ = editions_sites
    for prefix in ("", "en/", "km/"):
        index = (second / prefix / "editions" / "index.html").read_text("utf-8")
        assert f'href="{SECOND}/changements.html"' in index
        assert f'href="{FIRST}/changements.html"' not in index  # the first edition has no previous one
        page = second / prefix / "editions" / SECOND / "priorites" / "1-independance-souverainete-paix.html"
        assert f'href="../../../editions/{SECOND}/changements.html"' in page.read_text("utf-8")
        first_page = second / prefix / "editions" / FIRST / "priorites" / "1-independance-souverainete-paix.html"
        assert "changements.html" not in first_page.read_text("utf-8")


def test_old_link_notices_are_on_the_pages_old_links_land_on(editions_sites):
    """Only pages at an address that earlier editions published paragraphs at carry notices for old links:
    not an edition's permanent copies (their ids never change), nor the new addresses of renumbered priorities."""
    _, second, _ = editions_sites
    block = f'id="{old_addresses.DATA_ID}"'
    carrying = {page.relative_to(second).as_posix() for page in all_pages(second) if block in page.read_text("utf-8")}
    assert carrying == {
        f"{prefix}{name}"
        for prefix in ("", "en/", "km/")
        for name in (
            "priorites/2-davantage-amis-etranger.html",  # its paragraph 1 amended
            "texte-integral.html",
            "texte-parallele.html",
        )
    }


def test_khmer_text_of_the_changes_and_old_addresses_takes_khmer_punctuation(editions_sites):
    """What only a second edition shows (the changes page, old addresses' pages, the notices for old links,
    shown by edition.js from a JSON block): no Latin mark stands as Khmer punctuation (policy_text.punctuation)."""
    _, second, _ = editions_sites
    found = {}
    for page in all_pages(second):
        html = page.read_text("utf-8")
        lang = re.search(r'<html lang="([\w-]+)"', html)[1]
        problems = punctuation.html_problems(html, lang)
        if lang == "km" and (block := re.search(rf'id="{old_addresses.DATA_ID}"[^>]*>(.*?)</script>', html, re.S)):
            notices = json.loads(block[1])
            problems += [p for notice in notices.values() for p in punctuation.problems(notice["text"])]
        if problems:
            found[page.relative_to(second).as_posix()] = problems
    assert found == {}
    changes = (second / "km" / "editions" / SECOND / "changements.html").read_text("utf-8")
    assert "ការបោះពុម្ពចុះថ្ងៃទី" in changes and "ការបោះពុម្ព ថ្ងៃទី" not in changes  # as edition.of writes it
