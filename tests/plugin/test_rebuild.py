"""`mkdocs serve` shows every edit: one process builds a copy of the project, the copy is edited, the same
process builds it again (as `mkdocs serve` does on a change), and the edit is in the site.

The copy holds the library too (scripts/), imported from there, so that the strings and the glossary
edited are the copy's; the Khmer font is read from this checkout's cache.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from policy_text import project
from policy_text.project import ROOT_VARIABLE

# Builds, says so, waits for a line on its standard input, builds again: the test edits in between.
# It records the events MkDocs runs, in order, for test_plugin.py's question.
BUILDER = textwrap.dedent(
    """
    import json, sys
    import mkdocs.plugins
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    events = []
    run_event = mkdocs.plugins.PluginCollection.run_event
    def recording(self, name, *args, **kwargs):
        events.append(name)
        return run_event(self, name, *args, **kwargs)
    mkdocs.plugins.PluginCollection.run_event = recording

    config_file, site_dir = sys.argv[1:]
    for _ in range(2):
        config = load_config(config_file, site_dir=site_dir)
        config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        print(json.dumps(list(dict.fromkeys(events))), flush=True)
        sys.stdin.readline()
    """
)


def copy_project(folder: Path) -> Path:
    from .conftest import copy_sources

    folder.mkdir()
    copy_sources(folder)
    library = folder / "scripts" / "policy_text"
    shutil.copytree(project.PACKAGE_DIR, library, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / ".cache").symlink_to(project.CACHE_DIR)  # the Khmer font, subset once
    return folder


class Builder:
    """A process that builds the project in `folder` twice, waiting in between (tests/plugin/test_rebuild.py)."""

    def __init__(self, folder: Path, site_dir: Path):
        env = {
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            ROOT_VARIABLE: str(folder),
            "PYTHONPATH": str(folder / "scripts"),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-c", BUILDER, str(folder / "mkdocs.yml"), str(site_dir)],
            cwd=folder,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def built(self) -> list[str]:
        """Waits for a build to end; the events MkDocs has run so far, in order."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(self.process.communicate()[1])
        return json.loads(line)

    def again(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()

    def close(self) -> None:
        self.again()
        _, errors = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, errors


def test_a_second_build_in_the_same_process_shows_every_edit(build_site, tmp_path):
    folder, site = copy_project(tmp_path / "project"), tmp_path / "site"
    strings_path = folder / "scripts" / "policy_text" / "strings.yml"
    strings = yaml.safe_load(strings_path.read_text(encoding="utf-8"))
    french = project.default_language()
    key = "home.read.full"  # printed on the home page (partials/edition/home.html)
    edited_string = strings[french][key] + " (chaîne modifiée)"
    edited_template = "Gabarit modifié"
    edited_rule = ".pe-edited-rule{color:#123456}"
    edited_name = "Synonyme-modifié"

    builder = Builder(folder, site)
    try:
        builder.built()
        home = (site / "index.html").read_text(encoding="utf-8")
        assert edited_string not in home and edited_template not in home

        strings[french][key] = edited_string
        strings_path.write_text(yaml.safe_dump(strings, allow_unicode=True, width=1000), encoding="utf-8")
        footer = folder / "overrides" / "partials" / "copyright.html"
        footer.write_text(footer.read_text(encoding="utf-8") + f"\n<p>{edited_template}</p>\n", encoding="utf-8")
        stylesheet = folder / "overrides" / "assets" / "stylesheets" / "edition.css"
        stylesheet.write_text(stylesheet.read_text(encoding="utf-8") + "\n" + edited_rule + "\n", encoding="utf-8")
        glossary_path = folder / "scripts" / "policy_text" / "glossary.json"
        glossary = json.loads(glossary_path.read_text(encoding="utf-8"))
        glossary[0].setdefault("also", {}).setdefault(french, []).append(edited_name)
        glossary_path.write_text(json.dumps(glossary, ensure_ascii=False, indent=2), encoding="utf-8")
        builder.again()

        builder.built()
    finally:
        builder.close()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert edited_string in home
    assert edited_template in home
    stylesheets = "".join(path.read_text(encoding="utf-8") for path in (site / "assets").rglob("edition*.css"))
    assert "pe-edited-rule" in stylesheets and "#123456" in stylesheets
    assert edited_name in (site / "search" / f"index.{french}.js").read_text(encoding="utf-8")
