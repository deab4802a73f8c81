"""Security and caching headers for static hosts, written to `site/_headers` (Netlify, Cloudflare Pages).

The Content-Security-Policy allows scripts from the site itself and, by their SHA-256, the
few inline scripts the pages carry (computed from the built pages, so the policy always
matches them). ARCHITECTURE.md ("Hosting") gives the same headers for other servers.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

FILE_NAME = "_headers"
HASHED_ASSETS = (
    "/assets/javascripts/bundle.*",
    "/assets/javascripts/workers/search.*",
    "/assets/stylesheets/main.*",
    "/assets/stylesheets/palette.*",
)
"""Files named after their content (Material's bundle and worker, the pruned stylesheets): cacheable for ever."""
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)  # no type: executable, no src
_INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.S)  # the one-word Khmer font's @font-face


def _hashes(html_pages: list[Path], pattern: re.Pattern[str]) -> list[str]:
    hashes = set()
    for page in html_pages:
        for inline in pattern.findall(page.read_text(encoding="utf-8")):
            digest = hashlib.sha256(inline.encode("utf-8")).digest()
            hashes.add("'sha256-" + base64.b64encode(digest).decode() + "'")
    return sorted(hashes)


def inline_script_hashes(html_pages: list[Path]) -> list[str]:
    return _hashes(html_pages, _INLINE_SCRIPT)


def content_security_policy(html_pages: list[Path]) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' " + " ".join(inline_script_hashes(html_pages)),
            # scripts set styles through the CSSOM, which CSP allows; inline <style> by its hash
            " ".join(["style-src 'self'", *_hashes(html_pages, _INLINE_STYLE)]),
            "img-src 'self' data:",
            "font-src 'self' data:",  # the one-word Khmer font is inlined (font_subset)
            "connect-src 'self'",
            "worker-src 'self'",  # the search worker; no frame: the iframe-worker shim serves file:// only
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen", "geolocation",
        "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment", "picture-in-picture",
        "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
)  # fmt: skip
"""Every powerful feature denied: the site reads text (copying a link needs only clipboard-write, left alone)."""


def headers(html_pages: list[Path]) -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(html_pages),
        "Strict-Transport-Security": "max-age=31536000",
        "Permissions-Policy": PERMISSIONS_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }


def drop_relative_sitemap(site_dir: Path, site_url: str | None) -> None:
    """No sitemap without the site's address: the sitemap protocol requires absolute addresses."""
    if not site_url:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (site_dir / name).unlink(missing_ok=True)


def write(site_dir: Path, html_pages: list[Path]) -> None:
    lines = ["/*"] + [f"  {name}: {value}" for name, value in headers(html_pages).items()]
    for hashed in HASHED_ASSETS:
        lines += [hashed, "  Cache-Control: public, max-age=31536000, immutable"]
    (site_dir / FILE_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
