/**
 * Drawing the risk heat map: the 5 × 5 chart, the risks as a table (its
 * text alternative) and the category filter.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, drawNotPlaced, interactive } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { RiskView } from './compute';
import type { ViewDrawing } from '../view';


export const RISK_LAYOUT = { left: 110, top: 12, cellWidth: 160, cellHeight: 104, bottom: 56, right: 12, lines: 4 } as const;
export const RISK_SIZE = { width: RISK_LAYOUT.left + 5 * RISK_LAYOUT.cellWidth + RISK_LAYOUT.right, height: RISK_LAYOUT.top + 5 * RISK_LAYOUT.cellHeight + RISK_LAYOUT.bottom };

/** Risks that pass the category filter (null: all). */
export function filterRisks(r: RiskView, filter: readonly string[] | null): RiskView {
  if (filter === null) return r;
  const keep = new Set(filter);
  return { ...r, cells: r.cells.map((c) => ({ ...c, risks: c.risks.filter((x) => keep.has(x.category ?? 'none')) })) };
}

export function drawRiskChart(r: RiskView, labels: ViewLabels): VNode {
  const L = RISK_LAYOUT;
  const cells = r.cells.map((c) => {
    const x = L.left + (c.impact - 1) * L.cellWidth;
    const y = L.top + (5 - c.likelihood) * L.cellHeight;
    const entries = c.risks.slice(0, c.risks.length > L.lines ? L.lines - 1 : L.lines).map((risk, i) =>
      h(
        'g',
        { ...interactive(risk.key, risk.aria, `risk-entry cat-${risk.category ?? 'none'}`) },
        h('title', {}, risk.aria),
        h('rect', { class: 'hit', x: x + 4, y: y + 22 + i * 20, width: L.cellWidth - 8, height: 18, rx: 3 }),
        h('text', { x: x + 8, y: y + 31 + i * 20 }, truncate(risk.title, 22)),
      ),
    );
    const more = c.risks.length > L.lines ? h('text', { class: 'score', x: x + 8, y: y + 31 + (L.lines - 1) * 20 + 4 }, `+${c.risks.length - (L.lines - 1)}`) : null;
    const first = c.risks[0];
    const attrs = first
      ? { class: `cell sev-${c.severity} has-risks`, 'data-cell': c.key, 'data-count': c.risks.length, role: 'group', 'aria-label': c.aria }
      : { class: `cell sev-${c.severity}`, 'data-cell': c.key, 'data-count': 0, role: 'group', 'aria-label': c.aria };
    return h(
      'g',
      attrs,
      h('rect', { class: 'cell-rect', x, y, width: L.cellWidth, height: L.cellHeight, ...(first ? { 'data-key': first.key } : {}) }),
      h('text', { class: 'score', x: x + L.cellWidth - 6, y: y + 14, 'text-anchor': 'end' }, `${c.score} · ${labels.severities[c.severity]}`),
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
    { class: 'chart risks', viewBox: `0 0 ${RISK_SIZE.width} ${RISK_SIZE.height}`, width: RISK_SIZE.width, height: RISK_SIZE.height, role: 'group', 'aria-label': labels.risksTitle },
    h('title', {}, labels.risksTitle),
    ...cells,
    ...ticks,
    h('text', { class: 'axis-title', x: L.left + 2.5 * L.cellWidth, y: L.top + 5 * L.cellHeight + 42, 'text-anchor': 'middle' }, `${labels.impactAxis} →`),
    h('text', { class: 'axis-title', x: 30, y: midY, 'text-anchor': 'middle', transform: `rotate(-90 30 ${midY})` }, `${labels.likelihoodAxis} →`),
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
export function drawRiskPanel(views: RoadmapViews, filter: readonly string[] | null): VChild[] {
  const filtered = filterRisks(views.risks, filter);
  return [drawRiskFilterBar(views.risks, views.labels, filter), chartBox(drawRiskChart(filtered, views.labels)), drawRiskTable(filtered, views.labels)];
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const risksDrawing: ViewDrawing<'risks'> = {
  name: 'risks',
  chart: (views, { filter }) => drawRiskChart(filterRisks(views.risks, filter), views.labels),
  panel: (views, { filter }) => drawRiskPanel(views, filter),
  zoomable: false,
};
