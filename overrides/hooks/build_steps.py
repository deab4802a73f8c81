"""The build's last steps, in the order policy_text.site_steps lists them.

mkdocs-static-i18n builds the default language, then, from its own on_post_build (-100),
each other language in a nested build. So: after each language's build (priority 0: before
that plugin starts the nested builds), then, once, after the whole site (-100, after it and
after the offline plugin, since hooks run after plugins of the same priority).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority

from policy_text import export, khmer_font, search_index, site_steps


def nested_language_build(config: MkDocsConfig) -> bool:
    """Whether mkdocs-static-i18n is in one of its nested language builds (not the whole site yet)."""
    i18n = config.plugins.get("i18n")
    return bool(getattr(i18n, "building", False))


@event_priority(0)
def _after_language(config: MkDocsConfig) -> None:
    try:
        site_steps.after_language(
            Path(config.site_dir), config.theme["language"], Path(config.docs_dir), config.site_url
        )
    except export.ExportError as error:
        raise PluginError(str(error)) from None


@event_priority(-100)
def _after_site(config: MkDocsConfig) -> None:
    if nested_language_build(config):
        return
    try:
        site_steps.after_site(Path(config.site_dir), config.site_url)
    except (search_index.MaterialChanged, khmer_font.FontSourceError, ValueError) as error:
        raise PluginError(f"{type(error).__name__}: {error}") from None


on_post_build = CombinedEvent(_after_language, _after_site)
