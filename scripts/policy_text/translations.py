"""Which translations are current, stale, misaligned or missing.

A translation records `translation.source_hash`, the content hash of the French page it was
made from. When a re-import changes that page, the hashes differ and the translation is stale
until a translator revises it and records the new hash (`scripts/translations.py --mark-current`).
A translation must also have the French page's paragraphs, one for one (paragraph ids are
positional, and side-by-side reading pairs them): one that does not is misaligned, and the
build refuses it. After a new edition the importer realigns translations by paragraph identity
(policy_text.new_edition); a paragraph it had no translation of holds the French text and is
listed in the page's `untranslated`: such a page is stale until it is translated and marked current.

Completeness (policy_text.completeness) is checked on every page, not only those of the text: a translation
has the French page's blocks (headings, paragraphs, list items), in order, or it is misaligned; a block with a
sentence fewer than its French is incomplete (stale). The interface strings (strings.yml), which make up the
home page's and the editions pages' prose, are translations too: each translated string records the hash of
the French it was made from (strings.sources.yml), and is stale when that French changes (`strings_statuses`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import yaml
from markupsafe import escape

from . import completeness, identity, interface, pages, project


@dataclass(frozen=True)
class Status:
    rel_path: PurePosixPath  # the translation's path under docs/
    state: str  # "current", "stale", "misaligned" or "missing"
    reference: PurePosixPath  # the page it translates
    recorded_hash: str | None
    reference_hash: str
    missing_ids: tuple[str, ...] = ()  # misaligned: the French page's paragraphs it lacks
    extra_ids: tuple[str, ...] = ()  # misaligned: paragraphs the French page does not have
    reference_ids: tuple[str, ...] = ()
    untranslated: tuple[str, ...] = ()  # paragraphs still in French (front matter `untranslated`)
    gaps: tuple[str, ...] = ()  # misaligned: its blocks out of step; stale: a block with a sentence missing
    amended: tuple[str, ...] = ()  # stale: the French page's paragraphs the current edition amended

    @property
    def to_revise(self) -> bool:
        """Stale, incomplete or missing: the site shows it with its notice until a translator revises it."""
        return self.state in ("stale", "missing")

    def __str__(self) -> str:
        if self.state == "misaligned" and not self.reference_ids:
            return f"{self.rel_path}: not aligned with {self.reference}: {'; '.join(self.gaps)}"
        if self.state == "misaligned":
            lacks = f"lacks {', '.join(self.missing_ids)}" if self.missing_ids else ""
            extra = f"has {', '.join(self.extra_ids)} too" if self.extra_ids else ""
            ids = self.reference_ids
            return (
                f"{self.rel_path}: paragraphs out of step with {self.reference}: "
                + "; ".join(part for part in (lacks, extra) if part)
                + f" (expected {len(ids)} paragraph{'s' if len(ids) != 1 else ''}"
                + (f", {ids[0]} to {ids[-1]}" if ids else "")
                + ", one per paragraph of the French page, separated by blank lines)"
            )
        if self.state == "missing":
            return f"{self.rel_path}: missing (a translation of {self.reference} is expected)"
        if self.state == "stale":
            untranslated = (
                f"; not yet translated, shown in French: {', '.join(self.untranslated)}" if self.untranslated else ""
            )
            missing = f"; a sentence missing: {'; '.join(self.gaps)}" if self.gaps else ""
            if self.recorded_hash == self.reference_hash:
                return f"{self.rel_path}: incomplete{untranslated}{missing}"
            amended = f"; amended by the current edition: {', '.join(self.amended)}" if self.amended else ""
            return (
                f"{self.rel_path}: out of date; {self.reference} changed since it was translated "
                f"(recorded {(self.recorded_hash or '')[:15]}…, now {self.reference_hash[:15]}…)"
                f"{amended}{untranslated}{missing}"
            )
        return f"{self.rel_path}: current"


class MisalignedError(ValueError):
    """A translation's paragraphs do not match its French page's, one for one."""


def reference_path(rel_path: PurePosixPath) -> PurePosixPath:
    """The French page a page of another language translates: the same path in the French folder."""
    return pages.in_language(rel_path, project.default_language())


def status_of(
    translation: pages.Page | None,
    reference: pages.Page,
    rel_path: PurePosixPath,
    current: identity.Identity | None = None,
) -> Status:
    """`current`: the current edition's identity (by default the record's), to name what it amended."""
    reference_hash = pages.content_hash(reference)
    if translation is None:
        return Status(rel_path, "missing", reference.rel_path, None, reference_hash)
    recorded = translation.meta.get("translation", {}).get("source_hash")
    expected, found = pages.paragraph_ids(reference), pages.paragraph_ids(translation)
    if expected != found:
        missing = tuple(i for i in expected if i not in found)
        extra = tuple(i for i in found if i not in expected)
        return Status(rel_path, "misaligned", reference.rel_path, recorded, reference_hash, missing, extra, expected)
    lang = rel_path.parts[0]
    reference_blocks, own_blocks = completeness.blocks(reference.body), completeness.blocks(translation.body)
    gaps = tuple(completeness.block_gaps(reference_blocks, own_blocks, lang))
    if [block.kind for block in reference_blocks] != [block.kind for block in own_blocks]:
        return Status(rel_path, "misaligned", reference.rel_path, recorded, reference_hash, gaps=gaps)
    untranslated = tuple(translation.meta.get("untranslated", ()))
    if untranslated:  # paragraphs still in French: their sentences are the French ones, not missing ones
        gaps = ()
    state = "current" if recorded == reference_hash and not untranslated and not gaps else "stale"
    amended = _amended_on(reference, current or identity.current()) if recorded != reference_hash else ()
    return Status(
        rel_path,
        state,
        reference.rel_path,
        recorded,
        reference_hash,
        untranslated=untranslated,
        gaps=gaps,
        amended=amended,
    )


def _amended_on(reference: pages.Page, current: identity.Identity) -> tuple[str, ...]:
    """The paragraphs of a French page of the text that the current edition amended (policy_text.identity)."""
    page = PurePosixPath(*reference.rel_path.parts[1:]).as_posix()
    for priority in current.priorities:
        if priority.page == page:
            return tuple(p.id for p in priority.entries if p.relation in identity.AMENDED_RELATIONS)
    return ()


def statuses(docs_dir: Path = project.DOCS_DIR, current: identity.Identity | None = None) -> list[Status]:
    """Every (translation language × French page) pair, in a stable order."""
    result = []
    for reference in pages.language_pages(project.default_language(), docs_dir):
        for lang in project.language_codes()[1:]:
            rel_path = pages.in_language(reference.rel_path, lang)
            path = docs_dir / rel_path
            translation = pages.read(path, docs_dir) if path.exists() else None
            result.append(status_of(translation, reference, rel_path, current))
    return result


def mark_current(rel_path: PurePosixPath, docs_dir: Path = project.DOCS_DIR) -> Status:
    """Record that a translation now matches its French page (after a translator revised it)."""
    translation = pages.read(docs_dir / rel_path, docs_dir)
    reference = pages.read(docs_dir / reference_path(rel_path), docs_dir)
    if (status := status_of(translation, reference, rel_path)).state == "misaligned":
        raise MisalignedError(f"not marked current: {status}")
    if status.gaps:
        raise MisalignedError(f"not marked current: {status}")
    if status.untranslated:
        raise MisalignedError(
            f"not marked current: {rel_path}: field 'untranslated': {', '.join(status.untranslated)} still in French; "
            "expected each translated and its id removed from the list"
        )
    meta = dict(translation.meta)
    meta["translation"] = {**meta["translation"], "source_hash": pages.content_hash(reference)}
    (docs_dir / rel_path).write_text(pages.render(meta, translation.body), encoding="utf-8")
    return status_of(pages.read(docs_dir / rel_path, docs_dir), reference, rel_path)


def mark_untranslated(html: str, untranslated: list[str], lang: str) -> str:
    """Paragraphs of a translation still in French (`untranslated`): marked lang="fr", with a note in the
    page's language after each, announced as a note (as translator's notes are)."""
    note = escape(interface.t(lang, "translation.paragraph_missing"))
    fallback = project.default_language()
    for paragraph_id in untranslated:
        html, found = re.subn(
            rf'<p id="{re.escape(paragraph_id)}"([^>]*)>(.*?)</p>',
            rf'<p id="{paragraph_id}" lang="{fallback}"\1>\2</p>'
            rf'\n<div class="pe-note pe-untranslated" role="note">{note}</div>',
            html,
            count=1,
            flags=re.S,
        )
        if not found:
            raise ValueError(f"'untranslated' names {paragraph_id}, which is not on the page")
    return html


STRINGS_SOURCES = interface.STRINGS_PATH.with_name("strings.sources.yml")
"""For each translated language, the hash of the French each interface string was made from (strings_statuses)."""
STRINGS_NAME = "strings.yml"


def string_hash(french: str) -> str:
    return hashlib.sha256(french.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class StringsStatus:
    """A language's interface strings (strings.yml) against the French ones, key by key."""

    lang: str
    state: str  # "current", "stale" or "misaligned"
    missing: tuple[str, ...] = ()  # keys the French has and this language lacks
    extra: tuple[str, ...] = ()  # keys the French does not have
    changed: tuple[str, ...] = ()  # keys whose French changed since they were translated (or never recorded)
    placeholders: tuple[str, ...] = ()  # keys whose {placeholders} are not the French string's
    gaps: tuple[str, ...] = ()  # "key: n sentences where the French has m"

    @property
    def to_revise(self) -> bool:
        """A French string changed since, or a sentence missing: listed, the site shows what there is."""
        return self.state == "stale"

    @property
    def name(self) -> str:
        """How scripts/translations.py names it (`--mark-current strings.yml:km`)."""
        return f"{STRINGS_NAME}:{self.lang}"

    def __str__(self) -> str:
        parts = []
        if self.missing:
            parts.append(f"lacks {', '.join(self.missing)}")
        if self.extra:
            parts.append(f"has {', '.join(self.extra)}, which the French does not")
        if self.placeholders:
            parts.append(f"placeholders not the French string's in {', '.join(self.placeholders)}")
        if self.gaps:
            parts.append("incomplete: " + "; ".join(self.gaps))
        if self.changed:
            parts.append(f"out of date, the French changed since they were translated: {', '.join(self.changed)}")
        return f"{self.name}: " + ("; ".join(parts) if parts else "current")


def _translated_keys(strings: dict[str, dict[str, str]]) -> list[str]:
    return [key for key in strings[project.default_language()] if key not in interface.TYPOGRAPHY]


def _recorded(sources: Path) -> dict[str, dict[str, str]]:
    if not sources.exists():
        return {}
    return yaml.load(sources.read_text(encoding="utf-8"), Loader=project.YAML_LOADER) or {}


def strings_status(
    lang: str, strings: dict[str, dict[str, str]] | None = None, sources: Path = STRINGS_SOURCES
) -> StringsStatus:
    strings = strings if strings is not None else interface.strings()
    french, own = strings[project.default_language()], strings.get(lang, {})
    keys = _translated_keys(strings)
    missing = tuple(key for key in french if key not in own)
    extra = tuple(key for key in own if key not in french)
    translated = [key for key in keys if key in own]
    placeholders = tuple(
        key for key in translated if completeness.placeholders(french[key]) != completeness.placeholders(own[key])
    )
    gaps = tuple(f"{key}: {gap}" for key in translated for gap in completeness.string_gaps(french[key], own[key], lang))
    recorded = _recorded(sources).get(lang, {})
    changed = tuple(key for key in translated if recorded.get(key) != string_hash(french[key]))
    if missing or extra or placeholders:
        state = "misaligned"
    else:
        state = "stale" if gaps or changed else "current"
    return StringsStatus(lang, state, missing, extra, changed, placeholders, gaps)


def strings_statuses(
    strings: dict[str, dict[str, str]] | None = None, sources: Path = STRINGS_SOURCES
) -> list[StringsStatus]:
    """Each translated language's interface strings: current, stale (a French string changed since, or a
    sentence missing) or misaligned (a key or a placeholder missing or extra)."""
    return [strings_status(lang, strings, sources) for lang in project.language_codes()[1:]]


def mark_strings_current(
    lang: str, strings: dict[str, dict[str, str]] | None = None, sources: Path = STRINGS_SOURCES
) -> StringsStatus:
    """Record that `lang`'s interface strings translate the French ones as they are now."""
    strings = strings if strings is not None else interface.strings()
    status = strings_status(lang, strings, sources)
    if status.state == "misaligned" or status.gaps:
        raise MisalignedError(f"not marked current: {status}")
    recorded = _recorded(sources)
    recorded[lang] = {key: string_hash(strings[project.default_language()][key]) for key in _translated_keys(strings)}
    ordered = {code: recorded[code] for code in project.language_codes()[1:] if code in recorded}
    header = (
        "# For each translated language, the hash of the French each interface string (strings.yml) was made from.\n"
        "# Written by `scripts/translations.py --mark-current strings.yml:<lang>` once a translator has revised\n"
        "# that language's strings (policy_text.translations.strings_statuses); never edited by hand.\n"
    )
    sources.write_text(header + yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return strings_status(lang, strings, sources)
