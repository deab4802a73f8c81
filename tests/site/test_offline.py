"""The built site as a download: reproducible, small, complete, and browsable from file:// alone."""

from __future__ import annotations

import filecmp
import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from policy_text import editions, project
from policy_text.offline import ZIP_NAME, archived_page, offline_links

from ..conftest import ISSUES_URL, SITE_URL, SOURCE_DATE_EPOCH
from .browser import visit
from .pages import (
    FULL_TEXT,
    all_pages,
    html_path,
    language_root,
    old_address_pages,
    permanent_addresses,
    priorities,
    priority_page,
)
from .visits import visit_all

LINK = re.compile(r'<(?:a|link)\b[^>]*\bhref="([^"#][^"]*)"|<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"')


def test_two_builds_of_the_same_commit_are_byte_identical(site, build_site, tmp_path):
    """The session's site (built with this SOURCE_DATE_EPOCH and SITE_URL) and a second build, later."""
    env = {"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "SITE_URL": SITE_URL, "ISSUES_URL": ISSUES_URL}
    result = build_site(project.ROOT, tmp_path / "two", env=env)
    assert result.returncode == 0, result.stderr
    comparison = filecmp.dircmp(site, tmp_path / "two")

    def differences(cmp) -> list[str]:
        found = cmp.left_only + cmp.right_only + cmp.funny_files
        found += [
            f for f in cmp.common_files if (Path(cmp.left) / f).read_bytes() != (Path(cmp.right) / f).read_bytes()
        ]
        return found + [d for sub in cmp.subdirs.values() for d in differences(sub)]

    assert differences(comparison) == []
    assert (site / ZIP_NAME).exists() and (site / "sitemap.xml.gz").exists()


def test_zip_holds_the_whole_site_and_nothing_unused(site):
    """At most 410 kB with one edition of the first edition's length (longer texts in proportion), and 80 kB more
    for each edition kept (ARCHITECTURE.md, "Editions")."""
    archive = site / ZIP_NAME
    known = editions.all()
    growth = max(1.0, known[-1].source.stat().st_size / known[0].source.stat().st_size)
    budget = int(410_000 * growth) + 80_000 * (len(known) - 1)
    assert archive.stat().st_size <= budget, f"{archive.stat().st_size:,} B, over the budget of {budget:,} B"
    names = set(zipfile.ZipFile(archive).namelist())
    expected = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != ZIP_NAME}
    # 404 pages have root-absolute addresses (a host serves them at any depth): useless from disk;
    # the hosting headers are for hosts
    left_out = {"404.html", "en/404.html", "km/404.html", "_headers"}
    left_out |= {"search/search_index.json"}  # the search settings for http; from file://, search_index.js
    # the current edition's permanent copies (its pages are in the ZIP at their usual addresses), and of an archived
    # edition all but its full text and policy.json
    for edition in editions.all():
        if edition == editions.current():
            online = [*permanent_addresses(edition), edition.permanent_path("policy.json")]
        else:
            online = [path for path in permanent_addresses(edition) if path != edition.permanent_path(FULL_TEXT)]
        left_out |= {project.language_prefix(lang) + path for lang in project.language_codes() for path in online}
    # the pages at old addresses: links from outside land there, no page of the site links to them
    left_out |= {
        page.relative_to(site).as_posix() for lang in project.language_codes() for page in old_address_pages(site, lang)
    }
    assert left_out <= expected
    assert names == expected - left_out
    assert not [n for n in names if n.endswith(".map")]
    lunr = sorted(Path(n).name for n in names if "/lunr/" in n)
    assert lunr == ["lunr.fr.min.js", "lunr.multi.min.js", "lunr.stemmer.support.min.js"]


def test_home_pages_link_to_the_zip_with_its_size(site):
    kilobytes = -(-(site / ZIP_NAME).stat().st_size // 1000)
    khmer_digits = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")  # Khmer pages write numbers in Khmer digits
    for lang in project.language_codes():
        html = (language_root(site, lang) / "index.html").read_text(encoding="utf-8")
        shown = str(kilobytes).translate(khmer_digits) if lang == "km" else str(kilobytes)
        assert f"<span data-pe-dist-kb>{shown}</span>" in html
        assert re.search(rf'href="(\.\./)?{ZIP_NAME}" download', html)


def test_every_local_link_resolves_to_a_file(site):
    for page in all_pages(site):
        for href, src in LINK.findall(page.read_text(encoding="utf-8")):
            target = href or src
            if re.match(r"[a-z]+:", target) or target.startswith("/"):
                continue  # other hosts (only the official source, as a link) and 404 pages' root paths
            path = Path(unquote(urlsplit(urljoin(page.as_uri(), target)).path))
            assert path.is_file(), f"{page.relative_to(site)}: {target}"


@pytest.fixture(scope="module")
def unzipped(site, tmp_path_factory) -> Path:
    """The download as a reader has it: the ZIP extracted into a folder."""
    folder = tmp_path_factory.mktemp("unzipped")
    zipfile.ZipFile(site / ZIP_NAME).extractall(folder)
    return folder


def test_site_browses_from_file_with_every_other_host_blocked(unzipped, browser):
    site = unzipped
    context = browser.new_context()
    outside: list[str] = []

    def only_files(route):
        if route.request.url.startswith(("file://", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_files)
    try:
        visited, errors = set(), []
        # from the home page, and the pages left at old addresses, which nothing links to (they are old links' targets)
        links = [(site / "index.html").as_uri()]
        links += [page.as_uri() for lang in project.language_codes() for page in old_address_pages(site, lang)]
        while links:  # follow every link: the pages these link to, then theirs…
            visited.update(links)
            found = []
            for url, page, record in visit_all(context, links):
                errors += record.console_errors + record.failed_requests
                assert "Index of" not in page.title(), url
                hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
                found += [h.split("#")[0] for h in hrefs if h.startswith("file://")]
            links = sorted({h for h in found if h.endswith(".html")} - visited)
        assert len(visited) == len(all_pages(site))  # every page of the archive
        assert errors == [] and outside == []

        priority = priorities()[-1]  # its statement and first paragraph
        path, read, cited = html_path(priority.page), priority.statement.id, priority.paragraphs[0].id
        page = context.new_page()
        visit(page, (site / path).as_uri() + f"#{read}")
        page.locator(".md-select button").first.click()  # the language menu opens by its button, not on hover
        page.locator('a.md-select__link[hreflang="en"]').click()
        page.wait_for_load_state("load")
        assert page.url.endswith(f"/en/{path}#{read}")
        assert page.get_attribute("body", "data-md-color-scheme") == "default"  # the context prefers light
        page.locator("form[data-md-component=palette] button:visible").first.click()
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        page.locator(f'a.pe-cite[href="#{cited}"]').click()
        page.wait_for_function("document.querySelector('[data-pe-copy-status]').textContent.length > 0")
        assert f"{SITE_URL}en/{path}#{cited}" in page.locator("[data-pe-copy-status]").text_content()
        assert outside == []
    finally:
        context.close()


def test_zip_pages_are_the_sites_without_what_only_hosts_need(site):
    """The archive's pages are the site's, without the online metadata and with links to pages left out of the
    archive leading where it holds their text (the two tests below)."""
    archive = zipfile.ZipFile(site / ZIP_NAME)
    pages = [name for name in archive.namelist() if name.endswith(".html")]
    assert len(pages) >= 30
    for name in pages:
        built = (site / name).read_text(encoding="utf-8")
        assert archive.read(name).decode("utf-8") == archived_page(built, name), name
    for home in ("index.html", "en/index.html", "km/index.html"):  # the link to the archive: not in it
        assert ZIP_NAME in (site / home).read_text(encoding="utf-8") and ZIP_NAME not in archive.read(home).decode()


def test_every_address_in_the_archives_pages_is_a_file_of_the_archive(site):
    """Links, scripts, stylesheets, images: a relative address in an archived page resolves to a file the
    archive holds (the link to the archive itself, an edition's policy.json kept online, would not)."""
    archive = zipfile.ZipFile(site / ZIP_NAME)
    names = set(archive.namelist())
    addresses, missing = 0, []
    for name in sorted(n for n in names if n.endswith(".html")):
        for value in re.findall(r'\b(?:href|src)="([^"]+)"', archive.read(name).decode("utf-8")):
            address = re.split(r"[#?]", value)[0]
            if not address or re.match(r"[a-z][a-z0-9+.-]*:", address):  # a fragment, another host, data:
                continue
            addresses += 1
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), address))
            if target not in names:
                missing.append(f"{name}: {address}")
    assert addresses > 500 and missing == []


def test_zip_links_lead_where_the_archive_holds_the_text(site):
    """The current edition's permanent copies stay online (policy_text.edition_pages.online_only): in the
    archive, links to them lead to the same pages at their usual addresses, fragment kept."""
    archive = zipfile.ZipFile(site / ZIP_NAME)
    index = archive.read("editions/index.html").decode("utf-8")
    current = editions.current().id
    first = priority_page(1)
    assert f'href="{current}/{first}"' in (site / "editions/index.html").read_text(encoding="utf-8")
    assert f'href="../{first}"' in index
    assert f"{current}/priorites" not in index
    assert offline_links(f'<a href="../editions/{current}/texte-integral.html#p1-2">', "en/index.html") == (
        '<a href="../texte-integral.html#p1-2">'
    )


def test_zip_pages_leave_out_what_is_read_online_only(site):
    """Link previews, JSON-LD and reference managers' tags are read at the page's address, never from disk."""
    archive = zipfile.ZipFile(site / ZIP_NAME)
    for name in ("index.html", "en/" + priority_page(1), "km/texte-integral.html"):
        hosted = (site / name).read_text(encoding="utf-8")
        archived = archive.read(name).decode("utf-8")
        for online in ('<meta property="og:title"', '<meta name="twitter:card"', '<meta name="citation_title"',
                       '<script type="application/ld+json">'):  # fmt: skip
            assert online in hosted and online not in archived, (name, online)
        for kept in ('<link rel="canonical"', 'rel="alternate" href="https://', '<script id="edition-citation"'):
            assert kept in archived, (name, kept)
