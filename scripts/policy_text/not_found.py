"""One "not found" page per language, each in its own folder and language.

MkDocs renders theme templates such as 404.html at the site's root on every build, and
mkdocs-static-i18n runs one build per language, so the last language would win: after each
language's build its page is moved to the language's folder, and the default language's,
kept from its build, is put back at the root.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import project

FILE_NAME = "404.html"
_default_pages: dict[Path, bytes] = {}


def file_language_page(site_dir: Path, lang: str) -> None:
    root_page = site_dir / FILE_NAME
    if lang == project.default_language():
        _default_pages[site_dir] = root_page.read_bytes()
        return
    target = site_dir / project.language_prefix(lang) / FILE_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(root_page, target)
    root_page.write_bytes(_default_pages[site_dir])
