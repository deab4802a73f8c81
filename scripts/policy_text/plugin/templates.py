"""What the templates (overrides/) may use besides Material's context: the edition's rules and strings.

Each is defined once in the library; templates call these rather than repeat them.

Compiled templates are kept on disk (policy_text.project.CACHE_DIR), by template and source checksum:
mkdocs-static-i18n builds each language with an environment of its own, and compiling Material's
templates was the build's largest cost; a build compiles only what changed since the last one.
"""

from __future__ import annotations

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache
from markupsafe import Markup

from policy_text import citations, font_subset, interface, numerals, offline, pages, project, source

_COMPILED = project.TEMPLATES_CACHE_DIR / f"jinja-{jinja2.__version__}"  # not another Jinja's code


def prepare(env: Environment) -> None:
    """The compiled templates' cache and the library's globals, on a language's Jinja environment."""
    _COMPILED.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(_COMPILED))
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
