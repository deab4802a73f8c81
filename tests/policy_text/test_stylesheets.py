"""The stylesheet pruner keeps what the words can match and drops the rest (pixels: tests/site)."""

from __future__ import annotations

import pytest

from policy_text.stylesheets import blocks, prune, selector_is_used

WORDS = {"md-used", "md-also", "data-md-color-scheme", "slate", "html", "body"}


def test_rules_naming_unknown_classes_go_and_selector_lists_shrink():
    css = ".md-used{color:red}.md-gone{color:blue}.md-used .md-gone,.md-also>p{margin:0}"
    assert prune(css, WORDS, set()) == ".md-used{color:red}.md-also>p{margin:0}"


@pytest.mark.parametrize(
    "selector,used",
    [
        (".md-used:not(.md-gone)", True),  # :not() of an absent class still matches
        (":is(.md-gone,.md-used) p", True),  # functional pseudo-classes count as matching
        ("#md-used", True),
        ("#md-gone", False),
        ("[data-md-color-scheme=slate] .md-used", True),
        ("[data-md-color-scheme=red] .md-used", False),
        ("[data-md-gone]", False),
        ('[href$=".pdf"]', False),  # attribute name unknown; the dot is no class
        ("html body", True),  # type selectors are never pruned
    ],
)
def test_selectors(selector, used):
    assert selector_is_used(selector, WORDS) is used


def test_grouping_rules_are_pruned_inside_and_dropped_when_empty():
    css = "@media screen{.md-gone{color:red}}@media print{.md-used{color:red}}@font-face{font-family:x}"
    assert prune(css, WORDS, set()) == "@media print{.md-used{color:red}}@font-face{font-family:x}"


def test_custom_properties_nothing_reads_go_chains_included():
    css = ":root{--a:1px;--b:var(--a);--c:2px;--d:3px}.md-used{margin:var(--b)}.md-gone{margin:var(--c)}"
    assert prune(css, WORDS, {"--d"}) == ":root{--a:1px;--b:var(--a);--d:3px}.md-used{margin:var(--b)}"


def test_keyframes_no_rule_runs_go():
    css = "@keyframes spin{to{transform:rotate(1turn)}}@keyframes fade{to{opacity:0}}.md-used{animation:spin 1s}"
    assert prune(css, WORDS, set()) == "@keyframes spin{to{transform:rotate(1turn)}}.md-used{animation:spin 1s}"


def test_strings_and_comments_do_not_confuse_the_parser():
    css = '@charset "UTF-8";/* .md-gone{ */.md-used:before{content:"/* }"}.md-used:after{content:"{;"}'
    assert [prelude for prelude, _ in blocks(css)] == [
        '@charset "UTF-8"',
        "/* .md-gone{ */.md-used:before",
        ".md-used:after",
    ]
    assert prune(css, WORDS, set()) == css


def test_unbalanced_braces_are_an_error():
    with pytest.raises(ValueError, match="unbalanced"):
        blocks(".md-used{color:red")
