"""The strict build refuses pages with bad front matter or broken links, naming the file and the field."""

from __future__ import annotations

import shutil

import pytest


def first_priority_page(site_sources):
    return sorted((site_sources / "docs" / "fr" / "priorites").glob("1-*.md"))[0]


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("priority: 1\n", "priority: 0\n", "field 'priority': expected a positive integer"),
        ("priority: 1\n", "priority: one\n", "field 'priority': expected a positive integer"),
        ("priority: 1\n", "priority: 9\n", "field 'priority': expected the number the file name starts with ('1')"),
        ("nav_title: Indépendance, souveraineté et paix\n", "", "field 'nav_title': missing"),
        ("lang: fr\n", "lang: fr\nauthor: moi\n", "field 'author': unknown field"),
    ],
)
def test_invalid_front_matter_fails_the_build(build_site, site_sources, tmp_path, old, new, expected):
    page = first_priority_page(site_sources)
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode != 0
    assert f"fr/priorites/{page.name}: {expected}" in result.stderr


def test_duplicate_priority_fails_the_build(build_site, site_sources, tmp_path):
    page = first_priority_page(site_sources)
    shutil.copy(page, page.with_name("1-copie.md"))
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode != 0
    assert "field 'priority': duplicate priority 1" in result.stderr


def test_broken_link_and_anchor_fail_the_build(build_site, site_sources, tmp_path):
    home = site_sources / "docs" / "fr" / "index.md"
    # in the last paragraph: a paragraph more would put the translations out of step, which fails first
    home.write_text(
        home.read_text(encoding="utf-8").rstrip() + " [x](priorites/absente.md) [y](#nulle-part)\n", encoding="utf-8"
    )
    result = build_site(site_sources, tmp_path / "out")
    assert result.returncode != 0
    assert "priorites/absente.md" in result.stderr and "nulle-part" in result.stderr
