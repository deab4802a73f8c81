"""One 404 page per language, each in its own folder and language.

MkDocs renders theme templates such as 404.html at the site's root on every build, and the
i18n plugin runs one build per language, so the last language would win: after each build
the page is moved to its language's folder, and the default language's is put back at the root.
"""

from __future__ import annotations

import os
from pathlib import Path

from policy_text.project import default_language

_default_page: dict[str, bytes] = {}


def on_post_build(config) -> None:
    site_dir = Path(config.site_dir)
    root_page = site_dir / "404.html"
    language = config.theme["language"]
    if language == default_language():
        _default_page[str(site_dir)] = root_page.read_bytes()
        return
    target = site_dir / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(root_page, target)
    root_page.write_bytes(_default_page[str(site_dir)])
