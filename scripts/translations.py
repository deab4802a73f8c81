#!/usr/bin/env python3
"""List translations that are out of date, out of step or missing: `python scripts/translations.py [--check]`.

`--check` exits 1 when any translation is stale, misaligned (its paragraphs are not the French
page's, one for one) or missing (`make test` runs it). `--mark-current PATH …` records, after a
translator has revised PATH (e.g. en/priorites/3-….md, relative to docs/), that it matches the
current French page; a misaligned translation is refused (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path, PurePosixPath

from policy_text import pages, project, translations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if any translation is stale, misaligned or missing"
    )
    parser.add_argument(
        "--mark-current",
        nargs="+",
        metavar="PATH",
        type=PurePosixPath,
        default=[],
        help="record that these translations match their French page now",
    )
    parser.add_argument("--docs-dir", type=Path, default=project.DOCS_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        for rel_path in args.mark_current:
            print(translations.mark_current(rel_path, args.docs_dir))
        statuses = translations.statuses(args.docs_dir)
    except (pages.PageError, translations.MisalignedError, OSError, KeyError) as error:
        print(f"translations: error: {error}", file=sys.stderr)
        return 2
    behind = [status for status in statuses if status.state != "current"]
    for status in behind:
        print(status)
    print(f"{len(statuses) - len(behind)} of {len(statuses)} translations current.")
    return 1 if args.check and behind else 0


if __name__ == "__main__":
    sys.exit(main())
