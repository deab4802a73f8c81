"""Fixture: a copy of the project's site sources, to build after breaking or changing something.

The copy is taken back to the project's first edition (tests/importing.as_first_edition): the tests change or
break a text whose every word they know, whatever editions the project has published since.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policy_text import project

from ..importing import as_first_edition


def copy_sources(folder: Path) -> Path:
    """mkdocs.yml, docs/, overrides/ and source/ copied into `folder`."""
    for name in ("mkdocs.yml", "docs", "overrides", "source"):
        source = project.ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    return folder


def copy_first_edition(folder: Path) -> Path:
    """`copy_sources`, then docs/ and source/ as the first edition published them."""
    copy_sources(folder)
    as_first_edition(folder / "docs", folder / "source")
    return folder


@pytest.fixture
def site_sources(tmp_path):
    return copy_first_edition(tmp_path)
