"""Forced colours (Windows high contrast, WCAG 1.4.11): backgrounds and shadows are dropped, so the
cited paragraph, the translation notices and the statement's bar must show by outline or border."""

from __future__ import annotations

import pytest

from .a11y import DESKTOP, PHONE
from .pages import page_of, priorities, priority_page

pytestmark = pytest.mark.browser

# Under forced colours, what of an element can still be seen apart from text: borders and outline.
DECORATION = """el => {
  const s = getComputedStyle(el);
  const sides = ["Top", "Right", "Bottom", "Left"].filter(
    side => s[`border${side}Style`] !== "none" && parseFloat(s[`border${side}Width`]) > 0);
  const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  return { sides, outline, background: s.backgroundColor };
}"""


@pytest.fixture(params=[DESKTOP, PHONE], ids=["1280", "390"])
def forced_page(request, new_tab):
    page = new_tab(request.param, forced_colors="active")
    yield page
    page.wait_for_load_state("networkidle")


# Two paragraphs in a row, of three priorities that have them: (the cited one, its neighbour).
PAIRS = [(p.paragraphs[1].id, p.paragraphs[0].id) for p in priorities() if len(p.paragraphs) >= 2]
PAIRS = [PAIRS[0], PAIRS[len(PAIRS) // 2][::-1], PAIRS[-1]]


@pytest.mark.parametrize(
    ("path", "target", "neighbour"),
    [
        (page_of(PAIRS[0][0]), f"#{PAIRS[0][0]}", f"#{PAIRS[0][1]}"),
        ("km/texte-integral.html", f"#{PAIRS[1][0]}", f"#{PAIRS[1][1]}"),
        ("en/texte-parallele.html", f"#{PAIRS[2][0]}", f"#{PAIRS[2][1]}"),
    ],
)
def test_cited_paragraph_stands_out(http_url, forced_page, path, target, neighbour):
    forced_page.goto(http_url + path + target, wait_until="load")
    assert forced_page.evaluate("matchMedia('(forced-colors: active)').matches")
    cited = forced_page.locator(target).evaluate(DECORATION)
    other = forced_page.locator(neighbour).evaluate(DECORATION)
    assert cited["outline"] or cited["sides"] != other["sides"], (cited, other)


def test_notice_and_statement_keep_their_lines(http_url, forced_page):
    forced_page.goto(http_url + "en/" + priority_page(1), wait_until="load")
    notice = forced_page.locator(".pe-notice").first.evaluate(DECORATION)
    assert notice["sides"] == ["Top", "Right", "Bottom", "Left"]
    statement = forced_page.locator(".pe-statement").evaluate(DECORATION)
    assert "Left" in statement["sides"]
