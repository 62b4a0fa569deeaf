/**
 * Drawing the KPI board: one card per KPI in HTML that wraps (its name in
 * full, baseline → latest → target each labelled, progress in words and as a
 * bar) with a small chart of its measurements by quarter against the
 * baseline and the target. The chart is drawn at its own size, never scaled
 * down, so its text stays at its CSS size. The SVG export lays the same out
 * as rows.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { interactive, n } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { KpiCard, KpiView } from './compute';
import type { ViewDrawing } from '../view';
import { formatNumber } from '../format';

/** The per-KPI chart: its size and plot area, in CSS px (drawn 1:1). */
export const KPI_CHART = { width: 320, height: 150, left: 12, right: 112, top: 14, bottom: 28 } as const;

export interface KpiChartGeometry {
  /** The measurements, in order, where the chart draws them. */
  points: { quarter: string; value: number; x: number; y: number }[];
  /** The y of the baseline's and the target's lines (null: not in the file). */
  baselineY: number | null;
  targetY: number | null;
  /** The quarters labelled on the axis (the first and the last always, others where there is room). */
  ticks: { quarter: string; x: number }[];
}

/** Where a KPI's chart puts its measurements, baseline and target. */
export function kpiChartGeometry(c: KpiCard): KpiChartGeometry {
  const C = KPI_CHART;
  const plotRight = C.width - C.right;
  const plotBottom = C.height - C.bottom;
  const values = [c.baseline, c.target, ...c.actuals.map((a) => a.value)].filter((v): v is number => v !== null);
  let lo = values.length > 0 ? Math.min(...values) : 0;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const yOf = (v: number) => n(plotBottom - ((v - lo) / (hi - lo)) * (plotBottom - C.top));
  const count = c.quarters.length;
  // The first and last quarters sit 24 px in, so their centred labels (about 46 px at 11 px) stay inside.
  const spacing = count <= 1 ? 0 : (plotRight - C.left - 48) / (count - 1);
  const xOf = (i: number) => n(count <= 1 ? (C.left + plotRight) / 2 : C.left + 24 + i * spacing);
  const points = c.actuals.map((a) => ({ quarter: a.quarter, value: a.value, x: xOf(Math.max(0, c.quarters.indexOf(a.quarter))), y: yOf(a.value) }));
  // Every step-th quarter is labelled, 54 px apart at least, and the last one.
  const step = count <= 1 ? 1 : Math.max(1, Math.ceil(54 / spacing));
  const ticks = c.quarters.flatMap((quarter, i) => (i === count - 1 || (i % step === 0 && count - 1 - i >= step) ? [{ quarter, x: xOf(i) }] : []));
  return { points, baselineY: c.baseline === null ? null : yOf(c.baseline), targetY: c.target === null ? null : yOf(c.target), ticks };
}

/** The accessible name of a KPI's chart: its measurements by quarter against the baseline and the target. */
function chartName(c: KpiCard, labels: ViewLabels, locale: 'en' | 'nb'): string {
  const f = (v: number) => formatNumber(v, locale);
  const measured = c.actuals.length === 0 ? labels.progressWords.noMeasurement : c.actuals.map((a) => `${a.quarter} ${f(a.value)}`).join(', ');
  const lines = [c.baseline === null ? null : `${labels.baseline.toLowerCase()} ${f(c.baseline)}`, c.target === null ? null : `${labels.target.toLowerCase()} ${f(c.target)}`].filter((s): s is string => s !== null);
  return `${labels.byQuarter}: ${measured}${lines.length > 0 ? `; ${lines.join(', ')}` : ''}${c.unit ? ` (${c.unit})` : ''}`;
}

/** A KPI's small chart of its measurements by quarter, with the baseline and the target as lines. */
export function drawKpiMiniChart(c: KpiCard, labels: ViewLabels, locale: 'en' | 'nb'): VNode {
  const C = KPI_CHART;
  const g = kpiChartGeometry(c);
  const plotRight = C.width - C.right;
  const plotBottom = C.height - C.bottom;
  const name = chartName(c, labels, locale);
  const f = (v: number) => formatNumber(v, locale);
  // The lines' labels sit in the right margin, at least 14 px apart and inside the chart.
  const marks = [
    g.baselineY === null || c.baseline === null ? null : { cls: 'kpi-baseline', y: g.baselineY, text: `${labels.baseline} ${f(c.baseline)}` },
    g.targetY === null || c.target === null ? null : { cls: 'kpi-target', y: g.targetY, text: `${labels.target} ${f(c.target)}` },
  ].filter((m): m is { cls: string; y: number; text: string } => m !== null);
  const labelY = marks.map((m) => Math.max(C.top, Math.min(plotBottom, m.y)));
  if (labelY.length === 2 && Math.abs(labelY[0]! - labelY[1]!) < 14) {
    const mid = (labelY[0]! + labelY[1]!) / 2;
    const up = labelY[0]! <= labelY[1]! ? 0 : 1;
    labelY[up] = Math.max(C.top, mid - 7);
    labelY[1 - up] = labelY[up]! + 14;
  }
  return h(
    'svg',
    { class: 'chart kpi-chart', viewBox: `0 0 ${C.width} ${C.height}`, width: C.width, height: C.height, role: 'img', 'aria-label': name },
    h('title', {}, name),
    h('rect', { class: 'frame', x: C.left, y: C.top - 6, width: plotRight - C.left, height: plotBottom - C.top + 12 }),
    ...marks.map((m, i) =>
      h('g', { class: m.cls }, h('title', {}, m.text), h('line', { x1: C.left, y1: m.y, x2: plotRight, y2: m.y }), h('text', { class: 'kpi-line-label', x: plotRight + 6, y: n(labelY[i]!) }, truncate(m.text, 16))),
    ),
    g.points.length > 1 ? h('polyline', { class: 'kpi-series', points: g.points.map((p) => `${p.x},${p.y}`).join(' ') }) : null,
    ...g.points.map((p) => h('circle', { class: 'kpi-point', cx: p.x, cy: p.y, r: 3.5, 'data-quarter': p.quarter, 'data-value': p.value })),
    ...g.ticks.map((t) => h('text', { class: 'kpi-tick', x: t.x, y: C.height - 8, 'text-anchor': 'middle' }, t.quarter)),
    g.points.length === 0 ? h('text', { class: 'kpi-none', x: (C.left + plotRight) / 2, y: (C.top + plotBottom) / 2, 'text-anchor': 'middle' }, labels.progressWords.noMeasurement) : null,
  );
}

/** One KPI as a card: name, direction, the three values, progress in words and as a bar, its chart. */
function kpiCard(c: KpiCard, labels: ViewLabels, locale: 'en' | 'nb'): VNode {
  const f = (v: number | null) => (v === null ? '–' : formatNumber(v, locale));
  const value = (cls: string, term: string, v: number | null, note: string | null) =>
    h('div', { class: `kpi-value ${cls}` }, h('dt', {}, term), h('dd', {}, f(v), c.unit && v !== null ? ` ${c.unit}` : '', note ? h('span', { class: 'kpi-quarter' }, ` (${note})`) : null));
  return h(
    'article',
    { ...interactive(c.key, c.aria, `kpi kpi-card state-${c.state}`), 'data-progress': c.progress === null ? '' : c.progress },
    h(
      'div',
      { class: 'kpi-text' },
      h('h3', { class: 'kpi-name' }, c.name),
      c.directionLabel ? h('p', { class: 'kpi-direction' }, c.directionLabel) : null,
      h('dl', { class: 'kpi-values' }, value('baseline', labels.baseline, c.baseline, null), h('span', { class: 'kpi-arrow', 'aria-hidden': 'true' }, '→'), value('latest', labels.latest, c.latest?.value ?? null, c.latest?.quarter ?? null), h('span', { class: 'kpi-arrow', 'aria-hidden': 'true' }, '→'), value('target', labels.target, c.target, null)),
      h('p', { class: 'kpi-progress' }, c.progress === null ? null : h('progress', { value: c.progress, max: 1, 'aria-label': c.progressLabel }), h('span', { class: 'kpi-words' }, c.progressLabel)),
    ),
    drawKpiMiniChart(c, labels, locale),
  );
}

/** The SVG of the board, for the exports: one row per KPI with its words and its chart. */
export function drawKpiChart(k: KpiView, labels: ViewLabels, locale: 'en' | 'nb' = 'en'): VNode {
  const rowHeight = KPI_CHART.height + 12;
  const width = 900;
  const chartX = width - KPI_CHART.width - 8;
  const height = Math.max(1, k.cards.length) * rowHeight + 16;
  const rows = k.cards.map((c, i) => {
    const y = 8 + i * rowHeight;
    const text = (cls: string, dy: number, s: string, max: number) => h('text', { class: cls, x: 16, y: y + dy }, truncate(s, max));
    return h(
      'g',
      { ...interactive(c.key, c.aria, 'kpi'), 'data-progress': c.progress === null ? '' : c.progress },
      h('title', {}, c.aria),
      h('rect', { class: 'hit', x: 4, y: y + 2, width: width - 8, height: rowHeight - 6, rx: 4 }),
      text('kpi-name', 28, c.name, 60),
      c.directionLabel ? text('muted', 52, c.directionLabel, 70) : null,
      text('', 80, `${labels.baseline} → ${labels.latest.toLowerCase()} → ${labels.target.toLowerCase()}: ${c.summary}`, 70),
      text(c.progress === null ? 'muted' : '', 106, c.progressLabel, 70),
      h('g', { transform: `translate(${chartX} ${y})` }, drawKpiMiniChart(c, labels, locale)),
    );
  });
  return h(
    'svg',
    { class: 'chart kpis', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-label': labels.kpisTitle },
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

/** The panel: the cards (they wrap to the width there is), and the form that adds a measurement. */
export function drawKpiPanel(views: RoadmapViews): VChild[] {
  const k = views.kpis;
  const board =
    k.cards.length === 0
      ? h('p', { class: 'empty' }, views.labels.empty)
      : h('div', { class: 'kpi-board', role: 'group', 'aria-label': views.labels.kpisTitle }, ...k.cards.map((c) => kpiCard(c, views.labels, views.locale)));
  const form = measurementForm(k, views.labels);
  return form ? [board, form] : [board];
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const kpisDrawing: ViewDrawing<'kpis'> = {
  name: 'kpis',
  chart: (views) => drawKpiChart(views.kpis, views.labels, views.locale),
  panel: (views) => drawKpiPanel(views),
  zoomable: false,
};
