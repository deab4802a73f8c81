#!/usr/bin/env python3
"""Import the official French text into docs/fr/: `python scripts/import_policy.py [SOURCE] [--check]`.

Exit status: 0 done (or, with --check, nothing drifted); 1 with --check, some page differs
from what SOURCE produces; 2 the source or an existing page is invalid, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policy_text import importer, project, schema, source


def main(argv: list[str] | None = None, docs_dir: Path = project.DOCS_DIR) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        default=project.SOURCE_PATH,
        help=f"the official text (default: {importer.relative(project.SOURCE_PATH)})",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 and name each page that differs from the source"
    )
    parser.add_argument("--docs-dir", type=Path, default=docs_dir, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        policy = source.read(args.source)
        planned = importer.planned_pages(policy, args.docs_dir)
    except (source.SourceError, schema.FrontMatterError, importer.ImportError_) as error:
        print(f"import_policy: error: {error}", file=sys.stderr)
        print("import_policy: nothing was written.", file=sys.stderr)
        return 2
    if args.check:
        stale = importer.drifted(planned)
        for path in stale:
            state = "missing" if not path.exists() else "differs from the source"
            print(f"{importer.relative(path)}: {state}; run scripts/import_policy.py to update it")
        return 1 if stale else 0
    changed = importer.write_atomically(planned)
    for path in changed:
        print(f"wrote {importer.relative(path)}")
    print(f"{len(planned)} pages from {importer.relative(args.source)}; {len(changed)} changed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
