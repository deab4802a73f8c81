"""The documents name what exists: every repository path they quote, every link and anchor they give."""

from __future__ import annotations

import glob
import re

import pytest

from policy_text import project
from policy_text.plugin.plugin import PolicyTextPlugin

DOCUMENTS = ("README.md", "ARCHITECTURE.md", "CONTRIBUTING.md")
README_MAX_LINES = 150

PRODUCED = ("site/", "dist/", ".venv/", ".venv-lock/", ".cache/")
"""Made by the build or by `make`, not in the repository: named by the documents all the same."""

_FENCE = re.compile(r"^```.*?^```", re.M | re.S)
_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} +(.+?) *$", re.M)
_PLACEHOLDER = re.compile(r"<[^>/]+>|…")


def text(name: str) -> str:
    return (project.ROOT / name).read_text(encoding="utf-8")


def root_names() -> set[str]:
    """First segments that make a quoted word a repository path: what the repository's root holds."""
    return {path.name for path in project.ROOT.iterdir() if path.name != ".git"} | {p.strip("/") for p in PRODUCED}


def quoted_paths(document: str) -> set[str]:
    """Words in backticks (outside code blocks) that start at the repository's root."""
    roots, found = root_names(), set()
    for span in _CODE.findall(_FENCE.sub("", document)):
        for word in span.split():
            word = re.split(r"[?#]", word)[0].rstrip(",.;:")
            if word.split("/")[0] in roots and ("/" in word or "." in word):
                found.add(word)
    return found


def exists(path: str) -> bool:
    if path.split("/")[0] + "/" in PRODUCED:
        return True
    pattern = _PLACEHOLDER.sub("*", path)
    return bool(glob.glob(str(project.ROOT / pattern), include_hidden=True))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    words = re.sub(r"[^\w\- ]", "", heading.strip().lower().replace("`", ""))
    return words.replace(" ", "-")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_quoted_repository_path_exists(name):
    missing = sorted(path for path in quoted_paths(text(name)) if not exists(path))
    assert missing == [], f"{name} names paths that do not exist"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_link_and_anchor_resolves(name):
    problems = []
    for target in _LINK.findall(_FENCE.sub("", text(name))):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        document = path or name
        if not exists(document):
            problems.append(f"{target}: no {document}")
        elif anchor and document.endswith(".md") and not exists_anchor(document, anchor):
            problems.append(f"{target}: no heading #{anchor} in {document}")
    assert problems == []


def exists_anchor(document: str, anchor: str) -> bool:
    path = project.ROOT / document
    return path.is_file() and anchor in {slug(h) for h in _HEADING.findall(_FENCE.sub("", text(document)))}


def test_readme_stays_short():
    assert len(text("README.md").splitlines()) <= README_MAX_LINES


def test_readme_opens_with_the_two_commands():
    first_block = re.search(r"^```\w*\n(.*?)^```", text("README.md"), re.M | re.S)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block[1].splitlines()]
    assert commands == ["make serve", "make test"]


def test_no_document_points_to_a_missing_report():
    for name in DOCUMENTS:
        assert "REPORT.md" not in text(name), name


def test_architecture_lists_the_plugins_events_in_its_order():
    events = [name for name in vars(PolicyTextPlugin) if name.startswith("on_")]
    table = text("ARCHITECTURE.md").split("The plugin's events, in the order MkDocs runs them")[1].split("\n\n")[1]
    assert re.findall(r"^\| `(on_\w+)` \|", table, re.M) == events


def test_architecture_names_every_plugin_module():
    folder = project.PACKAGE_DIR / "plugin"
    named = set(_CODE.findall(text("ARCHITECTURE.md")))
    assert sorted({path.name for path in folder.glob("*.py")} - {"__init__.py"} - named) == []


def test_architecture_names_every_library_module():
    library = project.ROOT / "scripts" / "policy_text"
    named = set(_CODE.findall(text("ARCHITECTURE.md")))
    modules = {path.name for path in library.iterdir() if path.suffix in (".py", ".json", ".yml")} - {"__init__.py"}
    assert sorted(modules - named) == []
