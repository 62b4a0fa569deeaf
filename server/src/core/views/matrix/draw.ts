/**
 * Drawing the priority matrix: the SVG chart (quadrants, grid, bubbles
 * numbered by rank, legend) and the ranked list beside it.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, drawNotPlaced, interactive, n } from '../drawing';
import { formatNumber } from '../format';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { MatrixView } from './compute';
import type { ViewDrawing } from '../view';


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
    const score = b.score === null ? '–' : formatNumber(b.score, views.locale);
    return h(
      'li',
      interactive(b.key, b.aria, `ranked-item risk-${b.riskLevel ?? 'unknown'}`),
      h('span', { class: 'rank-badge' }, formatNumber(b.rank, views.locale)),
      h('span', { class: 'ranked-title' }, b.title),
      h('span', { class: 'ranked-meta' }, `${matrix.quadrants.find((q) => q.id === b.quadrant)?.label ?? ''} · ${labels.score} ${score}`),
    );
  });
  return h('section', { class: 'side-list', 'aria-label': labels.rankedList }, h('h3', {}, labels.rankedList), h('ol', { class: 'ranked' }, ...items), drawNotPlaced(matrix.notPlaced, labels));
}

/** The panel: the chart and, beside it, the ranked list. */
export function drawMatrixPanel(views: RoadmapViews): VChild[] {
  return [h('div', { class: 'split' }, chartBox(drawMatrixChart(views.matrix, views.labels)), drawRankedList(views))];
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const matrixDrawing: ViewDrawing<'matrix'> = {
  name: 'matrix',
  chart: (views) => drawMatrixChart(views.matrix, views.labels),
  panel: (views) => drawMatrixPanel(views),
  zoomable: true,
};
