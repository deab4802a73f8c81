"""Every edition's pages at its permanent address, and the editions index (ARCHITECTURE.md, "Editions").

Each edition, the current one included, is published again under each language's root at
`editions/<id>/` + the page's usual path (`Edition.permanent_path`): its home page (the
introduction), its priority pages and its full text, from the current pages (`docs/`) for the
current edition and from its frozen pages (`source/<id>/published/`) for an archived one. They
are generated at build time (policy_text.plugin.generated_pages), never copied into `docs/`. The
side-by-side page and the accessibility statement are not kept: the first is a reading tool
whose every paragraph is on the kept pages, the second is about the site, not the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from . import editions, identity, interface, markdown_text, pages, project

HOME_PAGE = PurePosixPath("index.md")
FULL_TEXT_PAGE = PurePosixPath("texte-integral.md")
INDEX_PAGE = f"{editions.EDITIONS_DIR}/index.md"
"""The editions index, in each language's folder (`editions/index.html`, `en/editions/index.html`…)."""
CHANGES_PAGE = "changements.html"
"""In an edition's permanent folder, for each edition after the first: what changed since the previous one."""
INDEX_LAYOUT = "editions"
_ATTRIBUTE = "edition_page"


class EditionPagesError(ValueError):
    """An edition's pages cannot be published: the message names the file or folder and what was expected."""


@dataclass(frozen=True)
class PermanentPage:
    """A page of an edition at its permanent address, in one language's build."""

    edition: editions.Edition
    lang: str
    """The language built (the page's address is under its root)."""
    path: PurePosixPath
    """The page's file, relative to the language folder (`priorites/1-….md`)."""
    pages_dir: Path
    """The edition's pages, one folder per language: `docs/` (current edition) or `source/<id>/published/`."""
    source_lang: str
    """The language of the file used: `lang`, or the French page where that translation is missing."""

    @property
    def source_path(self) -> Path:
        return self.pages_dir / self.source_lang / self.path

    @property
    def rel_path(self) -> PurePosixPath:
        """The file relative to `pages_dir` (`en/priorites/1-….md`), as pages.read names it."""
        return PurePosixPath(self.source_lang) / self.path

    @property
    def src_uri(self) -> str:
        """Where MkDocs believes it is in docs/: relative links between an edition's pages resolve among them."""
        return f"{self.lang}/{self.edition.permanent_path(self.path.as_posix())}"

    def dest_uri(self, lang: str | None = None) -> str:
        """Its address from the site's root, in `lang` (by default its own)."""
        lang = lang or self.lang
        return project.language_prefix(lang) + self.edition.permanent_path(self.path.with_suffix(".html").as_posix())

    @property
    def current(self) -> bool:
        return self.edition == editions.current()


def pages_dir(edition: editions.Edition, docs_dir: Path = project.DOCS_DIR) -> Path:
    """Where an edition's pages are: `docs/` for the current edition, its frozen pages for the others."""
    return docs_dir if edition == editions.current() else edition.published_dir


def kept_paths(edition: editions.Edition, docs_dir: Path = project.DOCS_DIR) -> list[PurePosixPath]:
    """The pages of an edition kept at its permanent address, relative to a language folder, in reading order."""
    french = pages_dir(edition, docs_dir) / project.default_language()
    expected = "every page of docs/ as that edition published them (scripts/import_policy.py --new-edition)"
    if not french.is_dir():
        raise EditionPagesError(f"{french}: expected the pages of the edition of {edition.id}, {expected}")
    for required in (HOME_PAGE, FULL_TEXT_PAGE):
        if not (french / required).is_file():
            raise EditionPagesError(
                f"{french / required}: expected this page of the edition of {edition.id} ({expected}), missing"
            )
    priorities = sorted(
        (french / project.PRIORITY_DIR).glob("*.md"), key=lambda path: pages.priority_of_file(path.name) or 0
    )
    if not priorities:
        raise EditionPagesError(f"{french / project.PRIORITY_DIR}: expected the priority pages of {edition.id}, none")
    found = [PurePosixPath(project.PRIORITY_DIR, path.name) for path in priorities]
    return [HOME_PAGE, *found, FULL_TEXT_PAGE]


def permanent_pages(edition: editions.Edition, lang: str, docs_dir: Path = project.DOCS_DIR) -> list[PermanentPage]:
    """The pages of `edition` in the build of `lang`: its translation where the edition had one, else French."""
    root = pages_dir(edition, docs_dir)
    return [
        PermanentPage(edition, lang, path, root, lang if (root / lang / path).is_file() else project.default_language())
        for path in kept_paths(edition, docs_dir)
    ]


def attach(file: object, page: PermanentPage) -> None:
    """Record on MkDocs' File which edition's page it is (read back by `of`)."""
    setattr(file, _ATTRIBUTE, page)


def of(file: object) -> PermanentPage | None:
    """The permanent page a MkDocs File is, None for a page at its usual address."""
    return getattr(file, _ATTRIBUTE, None)


def edition_of(file: object) -> editions.Edition | None:
    """The edition whose ids address a File's page: None for the current edition at its usual addresses."""
    page = of(file)
    return page.edition if page else None


def current_path(page: PermanentPage) -> PurePosixPath:
    """The page holding the same text at the usual addresses today: the same priority (followed by its key
    through renumbering), or the home page when the current edition no longer has it."""
    if page.path.parent != PurePosixPath(project.PRIORITY_DIR):
        return page.path
    number = pages.priority_of_file(page.path.name)
    key = next((p.key for p in identity.of(page.edition).priorities if p.number == number), None)
    today = next((p for p in identity.current().priorities if p.key == key), None)
    return PurePosixPath(today.page) if today else HOME_PAGE


def date_meaning(edition: editions.Edition, lang: str) -> str:
    """What the edition's date is, with the date: published by the ministry on…, or retrieved from its site on…."""
    return interface.t(lang, f"edition.{edition.date_kind}").format(date=interface.date(lang, edition.date))


def heading(edition: editions.Edition, lang: str) -> str:
    return interface.t(lang, "edition.of").format(date=interface.date(lang, edition.date))


def _nav_title(page: PermanentPage) -> str:
    return str(pages.read(page.source_path, page.pages_dir).meta.get("nav_title", ""))


def index_markdown(lang: str, docs_dir: Path = project.DOCS_DIR) -> str:
    """The editions index in `lang`: every edition, newest first, with its date, what it means and its pages.

    Addresses are relative to `editions/index.html`; the pages' are Markdown links, so a strict build checks them.
    """
    t = lambda key: interface.t(lang, key)  # noqa: E731
    found = editions.all()
    parts = [t("editions.intro")]
    for number, edition in reversed(list(enumerate(found))):
        kept = permanent_pages(edition, lang, docs_dir)
        folder = f"{edition.id}/"
        current = f" ({t('edition.current')})" if edition == found[-1] else ""
        parts.append(f"## {heading(edition, lang)}{current} {{: #edition-{edition.id} }}")
        parts.append(date_meaning(edition, lang) + t("full_stop"))
        links = [f"- [{t('introduction')}]({folder}{HOME_PAGE})"]
        links += [
            f"- [{markdown_text.escape(_nav_title(page))}]({folder}{page.path})"
            for page in kept
            if page.path.parent.name
        ]
        links.append(f"- [{t('home.read.full')}]({folder}{FULL_TEXT_PAGE})")
        links.append(f'- <a href="{folder}policy.json" type="application/json">{t("edition.data")}</a>')
        if number:
            links.append(f'- <a href="{folder}{CHANGES_PAGE}">{t("edition.changes")}</a>')
        parts.append("\n".join(links))
    if len(found) == 1:
        parts.append(t("editions.only"))
    return pages.render({"title": t("editions.title"), "layout": INDEX_LAYOUT}, "\n\n".join(parts) + "\n")


OFFLINE_KEPT = ("texte-integral.html", "policy.json")
"""What the ZIP carries of an archived edition, in each language: its whole text, with its ids and notice."""


def offline_target(path: str) -> str:
    """Where the ZIP holds the text of an online-only file (online_only): the current edition's at its usual
    address, an archived edition's in its full text (the same paragraph ids, so `#p1-2` still lands)."""
    parts = PurePosixPath(path).parts
    prefix = parts[:1] if parts[0] in project.language_codes() and parts[0] != project.default_language() else ()
    edition_id, inside = parts[len(prefix) + 1], parts[len(prefix) + 2 :]
    if edition_id == editions.current().id:
        return "/".join(prefix + inside)
    return "/".join(prefix + (editions.EDITIONS_DIR, edition_id, "texte-integral.html"))


def online_only(path: str) -> bool:
    """Whether a file of the site (relative to its root) stays out of the ZIP: the current edition's permanent
    copies (its pages are in the ZIP at their usual addresses) and an archived edition's pages other than its
    full text and policy.json (ARCHITECTURE.md, "Editions": the ZIP's budget is 80 kB per added edition)."""
    parts = PurePosixPath(path).parts
    if parts and parts[0] in project.language_codes() and parts[0] != project.default_language():
        parts = parts[1:]
    if len(parts) < 3 or parts[0] != editions.EDITIONS_DIR or "/".join(parts[2:]) == CHANGES_PAGE:
        return False  # what changed is no copy: every edition's is in the ZIP
    return parts[1] == editions.current().id or "/".join(parts[2:]) not in OFFLINE_KEPT
