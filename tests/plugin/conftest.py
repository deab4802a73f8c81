"""Fixture: a copy of the project's site sources, to build after breaking or changing something."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policy_text import project


def copy_sources(folder: Path) -> Path:
    """mkdocs.yml, docs/, overrides/ and source/ copied into `folder`."""
    for name in ("mkdocs.yml", "docs", "overrides", "source"):
        source = project.ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    return folder


@pytest.fixture
def site_sources(tmp_path):
    return copy_sources(tmp_path)
