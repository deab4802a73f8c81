"""Serve third-party assets from the site itself, copied at build time from pinned npm packages.

They are installed by `npm ci` (package-lock.json), never committed: the built site requests
nothing from another host, and upgrading one is a lock-file change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError

from policy_text.project import ROOT

NODE_MODULES = ROOT / "node_modules"
VENDORED = {
    # site path: package file
    "assets/fonts/noto-sans-khmer.woff2": "@fontsource-variable/noto-sans-khmer/files/noto-sans-khmer-khmer-wght-normal.woff2",
    "assets/fonts/noto-sans-khmer.LICENSE.txt": "@fontsource-variable/noto-sans-khmer/LICENSE",
}


def on_post_build(config) -> None:
    site_dir = Path(config.site_dir)
    missing = [package_file for package_file in VENDORED.values() if not (NODE_MODULES / package_file).is_file()]
    if missing:
        raise PluginError(
            f"vendored assets missing from {NODE_MODULES}: {', '.join(missing)}; "
            "expected them installed by `npm ci` (run `make build`, which does it)"
        )
    for site_path, package_file in VENDORED.items():
        target = site_dir / site_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE_MODULES / package_file, target)
