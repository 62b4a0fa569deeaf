/**
 * Drawing the AI register: an HTML table in the panel, an SVG table for the
 * exports.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { interactive } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { RegisterView } from './compute';
import type { ViewDrawing } from '../view';


/**
 * A cell's column name, shown only when the table is laid out as cards (a
 * narrow panel, under 700 px: the preview's stylesheet), where there is no
 * header row above it.
 */
function cellLabel(text: string): VNode {
  return h('span', { class: 'cell-label' }, text);
}

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
          h('td', {}, cellLabel(labels.stage), row.stageLabel),
          ...reg.columns.map((c) => {
            const value = row.cells[c.id];
            return value === null ? h('td', { class: 'missing-cell', 'data-missing': c.id }, cellLabel(c.label), `⚠ ${labels.missing}`) : h('td', {}, cellLabel(c.label), value);
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

/** The panel: the table. */
export function drawRegisterPanel(views: RoadmapViews): VChild[] {
  return [drawRegisterTable(views.register, views.labels)];
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const registerDrawing: ViewDrawing<'register'> = {
  name: 'register',
  chart: (views) => drawRegisterChart(views.register, views.labels),
  panel: (views) => drawRegisterPanel(views),
  zoomable: false,
};
