"""Hostile front matter is shown as text: no element or script is injected, and JSON-LD still parses."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import yaml

from policy_text import project, source

from ..conftest import ISSUES_URL
from ..importing import first_edition

HOSTILE = "</script><script>alert(1)</script> \" ' --> <img src=x onerror=alert(2)> &amp;"


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.images, self.scripts, self.current = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img" or any(name.startswith("on") for name in attrs):
            self.images.append((tag, attrs))
        if tag == "script":
            self.current, self.current_type = [], attrs.get("type", "")

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.current is not None:
            self.scripts.append((self.current_type, "".join(self.current)))
            self.current = None


def test_hostile_front_matter_is_escaped_everywhere(build_site, site_sources, tmp_path):
    page = next((site_sources / "docs" / "fr" / "priorites").glob("3-*.md"))
    text = page.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    meta = yaml.safe_load(front.removeprefix("---\n"))
    meta.update(nav_title=HOSTILE[:60], description=HOSTILE, title="3. " + HOSTILE, keywords=[HOSTILE])
    page.write_text(
        "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8"
    )

    result = build_site(
        site_sources, tmp_path / "out", env={"SITE_URL": "https://example.test/", "ISSUES_URL": ISSUES_URL}
    )
    assert result.returncode == 0, result.stderr
    shown = set()
    for built in (tmp_path / "out").rglob("*.html"):
        html = built.read_text(encoding="utf-8")
        parser = _Elements()
        parser.feed(html)
        assert [attrs for tag, attrs in parser.images] == [], built
        assert not [text for kind, text in parser.scripts if "alert(" in text and kind != "application/ld+json"], built
        assert "<script>alert(1)" not in html
        for script in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
            json.loads(script)
        if "&lt;script&gt;alert(1)&lt;/script&gt;" in html:
            shown.add(built.relative_to(tmp_path / "out").as_posix())
    # shown, as text, on every French page (navigation, title) and in the French column beside each translation
    translated = project.language_codes()[1:]
    french = {p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.html")}
    french = {name for name in french if name.split("/")[0] not in translated}
    usual = {name for name in french if not name.startswith("editions/")}
    priorities = len(source.read(first_edition().source).priorities)  # the copy is the first edition's project
    assert len(usual) == priorities + 5  # home, the priorities, full text, side by side, accessibility statement, 404
    assert shown == french | {f"{lang}/texte-parallele.html" for lang in translated}
    jsonld = json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>',
            (tmp_path / "out" / "priorites" / page.with_suffix(".html").name).read_text(),
            re.S,
        ).group(1)
    )
    assert jsonld["description"] == HOSTILE
    exported = json.loads((tmp_path / "out" / "policy.json").read_text(encoding="utf-8"))
    assert exported["priorities"][2]["statement"] == "3. " + HOSTILE
