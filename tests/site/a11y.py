"""Helpers for the accessibility tests: what a keyboard user sees of each focus stop, colour contrast."""

from __future__ import annotations

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# In the page: contrast of two CSS colours (alpha composited over a background), the background
# actually behind an element (its ancestors' colours composited down to the canvas), and what is
# wrong with the focused element as a keyboard user sees it.
COLOUR_JS = r"""
window.__a11y = (() => {
  function parse(c) {
    const srgb = c.match(/color\(srgb ([^)]+)\)/);  // how color-mix() computes
    if (srgb) {
      const p = srgb[1].split(/[ \/]+/).filter(Boolean).map(Number);
      return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
    }
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function over(top, bottom) {
    const a = top[3];
    return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
  }
  function canvas() {
    return document.body.getAttribute("data-md-color-scheme") === "slate" ? [0, 0, 0, 1] : [255, 255, 255, 1];
  }
  function background(el) {
    const layers = [];
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    return layers.reverse().reduce((acc, c) => over(c, acc), canvas());
  }
  function luminance(c) {
    const [r, g, b] = c.slice(0, 3).map(v => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(fg, bg) {
    const f = over(fg, bg);
    const [a, b] = [luminance(f), luminance(bg)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  }
  function describe(el) {
    if (!el || el.nodeType !== 1) return String(el);
    const text = (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
      (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "") +
      (text ? ` "${text}"` : "");
  }
  // What is wrong with the focused element, as seen by a sighted keyboard user (empty: nothing).
  function focusProblems() {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const problems = [];
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) problems.push(`zero-sized (${r.width}×${r.height})`);
    if (r.right <= 0 || r.left >= innerWidth || r.bottom <= 0 || r.top >= innerHeight)
      problems.push(`off-screen at (${Math.round(r.left)}, ${Math.round(r.top)})`);
    let opacity = 1;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) opacity *= parseFloat(getComputedStyle(n).opacity);
    if (opacity < 0.5) problems.push(`transparent (opacity ${opacity.toFixed(2)})`);
    if (getComputedStyle(el).visibility !== "visible") problems.push("visibility hidden");
    if (!problems.length) {
      const line = el.getClientRects()[0] || r;  // a link broken over lines: its first line
      const x = Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1);
      for (const y of [line.top + 2, line.top + line.height / 2, line.bottom - 2]) {
        const hit = document.elementFromPoint(x, Math.min(Math.max(y, 0), innerHeight - 1));
        if (hit && hit !== el && !el.contains(hit)) { problems.push("covered by " + describe(hit)); break; }
      }
    }
    const s = getComputedStyle(el);
    const ring = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1;
    if (!ring) problems.push("no focus ring");
    else {
      // Against what is painted where the ring is: just outside the element (inside it for an inset ring).
      const inset = parseFloat(s.outlineOffset) < 0;
      const d = inset ? -1 : parseFloat(s.outlineOffset) + 1;
      const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
      for (const [x, y] of [[r.left - d, cy], [r.right + d, cy], [cx, r.top - d], [cx, r.bottom + d]]) {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const under = document.elementsFromPoint(x, y).find(n => inset || (n !== el && !el.contains(n)));
        if (!under) continue;
        const around = background(under);
        const ratio = contrast(parse(s.outlineColor), around);
        if (ratio < 3) {
          const behind = `rgb(${around.slice(0, 3).map(Math.round)}) of ${describe(under)}`;
          problems.push(`focus ring ${s.outlineColor} at ${ratio.toFixed(2)}:1 against ${behind}`);
          break;
        }
      }
    }
    return problems.length ? describe(el) + ": " + problems.join(", ") : "";
  }
  // After each key: once the page has answered the scroll (Material sizes its sidebars in the
  // next frame: a task queued from that frame's first callback runs once the frame is over) and
  // transitions are over, the focus stop and what is wrong with it; `again` once the walk named
  // `walk` comes back to a stop it has seen (focus cycles instead of leaving the page).
  async function settled() {
    await new Promise(done => requestAnimationFrame(() => setTimeout(done)));
    await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
  }
  const walks = {};
  async function step(walk) {
    await settled();
    const problem = focusProblems();
    if (problem === null) return null;
    const seen = (walks[walk] ??= new Set());
    const again = seen.has(document.activeElement);
    seen.add(document.activeElement);
    return { stop: describe(document.activeElement), problem, again };
  }
  // Contrast of an element's own text against what is behind it, with the opacity of its ancestors;
  // null when it shows no text (hidden, transparent). Large text (24 px, or 18.66 px bold) needs 3:1.
  function textContrast(el) {
    const r = el.getBoundingClientRect();
    const shown = el.checkVisibility({ visibilityProperty: true }) && r.width >= 1 && r.height >= 1;
    if (!shown || !el.textContent.trim()) return null;
    let opacity = 1;
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) opacity *= parseFloat(getComputedStyle(n).opacity);
    if (opacity < 0.05) return null;
    const s = getComputedStyle(el);
    const fg = parse(s.color);
    fg[3] *= opacity;
    const size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const ratio = contrast(fg, background(el));
    const behind = background(el).slice(0, 3).map(Math.round);
    return { ratio, needed, what: `${describe(el)}: ${s.color} on rgb(${behind}) at ${ratio.toFixed(2)}:1` };
  }
  return { parse, background, contrast, describe, focusProblems, settled, step, textContrast };
})();
"""


def hidden_from_sight(locator) -> bool:
    """Whether a status region that screen readers read draws at most a pixel (visually hidden)."""
    box = locator.bounding_box()
    return box is not None and box["width"] <= 1 and box["height"] <= 1


def install(page) -> None:
    """Make window.__a11y available on every document the page opens."""
    page.add_init_script(COLOUR_JS)
