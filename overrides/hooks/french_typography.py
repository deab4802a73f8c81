"""No-break spaces of French typography, added to French pages at render time."""

from __future__ import annotations

from policy_text.typography import french_html


def on_post_page(output: str, page, config) -> str:
    if page.meta.get("lang", config.theme["language"]) == "fr":
        return french_html(output)
    return output
