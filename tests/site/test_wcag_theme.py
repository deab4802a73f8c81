"""What the theme layer does for assistive technologies and forced colours, beyond the page walks:
the Cite dialog's status line and the official title's language in its citations, the language
menu's focus ring, the side-by-side page's reading order, search results by Tab, Material's icons
and search field in forced colours."""

from __future__ import annotations

import pytest

from policy_text import project, source

from .a11y import DESKTOP, PHONE, install
from .pages import language_root, text_pages
from .search import observe, wait_for_results
from .test_search_contrast import query

pytestmark = pytest.mark.browser

SIDE_BY_SIDE = "texte-parallele.html"


def address(site, http_url, page) -> str:
    return http_url + page.relative_to(site).as_posix()


def first_priority(site, lang: str | None = None):
    return text_pages(site, lang or project.default_language())[1]


def test_cite_status_line_is_in_the_accessibility_tree_before_it_speaks(site, http_url, new_tab):
    """A live region must be there before its text changes, or screen readers do not say it."""
    page = new_tab(PHONE)
    page.goto(address(site, http_url, first_priority(site)), wait_until="load")
    page.locator("button.pe-cite-open").first.click()
    dialog = page.locator("dialog[open]")
    dialog.wait_for()
    assert dialog.get_by_role("status").count() == 1


# Each occurrence of the official title in the open Cite dialog: the language it is said in.
TITLE_LANGUAGES = """title => {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector("dialog[open]"), NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    if (node.nodeValue.includes(title)) found.push(node.parentElement.closest("[lang]").lang);
  }
  return found;
}"""


@pytest.mark.parametrize("lang", [code for code in project.language_codes() if code != project.default_language()])
def test_the_official_title_in_a_citation_is_said_in_its_language(site, http_url, new_tab, lang):
    """English and Khmer citations give the official title in French: marked so (lang), screen
    readers say it in French."""
    title = source.current().title.text
    page = new_tab(PHONE)
    page.goto(address(site, http_url, first_priority(site, lang)), wait_until="load")
    page.locator("button.pe-cite-open").first.click()
    page.locator("dialog[open]").wait_for()
    said_in = page.evaluate(TITLE_LANGUAGES, title)
    assert said_in and set(said_in) == {project.default_language()}


# The ring of the focused element as drawn (outside it, or inside for a negative offset), and
# the first ancestor that clips it (overflow other than visible), if any.
RING_CUT = """() => {
  const el = document.activeElement, s = getComputedStyle(el), r = el.getBoundingClientRect();
  const grow = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
  const ring = [r.left - grow, r.top - grow, r.right + grow, r.bottom + grow];
  for (let n = el.parentElement; n && n !== document.documentElement; n = n.parentElement) {
    const o = getComputedStyle(n);
    if (o.overflowX === "visible" && o.overflowY === "visible") continue;
    const b = n.getBoundingClientRect();
    const box = [b.left + n.clientLeft, b.top + n.clientTop];
    box.push(box[0] + n.clientWidth, box[1] + n.clientHeight);
    const cut = ring[0] < box[0] - 0.5 || ring[1] < box[1] - 0.5 || ring[2] > box[2] + 0.5 || ring[3] > box[3] + 0.5;
    if (cut) return `${window.__a11y.describe(el)}: ring cut by ${window.__a11y.describe(n)}`;
  }
  return "";
}"""


def test_language_menu_focus_ring_is_whole(site, http_url, new_tab):
    page = new_tab(DESKTOP, reduced_motion="reduce")
    install(page)
    page.goto(address(site, http_url, first_priority(site)), wait_until="load")
    button = page.locator(".md-select button[aria-controls]")
    button.focus()
    page.keyboard.press("Enter")
    links = page.locator(".md-select__link")
    problems = []
    for _ in range(links.count()):
        page.keyboard.press("Tab")
        page.evaluate("window.__a11y.settled()")
        problems.append(page.evaluate(RING_CUT))
    assert page.evaluate("!!document.activeElement.closest('.md-select__list')")
    assert [problem for problem in problems if problem] == []


@pytest.mark.parametrize("how", ["chosen", "address"])
def test_side_by_side_reads_in_the_order_chosen(site, http_url, new_tab, how):
    """Screen readers read the document's order, not the columns' (CSS order): the column chosen
    first comes first in the document."""
    french, other = project.default_language(), project.language_codes()[1]
    page = new_tab(DESKTOP)
    url = address(site, http_url, language_root(site, french) / SIDE_BY_SIDE)
    if how == "address":
        page.goto(f"{url}?left={other}&right={french}", wait_until="load")
    else:
        page.goto(url, wait_until="load")
        page.select_option("select[name=left]", other)
        page.select_option("select[name=right]", french)
    orders = page.evaluate(
        """() => [...document.querySelectorAll(".pe-parallel__row")].map(row =>
          [...row.querySelectorAll(":scope > .pe-parallel__cell:not([hidden])")].map(c => c.lang).join())"""
    )
    assert orders and set(orders) == {f"{other},{french}"}


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_tab_reaches_search_results(site, http_url, new_tab, viewport):
    """Search results by Tab, as well as by the arrow keys: Tab moves on in the search panel, which
    stays open, and Shift+Tab comes back to the box."""
    page = new_tab(viewport, reduced_motion="reduce")
    install(page)
    observe(page)
    page.goto(address(site, http_url, language_root(site, project.default_language()) / "index.html"))
    box = page.locator("input.md-search__input")
    if viewport is PHONE:
        page.locator(".md-header button[data-pe-toggle=__search]").click()
    else:
        box.focus()
    typed = query(project.default_language(), finds=True)
    box.fill(typed)
    box.press("End")
    assert wait_for_results(page, typed)
    in_results = "!!document.activeElement.closest('.md-search-result__list')"
    problems = []
    for _ in range(3):
        page.keyboard.press("Tab")
        problems.append(page.evaluate("window.__a11y.step('search')")["problem"])
        if page.evaluate(in_results):
            break
    assert page.evaluate(in_results)
    assert [problem for problem in problems if problem] == []  # each stop seen, ringed, not covered
    assert page.evaluate("document.getElementById('__search').checked")
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement === document.querySelector('.md-search__input')"):
            break
    assert page.evaluate("document.activeElement === document.querySelector('.md-search__input')")
    assert page.evaluate("document.getElementById('__search').checked")


# Every icon Material draws as a mask over a background colour (navigation chevrons, back arrows,
# search results'), as forced colours show it: its colour against what is behind it (1.4.11, 3:1).
MASKED_ICONS = """() => [...document.querySelectorAll("*")].flatMap(el => [null, "::before", "::after"].map(pseudo => {
  const s = getComputedStyle(el, pseudo);
  if ((s.maskImage || s.webkitMaskImage || "none") === "none" || (pseudo && s.content === "none")) return null;
  if (!el.checkVisibility({ visibilityProperty: true }) || s.display === "none") return null;
  const colour = window.__a11y.parse(s.backgroundColor), behind = window.__a11y.background(el);
  const ratio = window.__a11y.contrast(colour, behind);
  return ratio < 3 ? `${window.__a11y.describe(el)}${pseudo || ""}: ${s.backgroundColor} at ${ratio.toFixed(2)}:1` : "";
})).filter(found => found !== null)"""


@pytest.mark.parametrize("view", ["1280", "390 drawer", "1280 search"])
def test_icons_show_in_forced_colours(site, http_url, new_tab, view):
    viewport = PHONE if view.startswith("390") else DESKTOP
    page = new_tab(viewport, forced_colors="active")
    install(page)
    observe(page)
    page.goto(address(site, http_url, first_priority(site)), wait_until="load")
    if view == "390 drawer":
        page.locator(".md-header button[data-pe-toggle=__drawer]").click()
    elif view == "1280 search":
        typed = query(project.default_language(), finds=True)
        page.locator("input.md-search__input").fill(typed)
        page.locator("input.md-search__input").press("End")
        assert wait_for_results(page, typed)
    page.evaluate("window.__a11y.settled()")
    found = page.evaluate(MASKED_ICONS)
    assert found, "no icon drawn as a mask: what does this test look at?"
    assert [problem for problem in found if problem] == []


def test_header_search_field_has_a_boundary_in_forced_colours(site, http_url, new_tab):
    """Forced colours drop the field's background, its only boundary: a border stays."""
    page = new_tab(DESKTOP, forced_colors="active")
    page.goto(address(site, http_url, first_priority(site)), wait_until="load")
    sides = page.locator(".md-header .md-search__form").evaluate(
        """form => { const s = getComputedStyle(form);
          return ["Top", "Right", "Bottom", "Left"].filter(side =>
            s[`border${side}Style`] !== "none" && parseFloat(s[`border${side}Width`]) > 0); }"""
    )
    assert sides == ["Top", "Right", "Bottom", "Left"]
