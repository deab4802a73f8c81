"""The library as a whole: its modules import each other without a cycle."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import policy_text

LIBRARY = Path(policy_text.__file__).parent


def module_name(path: Path) -> str:
    """`pages` for pages.py, `a.b` for a/b.py, `a` for a/__init__.py, `` for the library's own __init__.py."""
    parts = path.relative_to(LIBRARY).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str]) -> set[str]:
    """The library's modules that `path` imports, at its top or inside a function (a late import is still one),
    with the packages they are in (importing `a.b` runs `a` first)."""
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    package = [part for part in package if part]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            inside = ".".join([*base, *(node.module.split(".") if node.module else [])])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "policy_text":
            inside = (node.module or "").removeprefix("policy_text").lstrip(".")
        elif isinstance(node, ast.Import):
            targets |= {alias.name.removeprefix("policy_text.") for alias in node.names if "policy_text." in alias.name}
            continue
        else:
            continue
        targets |= {inside} | {f"{inside}.{alias.name}".lstrip(".") for alias in node.names}
    with_packages = {".".join(t.split(".")[:k]) for t in targets for k in range(1, t.count(".") + 2)}
    return (with_packages & modules) - {name}


def test_no_module_imports_one_that_imports_it():
    paths = {module_name(path): path for path in LIBRARY.rglob("*.py")}
    graph = {name: imports(path, set(paths)) for name, path in paths.items()}
    assert graph["pages"] >= {"identity", "project"}  # the imports are seen
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as error:
        raise AssertionError(f"import cycle: {' -> '.join(error.args[1])}") from None
