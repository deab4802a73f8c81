"""What the W3C checker (vnu) reports beyond Material's known `autocomplete` errors: an attribute
that names an element by its id must name one of the page, of the right kind. Every built page:
each `<label for>` names a control it can label (Material's `<label for="__toc">` stood on pages
whose menu has no such control), and each `aria-labelledby`, `aria-describedby`, `aria-controls`
and `aria-owns` names elements that exist."""

from __future__ import annotations

from html.parser import HTMLParser

from .pages import all_pages

LABELABLE = {"button", "input", "meter", "output", "progress", "select", "textarea"}
ID_LISTS = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns")


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: dict[str, str] = {}  # id: tag
        self.references: list[tuple[str, str, str]] = []  # (tag and attribute, id named, what it must be)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.tags[attrs["id"]] = tag
        if tag == "label" and attrs.get("for") is not None:
            self.references.append(("<label for>", attrs["for"] or "", "labelable"))
        for name in ID_LISTS:
            for named in (attrs.get(name) or "").split():
                self.references.append((f"<{tag} {name}>", named, "any"))


def broken_references(html: str) -> list[str]:
    parser = _References()
    parser.feed(html)
    broken = []
    for where, named, kind in parser.references:
        tag = parser.tags.get(named)
        if tag is None:
            broken.append(f"{where} names {named!r}: no such element")
        elif kind == "labelable" and tag not in LABELABLE:
            broken.append(f"{where} names {named!r}: a <{tag}>, which a label cannot label")
    return broken


def test_every_id_reference_names_an_element_of_its_page(site):
    problems = [
        f"{page.relative_to(site)}: {problem}"
        for page in all_pages(site)
        for problem in broken_references(page.read_text(encoding="utf-8"))
    ]
    assert problems == [], "\n".join(problems)
