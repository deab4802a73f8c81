"""Every edition at its permanent address (policy_text.edition_pages, plugin.generated_pages), on the built site.

Which editions there are, what their dates mean and which pages they kept come from the record of editions and
their paragraph identity (tests/site/pages.py); dates are written out by hand (tests/site/dates.py).
"""

from __future__ import annotations

import json
import re
import zipfile

from policy_text import edition_pages, editions, project, search_index
from policy_text.offline import ZIP_NAME

from .dates import french_date, khmer_date
from .html_text import article_paragraphs
from .pages import (
    EDITIONS_INDEX,
    FULL_TEXT,
    changes_address,
    language_root,
    permanent_addresses,
    priority_page,
    priority_pages,
    text_pages,
)

CURRENT = editions.current()
NOTICE = re.compile(r'<aside class="pe-notices pe-edition-notice"[^>]*>(.*?)</aside>', re.S)
MEANING = {  # what an edition's date is, by its `date_kind`, as its notice and the editions index say it
    "fr": {
        "retrieved": "Relevée sur le site du ministère le {date} (le ministère n’indique pas de date de publication)",
        "published": "Publiée par le ministère le {date}",
    },
    "km": {
        "retrieved": "ទាញយកពីគេហទំព័ររបស់ក្រសួង នៅ{date} (ក្រសួងមិនបានបញ្ជាក់កាលបរិច្ឆេទចេញផ្សាយទេ)",
        "published": "ចេញផ្សាយដោយក្រសួង នៅ{date}",
    },
}


def permanent(site, lang, path="", edition=CURRENT):
    return language_root(site, lang) / edition.permanent_path(path)


def test_every_edition_is_at_its_permanent_address_in_every_language(site):
    """Its home page, its priorities' pages as it numbered them, its full text and its policy.json; after the
    first, what changed since the previous edition."""
    for lang in project.language_codes():
        root = language_root(site, lang)
        for number, edition in enumerate(editions.all()):
            folder = permanent(site, lang, edition=edition)
            found = sorted(p.relative_to(root).as_posix() for p in folder.rglob("*.html"))
            expected = permanent_addresses(edition) + ([changes_address(edition)] if number else [])
            assert found == sorted(expected), f"{lang}: {edition.id}"
            assert (folder / "policy.json").is_file()


def test_permanent_pages_show_exactly_the_current_text_with_the_same_ids(site):
    for lang in project.language_codes():
        for page in [*text_pages(site, lang), language_root(site, lang) / FULL_TEXT]:
            path = page.relative_to(language_root(site, lang)).as_posix()
            usual = [p for p in article_paragraphs(page.read_text(encoding="utf-8")) if p[0].startswith("p")]
            kept = article_paragraphs(permanent(site, lang, path).read_text(encoding="utf-8"))
            assert usual, path
            assert [p for p in kept if p[0].startswith("p")] == usual, f"{lang}: {path}"


def test_the_permanent_policy_json_is_the_current_one_but_for_its_address(site):
    for lang in project.language_codes():
        usual = json.loads((language_root(site, lang) / "policy.json").read_text(encoding="utf-8"))
        kept = json.loads(permanent(site, lang, "policy.json").read_text(encoding="utf-8"))
        prefix = project.language_prefix(lang)
        assert kept.pop("url") == f"https://politique-etrangere.example/{prefix}editions/{CURRENT.id}/index.html"
        usual.pop("url")
        assert kept == usual


def test_permanent_pages_of_the_current_edition_say_so_and_link_to_the_page_in_force(site):
    date = french_date(CURRENT.date)
    for path in priority_pages():
        notice = NOTICE.search(permanent(site, "fr", path).read_text(encoding="utf-8"))[1]
        assert f"Adresse permanente de cette page dans l’édition du {date}, le texte en vigueur." in notice, path
        assert MEANING["fr"][CURRENT.date_kind].format(date=date) in notice, path
        up = "../" * CURRENT.permanent_path(path).count("/")
        assert f'href="{up}{path}"' in notice and f'href="{up}{EDITIONS_INDEX}"' in notice, path
    khmer = permanent(site, "km", "index.html").read_text(encoding="utf-8")
    assert f"ការបោះពុម្ពចុះ{khmer_date(CURRENT.date)}" in NOTICE.search(khmer)[1]


def test_a_permanent_page_is_its_own_canonical_and_its_alternates_are_the_same_edition(site):
    address = CURRENT.permanent_path(priority_page(1))
    html = (language_root(site, "en") / address).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="https://politique-etrangere.example/en/{address}">' in html
    for lang in project.language_codes():
        url = f"https://politique-etrangere.example/{project.language_prefix(lang)}{address}"
        assert f'<link rel="alternate" href="{url}" hreflang="{lang}">' in html


def test_search_documents_hold_no_permanent_page_nor_the_index(site):
    for lang in project.language_codes():
        documents = search_index.read_language_index(site, lang)[search_index.LANGUAGE_INDEX_GLOBAL]
        assert documents
        assert [d["location"] for d in documents if "editions/" in d["location"]] == []


def test_the_sitemap_lists_every_permanent_page_and_the_index(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for lang in project.language_codes():
        prefix = f"https://politique-etrangere.example/{project.language_prefix(lang)}"
        for edition in editions.all():
            for path in permanent_addresses(edition):
                assert f"<loc>{prefix}{path}</loc>" in sitemap
        assert f"<loc>{prefix}{EDITIONS_INDEX}</loc>" in sitemap


def test_the_editions_index_lists_every_edition_with_its_date_its_meaning_and_its_pages(site):
    html = (site / EDITIONS_INDEX).read_text(encoding="utf-8")
    khmer = (site / "km" / EDITIONS_INDEX).read_text(encoding="utf-8")
    headings = re.findall(r'<h2 id="edition-([^"]+)">', html)
    assert headings == [edition.id for edition in reversed(editions.all())]  # newest first
    for number, edition in enumerate(editions.all()):
        date, in_force = french_date(edition.date), edition == CURRENT
        assert f'<h2 id="edition-{edition.id}">Édition du {date}{" (en vigueur)" if in_force else ""}</h2>' in html
        assert f"<p>{MEANING['fr'][edition.date_kind].format(date=date)}.</p>" in html  # a sentence, ended as one
        for path in [*permanent_addresses(edition), edition.permanent_path("policy.json")]:
            assert f'href="{path.removeprefix(editions.EDITIONS_DIR + "/")}"' in html
        # what changed, from the second edition on: the first has no predecessor
        assert (f'href="{edition.id}/{edition_pages.CHANGES_PAGE}"' in html) == (number > 0)
        date = khmer_date(edition.date)
        assert f"ការបោះពុម្ពចុះ{date}{' (ជាធរមាន)' if in_force else ''}</h2>" in khmer
        assert f"<p>{MEANING['km'][edition.date_kind].format(date=date)}។</p>" in khmer  # the Khmer full stop
    assert ("Il n’y a encore qu’une édition" in html) == (len(editions.all()) == 1)
    article = re.sub(r'(href|id|content)="[^"]*"', "", khmer.split("<article")[1].split("</article>")[0])
    assert [edition.id for edition in editions.all() if str(edition.date.year) in article] == []  # Khmer digits


def test_home_pages_and_footers_link_to_the_editions_index(site):
    for lang in project.language_codes():
        home = (language_root(site, lang) / "index.html").read_text(encoding="utf-8")
        assert f'<li><a href="{EDITIONS_INDEX}">' in home
        for page in text_pages(site, lang)[1:]:
            html = page.read_text(encoding="utf-8")
            assert f'class="pe-footer-link" href="../{EDITIONS_INDEX}"' in html, page


def test_the_zip_leaves_out_the_current_editions_permanent_copies(site):
    """Its pages are in the ZIP at their usual addresses. Of an archived edition it keeps the full text and
    policy.json, and of every edition after the first what changed (edition_pages.online_only)."""
    names = set(zipfile.ZipFile(site / ZIP_NAME).namelist())
    prefixes = [project.language_prefix(lang) for lang in project.language_codes()]
    assert {prefix + EDITIONS_INDEX for prefix in prefixes} <= names
    expected = set()
    for number, edition in enumerate(editions.all()):
        kept = [] if edition == CURRENT else [FULL_TEXT, "policy.json"]
        kept += [edition_pages.CHANGES_PAGE] if number else []
        expected |= {prefix + edition.permanent_path(name) for prefix in prefixes for name in kept}
    assert {name for name in names if re.search(r"(^|/)editions/[^/]+/", name)} == expected
