"""Ready-made citations of a paragraph: one common style (Chicago-like), BibTeX and RIS; Highwire meta tags.

Everything that needs escaping is done here, at build time, once per page: the publisher, the
title, the edition's date and what it is, whether the page is an unofficial translation. The
paragraph (its label `§ 1.2` and id `p1-2`), its permanent address and the reader's date of
access are known only on the page, in the browser: the templates carry placeholders for them
(`⟦paragraph⟧`, `⟦id⟧`, `⟦url⟧`, `⟦accessed⟧`, `⟦accessed-iso⟧`, `⟦accessed-ris⟧`), which
overrides/assets/javascripts/edition.js fills with values that need no escaping in any of the
formats (a label of § and digits, an ASCII id, a URL as the browser serialises it, dates). Why
this split: ARCHITECTURE.md, "Citing a paragraph".
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from . import editions, interface, numerals, project, typography

PLACEHOLDERS = ("paragraph", "id", "url", "accessed", "accessed-iso", "accessed-ris")
"""What the page fills in: the paragraph's label and id, its permanent address, the date of access
(in the language's words, `YYYY-MM-DD` for BibTeX, `YYYY/MM/DD` for RIS)."""


def _t(lang: str, key: str) -> str:
    """An interface string (strings.yml), with French typography's no-break spaces in French: the
    templates are printed in a script, which the build's typography hook leaves alone."""
    value = interface.t(lang, key)
    return typography.french_text(value) if lang == "fr" else value


def slot(name: str) -> str:
    """The placeholder for `name` in a template: `⟦url⟧` (brackets no format escapes or uses)."""
    assert name in PLACEHOLDERS, name
    return f"⟦{name}⟧"


BIBTEX_KEY_PREFIX = "mfaic"
"""Citation keys: `mfaic-<edition>-<paragraph id>` (the ministry's domain name), ASCII only."""

BIBTEX_LANGUAGE = {"fr": "french", "en": "english", "km": "khmer"}
"""biblatex `langid` values (babel/polyglossia names) of the text cited."""


@dataclass(frozen=True)
class Work:
    """What a citation of a page of the text says besides the paragraph: the same for every paragraph of a page."""

    lang: str
    """The page's language: the citation is written in it (dates, words, digits of the paragraph label)."""
    text_lang: str
    """The language of the text shown (French on a page whose translation is missing)."""
    title: str
    """The official title, the French original's, whatever the page's language."""
    translated_title: str | None
    """The title in the page's language, on an unofficial translation; None on the official text."""
    edition: editions.Edition

    @property
    def publisher(self) -> str:
        """The ministry, named in the page's language (capitalised: it opens the citation)."""
        name = _t(self.lang, "home.publisher")
        return name[:1].upper() + name[1:]

    @property
    def unofficial(self) -> bool:
        return self.translated_title is not None


def date_strings(lang: str) -> dict[str, Any]:
    """What writing a date in `lang` needs, for edition.js (the date of access) as interface.date() writes it."""
    return {
        "pattern": _t(lang, "date.format"),
        "months": _t(lang, "date.months").split(),
        "first": _t(lang, "date.first"),
        "digits": numerals.DIGITS.get(lang, ""),
    }


def edition_statement(work: Work) -> str:
    """`Édition du 27 novembre 2026 (texte relevé …)` or `Édition publiée par le ministère le …`: what the
    edition's date is, never presented as a publication date when it is the date of retrieval."""
    key = "cite.edition.published" if work.edition.date_kind == "published" else "cite.edition.retrieved"
    return _t(work.lang, key).format(date=interface.date(work.lang, work.edition.date))


def _sentences(lang: str, parts: list[str]) -> str:
    """The parts as sentences, each ended by the language's full stop (none after a part already ending with
    one); after the address, a stop other than "." is set off by a space: link detection takes "។" for part of
    the address (its fragment)."""
    stop = _t(lang, "full_stop")
    stops = tuple(strings["full_stop"] for strings in interface.strings().values())

    def ended(part: str) -> str:
        if part.endswith(stops):
            return part
        return part + (f" {stop}" if part == slot("url") and stop != "." else stop)

    return " ".join(ended(part) for part in parts)


def title_with_translation(work: Work) -> str:
    """`Politique étrangère du Cambodge [Cambodia’s Foreign Policy]`: the original title, and on a
    translation the page's title in brackets, as bibliographies give a translated title."""
    return f"{work.title} [{work.translated_title}]" if work.translated_title else work.title


def note(work: Work) -> str:
    """The paragraph, the translation's status and the edition, in the page's language (BibTeX `note`, RIS `N1`)."""
    parts = [slot("paragraph")]
    if work.unofficial:
        parts.append(_t(work.lang, "cite.translation"))
    parts.append(edition_statement(work))
    return _sentences(work.lang, parts)


def text(work: Work) -> str:
    """The common style: a Chicago-like bibliography entry (author. title, part. edition. address. date of access.),
    in plain text so that it pastes anywhere, in the page's language."""
    parts = [work.publisher, title_with_translation(work) + _t(work.lang, "list_separator") + slot("paragraph")]
    if work.unofficial:
        parts.append(_t(work.lang, "cite.translation"))
    parts += [edition_statement(work), slot("url"), _t(work.lang, "cite.accessed").format(date=slot("accessed"))]
    return _sentences(work.lang, parts)


_BIBTEX_SPECIAL = re.compile(r"[\\{}%&$#_~^]")
_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def bibtex_escape(value: str) -> str:
    """A value for a BibTeX field in braces, for biblatex with biber (UTF-8): LaTeX's special characters
    escaped, line breaks made spaces, everything else (accents, Khmer, §) kept as it is."""
    value = " ".join(value.split())
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_ESCAPES.get(m.group(), "\\" + m.group()), value)


def bibtex(work: Work) -> str:
    """A biblatex `@misc` entry: the ministry as an institutional author (double braces: one name, not a
    first and last name), the original title, `year` and `date` only for a date the ministry published,
    the permanent address, the date of access, the note (paragraph, translation, edition)."""
    edition = work.edition
    fields: list[tuple[str, str]] = [
        ("author", "{" + bibtex_escape(work.publisher) + "}"),
        ("title", bibtex_escape(work.title)),
    ]
    if work.translated_title:
        fields.append(("titleaddon", bibtex_escape(f"[{work.translated_title}]")))
    if edition.date_kind == "published":
        fields += [("year", str(edition.date.year)), ("date", edition.id)]
    fields += [
        ("url", slot("url")),  # verbatim in biblatex: not escaped (the browser percent-encodes braces and spaces)
        ("urldate", slot("accessed-iso")),
        ("langid", BIBTEX_LANGUAGE.get(work.text_lang, work.text_lang)),
        ("note", bibtex_escape(note(work))),
    ]
    width = max(len(name) for name, _ in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {{{value}}}" for name, value in fields)
    return f"@misc{{{BIBTEX_KEY_PREFIX}-{edition.id}-{slot('id')},\n{body},\n}}"


def ris_value(value: str) -> str:
    """A value for one RIS line: the format is one field per line, so line breaks become spaces."""
    return " ".join(value.split())


def ris(work: Work) -> str:
    """A RIS record, type GOVDOC (government document): the ministry as author (one name, no comma) and
    publisher, the original title (TT: the translated one), the edition (ET), PY and DA only for a date the
    ministry published, the language, the permanent address, the date of access (Y2), the note (N1)."""
    edition = work.edition
    lines = [("TY", "GOVDOC"), ("AU", work.publisher), ("TI", work.title)]
    if work.translated_title:
        lines.append(("TT", work.translated_title))
    lines += [("PB", work.publisher), ("ET", edition_statement(work))]
    if edition.date_kind == "published":
        lines += [("PY", str(edition.date.year)), ("DA", edition.id.replace("-", "/"))]
    lines += [
        ("LA", work.text_lang),
        ("UR", slot("url")),
        ("Y2", slot("accessed-ris")),
        ("N1", note(work)),
        ("ER", ""),
    ]
    return "\n".join(f"{tag}  - {ris_value(value)}" for tag, value in lines)


def page_in_edition(path: str) -> tuple[editions.Edition, str]:
    """The edition a page belongs to and its path at the usual addresses, from its path in its language's
    root: `editions/<id>/<path>` is that edition's permanent page, anything else the current edition's."""
    parts = path.split("/", 2)
    if len(parts) == 3 and parts[0] == editions.EDITIONS_DIR and editions.is_iso_date(parts[1]):
        return editions.by_id(parts[1]), parts[2]
    return editions.current(), path


def permanent_relative(path: str) -> str:
    """The page's permanent address (Edition.permanent_path) relative to the page itself."""
    edition, usual = page_in_edition(path)
    target = edition.permanent_path(usual)
    return posixpath.relpath(target, posixpath.dirname(path) or ".")


def permanent_absolute(path: str, lang: str, site_url: str) -> str | None:
    """The page's permanent address on the site, None without the site's address."""
    if not site_url:
        return None
    edition, usual = page_in_edition(path)
    return urljoin(site_url, project.language_prefix(lang) + edition.permanent_path(usual))


PAGE_STRINGS = ("open", "permanent.status")
"""The Cite strings a page needs before any citation is opened: its buttons' names, the § link's message."""
SHARED_DIR = "assets/javascripts/citation"
"""Where the citation data shared by every page of an edition in a language is written, as a script
(a script, not JSON: from file:// a page can load a script but cannot fetch a file)."""


def _ui(lang: str) -> dict[str, str]:
    return {
        key.removeprefix("cite.ui."): _t(lang, key) for key in interface.strings()[lang] if key.startswith("cite.ui.")
    }


def shared_key(work: Work) -> str:
    """What the citations of a page depend on besides its address: edition, language, text's language."""
    return f"{work.edition.id}.{work.lang}.{work.text_lang}" + (".translation" if work.unofficial else "")


def shared_data(work: Work) -> dict[str, Any]:
    """The citations in three formats and the dialog's strings, the same for every page of `shared_key`."""
    return {
        "edition": interface.date(work.lang, work.edition.date),
        "date": date_strings(work.lang),
        "formats": {"text": text(work), "bibtex": bibtex(work), "ris": ris(work)},
        "strings": _ui(work.lang),
        # the official title and its language (the official text's), which the page marks (`lang`)
        # where the citation is in another language
        "title": {"text": work.title, "lang": project.default_language()},
    }


def shared_path(work: Work) -> str:
    """Where, in the site, the script of shared_script is."""
    return f"{SHARED_DIR}/{shared_key(work)}.js"


@project.reads_files
def shared_script(work: Work) -> tuple[str, str]:
    """(path in the site, text) of the script edition.js loads when a reader first opens Cite: rendered once
    per build for each `shared_key`, however many pages share it."""
    key = json.dumps(shared_key(work))
    data = json.dumps(shared_data(work), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    script = f"(self.__editionCitation=self.__editionCitation||{{}})[{key}]={data};\n"
    return shared_path(work), script


def page_data(work: Work, path: str, dest: str) -> dict[str, Any]:
    """What a page embeds once (JSON) for its paragraphs' Cite buttons; `dest`: the page in the site."""
    strings = _ui(work.lang)
    return {
        "permanent": permanent_relative(path),
        "key": shared_key(work),
        "script": posixpath.relpath(shared_path(work), posixpath.dirname(dest) or "."),
        "strings": {key: strings[key] for key in PAGE_STRINGS},
    }


def highwire(work: Work, path: str, site_url: str) -> list[tuple[str, str]]:
    """Highwire Press `citation_*` meta tags (name, content), as Zotero's Embedded Metadata translator and
    Google Scholar read them: a government document (`citation_technical_report_institution`, which
    Zotero saves as a report by the ministry) with its title, publisher, date and permanent address."""
    edition = work.edition
    tags = [
        ("citation_title", title_with_translation(work)),
        ("citation_technical_report_institution", work.publisher),
        ("citation_publisher", work.publisher),
    ]
    date = edition.id.replace("-", "/")
    tags.append(("citation_publication_date" if edition.date_kind == "published" else "citation_online_date", date))
    tags.append(("citation_language", work.text_lang))
    public = permanent_absolute(path, work.lang, site_url)
    if public:
        tags.append(("citation_public_url", public))
    return tags
