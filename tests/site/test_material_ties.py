"""Material behaviours this edition works around, checked in the browser: the day one changes, a test says so."""

from __future__ import annotations

from ..conftest import SITE_URL
from .browser import visit
from .pages import priority_page

PAGE = priority_page(1)


def test_material_fetches_a_sitemap_beside_each_alternate_link(http_url, page):
    """edition.js hides the hreflang links from Material while it reads them; without that,
    Material fetches sitemap.xml beside each (here …/priorites/sitemap.xml, a 404). If this
    fails, Material no longer does: remove the workaround from edition.js."""
    page.route("**/assets/javascripts/edition.js", lambda route: route.fulfill(body="", content_type="text/javascript"))
    sitemaps: list[str] = []
    page.on("request", lambda request: "sitemap.xml" in request.url and sitemaps.append(request.url))
    visit(page, http_url + PAGE)
    page.wait_for_timeout(300)
    # beside each language's address of the page (absolute: the site is built with its address)
    assert sorted(sitemaps) == sorted(f"{SITE_URL}{prefix}priorites/sitemap.xml" for prefix in ("", "en/", "km/"))


def test_with_the_workaround_no_sitemap_is_fetched(http_url, page):
    sitemaps: list[str] = []
    page.on("request", lambda request: "sitemap.xml" in request.url and sitemaps.append(request.url))
    record = visit(page, http_url + PAGE)
    page.wait_for_timeout(300)
    assert sitemaps == []
    assert record.failed_requests == [] and record.console_errors == []
    # and the links are back for whoever reads them after Material (search engines read the HTML)
    assert page.locator('link[rel="alternate"][hreflang]').count() == 3
