/**
 * Drawing the risk heat map: the 5 × 5 chart, the risks as a table (its
 * text alternative) and the category filter.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, drawNotPlaced, interactive } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, type VChild, type VNode } from '../vdom';
import { wrapToChars } from '../text-fit';
import type { RiskView } from './compute';
import type { ViewDrawing } from '../view';


/**
 * The heat map's geometry. It is laid out for the width it is shown in (the
 * panel's, or 900 px for an export), so its text is drawn at its own size
 * (11 px and up) rather than scaled down with a fixed-size drawing: the cells
 * share what is left beside the likelihood axis, between 96 and 240 px each.
 * Each cell has room for `lines` lines of risk titles below its score.
 */
export interface RiskLayout {
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
  bottom: number;
  right: number;
  lines: number;
  lineHeight: number;
  width: number;
  height: number;
}

/** The titles' characters at 11 px (chart-css.ts): about the average width in the fonts VS Code uses (DejaVu Sans is the widest). */
const RISK_CHAR_PX = 6.2;

export function riskLayout(width = 900): RiskLayout {
  const left = 56;
  const right = 8;
  const top = 8;
  const bottom = 48;
  const lines = 5;
  const lineHeight = 18;
  const cellWidth = Math.max(96, Math.min(240, Math.floor((width - left - right) / 5)));
  const cellHeight = 24 + lines * lineHeight + 4;
  return { left, top, cellWidth, cellHeight, bottom, right, lines, lineHeight, width: left + 5 * cellWidth + right, height: top + 5 * cellHeight + bottom };
}

/** The export's layout (and the default the tests place by). */
export const RISK_LAYOUT = riskLayout();

/** How many lines each of a cell's risks gets (a "+n" line takes the last when they do not all fit). */
function linesPerRisk(count: number, lines: number): { shown: number[]; more: number } {
  if (count > lines) return { shown: Array.from({ length: lines - 1 }, () => 1), more: count - (lines - 1) };
  return { shown: Array.from({ length: count }, (_, i) => Math.floor(lines / count) + (i < lines % count ? 1 : 0)), more: 0 };
}

/** Risks that pass the category filter (null: all). */
export function filterRisks(r: RiskView, filter: readonly string[] | null): RiskView {
  if (filter === null) return r;
  const keep = new Set(filter);
  return { ...r, cells: r.cells.map((c) => ({ ...c, risks: c.risks.filter((x) => keep.has(x.category ?? 'none')) })) };
}

export function drawRiskChart(r: RiskView, labels: ViewLabels, width?: number): VNode {
  const L = riskLayout(width);
  const maxChars = Math.floor((L.cellWidth - 14) / RISK_CHAR_PX);
  const cells = r.cells.map((c) => {
    const x = L.left + (c.impact - 1) * L.cellWidth;
    const y = L.top + (5 - c.likelihood) * L.cellHeight;
    const plan = linesPerRisk(c.risks.length, L.lines);
    let line = 0;
    const entries = plan.shown.map((count, i) => {
      const risk = c.risks[i]!;
      const { lines } = wrapToChars(risk.title, maxChars, count);
      const top = y + 24 + line * L.lineHeight;
      line += lines.length;
      return h(
        'g',
        { ...interactive(risk.key, risk.aria, `risk-entry cat-${risk.category ?? 'none'}`) },
        h('title', {}, risk.aria),
        h('rect', { class: 'hit', x: x + 4, y: top, width: L.cellWidth - 8, height: lines.length * L.lineHeight - 2, rx: 3 }),
        h('text', { x: x + 8, y: top + L.lineHeight / 2 - 1 }, ...lines.map((t, j) => h('tspan', { x: x + 8, dy: j === 0 ? 0 : L.lineHeight }, t))),
      );
    });
    const hidden = c.risks.slice(plan.shown.length);
    const more =
      plan.more > 0
        ? h('text', { class: 'more', x: x + 8, y: y + 24 + line * L.lineHeight + L.lineHeight / 2 - 1 }, h('title', {}, hidden.map((x) => x.title).join('; ')), `+${plan.more} ${labels.moreRisks}`)
        : null;
    const first = c.risks[0];
    const attrs = first
      ? { class: `cell sev-${c.severity} has-risks`, 'data-cell': c.key, 'data-count': c.risks.length, role: 'group', 'aria-label': c.aria }
      : { class: `cell sev-${c.severity}`, 'data-cell': c.key, 'data-count': 0, role: 'group', 'aria-label': c.aria };
    return h(
      'g',
      attrs,
      h('rect', { class: 'cell-rect', x, y, width: L.cellWidth, height: L.cellHeight, ...(first ? { 'data-key': first.key } : {}) }),
      h('text', { class: 'score', x: x + L.cellWidth - 6, y: y + 15, 'text-anchor': 'end' }, `${c.score} · ${labels.severities[c.severity]}`),
      ...entries,
      more,
    );
  });
  const ticks: VNode[] = [];
  for (let s = 1; s <= 5; s++) {
    ticks.push(h('text', { class: 'muted', x: L.left + (s - 0.5) * L.cellWidth, y: L.top + 5 * L.cellHeight + 18, 'text-anchor': 'middle' }, String(s)));
    ticks.push(h('text', { class: 'muted', x: L.left - 10, y: L.top + (5 - s + 0.5) * L.cellHeight + 4, 'text-anchor': 'end' }, String(s)));
  }
  const midY = L.top + 2.5 * L.cellHeight;
  return h(
    'svg',
    {
      class: 'chart risks',
      viewBox: `0 0 ${L.width} ${L.height}`,
      width: L.width,
      height: L.height,
      role: 'group',
      'aria-label': labels.risksTitle,
      // Where the cells are, for the preview's drag and drop (the layout depends on the width).
      'data-grid': `${L.left} ${L.top} ${L.cellWidth} ${L.cellHeight}`,
    },
    h('title', {}, labels.risksTitle),
    ...cells,
    ...ticks,
    h('text', { class: 'axis-title', x: L.left + 2.5 * L.cellWidth, y: L.top + 5 * L.cellHeight + 40, 'text-anchor': 'middle' }, `${labels.impactAxis} →`),
    h('text', { class: 'axis-title', x: 18, y: midY, 'text-anchor': 'middle', transform: `rotate(-90 18 ${midY})` }, `${labels.likelihoodAxis} →`),
  );
}

/** The risks as a table, the heat map's text alternative (every risk reachable, even when a cell overflows). */
export function drawRiskTable(r: RiskView, labels: ViewLabels): VNode {
  const risks = r.cells.flatMap((c) => c.risks).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return h(
    'section',
    { class: 'side-list' },
    h(
      'table',
      { class: 'data-table risk-table' },
      h('thead', {}, h('tr', {}, ...[labels.riskColumn, labels.categoryFilter, labels.likelihoodAxis, labels.impactAxis, labels.severityColumn].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        ...risks.map((x) =>
          h(
            'tr',
            { ...interactive(x.key, x.aria, `row sev-${x.severity}`) },
            h('td', {}, x.title),
            h('td', {}, x.categoryLabel),
            h('td', { class: 'num' }, String(x.likelihood)),
            h('td', { class: 'num' }, String(x.impact)),
            h('td', {}, h('span', { class: `sev-chip sev-${x.severity}` }, `${x.score} · ${labels.severities[x.severity]}`)),
          ),
        ),
      ),
    ),
    drawNotPlaced(r.notPlaced, labels),
  );
}

/** The category filter's chips: "All" and one per category with its count, pressed when shown (filter null: all). */
export function drawRiskFilterBar(r: RiskView, labels: ViewLabels, filter: readonly string[] | null): VNode {
  return h(
    'div',
    { class: 'toolbar filters', role: 'group', 'aria-label': labels.categoryFilter },
    h('span', { class: 'filter-label' }, `${labels.categoryFilter}:`),
    h('button', { type: 'button', class: 'chip', 'data-filter': '*', 'aria-pressed': String(filter === null) }, labels.allCategories),
    ...r.categories.map((c) => {
      const on = filter === null || filter.includes(c.id);
      return h('button', { type: 'button', class: 'chip', 'data-filter': c.id, 'aria-pressed': String(on && filter !== null) }, `${c.label} (${c.count})`);
    }),
  );
}

/** The panel: the filter, then the chart and the table of the risks it lets through. */
export function drawRiskPanel(views: RoadmapViews, filter: readonly string[] | null, width?: number): VChild[] {
  const filtered = filterRisks(views.risks, filter);
  return [drawRiskFilterBar(views.risks, views.labels, filter), chartBox(drawRiskChart(filtered, views.labels, width)), drawRiskTable(filtered, views.labels)];
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const risksDrawing: ViewDrawing<'risks'> = {
  name: 'risks',
  chart: (views, { filter }) => drawRiskChart(filterRisks(views.risks, filter), views.labels),
  panel: (views, { filter, width }) => drawRiskPanel(views, filter, width),
  zoomable: false,
  fitsWidth: true,
};
