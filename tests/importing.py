"""Running the importer as an editor does (scripts/import_policy.py), and the invented second edition
(tests/fixtures/editions/README.md: never published), for the importer's and the editions' tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from policy_text import project

SCRIPT = project.ROOT / "scripts" / "import_policy.py"
INVENTED = project.ROOT / "tests" / "fixtures" / "editions" / "invented-2026-12-15.fr.txt"
FIRST_ID, INVENTED_ID = "2026-11-27", "2026-12-15"


def run(*args: str | Path, docs: Path, sources: Path | None = None) -> subprocess.CompletedProcess:
    """The importer on a copy of the project's pages (`docs`) and, if given, of its record of editions."""
    where = ["--docs-dir", str(docs)] + (["--source-dir", str(sources)] if sources else [])
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args), *where], capture_output=True, text=True)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, byte for byte: what an import refused must leave as it was."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
