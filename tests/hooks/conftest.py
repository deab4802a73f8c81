"""Fixture: a copy of the project's site sources, to build after breaking or changing something."""

from __future__ import annotations

import shutil

import pytest

from policy_text import project


@pytest.fixture
def site_sources(tmp_path):
    for name in ("mkdocs.yml", "docs", "overrides"):
        source = project.ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    return tmp_path
