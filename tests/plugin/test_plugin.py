"""The plugin (policy_text.plugin): its events in the order MkDocs runs them, its place among the plugins,
and what a failing step reports."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from policy_text import project, stylesheets
from policy_text.plugin import plugin
from policy_text.plugin.config import NAME

from .test_rebuild import Builder, copy_project

EVENTS = [name for name in vars(plugin.PolicyTextPlugin) if name.startswith("on_")]


def test_events_are_written_in_the_order_mkdocs_runs_them(build_site, tmp_path):
    builder = Builder(copy_project(tmp_path / "project"), tmp_path / "site")
    try:
        run = builder.built()
    finally:
        builder.close()
    in_a_build = [name.removeprefix("on_") for name in EVENTS if name != "on_serve"]
    assert [event for event in run if event in in_a_build] == in_a_build
    assert EVENTS[-1] == "on_serve"  # after the first build


def test_the_plugin_comes_after_i18n_and_offline():
    names = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in project.mkdocs_config()["plugins"]]
    assert names[-1] == NAME
    assert {"i18n", "offline"} <= set(names[:-1])


def test_a_copy_built_with_another_projects_library_is_refused(build_site, site_sources, tmp_path):
    result = build_site(site_sources, tmp_path / "site", env={project.ROOT_VARIABLE: str(project.ROOT)})
    assert result.returncode != 0
    assert f"plugin '{NAME}', option 'source_dir'" in result.stderr
    assert project.ROOT_VARIABLE in result.stderr


def test_a_known_error_stops_the_build_with_its_message_alone():
    with pytest.raises(PluginError, match="StylesheetError: unbalanced braces") as raised:
        with plugin._reported((stylesheets.StylesheetError,)):
            stylesheets.blocks("a{")
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_any_other_error_keeps_its_traceback():
    with pytest.raises(ZeroDivisionError) as raised:
        with plugin._reported((stylesheets.StylesheetError,)):
            1 / 0  # noqa: B018 - a bug in a step
    assert raised.traceback[-1].name == "test_any_other_error_keeps_its_traceback"
