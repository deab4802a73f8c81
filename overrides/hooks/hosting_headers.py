"""Security headers for static hosts, written to `site/_headers` (Netlify, Cloudflare Pages format).

The Content-Security-Policy allows scripts from the site itself and, by their SHA-256, the
few inline scripts Material writes into pages (computed from the built pages, so the policy
always matches them). README.md ("Hosting") gives the same headers for other servers.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from policy_text import project

# Files named after their content (Material's bundle and worker; stylesheets renamed by
# prune_stylesheets.py): cacheable for ever.
HASHED_ASSETS = (
    "/assets/javascripts/bundle.*",
    "/assets/javascripts/workers/search.*",
    "/assets/stylesheets/main.*",
    "/assets/stylesheets/palette.*",
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)  # no type: executable, no src


def inline_script_hashes(site_dir: Path) -> list[str]:
    hashes = set()
    for page in site_dir.rglob("*.html"):
        for script in _INLINE_SCRIPT.findall(page.read_text(encoding="utf-8")):
            digest = hashlib.sha256(script.encode("utf-8")).digest()
            hashes.add("'sha256-" + base64.b64encode(digest).decode() + "'")
    return sorted(hashes)


def content_security_policy(site_dir: Path) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' " + " ".join(inline_script_hashes(site_dir)),
            "style-src 'self' 'unsafe-inline'",  # Material sets style attributes from its scripts
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def headers(site_dir: Path) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(site_dir),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }


@event_priority(-115)  # after search_languages (-110) rewrote the pages; before the ZIP (-120)
def on_post_build(config) -> None:
    if project.nested_language_build(config):
        return
    site_dir = Path(config.site_dir)
    lines = ["/*"] + [f"  {name}: {value}" for name, value in headers(site_dir).items()]
    for hashed in HASHED_ASSETS:
        lines += [hashed, "  Cache-Control: public, max-age=31536000, immutable"]
    (site_dir / "_headers").write_text("\n".join(lines) + "\n", encoding="utf-8")
