"""The site as a ZIP for offline reading, opened from disk (file://).

Deterministic (sorted entries, fixed dates from SOURCE_DATE_EPOCH), so the same sources give
the same archive; its size is written into the download link of each home page
(overrides/partials/edition/download.html), in the digits of the page's language (`<html lang>`,
policy_text.numerals: ៣៦០ on the Khmer home page), once it is written: the archive's own home pages
hold no such link.
"""

from __future__ import annotations

import os
import posixpath
import re
import time
import zipfile
from pathlib import Path

from . import edition_pages, identity, numerals, old_addresses

ZIP_NAME = "politique-etrangere-du-cambodge.zip"
LEFT_OUT = {ZIP_NAME, "404.html", "_headers", "search_index.json"}
"""Not in the archive: itself; the 404 pages (a host serves them at any depth, so their addresses are
root-absolute, which file:// cannot follow; offline they serve no purpose); the hosting headers; the
search settings as JSON (fetched over http only: from file://, Material reads search_index.js)."""
_ONLINE_METADATA = re.compile(
    r'<meta (?:property="og:[^"]*"|name="(?:twitter:|citation_)[^"]*")[^>]*>\n?'
    r'|<script type="application/ld\+json">.*?</script>\n?',
    re.S,
)
"""What only hosts' visitors use: link previews (Open Graph, Twitter), JSON-LD for search engines,
Highwire `citation_*` tags for reference managers (which read a page at its address, never from disk)."""
_LINK = re.compile(r'(\bhref=")([^"#:?]+\.(?:html|json))(#[^"]*)?(")')
"""A link to a page of the site or its text in JSON (relative: no scheme), with its fragment."""
_DOWNLOAD = re.compile(r'<li>\n?<p class="pe-download">.*?</p>\n?</li>\n?', re.S)
"""The home pages' link to the archive (overrides/partials/edition/download.html, in a list item of
home.html): a reader of the archive has it, and it is not in itself."""
_SIZE = re.compile(r"(<span data-pe-dist-kb>)[^<]*(</span>)")
_PAGE_LANG = re.compile(r'<html\b[^>]*\blang="([^"]+)"')
_LUNR_ALWAYS = {"lunr.stemmer.support.min.js", "lunr.multi.min.js"}


def prune(site_dir: Path, lunr_languages: set[str]) -> None:
    """Remove what no reader uses: source maps, and the lunr languages search does not load."""
    for source_map in site_dir.rglob("*.map"):
        source_map.unlink()
    keep = _LUNR_ALWAYS | {f"lunr.{lang}.min.js" for lang in lunr_languages}
    for path in (site_dir / "assets" / "javascripts" / "lunr").rglob("*.js"):
        if path.name not in keep:
            path.unlink()


def archived_page(html: str, name: str) -> str:
    """The page `name` (its path in the site) as the archive holds it."""
    return offline_links(without_online_metadata(_DOWNLOAD.sub("", html)), name)


def offline_links(html: str, name: str) -> str:
    """Links to files left out of the archive (edition_pages.online_only: pages, an edition's policy.json)
    lead where it holds their text."""
    folder = posixpath.dirname(name)

    def relink(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(folder, match[2]))
        if not edition_pages.online_only(target):
            return match[0]
        kept = posixpath.relpath(edition_pages.offline_target(target), folder or ".")
        return f"{match[1]}{kept}{match[3] or ''}{match[4]}"

    return _LINK.sub(relink, html)


def without_online_metadata(html: str) -> str:
    """The page without what is read of it online only (_ONLINE_METADATA): a tenth of the archive's pages.
    The canonical and hreflang links stay: edition.js reads them (the permanent address, the languages)."""
    return _ONLINE_METADATA.sub("", html)


def _archived(path: Path, name: str) -> bytes:
    data = path.read_bytes()
    if path.suffix != ".html":
        return data
    return archived_page(data.decode("utf-8"), name).encode("utf-8")


def write_zip(site_dir: Path, target: Path) -> int:
    stamp = time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")))[:6]
    stamp = max(stamp, (1980, 1, 1, 0, 0, 0))
    old_pages = old_addresses.site_paths(identity.history())
    files = sorted(
        p
        for p in site_dir.rglob("*")
        if p.is_file()
        and p.name not in LEFT_OUT
        and not edition_pages.online_only(p.relative_to(site_dir).as_posix())
        and p.relative_to(site_dir).as_posix() not in old_pages
    )
    temporary = target.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(path.relative_to(site_dir).as_posix(), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, _archived(path, info.filename), compresslevel=9)
    temporary.replace(target)
    return target.stat().st_size


def _write_size(site_dir: Path, kilobytes: int) -> None:
    for page in site_dir.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        lang = _PAGE_LANG.search(html)
        shown = numerals.localise(kilobytes, lang[1] if lang else "")
        updated = _SIZE.sub(rf"\g<1>{shown}\g<2>", html)
        if updated != html:
            page.write_text(updated, encoding="utf-8")


def package(site_dir: Path) -> None:
    """Write the ZIP at the site's root, with its size (in kB, rounded up) shown on the home pages."""
    _write_size(site_dir, -(-write_zip(site_dir, site_dir / ZIP_NAME) // 1000))
