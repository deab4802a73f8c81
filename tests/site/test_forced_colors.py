"""Forced colours (Windows high contrast, WCAG 1.4.11): backgrounds and shadows are dropped, so the
cited paragraph, the translation notices and the statement's bar must show by outline or border."""

from __future__ import annotations

import pytest

from .a11y import DESKTOP, PHONE

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


@pytest.mark.parametrize(
    ("path", "target", "neighbour"),
    [
        ("priorites/1-independance-souverainete-paix.html", "#p1-2", "#p1-1"),
        ("km/texte-integral.html", "#p3-1", "#p3-2"),
        ("en/texte-parallele.html", "#p2-1", "#p2-2"),
    ],
)
def test_cited_paragraph_stands_out(http_url, forced_page, path, target, neighbour):
    forced_page.goto(http_url + path + target, wait_until="load")
    assert forced_page.evaluate("matchMedia('(forced-colors: active)').matches")
    cited = forced_page.locator(target).evaluate(DECORATION)
    other = forced_page.locator(neighbour).evaluate(DECORATION)
    assert cited["outline"] or cited["sides"] != other["sides"], (cited, other)


def test_notice_and_statement_keep_their_lines(http_url, forced_page):
    forced_page.goto(http_url + "en/priorites/2-davantage-amis-etranger.html", wait_until="load")
    notice = forced_page.locator(".pe-notice").first.evaluate(DECORATION)
    assert notice["sides"] == ["Top", "Right", "Bottom", "Left"]
    statement = forced_page.locator(".pe-statement").evaluate(DECORATION)
    assert "Left" in statement["sides"]
