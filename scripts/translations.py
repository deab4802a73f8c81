#!/usr/bin/env python3
"""List the translations to revise: `python scripts/translations.py [--check]`.

Each page out of date (its French page changed: the paragraphs the current edition amended are
named), incomplete (paragraphs a new edition inserted, still in French, or a sentence fewer than
the French) or missing is listed, and so are the interface strings, one language at a time
(`strings.yml:km` is Khmer's, scripts/policy_text/strings.yml). The site shows them with their
notice until they are revised: publishing never waits for them, so this lists and exits 0 (`make
test` runs it). `--check` exits 1 when there is anything to revise. A translation out of step (its
paragraphs, or on other pages its blocks, are not the French page's, one for one: the build refuses
it) exits 2, as does a page that cannot be read.

`--mark-current PATH …` records, after a translator has revised PATH (e.g. en/priorites/3-….md,
relative to docs/, or strings.yml:km), that it matches the current French; a misaligned or
incomplete translation is refused (exit 2).
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
        "--check", action="store_true", help="exit 1 if any translation is out of date, incomplete or missing"
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
    misaligned = [status for status in statuses if status.state == "misaligned"]
    to_revise = [status for status in statuses if status.to_revise]
    for status in to_revise:
        print(status)
    print(f"{len(statuses) - len(to_revise) - len(misaligned)} of {len(statuses)} translations current.")
    for status in misaligned:
        print(f"translations: error: {status}", file=sys.stderr)
    if misaligned:
        return 2
    return 1 if args.check and to_revise else 0


if __name__ == "__main__":
    sys.exit(main())
