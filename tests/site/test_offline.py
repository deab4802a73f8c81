"""The built site as a download: reproducible, small, complete, and browsable from file:// alone."""

from __future__ import annotations

import filecmp
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from policy_text import project
from policy_text.offline import ZIP_NAME

from ..conftest import SITE_URL, SOURCE_DATE_EPOCH
from .browser import visit
from .pages import all_pages, language_root
from .visits import visit_all

LINK = re.compile(r'<(?:a|link)\b[^>]*\bhref="([^"#][^"]*)"|<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"')


def test_two_builds_of_the_same_commit_are_byte_identical(site, build_site, tmp_path):
    """The session's site (built with this SOURCE_DATE_EPOCH and SITE_URL) and a second build, later."""
    env = {"SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "SITE_URL": SITE_URL}
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
    archive = site / ZIP_NAME
    assert archive.stat().st_size <= 400_000
    names = set(zipfile.ZipFile(archive).namelist())
    expected = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != ZIP_NAME}
    # 404 pages have root-absolute addresses (a host serves them at any depth): useless from disk;
    # the hosting headers are for hosts
    left_out = {"404.html", "en/404.html", "km/404.html", "_headers"}
    # the current edition's permanent copies: its pages are in the ZIP at their usual addresses
    left_out |= {name for name in expected if "editions/2026-11-27/" in name}
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


def test_site_browses_from_file_with_every_other_host_blocked(site, browser):
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
        links = [(site / "index.html").as_uri()]
        while links:  # follow every link, from the home page on: the pages it links to, then theirs…
            visited.update(links)
            found = []
            for url, page, record in visit_all(context, links):
                errors += record.console_errors + record.failed_requests
                assert "Index of" not in page.title(), url
                hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
                found += [h.split("#")[0] for h in hrefs if h.startswith("file://")]
            links = sorted({h for h in found if h.endswith(".html")} - visited)
        assert len(visited) == len([p for p in all_pages(site) if p.name != "404.html"])
        assert errors == [] and outside == []

        page = context.new_page()
        visit(page, (site / "priorites" / "4-multilateralisme.html").as_uri() + "#p4-2")
        page.locator(".md-select").first.hover()
        page.locator('a.md-select__link[hreflang="en"]').click()
        page.wait_for_load_state("load")
        assert page.url.endswith("/en/priorites/4-multilateralisme.html#p4-2")
        assert page.get_attribute("body", "data-md-color-scheme") == "default"  # the context prefers light
        page.locator("form[data-md-component=palette] button:visible").first.click()
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        page.locator('a.pe-cite[href="#p4-3"]').click()
        page.wait_for_function("document.querySelector('[data-pe-copy-status]').textContent.length > 0")
        assert (
            SITE_URL + "en/priorites/4-multilateralisme.html#p4-3"
            in page.locator("[data-pe-copy-status]").text_content()
        )
        assert outside == []
    finally:
        context.close()
