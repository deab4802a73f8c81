"""The vendored iframe-worker shim is the pinned upstream file, served by the site with its licence."""

from __future__ import annotations

import hashlib
import re

from policy_text import project

FOLDER = project.ROOT / "overrides" / "assets" / "javascripts" / "iframe-worker"
SITE_FOLDER = "assets/javascripts/iframe-worker"


def noted_checksums() -> dict[str, str]:
    note = (FOLDER / "README.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^- sha256 (\S+) \(.*\): ([0-9a-f]{64})$", note, flags=re.MULTILINE))


def test_vendored_files_match_the_noted_version_and_checksums():
    note = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert "- version: 1.0.4" in note.splitlines()
    checksums = noted_checksums()
    assert sorted(checksums) == ["LICENSE.txt", "shim.js"]
    for name, checksum in checksums.items():
        assert hashlib.sha256((FOLDER / name).read_bytes()).hexdigest() == checksum, name
    assert "Permission is hereby granted, free of charge" in (FOLDER / "LICENSE.txt").read_text(encoding="utf-8")


def test_site_serves_the_shim_and_its_licence_but_not_the_note(site):
    for name in noted_checksums():
        assert (site / SITE_FOLDER / name).read_bytes() == (FOLDER / name).read_bytes(), name
    assert not (site / SITE_FOLDER / "README.md").exists()
