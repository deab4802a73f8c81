"""Served as a host would: under a sub-path, with the security headers of site/_headers."""

from __future__ import annotations

import pytest

from policy_text import chromium, project

from ..conftest import ISSUES_URL
from .browser import visit
from .pages import priority_page
from .visits import visit_all

SUB_PATH = "politique-etrangere/"


def header_rules(site) -> dict[str, str]:
    """The headers site/_headers gives every path ("/*")."""
    rules, current = {}, None
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            current = line.strip()
        elif current == "/*":
            name, _, value = line.strip().partition(": ")
            rules[name] = value
    return rules


@pytest.fixture(scope="module")
def hosted(build_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("host")
    site = root / SUB_PATH
    result = build_site(
        project.ROOT, site, env={"SITE_URL": "https://example.org/" + SUB_PATH, "ISSUES_URL": ISSUES_URL}
    )
    assert result.returncode == 0, result.stderr
    headers = header_rules(site)

    class Handler(chromium.QuietHandler):
        def end_headers(self):
            for name, value in headers.items():
                self.send_header(name, value)
            super().end_headers()

    with chromium.serve(root, Handler) as (url, _):
        yield site, url + SUB_PATH, headers


def test_headers_file_declares_the_policy(hosted):
    site, base, headers = hosted
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Content-Security-Policy"].startswith("default-src 'self'; script-src 'self' 'sha256-")
    directives = dict(d.split(" ", 1) for d in headers["Content-Security-Policy"].split("; "))
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert directives["style-src"].split(" ")[0] == "'self'" and directives["worker-src"] == "'self'"
    assert all(source.startswith("'sha256-") for source in directives["style-src"].split(" ")[1:])
    assert "frame-src" not in directives and directives["object-src"] == "'none'"
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    denied = dict(feature.split("=") for feature in headers["Permissions-Policy"].split(", "))
    assert {"camera", "microphone", "geolocation", "payment", "usb"} <= set(denied)
    assert set(denied.values()) == {"()"} and "clipboard-write" not in denied  # § links copy addresses


def test_every_page_works_under_a_sub_path_with_the_policy_enforced(hosted, page):
    site, base, headers = hosted
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert pages
    problems = []
    page.context.on("console", lambda m: "Content Security Policy" in m.text and problems.append(m.text))
    for _, _, record in visit_all(page.context, [base + path for path in pages]):
        problems += record.console_errors + record.failed_requests
        problems += record.elsewhere(base)
    assert problems == []
    visit(page, base + "km/404.html")
    assert page.locator("h1").text_content() == "រកមិនឃើញទំព័រ"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"


def test_what_readers_do_satisfies_the_policy(hosted, page):
    """Search, palette, § links, side-by-side choice, language switch: no CSP violation."""
    site, base, headers = hosted
    violations: list[str] = []
    page.expose_function("reportViolation", lambda text: violations.append(text))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))"
    )
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    visit(page, base + priority_page(1))
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("neutralite")
    page.locator(".md-search-result__item").first.wait_for()
    page.keyboard.press("Escape")
    page.locator("form[data-md-component=palette] button:visible").first.click()
    page.locator("a.pe-cite").first.click()
    visit(page, base + "texte-parallele.html")
    page.select_option("select[name=right]", "km")
    page.locator(".md-select button").first.click()  # the language menu opens by its button, not on hover
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(base + "en/texte-parallele.html")
    assert violations == []
