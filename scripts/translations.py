#!/usr/bin/env python3
"""List translations that are out of date, out of step or missing: `python scripts/translations.py [--check]`.

`--check` exits 1 when any translation is stale (out of date, or a sentence missing), misaligned (its
paragraphs, or on other pages its blocks, are not the French page's, one for one) or missing (`make test`
runs it). `--mark-current PATH …` records, after a translator has revised PATH (e.g. en/priorites/3-….md,
relative to docs/), that it matches the current French page; a misaligned or incomplete translation is
refused (exit 2). The interface strings are listed too, one language at a time: `strings.yml:km` is Khmer's
(scripts/policy_text/strings.yml), recorded with `--mark-current strings.yml:km`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path, PurePosixPath

from policy_text import pages, project, translations

STRINGS_PREFIX = translations.STRINGS_NAME + ":"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if any translation is stale, misaligned or missing"
    )
    parser.add_argument(
        "--mark-current",
        nargs="+",
        metavar="PATH",
        default=[],
        help="record that these translations (or strings.yml:<lang>) match their French now",
    )
    parser.add_argument("--docs-dir", type=Path, default=project.DOCS_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        for name in args.mark_current:
            if name.startswith(STRINGS_PREFIX):
                print(translations.mark_strings_current(name.removeprefix(STRINGS_PREFIX)))
            else:
                print(translations.mark_current(PurePosixPath(name), args.docs_dir))
        statuses: list[translations.Status | translations.StringsStatus] = [
            *translations.statuses(args.docs_dir),
            *translations.strings_statuses(),
        ]
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
