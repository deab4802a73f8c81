"""Where readers report a problem: the deployment's issue tracker (`ISSUES_URL`), or else the
publisher's contact (`CONTACT`, an e-mail or a web address); what the accessibility statement and
every footer say of it.

mkdocs.yml reads both from the environment (`extra.issues_url`, `extra.contact`). A published build
(one with the site's address, `SITE_URL`, as every deployment has) with neither stops: its readers
would have no way to report a problem. A build without the tracker says so, and names the contact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from . import interface

STATEMENT = "accessibilite.md"
"""The accessibility statement's file name in each language's folder of docs/."""

MARKER = "<!-- report -->"
"""Where, in a statement's Markdown, the sentence saying where to report a problem goes; a statement
without it has the sentence at its end."""


class ReportingError(ValueError):
    """A published build that names no way to report a problem."""


@dataclass(frozen=True)
class Channel:
    issues_url: str
    contact: str

    @property
    def href(self) -> str:
        """The address to follow: the tracker, the contact (`mailto:` for an e-mail address), or ""."""
        if self.issues_url:
            return self.issues_url
        if "@" in self.contact and not re.match(r"^[a-z][a-z0-9+.-]*:", self.contact, re.I):
            return "mailto:" + self.contact
        return self.contact


def channel(extra: Mapping[str, Any]) -> Channel:
    """From mkdocs.yml's `extra`."""
    return Channel((extra.get("issues_url") or "").strip(), (extra.get("contact") or "").strip())


def check(found: Channel, site_url: str) -> str | None:
    """The build's note on where readers report a problem (None where the tracker is named).

    Raises ReportingError for a published build (with `site_url`) that names neither."""
    if found.issues_url:
        return None
    if found.contact:
        return f"ISSUES_URL is not set: the accessibility statement and every footer name the contact {found.contact}"
    if site_url:
        raise ReportingError(
            f"the site is published at {site_url} (SITE_URL) with no way for readers to report a problem:"
            " set ISSUES_URL (the issue tracker) or CONTACT (the publisher's e-mail or web address)"
        )
    return (
        "neither ISSUES_URL nor CONTACT is set: the accessibility statement says this copy names no way to"
        " report a problem (a published build, with SITE_URL, stops)"
    )


def _link(label: str, href: str) -> str:
    label = re.sub(r"([\\`*_\[\]<>])", r"\\\1", label)
    return f"[{label}]({quote(href, safe=':/?#@!$&*+,;=%~')})"


def sentence(lang: str, found: Channel) -> str:
    """Where to report a problem, in `lang`, as Markdown."""
    if found.issues_url:
        return interface.t(lang, "a11y.report.tracker").format(url=quote(found.href, safe=":/?#@!$&*+,;=%~"))
    if found.contact:
        return interface.t(lang, "a11y.report.contact").format(contact=_link(found.contact, found.href))
    return interface.t(lang, "a11y.report.none")


def statement_markdown(markdown: str, lang: str, found: Channel) -> str:
    """The statement with the sentence in place of MARKER, or after its last paragraph."""
    if MARKER in markdown:
        return markdown.replace(MARKER, sentence(lang, found))
    return markdown.rstrip("\n") + "\n\n" + sentence(lang, found) + "\n"
