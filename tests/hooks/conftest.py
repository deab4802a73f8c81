"""Fixture: a copy of the project's site sources, to build after breaking or changing something."""

from __future__ import annotations

import shutil

import pytest

from policy_text import config


@pytest.fixture
def project(tmp_path):
    for name in ("mkdocs.yml", "docs", "overrides"):
        source = config.ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, tmp_path / name)
    return tmp_path
