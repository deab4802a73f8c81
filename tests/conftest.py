"""Shared fixtures: the site built once per session, served over http://, and a real browser.

Markers follow from the fixtures a test uses (pytest_collection_modifyitems below), so that
none is forgotten and none is left on a test that does not need it: `build` on every test that
runs `mkdocs build` (the `build_site` fixture, directly or through `site`), `browser` on every
test that drives Chromium (the `browser` fixture, directly or through `page`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from policy_text import chromium, project
from policy_text.project import ROOT_VARIABLE

from .site.browser import Reading

SITE_URL = "https://politique-etrangere.example/"  # as a deployment sets it (.example is reserved)
ISSUES_URL = "https://forge.example/politique-etrangere/issues"  # likewise
SOURCE_DATE_EPOCH = "1764000000"  # the session's site is built as a reproducible build is
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

MARKER_FIXTURES = {"build": "build_site", "browser": "browser"}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(config, items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for marker, fixture in MARKER_FIXTURES.items():
            if fixture in used:
                item.add_marker(marker)
            elif item.get_closest_marker(marker):
                raise pytest.UsageError(f"{item.nodeid}: marked {marker!r} without using the {fixture!r} fixture")
        if item.get_closest_marker("pixels") and "browser" not in used:
            raise pytest.UsageError(f"{item.nodeid}: marked 'pixels' without using the 'browser' fixture")


BuildSite = Callable[..., subprocess.CompletedProcess]


def _build_site(project: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", ROOT_VARIABLE: str(project), **(env or {})},
    )


@pytest.fixture(scope="session")
def build_site() -> BuildSite:
    """`build_site(project, site_dir, env=None)`: `mkdocs build --strict` of `project` into
    `site_dir`, output captured for assertions. Every build goes through this fixture (it marks
    the test `build`)."""
    return _build_site


@pytest.fixture(scope="session")
def site(build_site, tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(
        project.ROOT,
        site_dir,
        env={"SITE_URL": SITE_URL, "ISSUES_URL": ISSUES_URL, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH},
    )
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert warnings == [], "the strict build must have zero warnings"
    return site_dir


@pytest.fixture(scope="session")
def http_url(site) -> str:
    with chromium.serve(site) as (url, _):
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(chromium.EXECUTABLE).exists():
        message = (
            f"no Chromium at {chromium.EXECUTABLE}: install Debian's chromium (apt-get install chromium),"
            " or name an installed one in CHROMIUM, to run browser tests"
        )
        if IN_CI:
            pytest.fail(message + " (CI must run them)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def reading(browser, http_url) -> Iterator[Reading]:
    """The reader's context of the session's site (tests/site/browser.Reading), one per worker."""
    reading = Reading(browser, http_url + "index.html")
    yield reading
    reading.context.close()


@pytest.fixture
def new_tab(reading):
    """`new_tab(viewport=None, **media)`: a new tab of the session's reading context (Reading.new_tab), for
    a test that only reads the session's site over http://; after the test, Reading.forget."""
    yield reading.new_tab
    reading.forget()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
