"""The day of a revision, rehearsed: a copy of the project, the invented edition imported into it with the
README's command (dated the day after the current edition), and the test suite run against the copy.

`make test` runs it (`make test-revision`): the suite must pass whatever the current text, since its
counts, ids and addresses come from `source/` and the edition records, never from today's wording.

    python -m tests.revision [--keep FOLDER] [PYTEST ARGUMENTS…]

`--keep FOLDER`: make the copy there and leave it (to look at the revised site, or run one test again).
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from policy_text import editions, project

from .importing import INVENTED

PYTEST_ARGUMENTS = ["-m", "not browser", "-n", "auto", "--dist", "worksteal"]
"""What runs against the revised copy unless told otherwise: everything but the browser (the build, the
built HTML, the library, the importer)."""


def working_tree_files(root: Path) -> list[str]:
    """The project's files as they are in the working tree (tracked, or new and not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout
    return [name for name in listed.decode("utf-8").split("\0") if name and (root / name).is_file()]


def copy_project(root: Path, folder: Path) -> Path:
    for name in working_tree_files(root):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, folder / name)
    return folder


def the_day_after_the_current_edition() -> str:
    return (editions.current().date + datetime.timedelta(days=1)).isoformat()


def import_invented(folder: Path, date: str) -> None:
    """The README's command, in the copy: `scripts/import_policy.py NEW.txt --new-edition DATE`."""
    command = [sys.executable, "scripts/import_policy.py", str(INVENTED), "--new-edition", date]
    env = {**os.environ, project.ROOT_VARIABLE: str(folder)}
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    sys.stdout.write(done.stdout)
    if done.returncode != 0:
        raise SystemExit(f"importing the invented edition into {folder} failed:\n{done.stderr}")


def run_suite(folder: Path, arguments: list[str]) -> int:
    env = {**os.environ, project.ROOT_VARIABLE: str(folder)}
    return subprocess.run([sys.executable, "-m", "pytest", *arguments], cwd=folder, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="make the copy in this (new) folder and leave it")
    options, pytest_arguments = parser.parse_known_args(argv)
    with tempfile.TemporaryDirectory(prefix="revision-") as temporary:
        folder = options.keep or Path(temporary) / "project"
        folder.mkdir(parents=True)
        copy_project(project.ROOT, folder)
        date = the_day_after_the_current_edition()
        print(f"The invented edition imported into {folder} as the edition of {date}:")
        import_invented(folder, date)
        return run_suite(folder, pytest_arguments or PYTEST_ARGUMENTS)


if __name__ == "__main__":
    sys.exit(main())
