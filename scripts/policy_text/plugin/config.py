"""The plugin's options, as a site owner sets them under `policy-text:` in `mkdocs.yml`.

Imports nothing of the library: `policy_text.project` reads these options too (the importer and
the other scripts run without MkDocs), so each default is written here once.
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

NAME = "policy-text"
"""The plugin's name: its entry point in `pyproject.toml` and its key in `mkdocs.yml`'s `plugins`."""


class PolicyTextConfig(Config):
    source_dir = c.Type(str, default="source")
    """The editions of the official text (`editions.yml` and one folder per edition), relative to `mkdocs.yml`."""
