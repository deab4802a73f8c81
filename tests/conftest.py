"""Shared fixtures: the site built once per session, served over http://, and a real browser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from policy_text import chromium, project

SITE_URL = "https://politique-etrangere.example/"  # as a deployment sets it (.example is reserved)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def build_site(project: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project` into `site_dir`, output captured for assertions."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(site_dir)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(project.ROOT, site_dir, env={"SITE_URL": SITE_URL})
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
            f"no Chromium at {chromium.EXECUTABLE}: install Debian's chromium (apt-get install chromium)"
            " to run browser tests"
        )
        if IN_CI:
            pytest.fail(message + " (CI must run them)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
