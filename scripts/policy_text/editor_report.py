"""What the editor does next, once a new edition is imported (`import_policy.py --new-edition` prints it).

In the README's order: review the paragraph identity (what the importer decided, and where it was
least sure), the curated fields of renumbered and new priorities, the translations to revise; then
the commands that finish the job. Publishing does not wait for the translations: the site shows
them with their notice until they are revised.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from . import identity, importer, project, source, translations
from .new_edition import Plan


def _texts(policy: source.Policy, ids: identity.Identity) -> dict[str, str]:
    """Each paragraph's text by its id in that edition (the blocks and ids of the text, in reading order)."""
    blocks = policy.blocks()[1:]  # the title aside
    return {paragraph: block.text for paragraph, block in zip(ids.ids(), blocks, strict=True)}


def _counts(new: identity.Identity) -> str:
    paragraphs = Counter(p.relation for priority in new.priorities for p in priority.entries)
    priorities = Counter(priority.relation for priority in new.priorities[1:])
    parts = [f"{paragraphs[kind]} {kind}" for kind in ("amended", "moved", "moved-amended", "inserted")]
    parts.append(f"{len(new.retired)} retired")
    found = [f"{priorities[kind]} {kind}" for kind in ("inserted", "renumbered")]
    found.append(f"{len(new.retired_priorities)} retired")
    return f"paragraphs: {', '.join(parts)}; priorities: {', '.join(found)}"


def _least_sure(plan: Plan, history: tuple[identity.Identity, ...]) -> list[str]:
    """Paragraphs the importer matched to an earlier one by similarity, not by the same words (amended, moved
    and amended): the least sure first."""
    old = _texts(source.read(plan.previous.source), history[-1])
    new = _texts(source.parse(plan.source_bytes, plan.edition.source), plan.identity)
    found = sorted(
        (identity.similarity(new[p.id], old[p.id]), p.id, p.relation)
        for priority in plan.identity.priorities
        for p in priority.entries
        if p.relation in identity.AMENDED_RELATIONS
    )
    return [f"{paragraph} {relation}: {score:.0%} the same words" for score, paragraph, relation in found]


def _curated(plan: Plan, docs_dir: Path) -> list[str]:
    french = docs_dir / project.default_language()
    return [
        f"{importer.relative(french / priority.page)} ({priority.relation}, priority {priority.number})"
        for priority in plan.identity.priorities[1:]
        if priority.relation in ("inserted", "renumbered")
    ]


def report(plan: Plan, docs_dir: Path, history: tuple[identity.Identity, ...]) -> str:
    """The editor's next steps after `plan` was written (`history`: the identities before it)."""
    identity_file = importer.relative(plan.edition.identity_path)
    lines = [
        "",
        "Next, in this order:",
        f"1. Review the paragraph identity, {identity_file}: {_counts(plan.identity)}.",
    ]
    least_sure = _least_sure(plan, history)
    if least_sure:
        lines.append(
            "   Matched by similarity, not by the same words (check each is the same paragraph; if not, make it"
        )
        lines.append("   one retired and one inserted):")
        lines += [f"     {line}" for line in least_sure]
    lines.append("   Then check the file: .venv/bin/python scripts/import_policy.py --check")
    curated = _curated(plan, docs_dir)
    lines.append(
        "2. Review the curated fields (nav_title, description, keywords) of the renumbered and new priorities:"
    )
    lines += [f"     {line}" for line in curated] or ["     none"]
    to_revise = [status for status in translations.statuses(docs_dir, plan.identity) if status.to_revise]
    lines.append("3. Revise the translations (the site shows each with its notice until then), then mark each current:")
    lines += [f"     {status}" for status in to_revise] or ["     none"]
    lines.append("     .venv/bin/python scripts/translations.py --mark-current <lang>/<page>.md")
    lines.append("4. Finish: make test, then commit source/ and docs/ together:")
    folders = f"{importer.relative(plan.edition.folder.parent)} {importer.relative(docs_dir)}"
    lines.append(f"     make test && git add {folders} && git commit")
    return "\n".join(lines)
