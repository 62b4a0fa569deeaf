// Legibility as a measured property (issue 13, item 1): what a reader sees of
// one tab, measured in the page: text boxes that overlap, text smaller than
// 11 CSS px on screen, text clipped by a container or the SVG viewport,
// horizontal scrolling, titles that appear nowhere in full, and texts a
// filled circle drawn after them covers.
//
// Each count lists its offenders, so a failing test says what to look at.
import type { Page } from 'playwright-core';

export interface LegibilityReport {
  /** Pairs of text boxes of different text that intersect (by more than 1 px each way). */
  overlaps: string[];
  /** Texts drawn smaller than 11 CSS px on screen (SVG text: its font size times the SVG's scale). */
  small: string[];
  /** Texts cut by an ancestor that hides overflow, or by the SVG viewport they are drawn in. */
  clipped: string[];
  /** Labels shortened with '…' whose full text is in neither a tooltip nor an accessible name. */
  truncatedWithoutFull: string[];
  /** Horizontal scrolling: the page's, and that of any element inside the root. */
  hscroll: string[];
  /** Titles that appear nowhere in full in the root's visible text. */
  missingTitles: string[];
  /** Texts a filled circle painted after them covers (a bubble over a label or a quadrant title). */
  covered: string[];
}

export const MIN_TEXT_PX = 11;

/**
 * Measures the visible part of `rootSelector` (one tab's panel, or a whole
 * standalone page). `titles` are the full titles that must appear somewhere
 * in the visible text (whitespace-normalised; a title wrapped over several
 * lines or tspans counts).
 */
export async function measureLegibility(page: Page, rootSelector: string, titles: readonly string[]): Promise<LegibilityReport> {
  // A string, not a function: tsx would wrap a function with helpers the page lacks.
  const script = `((rootSelector, titles, minPx) => {
    const root = document.querySelector(rootSelector);
    if (!root) return { overlaps: ['no element ' + rootSelector], small: [], clipped: [], truncatedWithoutFull: [], hscroll: [], missingTitles: [...titles], covered: [] };
    const skipTags = new Set(['title', 'desc', 'style', 'script', 'metadata', 'defs', 'clippath', 'mask', 'symbol']);
    const norm = (s) => s.replace(/\\s+/g, ' ').trim();
    const describe = (el, text) => {
      const key = el.closest('[data-key]');
      return JSON.stringify(text.slice(0, 60)) + (key ? ' in ' + key.getAttribute('data-key') : '') + ' <' + el.tagName.toLowerCase() + (el.getAttribute('class') ? '.' + el.getAttribute('class').split(/\\s+/).join('.') : '') + '>';
    };
    const visible = (el) => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        if (skipTags.has(e.tagName.toLowerCase())) return false;
        if (e.hidden) return false;
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    // Every visible text node of the root, with its line boxes.
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = norm(n.textContent || '');
      const el = n.parentElement;
      if (!text || !el || !visible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const boxes = Array.from(range.getClientRects()).filter((r) => r.width > 0.5 && r.height > 0.5);
      if (boxes.length === 0) continue;
      texts.push({ node: n, el, text, boxes });
    }
    const report = { overlaps: [], small: [], clipped: [], truncatedWithoutFull: [], hscroll: [], missingTitles: [], covered: [] };
    const inset = 1;
    const intersects = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > inset && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > inset;
    // Overlaps: boxes of different text nodes (a text's own lines may touch).
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i], b = texts[j];
        if (a.boxes.some((x) => b.boxes.some((y) => intersects(x, y)))) report.overlaps.push(describe(a.el, a.text) + ' × ' + describe(b.el, b.text));
      }
    }
    for (const t of texts) {
      // Size on screen.
      let px = parseFloat(getComputedStyle(t.el).fontSize);
      const svg = t.el.closest('svg');
      if (svg && t.el instanceof SVGElement) {
        const m = t.el.getScreenCTM();
        if (m) px *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      }
      if (px < minPx - 0.05) report.small.push(describe(t.el, t.text) + ' at ' + px.toFixed(1) + ' px');
      // Clipping: by the outermost SVG's viewport, and by any ancestor that hides overflow.
      const clips = [];
      let outer = null;
      for (let e = t.el; e; e = e.parentElement) {
        if (e instanceof SVGSVGElement) outer = e;
        if (!(e instanceof HTMLElement)) continue;
        const cs = getComputedStyle(e);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') clips.push({ el: e, x: cs.overflowX !== 'visible', y: cs.overflowY !== 'visible', scroll: /auto|scroll/.test(cs.overflowX + cs.overflowY) });
      }
      const cut = (box, frame, x = true, y = true) =>
        (x && (box.left < frame.left - inset || box.right > frame.right + inset)) || (y && (box.top < frame.top - inset || box.bottom > frame.bottom + inset));
      let clipped = false;
      if (outer && getComputedStyle(outer).overflow !== 'visible') {
        const frame = outer.getBoundingClientRect();
        if (t.boxes.some((b) => cut(b, frame))) clipped = true;
      }
      for (const c of clips) {
        // A scrolling container does not cut its content off: it scrolls (horizontal scrolling is counted apart).
        if (c.scroll) continue;
        const frame = c.el.getBoundingClientRect();
        if (t.boxes.some((b) => cut(b, frame, c.x, c.y))) clipped = true;
      }
      // CSS ellipsis: an element showing less than its text.
      if (t.el instanceof HTMLElement && getComputedStyle(t.el).textOverflow === 'ellipsis' && t.el.scrollWidth > t.el.clientWidth + 1) clipped = true;
      if (clipped) report.clipped.push(describe(t.el, t.text));
      // A label shortened by the drawing carries its full text.
      if (/…$/.test(t.text)) {
        const stem = t.text.slice(0, -1).trim();
        let carried = false;
        for (let e = t.el; e && e !== root.parentElement; e = e.parentElement) {
          const names = [e.getAttribute('aria-label') || '', e.getAttribute('title') || ''];
          const tip = Array.from(e.children).find((c) => c.tagName.toLowerCase() === 'title');
          if (tip) names.push(tip.textContent || '');
          if (names.some((s) => norm(s).includes(stem) && norm(s).length > stem.length)) { carried = true; break; }
        }
        if (!carried) report.truncatedWithoutFull.push(describe(t.el, t.text));
      }
    }
    // Covered: a filled circle painted after a text (later in document order) over its boxes.
    const circles = Array.from(root.querySelectorAll('circle')).filter((c) => {
      if (!visible(c)) return false;
      const cs = getComputedStyle(c);
      return cs.fill !== 'none' && !/rgba\\(.*,\\s*0\\)$/.test(cs.fill) && Number(cs.fillOpacity) > 0.1;
    }).map((c) => ({ c, r: c.getBoundingClientRect() }));
    for (const t of texts) {
      for (const { c, r } of circles) {
        if (!(t.el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) || c.contains(t.el)) continue;
        const cx = r.left + r.width / 2, cy = r.top + r.height / 2, rad = r.width / 2 - inset;
        if (rad <= 0) continue;
        if (t.boxes.some((b) => Math.hypot(Math.max(b.left, Math.min(cx, b.right)) - cx, Math.max(b.top, Math.min(cy, b.bottom)) - cy) < rad)) {
          report.covered.push(describe(t.el, t.text) + ' under ' + describe(c, ''));
          break;
        }
      }
    }
    // Horizontal scrolling.
    const doc = document.scrollingElement || document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) report.hscroll.push('page: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
    for (const e of [root, ...root.querySelectorAll('*')]) {
      if (!(e instanceof HTMLElement) || !visible(e)) continue;
      const cs = getComputedStyle(e);
      if (/auto|scroll/.test(cs.overflowX) && e.scrollWidth > e.clientWidth + 1) report.hscroll.push(describe(e, '') + ': ' + e.scrollWidth + ' > ' + e.clientWidth);
    }
    // Every title in full somewhere in the visible text.
    const shown = ' ' + texts.map((t) => t.text).join(' ') + ' ';
    for (const title of titles) if (!shown.includes(norm(title))) report.missingTitles.push(title);
    return report;
  })`;
  return page.evaluate(`${script}(${JSON.stringify(rootSelector)}, ${JSON.stringify(titles)}, ${MIN_TEXT_PX})`) as Promise<LegibilityReport>;
}

/** The counts of a report, for one line of a test's message or the note. */
export function counts(r: LegibilityReport): Record<keyof LegibilityReport, number> {
  return {
    overlaps: r.overlaps.length,
    small: r.small.length,
    clipped: r.clipped.length,
    truncatedWithoutFull: r.truncatedWithoutFull.length,
    hscroll: r.hscroll.length,
    missingTitles: r.missingTitles.length,
    covered: r.covered.length,
  };
}
