"""Checks of today's wording: the few tests that read what the text and its translations say, not what the
machinery does with them. Everything else in the suite holds whatever the official text is, so that importing
a new edition leaves it green (README.md, "Publishing a revised official text").

The rule: each check here was written for one edition (`WRITTEN_FOR`, in its module) and names the paragraphs
it is about by permanent id (`p3-1`; ARCHITECTURE.md, "Editions"), never by place. It applies while every one of
those paragraphs has stayed `unchanged` in each later edition (`policy_text.identity.history()`): once the
ministry amends, moves or removes one, its translation is due for revision and the check no longer applies. A
check that no longer applies is no test at all, neither passed nor skipped: the tests are parametrized over the
checks that apply (`applying.where_unchanged`, `applying.parametrize`). A check about the site's own wording
(a page outside the text, the home page's description) names no paragraph and always applies.

`reading.py` finds a paragraph's translation by id (the page the current edition's identity names). That the
selection works, and cannot pass by selecting nothing, is tested on identities written in `test_applying.py`.
The checks: the Khmer revision's terms (`test_khmer_revision.py`), and the glossary's names in the translations
(`test_glossary.py`).
"""
