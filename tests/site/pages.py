"""Where the built pages are, and which paragraphs they hold, from the records: the current edition's text
(policy_text.source), the record of editions (policy_text.editions) and each edition's paragraph identity
(policy_text.identity), never from today's wording. So the tests hold whatever edition is current.

Addresses are relative to a language's root (`priorites/1-….html`); `language_root` gives the folder.
"""

from __future__ import annotations

from pathlib import Path

from policy_text import edition_pages, editions, export, identity, old_addresses, project, source
from policy_text import pages as page_files

ANY_ID = identity.ANY_ID.pattern
"""A statement's or a paragraph's id (identity.ANY_ID), to match within a pattern of the built HTML."""

HOME = "index.html"
FULL_TEXT = "texte-integral.html"
SIDE_BY_SIDE = "texte-parallele.html"
STATEMENT = "accessibilite.html"
NOT_FOUND = "404.html"
OTHER_READINGS = (FULL_TEXT, SIDE_BY_SIDE, STATEMENT, NOT_FOUND)
"""The pages of each language besides the text's: full text, side by side, accessibility statement, 404."""
EDITIONS_INDEX = f"{editions.EDITIONS_DIR}/index.html"


def priority_count() -> int:
    return len(source.current().priorities)


def html_path(page: str) -> str:
    """The built address of a page file of the identity records (`priorites/1-….md` -> `priorites/1-….html`)."""
    return old_addresses.html_path(page)


def priorities(edition: editions.Edition | None = None) -> tuple[identity.Priority, ...]:
    """The priorities of `edition` (by default the current one), in the ministry's order, the introduction left out."""
    found = identity.of(edition or editions.current()).priorities[1:]
    assert found, "an edition has priorities"  # loops over them check something
    return found


def priority_page(number: int) -> str:
    """The address of the page of the priority the ministry numbers `number` today."""
    priority = identity.current().priority(number)
    assert priority is not None, f"the current edition has no priority {number}"
    return html_path(priority.page)


def priority_pages() -> list[str]:
    """The addresses of the current priorities' pages, in the ministry's order."""
    return [html_path(priority.page) for priority in priorities()]


def translated_priority() -> identity.Priority:
    """The first current priority whose page every language has translated (its translations say they are)."""
    translated = [
        priority
        for priority in priorities()
        if all((project.DOCS_DIR / lang / priority.page).is_file() for lang in project.language_codes())
    ]
    assert translated, "no priority page is translated into every language"
    return translated[0]


def page_of(paragraph: str) -> str:
    """The address of the page that shows `paragraph` (an id of the current edition) at the usual addresses."""
    number, _ = identity.current().place(paragraph)
    priority = identity.current().priority(number)
    assert priority is not None
    return html_path(priority.page)


def label_of(paragraph: str, lang: str) -> str:
    """How a reader of `lang` sees the paragraph cited: `§ 1.2`, `§ ១.២`, from its place in the current edition."""
    return page_files.paragraph_label(*identity.current().place(paragraph), lang)


def source_paragraphs() -> list[tuple[str, str]]:
    """(id, text) of every paragraph of the current official text, in reading order: the introduction's, then each
    priority's statement and paragraphs (the text's title aside)."""
    blocks = [block.text for block in source.current().blocks()[1:]]
    return list(zip(identity.current().ids(), blocks, strict=True))


def front_matter(path: str, lang: str) -> dict:
    """The front matter of the page file behind the built page at `path` (`priorites/1-….html`) in `lang`: its
    translation's, or the French page's where that translation is missing (the build shows the French)."""
    name = path.removesuffix(".html") + ".md"
    for code in (lang, project.default_language()):
        file = project.DOCS_DIR / code / name
        if file.is_file():
            return page_files.read(file).meta
    raise AssertionError(f"no page file for {path} in docs/")


def text_languages(lang: str) -> dict[str, str]:
    """Paragraph id -> the language its text is shown in on `lang`'s pages: `lang`, or French for what is not
    translated yet (a page without its translation, a paragraph listed `untranslated`), from the page files."""
    document = export.policy_document(lang)
    found = {paragraph["id"]: paragraph.get("language", lang) for paragraph in document["introduction"]}
    for priority in document["priorities"]:
        page_lang = priority.get("language", lang)
        found[priority["id"]] = page_lang
        found |= {paragraph["id"]: paragraph.get("language", page_lang) for paragraph in priority["paragraphs"]}
    return found


def language_root(site: Path, lang: str) -> Path:
    """The default language is built at the site's root, the others in a folder of their code."""
    return site if lang == project.default_language() else site / lang


def text_pages(site: Path, lang: str) -> list[Path]:
    """The home page, then each current priority's page in the ministry's order: the whole text, once."""
    root = language_root(site, lang)
    found = [root / HOME, *(root / path for path in priority_pages())]
    missing = [page for page in found if not page.is_file()]
    assert missing == [], f"pages of the current text not built: {missing}"
    return found


def usual_pages(site: Path, lang: str) -> list[Path]:
    """The current edition at its usual addresses: the text's pages, then the other ways to read it, the
    accessibility statement and the 404 page."""
    root = language_root(site, lang)
    return [*text_pages(site, lang), *(root / name for name in OTHER_READINGS)]


def permanent_addresses(edition: editions.Edition) -> list[str]:
    """The pages `edition` keeps at its permanent address (`editions/<id>/…`): its home page, its priorities' pages
    as it numbered them, its full text (ARCHITECTURE.md, "Editions")."""
    kept = [html_path(priority.page) for priority in identity.of(edition).priorities] + [FULL_TEXT]
    return [edition.permanent_path(path) for path in kept]


def changes_address(edition: editions.Edition) -> str:
    """What changed since the previous edition (every edition after the first)."""
    return edition.permanent_path(edition_pages.CHANGES_PAGE)


def editions_addresses() -> list[str]:
    """The editions index, every edition's permanent pages and, after the first, its changes page."""
    found = [EDITIONS_INDEX]
    for number, edition in enumerate(editions.all()):
        found += permanent_addresses(edition) + ([changes_address(edition)] if number else [])
    return found


def old_addresses_left() -> list[str]:
    """The addresses earlier editions published that the current one does not: each gets a plain page that says
    where its text went (policy_text.old_addresses)."""
    current = {HOME, *priority_pages()}
    return sorted(path for path in map(html_path, old_addresses.old_pages(identity.history())) if path not in current)


def old_address_pages(site: Path, lang: str) -> list[Path]:
    root = language_root(site, lang)
    return [root / path for path in old_addresses_left()]


def untranslated_pages(site: Path, lang: str) -> list[Path]:
    """The pages of the text that `lang` shows in French, its translation missing (at the usual addresses and
    in every edition's permanent copies): the page files each edition has."""
    root = language_root(site, lang)
    found = []
    for edition in editions.all():
        for page in edition_pages.permanent_pages(edition, lang):
            if page.source_lang != lang:
                path = html_path(page.path.as_posix())
                found += [root / edition.permanent_path(path)] + (
                    [root / path] if edition == editions.current() else []
                )
    return found


def language_pages(site: Path, lang: str) -> list[Path]:
    """Every page of a language: the usual ones, the editions' and the old addresses' (the loops over them check
    them all). That the site has exactly these is checked here."""
    root = language_root(site, lang)
    others = {code for code in project.language_codes() if code != lang}
    found = sorted(p for p in root.rglob("*.html") if p.relative_to(root).parts[0] not in others)
    expected = [
        *usual_pages(site, lang),
        *(root / path for path in editions_addresses()),
        *old_address_pages(site, lang),
    ]
    assert found == sorted(expected), f"{root}: pages not expected {sorted(set(found) - set(expected))}, " + (
        f"missing {sorted(set(expected) - set(found))}"
    )
    return found


def all_pages(site: Path) -> list[Path]:
    pages = sorted(p for p in site.rglob("*.html"))
    assert pages, f"no page in {site}"  # loops over them check something
    return pages


def pages_to_inspect(site: Path, lang: str) -> list[Path]:
    """Every page of `lang` for the slow inspections (keyboard walks, axe, console), but the current
    edition's permanent copies: they are its usual pages again, under editions/<id>/, with the edition
    notice. One of them, the first priority's page (notice, paragraphs, § and Cite), shows that notice."""
    root = language_root(site, lang)
    current = editions.current()
    copies = {root / path for path in permanent_addresses(current)} - {root / current.permanent_path(priority_page(1))}
    return [page for page in language_pages(site, lang) if page not in copies]
