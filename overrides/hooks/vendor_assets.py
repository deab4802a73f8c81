"""Serve the Khmer font and its licence from the site itself (all logic in `policy_text.khmer_font`)."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from policy_text import khmer_font


def on_post_build(config) -> None:
    try:
        khmer_font.write_font(Path(config.site_dir))  # from the cache: a few milliseconds, after each language
    except khmer_font.FontSourceError as error:
        raise PluginError(str(error)) from error
