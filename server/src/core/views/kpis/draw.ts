/**
 * Drawing the KPI board: one row per KPI with its summary and a progress bar.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, interactive, n } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { KpiView } from './compute';
import type { ViewDrawing } from '../view';


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

/** The form that adds a measurement (a KPI's `actuals` for a quarter) to the file; the preview alone uses it. */
function measurementForm(k: KpiView, labels: ViewLabels): VNode | null {
  if (k.cards.length === 0) return null;
  return h(
    'form',
    { class: 'kpi-measure', 'aria-label': labels.addMeasurement },
    h('h3', {}, labels.addMeasurement),
    h('label', {}, `${labels.measurementKpi} `, h('select', { name: 'kpi' }, ...k.cards.map((c) => h('option', { value: c.key }, c.unit ? `${c.name} (${c.unit})` : c.name)))),
    h('label', {}, `${labels.measurementQuarter} `, h('input', { name: 'quarter', value: k.quarter ?? '', size: 8, pattern: '\\d{4}-Q[1-4]', required: true })),
    h('label', {}, `${labels.measurementValue} `, h('input', { name: 'value', type: 'number', step: 'any', required: true, size: 8 })),
    h('button', { type: 'submit', class: 'tool' }, labels.addMeasurement),
  );
}

/** The panel: the chart, and the form that adds a measurement. */
export function drawKpiPanel(views: RoadmapViews): VChild[] {
  const form = measurementForm(views.kpis, views.labels);
  return form ? [chartBox(drawKpiChart(views.kpis, views.labels)), form] : [chartBox(drawKpiChart(views.kpis, views.labels))];
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const kpisDrawing: ViewDrawing<'kpis'> = {
  name: 'kpis',
  chart: (views) => drawKpiChart(views.kpis, views.labels),
  panel: (views) => drawKpiPanel(views),
  zoomable: false,
};
