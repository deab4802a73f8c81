"""ProperDocs, MkDocs' maintained fork, builds the site as MkDocs does, but for the generator it names: the
escape hatch from MkDocs' and Material's end of life (ARCHITECTURE.md, "Stack") stays open."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from policy_text import offline, project
from policy_text.project import ROOT_VARIABLE

from ..conftest import ISSUES_URL, SITE_URL, SOURCE_DATE_EPOCH

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
_ZIP_SIZE = re.compile(rb"(<span data-pe-dist-kb>)[^<]*(</span>)")
"""The home pages' size of the ZIP, which holds the generator's name too: a few bytes may cross a kilobyte."""


def _without_generator(data: bytes) -> bytes:
    return _ZIP_SIZE.sub(rb"\1\2", _GENERATOR.sub(b"", data))


def _files(site: Path) -> dict[str, bytes]:
    """Every file of a built site, the ZIP's entries among them, with the generator's name left out."""
    found = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if name == offline.ZIP_NAME:
            with zipfile.ZipFile(path) as archive:
                found |= {f"{name}!{entry}": _without_generator(archive.read(entry)) for entry in archive.namelist()}
        else:
            found[name] = _without_generator(path.read_bytes())
    return found


def test_properdocs_builds_the_same_site(site, tmp_path):
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        ROOT_VARIABLE: str(project.ROOT),
        "SITE_URL": SITE_URL,
        "ISSUES_URL": ISSUES_URL,
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
    }
    command = [sys.executable, "-m", "properdocs", "build", "--strict", "--clean", "--site-dir", str(tmp_path / "site")]
    result = subprocess.run(command, cwd=project.ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    built = _files(tmp_path / "site")
    assert b"ProperDocs" in (tmp_path / "site" / "index.html").read_bytes()  # its own build, not a copy
    expected = _files(site)
    assert sorted(built) == sorted(expected)
    assert [name for name in expected if built[name] != expected[name]] == []
