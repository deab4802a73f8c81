"""Serve the Khmer font and its licence from the site itself (all logic in `policy_text.khmer_font`)."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from policy_text import khmer_font, project


def on_post_build(config) -> None:
    if project.nested_language_build(config):
        return  # once, for the whole site
    try:
        khmer_font.write_font(Path(config.site_dir))
    except khmer_font.FontSourceError as error:
        raise PluginError(str(error)) from error
