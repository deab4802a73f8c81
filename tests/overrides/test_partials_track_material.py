"""Partials copied from Material differ from Material's current files only by our one change each.

After a Material upgrade that changes one of them, this fails, so the copy is updated on purpose
rather than silently shipping an old template.
"""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from policy_text import project

MATERIAL = Path(material.__file__).parent / "templates"
GENERATED = "{#-\n  This file was automatically generated - do not edit\n-#}\n"

CHANGES = {
    "partials/header.html": [
        (
            "            {% if page.meta and page.meta.title %}\n              {{ page.meta.title }}\n"
            "            {% else %}\n              {{ page.title }}\n            {% endif %}",
            "            {{ page.title }}",
        )
    ],
    "partials/alternate.html": [
        (
            '<a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" class="md-select__link">',
            '<a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" lang="{{ alt.lang }}" class="md-select__link">',
        )
    ],
    "partials/search.html": [
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        )
    ],
    "partials/palette.html": [
        (
            '{% else %} aria-hidden="true" {% endif %} type="radio"',
            '{% endif %} aria-hidden="true" tabindex="-1" type="radio"',
        ),
        (
            '<label class="md-header__button md-icon" title="{{ option.toggle.name }}" '
            'for="__palette_{{ loop.index % loop.length }}" hidden>',
            '<button type="button" class="md-header__button md-icon" title="{{ option.toggle.name }}" '
            'aria-label="{{ option.toggle.name }}" data-pe-palette="__palette_{{ loop.index % loop.length }}" hidden>',
        ),
        ("      </label>\n    {% endif %}", "      </button>\n    {% endif %}"),
    ],
    "partials/toc.html": [
        (
            '<nav class="md-nav md-nav--secondary" aria-label="{{ title | e }}">\n'
            "  {% set toc = page.toc %}\n"
            "  {% set first = toc | first %}\n"
            "  {% if first and first.level == 1 %}\n"
            "    {% set toc = first.children %}\n"
            "  {% endif %}\n",
            "{% set toc = page.toc %}\n"
            "{% set first = toc | first %}\n"
            "{% if first and first.level == 1 %}\n"
            "  {% set toc = first.children %}\n"
            "{% endif %}\n"
            '<nav class="md-nav md-nav--secondary"{% if toc %} aria-label="{{ title | e }}"'
            "{% else %} hidden{% endif %}>\n",
        ),
        (
            '    <label class="md-nav__title" for="__toc">\n'
            '      <span class="md-nav__icon md-icon"></span>\n'
            "      {{ title }}\n"
            "    </label>\n",
            '    {% set tag = "label" if page in nav.pages else "div" %}\n'
            '    <{{ tag }} class="md-nav__title"{% if tag == "label" %} for="__toc"{% endif %}>\n'
            '      <span class="md-nav__icon md-icon"></span>\n'
            "      {{ title }}\n"
            "    </{{ tag }}>\n",
        ),
    ],
    "partials/copyright.html": [
        (
            "  {% if not config.extra.generator == false %}",
            "  {% if nav.homepage %}\n"
            '    {% import "partials/edition/strings.html" as strings with context %}\n'
            "    <a class=\"pe-statement-link\" href=\"{{ (nav.homepage.url | replace('index.html', '') "
            '~ \'accessibilite.html\') | url }}">{{ strings.t("a11y.link") }}</a>\n'
            "    <a class=\"pe-footer-link\" href=\"{{ (nav.homepage.url | replace('index.html', '') "
            '~ \'editions/index.html\') | url }}">{{ strings.t("editions.link") }}</a>\n'
            "    {% if config.extra.report_url %}\n"
            '      <a class="pe-footer-link pe-report-link" href="{{ config.extra.report_url | e }}">'
            '{{ strings.t("a11y.report") }}</a>\n'
            "    {% endif %}\n"
            "  {% endif %}\n"
            "  {% if not config.extra.generator == false %}",
        )
    ],
    "partials/footer.html": [
        (
            '<footer class="md-footer">\n',
            '<footer class="md-footer">\n  {% import "partials/edition/strings.html" as strings with context %}\n',
        ),
        (
            'aria-label="{{ direction }}: {{ page.previous_page.title | e }}"',
            "{% if page.previous_page.title == page.previous_page.title | striptags %}"
            "aria-label=\"{{ direction }}{{ strings.t('colon') }} {{ page.previous_page.title | e }}\"{% endif %}",
        ),
        (
            'aria-label="{{ direction }}: {{ page.next_page.title | e }}"',
            "{% if page.next_page.title == page.next_page.title | striptags %}"
            "aria-label=\"{{ direction }}{{ strings.t('colon') }} {{ page.next_page.title | e }}\"{% endif %}",
        ),
    ],
    "partials/content.html": [
        (
            '{% if "\\u003ch1" not in page.content %}\n'
            "  <h1>{{ page.title | d(config.site_name, true)}}</h1>\n"
            "{% endif %}\n",
            '{% include "partials/edition/heading.html" %}\n',
        ),
        (
            "{{ page.content }}\n",
            "{{ page.content }}\n"
            "{% if nav.homepage and page.url == nav.homepage.url %}\n"
            '  {% include "partials/edition/home.html" %}\n'
            "{% endif %}\n",
        ),
    ],
}


def without_header_comment(text: str) -> str:
    assert text.startswith("{#-"), "a copied partial starts with a comment saying what it changes"
    return text[text.index("-#}\n") + 4 :]


@pytest.mark.parametrize("name", CHANGES)
def test_copied_partial_is_material_plus_one_change(name):
    expected = (MATERIAL / name).read_text(encoding="utf-8")
    assert expected.startswith(GENERATED)
    expected = expected[len(GENERATED) :]
    for old, new in CHANGES[name]:
        assert old in expected, f"Material's {name} changed: re-copy it and re-apply our change"
        expected = expected.replace(old, new)
    assert without_header_comment((project.ROOT / "overrides" / name).read_text(encoding="utf-8")) == expected
