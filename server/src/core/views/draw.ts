/**
 * Drawing the views as a virtual DOM: pure functions from `RoadmapViews` to
 * SVG charts and HTML text alternatives. The webview turns the result into
 * DOM nodes; the CLI and the export turn it into markup. Every interactive
 * element is `.el` with `data-key` (section:id), `tabindex`, `role` and an
 * `aria-label`; user text only ever appears as text or escaped values.
 * Must not depend on anything but the views' types.
 */
import type { KpiView, MatrixView, NotPlaced, RegisterView, RiskView, RoadmapViews, TimelineView } from './compute';
import { CHART_CSS, LIGHT_THEME, themeRule } from './chart-css';
import type { ViewLabels, ViewName } from './labels';
import { h, toMarkup, truncate, type VNode } from './vdom';

function interactive(key: string, aria: string, cls: string): Record<string, string | number> {
  return { class: `el ${cls}`, 'data-key': key, tabindex: 0, role: 'button', 'aria-label': aria };
}

function n(v: number): number {
  return Math.round(v * 100) / 100;
}

// --- matrix ------------------------------------------------------------------

export const MATRIX_LAYOUT = { left: 70, top: 20, plot: 500, bottom: 100, right: 20 } as const;
export const MATRIX_SIZE = {
  width: MATRIX_LAYOUT.left + MATRIX_LAYOUT.plot + MATRIX_LAYOUT.right,
  height: MATRIX_LAYOUT.top + MATRIX_LAYOUT.plot + MATRIX_LAYOUT.bottom,
};

/** Pixel position in the matrix SVG of a unit-square point. */
export function matrixPixel(x: number, y: number): { px: number; py: number } {
  return { px: MATRIX_LAYOUT.left + x * MATRIX_LAYOUT.plot, py: MATRIX_LAYOUT.top + y * MATRIX_LAYOUT.plot };
}

export function drawMatrixChart(m: MatrixView, labels: ViewLabels): VNode {
  const { left, top, plot } = MATRIX_LAYOUT;
  const P = plot;
  const quadrants = m.quadrants.map((q) => {
    const a = matrixPixel(q.x0, q.y0);
    const b = matrixPixel(q.x1, q.y1);
    return h(
      'g',
      { class: 'quadrant' },
      h('rect', { class: `q q-${q.id}`, x: n(a.px), y: n(a.py), width: n(b.px - a.px), height: n(b.py - a.py) }),
      h('text', { class: 'q-label', x: n(a.px + 8), y: n(a.py + 20) }, q.label),
    );
  });
  const grid: VNode[] = [];
  for (let i = 1; i < 5; i++) {
    const x = left + (i * P) / 5;
    const y = top + (i * P) / 5;
    grid.push(h('line', { class: 'grid', x1: x, y1: top, x2: x, y2: top + P }));
    grid.push(h('line', { class: 'grid', x1: left, y1: y, x2: left + P, y2: y }));
  }
  const ticks: VNode[] = [];
  for (let s = 1; s <= 5; s++) {
    ticks.push(h('text', { class: 'muted tick', x: n(left + ((s - 0.5) * P) / 5), y: top + P + 18, 'text-anchor': 'middle' }, String(s)));
    ticks.push(h('text', { class: 'muted tick', x: left - 12, y: n(top + P - ((s - 0.5) * P) / 5 + 4), 'text-anchor': 'end' }, String(s)));
  }
  const axes = [
    h('text', { class: 'axis-title', x: left + P / 2, y: top + P + 40, 'text-anchor': 'middle' }, `${labels.effortAxis} →`),
    h('text', { class: 'axis-title', x: 20, y: top + P / 2, 'text-anchor': 'middle', transform: `rotate(-90 20 ${top + P / 2})` }, `${labels.valueAxis} →`),
  ];
  const bubbles = m.bubbles.map((b) => {
    const { px, py } = matrixPixel(b.x, b.y);
    const r = b.r * P;
    return h(
      'g',
      { ...interactive(b.key, b.aria, `bubble risk-${b.riskLevel ?? 'unknown'}`), 'data-rank': b.rank },
      h('title', {}, b.aria),
      h('circle', { cx: n(px), cy: n(py), r: n(r) }),
      h('text', { class: 'rank', x: n(px), y: n(py), 'font-size': n(Math.max(6, Math.min(16, r * 0.9))) }, String(b.rank)),
      b.showLabel ? h('text', { class: 'label', x: n(px), y: n(py + r + 12) }, truncate(b.title, 16)) : null,
    );
  });
  const ly = top + P + 62;
  const legend = h(
    'g',
    { class: 'legend' },
    h('text', { class: 'muted', x: left, y: ly + 4 }, `${labels.legendColour}:`),
    ...(['low', 'medium', 'high'] as const).map((lvl, i) =>
      h('g', { class: `risk-${lvl}` }, h('circle', { cx: left + 150 + i * 110, cy: ly, r: 6 }), h('text', { x: left + 160 + i * 110, y: ly + 4 }, labels.riskLevels[lvl])),
    ),
    h('text', { class: 'muted', x: left, y: ly + 26 }, labels.legendSize),
  );
  return h(
    'svg',
    { class: 'chart matrix', viewBox: `0 0 ${MATRIX_SIZE.width} ${MATRIX_SIZE.height}`, width: MATRIX_SIZE.width, height: MATRIX_SIZE.height, role: 'group', 'aria-label': labels.matrixTitle },
    h('title', {}, labels.matrixTitle),
    ...quadrants,
    ...grid,
    h('rect', { class: 'frame', x: left, y: top, width: P, height: P }),
    ...ticks,
    ...axes,
    h('g', { class: 'bubbles' }, ...bubbles),
    legend,
  );
}

export function drawRankedList(views: RoadmapViews): VNode {
  const { matrix, labels } = views;
  const byKey = new Map(matrix.bubbles.map((b) => [b.key, b]));
  const items = matrix.ranked.map((key) => {
    const b = byKey.get(key)!;
    const score = b.score === null ? '–' : String(Math.round(b.score * 100) / 100).replace('.', views.locale === 'nb' ? ',' : '.');
    return h(
      'li',
      interactive(b.key, b.aria, `ranked-item risk-${b.riskLevel ?? 'unknown'}`),
      h('span', { class: 'rank-badge' }, String(b.rank)),
      h('span', { class: 'ranked-title' }, b.title),
      h('span', { class: 'ranked-meta' }, `${matrix.quadrants.find((q) => q.id === b.quadrant)?.label ?? ''} · ${labels.score} ${score}`),
    );
  });
  return h('section', { class: 'side-list', 'aria-label': labels.rankedList }, h('h3', {}, labels.rankedList), h('ol', { class: 'ranked' }, ...items), drawNotPlaced(matrix.notPlaced, labels));
}

export function drawNotPlaced(list: NotPlaced[], labels: ViewLabels): VNode | null {
  if (list.length === 0) return null;
  return h(
    'div',
    { class: 'not-placed' },
    h('h3', {}, labels.notPlaced),
    h('ul', {}, ...list.map((p) => h('li', interactive(p.key, p.aria, 'not-placed-item'), h('span', { class: 'np-title' }, p.title), h('span', { class: 'np-reason' }, ` — ${p.reason}`)))),
  );
}

// --- timeline ------------------------------------------------------------------

export const TIMELINE_LAYOUT = { labelWidth: 280, weekWidth: 64, header: 46, trackHead: 24, row: 30, right: 16, bottom: 12 } as const;

export function timelineSize(t: TimelineView): { width: number; height: number } {
  const L = TIMELINE_LAYOUT;
  return { width: L.labelWidth + 12 * L.weekWidth + L.right, height: L.header + t.tracks.length * L.trackHead + t.rowCount * L.row + L.bottom };
}

/** The y of the top of a row: rows sit below the header and their tracks' heads. */
export function timelineRowY(t: TimelineView, row: number): number {
  const L = TIMELINE_LAYOUT;
  const trackIndex = t.tracks.findIndex((tr) => row >= tr.firstRow && row < tr.firstRow + tr.rowCount);
  return L.header + (Math.max(0, trackIndex) + 1) * L.trackHead + row * L.row;
}

export function timelineWeekX(week: number): number {
  return TIMELINE_LAYOUT.labelWidth + (week - 1) * TIMELINE_LAYOUT.weekWidth;
}

export function drawTimelineChart(t: TimelineView, labels: ViewLabels): VNode {
  const L = TIMELINE_LAYOUT;
  const { width, height } = timelineSize(t);
  const header = t.weeks.map((w) =>
    h(
      'g',
      { class: 'week-head' },
      h('text', { x: timelineWeekX(w.week) + L.weekWidth / 2, y: 18, 'text-anchor': 'middle', class: 'axis-title' }, w.label),
      w.dateLabel ? h('text', { class: 'muted', x: timelineWeekX(w.week) + L.weekWidth / 2, y: 36, 'text-anchor': 'middle' }, w.dateLabel) : null,
    ),
  );
  const bands = t.tracks.map((tr, i) => {
    const y = timelineRowY(t, tr.firstRow) - L.trackHead;
    const bandHeight = L.trackHead + tr.rowCount * L.row;
    return h(
      'g',
      { class: `track track-${tr.id}` },
      h('rect', { class: `track-band${i % 2 ? ' odd' : ''}`, x: 0, y, width, height: bandHeight }),
      h('rect', { class: 'frame', x: timelineWeekX(tr.firstWeek), y, width: (tr.lastWeek - tr.firstWeek + 1) * L.weekWidth, height: bandHeight }),
      h('text', { class: 'track-label', x: 8, y: y + 16 }, tr.label),
    );
  });
  const grid: VNode[] = [];
  for (let w = 1; w <= 13; w++) grid.push(h('line', { class: 'grid', x1: timelineWeekX(w), y1: L.header - 4, x2: timelineWeekX(w), y2: height - L.bottom }));
  const items = t.items.map((item) => {
    const y = timelineRowY(t, item.row);
    const cy = y + L.row / 2;
    const x0 = timelineWeekX(item.startWeek);
    const x1 = timelineWeekX(item.endWeek + 1);
    const parts: VNode[] = [h('title', {}, item.aria), h('rect', { class: 'hit', x: 4, y: y + 1, width: L.labelWidth - 8, height: L.row - 2 })];
    parts.push(h('text', { class: 'item-title', x: 12, y: cy }, `${item.done ? '✓ ' : ''}${truncate(item.title, 38)}`));
    if (item.milestone) {
      const mx = (x0 + x1) / 2;
      const d = 10;
      parts.push(h('polygon', { class: 'diamond', points: `${mx},${cy - d} ${mx + d},${cy} ${mx},${cy + d} ${mx - d},${cy}` }));
      if (item.owner) parts.push(h('text', { class: 'muted', x: mx + d + 6, y: cy + 4 }, truncate(item.owner, 20)));
    } else {
      const bw = x1 - x0 - 6;
      parts.push(h('rect', { class: 'bar', x: x0 + 3, y: y + 5, width: bw, height: L.row - 10, rx: 4 }));
      const inside = item.owner ?? '';
      if (inside) parts.push(h('text', { class: 'bar-text', x: x0 + 9, y: cy }, truncate(inside, Math.max(3, Math.floor((bw - 12) / 6.5)))));
    }
    const nodes: VNode[] = [h('g', { ...interactive(item.key, item.aria, `item${item.done ? ' done' : ''}${item.milestone ? ' milestone' : ''}`), 'data-start': item.startWeek, 'data-end': item.endWeek }, ...parts)];
    if (item.useCase) {
      const ux = item.milestone ? (x0 + x1) / 2 + 12 + (item.owner ? 7 * Math.min(20, item.owner.length) + 8 : 0) : x1 + 4;
      if (ux < width - 40) {
        const text = `↗ ${truncate(item.useCase.title, Math.max(4, Math.floor((width - ux - 8) / 6.5)))}`;
        nodes.push(
          h(
            'g',
            interactive(`use_cases:${item.useCase.id}`, `${labels.useCase}: ${item.useCase.title}`, 'link'),
            h('title', {}, `${labels.useCase}: ${item.useCase.title}`),
            h('rect', { class: 'hit', x: ux, y: y + 4, width: Math.min(width - ux, text.length * 6.5 + 6), height: L.row - 8 }),
            h('text', { x: ux + 3, y: cy }, text),
          ),
        );
      }
    }
    return nodes;
  });
  const today = t.today
    ? h(
        'g',
        { class: 'today-mark' },
        h('line', { class: 'today', x1: n(timelineWeekX(1) + t.today.weeks * L.weekWidth), y1: L.header - 6, x2: n(timelineWeekX(1) + t.today.weeks * L.weekWidth), y2: height - L.bottom }),
        h('text', { class: 'today-label', x: n(timelineWeekX(1) + t.today.weeks * L.weekWidth + 4), y: L.header - 2 }, t.today.label),
      )
    : null;
  return h(
    'svg',
    { class: 'chart timeline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': labels.timelineTitle },
    h('title', {}, labels.timelineTitle),
    ...bands,
    ...grid,
    ...header,
    h('g', { class: 'items' }, ...items.flat()),
    today,
  );
}

// --- risk heat map ------------------------------------------------------------------

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

// --- register -------------------------------------------------------------------------

export function drawRegisterTable(reg: RegisterView, labels: ViewLabels): VNode {
  if (reg.rows.length === 0) return h('p', { class: 'empty' }, labels.empty);
  return h(
    'table',
    { class: 'data-table register-table', 'aria-label': labels.registerTitle },
    h('caption', {}, labels.registerTitle),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, labels.useCase), h('th', { scope: 'col' }, labels.stage), ...reg.columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    h(
      'tbody',
      {},
      ...reg.rows.map((row) =>
        h(
          'tr',
          interactive(row.key, row.aria, 'row'),
          h('th', { scope: 'row' }, row.title),
          h('td', {}, row.stageLabel),
          ...reg.columns.map((c) => {
            const value = row.cells[c.id];
            return value === null ? h('td', { class: 'missing-cell', 'data-missing': c.id }, `⚠ ${labels.missing}`) : h('td', {}, value);
          }),
        ),
      ),
    ),
  );
}

export function drawRegisterChart(reg: RegisterView, labels: ViewLabels): VNode {
  const widths = [200, 110, ...reg.columns.map(() => 150)];
  const rowH = 28;
  const width = widths.reduce((a, b) => a + b, 0) + 16;
  const height = 40 + (reg.rows.length + 1) * rowH + 12;
  const xs: number[] = [];
  widths.reduce((acc, w) => (xs.push(acc), acc + w), 8);
  const head = [labels.useCase, labels.stage, ...reg.columns.map((c) => c.label)];
  const rows = reg.rows.map((row, i) => {
    const y = 40 + (i + 1) * rowH;
    const values: (string | null)[] = [row.title, row.stageLabel, ...reg.columns.map((c) => row.cells[c.id])];
    return h(
      'g',
      interactive(row.key, row.aria, 'row'),
      h('title', {}, row.aria),
      h('rect', { class: 'hit', x: 4, y: y - rowH / 2 - 2, width: width - 8, height: rowH }),
      ...values.map((v, j) => h('text', { x: xs[j]!, y: y + 2, class: v === null ? 'missing-cell' : '' }, v === null ? `⚠ ${labels.missing}` : truncate(v, Math.floor(widths[j]! / 7)))),
    );
  });
  return h(
    'svg',
    { class: 'chart register', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': labels.registerTitle },
    h('title', {}, labels.registerTitle),
    h('text', { class: 'axis-title', x: 8, y: 20 }, labels.registerTitle),
    ...head.map((t, j) => h('text', { class: 'axis-title', x: xs[j]!, y: 40 + 2 }, t)),
    h('line', { class: 'grid', x1: 4, y1: 40 + rowH / 2, x2: width - 4, y2: 40 + rowH / 2 }),
    ...rows,
  );
}

// --- KPI board ----------------------------------------------------------------------------

export const KPI_LAYOUT = { rowHeight: 72, width: 780, barX: 440, barWidth: 240 } as const;

export function drawKpiChart(k: KpiView, labels: ViewLabels): VNode {
  const L = KPI_LAYOUT;
  const height = Math.max(1, k.cards.length) * L.rowHeight + 16;
  const rows = k.cards.map((c, i) => {
    const y = 8 + i * L.rowHeight;
    const p = c.progress;
    return h(
      'g',
      { ...interactive(c.key, c.aria, 'kpi'), 'data-progress': p === null ? '' : p },
      h('title', {}, c.aria),
      h('rect', { class: 'hit', x: 4, y: y + 2, width: L.width - 8, height: L.rowHeight - 6, rx: 4 }),
      h('text', { class: 'kpi-name', x: 16, y: y + 24 }, truncate(c.name, 50)),
      h('text', { class: 'muted', x: 16, y: y + 46 }, truncate(`${labels.baseline} → ${labels.target}: ${c.summary}`, 62)),
      c.directionLabel ? h('text', { class: 'muted', x: L.barX, y: y + 20 }, c.directionLabel) : null,
      h('rect', { class: 'kpi-track', x: L.barX, y: y + 30, width: L.barWidth, height: 16, rx: 3 }),
      p === null ? null : h('rect', { class: `kpi-fill${p >= 1 ? ' complete' : ''}`, x: L.barX, y: y + 30, width: n(L.barWidth * p), height: 16, rx: 3 }),
      h('text', { class: p === null ? 'muted' : '', x: L.barX + L.barWidth + 10, y: y + 43 }, c.progressLabel),
    );
  });
  return h(
    'svg',
    { class: 'chart kpis', viewBox: `0 0 ${L.width} ${height}`, width: L.width, height, role: 'group', 'aria-label': labels.kpisTitle },
    h('title', {}, labels.kpisTitle),
    ...(k.cards.length === 0 ? [h('text', { class: 'muted', x: 16, y: 40 }, labels.empty)] : rows),
  );
}

// --- whole views -----------------------------------------------------------------------------

/** The SVG chart of one view (the register as an SVG table), with the risk filter applied. */
export function drawChart(views: RoadmapViews, view: ViewName, riskFilter: readonly string[] | null = null): VNode {
  switch (view) {
    case 'matrix':
      return drawMatrixChart(views.matrix, views.labels);
    case 'timeline':
      return drawTimelineChart(views.timeline, views.labels);
    case 'risks':
      return drawRiskChart(filterRisks(views.risks, riskFilter), views.labels);
    case 'register':
      return drawRegisterChart(views.register, views.labels);
    case 'kpis':
      return drawKpiChart(views.kpis, views.labels);
  }
}

/** A standalone SVG document of one view, styled with the given theme variables (light by default). */
export function exportSvg(views: RoadmapViews, view: ViewName, options: { vars?: Readonly<Record<string, string>>; riskFilter?: readonly string[] | null } = {}): string {
  const chart = drawChart(views, view, options.riskFilter ?? null);
  const vars = { ...LIGHT_THEME, ...(options.vars ?? {}) };
  const background = vars['--vscode-editor-background'] ?? '#ffffff';
  const width = Number(chart.attrs['width']);
  const height = Number(chart.attrs['height']);
  chart.attrs = { xmlns: 'http://www.w3.org/2000/svg', ...chart.attrs };
  chart.children.splice(1, 0, h('style', {}, `${themeRule(vars, 'svg')}${CHART_CSS}`), h('rect', { x: 0, y: 0, width, height, fill: background }));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(chart, 'xml')}\n`;
}
