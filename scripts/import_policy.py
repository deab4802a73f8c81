#!/usr/bin/env python3
"""Import the official French text into docs/fr/: `python scripts/import_policy.py [SOURCE] [--check]`,
or a revised text as a new edition: `python scripts/import_policy.py SOURCE --new-edition YYYY-MM-DD [--retrieved]`.

Without --new-edition, SOURCE (by default the current edition's text) must be the current edition's
text: the pages are regenerated from it. With --new-edition, SOURCE becomes the current edition
(policy_text.new_edition): its text copied into source/<date>/, its paragraph identity computed
into source/<date>/identity.yml for review, the previous edition's pages frozen, the French pages
replaced.

Exit status: 0 done (or, with --check, nothing drifted); 1 with --check, some page differs
from what SOURCE produces; 2 the source, the date, the record of editions or an existing page is
invalid, nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policy_text import editions, editor_report, identity, importer, new_edition, project, schema, source

REFUSED = (
    source.SourceError,
    schema.FrontMatterError,
    importer.ImportError_,
    editions.EditionsError,
    identity.IdentityError,
)


def main(argv: list[str] | None = None, docs_dir: Path = project.DOCS_DIR) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source", nargs="?", type=Path, help="the official text (default: the current edition's, source/<date>/…)"
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 and name each page that differs from the source"
    )
    parser.add_argument(
        "--new-edition", metavar="YYYY-MM-DD", help="import SOURCE as a new edition, the ministry's publication date"
    )
    parser.add_argument(
        "--retrieved", action="store_true", help="with --new-edition: the date is when the text was retrieved"
    )
    parser.add_argument("--docs-dir", type=Path, default=docs_dir, help=argparse.SUPPRESS)
    parser.add_argument("--source-dir", type=Path, default=editions.SOURCE_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.retrieved and not args.new_edition:
        parser.error("--retrieved goes with --new-edition")
    if args.new_edition and (args.check or args.source is None):
        parser.error("--new-edition needs SOURCE, and writes: not with --check")
    record = args.source_dir / editions.RECORD_PATH.name
    try:
        if args.new_edition:
            return _new_edition(args, record)
        current = editions.current(record)
        names = identity.history(record)[-1]
        policy = source.read(args.source or current.source)
        if args.source and [b.text for b in policy.blocks()] != [b.text for b in source.read(current.source).blocks()]:
            raise importer.ImportError_(
                f"{args.source}: not the current edition's text ({importer.relative(current.source)}); "
                "expected it, or a revised text imported with --new-edition YYYY-MM-DD"
            )
        planned = importer.planned_pages(policy, args.docs_dir, names)
    except REFUSED as error:
        return _refused(error)
    if args.check:
        stale = importer.drifted(planned)
        for path in stale:
            state = "missing" if not path.exists() else "differs from the source"
            print(f"{importer.relative(path)}: {state}; run scripts/import_policy.py to update it")
        return 1 if stale else 0
    changed = importer.write_atomically(planned)
    for path in changed:
        print(f"wrote {importer.relative(path)}")
    print(f"{len(planned)} pages from {importer.relative(args.source or current.source)}; {len(changed)} changed.")
    return 0


def _refused(error: Exception) -> int:
    print(f"import_policy: error: {error}", file=sys.stderr)
    print("import_policy: nothing was written.", file=sys.stderr)
    return 2


def _new_edition(args: argparse.Namespace, record: Path) -> int:
    kind = "retrieved" if args.retrieved else "published"
    try:
        plan = new_edition.plan(args.source, args.new_edition, kind, args.docs_dir, record)
    except REFUSED as error:
        return _refused(error)
    history = identity.history(record)
    changed = new_edition.write(plan)
    print(f"edition {plan.edition.id} ({kind}) is current: {importer.relative(plan.edition.source)}")
    print(f"froze the pages of {plan.previous.id} in {importer.relative(plan.previous.published_dir)}")
    for path in changed:
        print(f"{'removed' if path in plan.removed else 'wrote'} {importer.relative(path)}")
    print(editor_report.report(plan, args.docs_dir, history))
    return 0


if __name__ == "__main__":
    sys.exit(main())
