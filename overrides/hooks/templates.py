"""What the templates (overrides/) may use besides Material's context: the edition's rules and strings.

Each is defined once in the library; templates call these rather than repeat them.

The templates are compiled once per process, not once per language: mkdocs-static-i18n builds each
language with an environment of its own, and compiling Material's templates was the build's largest cost.
"""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from policy_text import citations, font_subset, interface, numerals, offline, pages, project, source


class _CompiledOnce(BytecodeCache):
    """Compiled templates kept in memory, by template and source checksum (an edited template is compiled again)."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self._compiled:
            bucket.bytecode_from_string(self._compiled[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledOnce()


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.bytecode_cache = _COMPILED
    env.globals |= {
        "edition_strings": interface.strings(),  # partials/edition/strings.html: t(key)
        "edition_fill": interface.fill,  # partials/edition/strings.html: fill(key, number=…)
        "heading_id": pages.HEADING_ID,
        "paragraph_id": pages.paragraph_id_at,  # (priority number, position) -> the current edition's id
        "cite_control": lambda priority, number, lang: Markup(citations.cite_control(priority, number, lang)),
        "edition_digits": lambda lang: numerals.DIGITS.get(lang, ""),  # main.html: the search count's digits
        "priority_count": len(source.current().priorities),
        "offline_zip": offline.ZIP_NAME,
        # main.html: "ខ្មែរ" of the language menu, legible on pages without the Khmer font
        "edition_word_font": font_subset.word_font_url(project.language("km").name),
    }
    return env
