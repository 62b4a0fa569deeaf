/**
 * Drawing the priority matrix: the SVG chart (quadrants, grid, bubbles at
 * their true size with their rank and label placed by matrix/layout.ts, a
 * "+n" chip for what a cell cannot show, the legend) and, beside it, the
 * ranked list. The exports' chart carries the key too (the ranked list,
 * number → title), so a numbered bubble reads on paper.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, drawNotPlaced, interactive, n } from '../drawing';
import { formatNumber } from '../format';
import type { ViewLabels } from '../labels';
import { h, type VChild, type VNode } from '../vdom';
import { bubbleRadius, type MatrixBubble, type MatrixView } from './compute';
import { type CellChip, LABEL_PX, layoutMatrix, type PlacedBubble, quadrantTitle } from './layout';
import { textWidth, wrapToWidth } from '../text-fit';
import type { DrawOptions, ViewDrawing } from '../view';

/** The exports' frame (and the panel's from 590 px up): a 500-unit plot. */
export const MATRIX_LAYOUT = { left: 70, top: 20, plot: 500, bottom: 172, right: 20 } as const;
export const MATRIX_SIZE = {
  width: MATRIX_LAYOUT.left + MATRIX_LAYOUT.plot + MATRIX_LAYOUT.right,
  height: MATRIX_LAYOUT.top + MATRIX_LAYOUT.plot + MATRIX_LAYOUT.bottom,
};
/** The smallest plot a narrow panel gets (below it the chart scales down after all). */
const MIN_PLOT = 200;
/** The plot's left edge in a narrow panel: room for the value axis's title and ticks only. */
const NARROW_LEFT = 46;

export interface MatrixFrame {
  left: number;
  top: number;
  plot: number;
  right: number;
  /** The chart's width in SVG units (= CSS px when drawn for the panel's width). */
  width: number;
}

/**
 * The chart's frame for a panel `width` CSS px wide: the plot shrinks (bubbles
 * stay true to feasibility: their radius is a share of the plot) while the
 * text keeps its size, so a narrow panel shows fewer labels and more "+n"
 * chips rather than smaller text. Without a width: the exports' frame.
 */
export function matrixFrame(width?: number): MatrixFrame {
  const { top, right } = MATRIX_LAYOUT;
  if (width === undefined || !Number.isFinite(width) || width >= MATRIX_SIZE.width) return { left: MATRIX_LAYOUT.left, top, plot: MATRIX_LAYOUT.plot, right, width: MATRIX_SIZE.width };
  // A narrow panel: the value axis closer in, every unit to the plot.
  const left = NARROW_LEFT;
  const plot = Math.max(MIN_PLOT, Math.floor(width - left - right));
  return { left, top, plot, right, width: left + plot + right };
}
/** The CSS size of `.chart text` the scaled texts start from. */
const BASE_PX = 12;
const LEGEND_PX = 11;
/** The value axis title's centre line. */
const AXIS_X = 16;
/** `.chart .q-label`'s size in chart-css.ts. */
const QUADRANT_TITLE_CSS_PX = 14;

/** Pixel position in the matrix SVG of a unit-square point (in the exports' frame unless another is given). */
export function matrixPixel(x: number, y: number, frame: MatrixFrame = matrixFrame()): { px: number; py: number } {
  return { px: frame.left + x * frame.plot, py: frame.top + y * frame.plot };
}

/** The id of a cell's list of the use cases its chip stands for. */
export function cellListId(cell: string): string {
  return `matrix-more-${cell}`;
}

/** A text at a size in SVG units: CSS fixes `.chart text` at 12 px, so the size is a scale. */
function sized(cls: string, x: number, y: number, size: number, text: string, extra: Record<string, string> = {}): VNode {
  const k = size / BASE_PX;
  return h('text', { class: cls, transform: `translate(${n(x)} ${n(y)})${Math.abs(k - 1) > 1e-3 ? ` scale(${n(k * 1000) / 1000})` : ''}`, ...extra }, text);
}

function bubbleClass(b: MatrixBubble): string {
  const stage = b.stage === 'idea' ? ' idea' : b.rank === 0 ? ' retired' : '';
  return `bubble risk-${b.riskLevel ?? 'unknown'}${stage}`;
}

function drawBubble(p: PlacedBubble): VNode {
  const b = p.bubble;
  const label = p.label;
  return h(
    'g',
    { ...interactive(b.key, b.aria, bubbleClass(b)), 'data-rank': b.rank, 'data-r': n(p.r) },
    // A rank drawn beside the title (the bubble is too small for it) is in the tooltip too.
    h('title', {}, p.rankSize === null && b.rank > 0 ? `${b.rank}. ${b.aria}` : b.aria),
    label?.leader ? h('line', { class: 'leader', x1: n(label.leader.x1), y1: n(label.leader.y1), x2: n(label.leader.x2), y2: n(label.leader.y2) }) : null,
    h('circle', { cx: n(p.cx), cy: n(p.cy), r: n(p.r) }),
    p.rankSize === null ? null : sized('rank', p.cx, p.cy, p.rankSize, String(b.rank)),
    label ? sized('label', label.x, label.y, label.size, label.text, label.anchor === 'start' ? {} : { 'text-anchor': label.anchor }) : null,
  );
}

function chipLabel(c: CellChip, labels: ViewLabels): string {
  return `${labels.effortAxis} ${c.effort} · ${labels.valueAxis} ${c.value}: ${c.hidden.length} ${labels.moreInCell}`;
}

function drawChip(c: CellChip, labels: ViewLabels): VNode {
  const text = `+${c.hidden.length}`;
  const name = chipLabel(c, labels);
  // The chip is geometry (it zooms with the chart), so its number is sized to the chip.
  const size = Math.min(BASE_PX, (c.box.w - 6) / (textWidth(text, 1, true) || 1));
  return h(
    'g',
    { class: 'more', role: 'button', tabindex: 0, 'aria-expanded': 'false', 'aria-controls': cellListId(c.cell), 'aria-label': `${name}: ${c.hidden.map((b) => b.title).join('; ')}`, 'data-more': c.cell, 'data-count': c.hidden.length },
    h('title', {}, `${name}: ${c.hidden.map((b) => (b.rank > 0 ? `${b.rank}. ${b.title}` : b.title)).join('; ')}`),
    h('rect', { class: 'chip-rect', x: n(c.box.x), y: n(c.box.y), width: n(c.box.w), height: n(c.box.h), rx: 9 }),
    sized('chip-text', c.box.x + c.box.w / 2, c.box.y + c.box.h / 2, size, text),
  );
}

/** The legend: the risk colours (grey: not set), the bubble sizes for feasibility 1–5, open circle: idea, grey: retired (when shown). */
function drawLegend(labels: ViewLabels, y0: number, showRetired: boolean, frame: MatrixFrame): { node: VNode; bottom: number } {
  const { left } = frame;
  const right = frame.width - 10;
  const parts: VNode[] = [];
  let x = left;
  let y = y0;
  const item = (cls: string, text: string, r = 6, dashed = false) => {
    const w = 2 * r + 6 + textWidth(text, LEGEND_PX) + 16;
    if (x + w > right && x > left) {
      x = left + 12;
      y += 20;
    }
    parts.push(h('g', { class: `legend-item ${cls}` }, h('circle', { cx: n(x + r), cy: y, r, ...(dashed ? { 'stroke-dasharray': '3 2' } : {}) }), h('text', { x: n(x + 2 * r + 6), y: y + 4 }, text)));
    x += w;
  };
  const heading = (text: string) => {
    parts.push(h('text', { class: 'muted', x: left, y: y + 4 }, text));
    x = left + textWidth(text, LEGEND_PX) + 14;
  };
  heading(`${labels.legendColour}:`);
  for (const lvl of ['low', 'medium', 'high', 'unknown'] as const) item(`risk-${lvl}`, labels.riskLevels[lvl], 6, lvl === 'unknown');
  // Sizes: the true radius of each feasibility, as the chart draws it.
  y += 40;
  heading(`${labels.legendSize}:`);
  for (let f = 1; f <= 5; f++) {
    const r = bubbleRadius(f) * frame.plot;
    if (x + 2 * r > right) {
      x = left + 12;
      y += 2 * bubbleRadius(5) * frame.plot + 8;
    }
    parts.push(h('g', { class: 'legend-size' }, h('circle', { cx: n(x + r), cy: y, r: n(r) }), h('text', { x: n(x + r), y: y + 4, 'text-anchor': 'middle' }, String(f))));
    x += 2 * r + 8;
  }
  y += 40;
  x = left;
  item('idea risk-unknown', labels.legendIdea, 6);
  if (showRetired) item('retired', labels.legendRetired, 6, true);
  return { node: h('g', { class: 'legend' }, ...parts), bottom: y + 14 };
}

/** The exports' key: the ranked list, number → title, wrapped to the chart's width. */
function drawKey(m: MatrixView, labels: ViewLabels, y0: number): { node: VNode; bottom: number } {
  const { left } = MATRIX_LAYOUT;
  const width = MATRIX_SIZE.width - left - 30;
  const lines: VNode[] = [h('text', { class: 'axis-title', x: left, y: y0 }, labels.rankedList)];
  let y = y0 + 22;
  const byKey = new Map(m.bubbles.map((b) => [b.key, b]));
  for (const key of m.ranked) {
    const b = byKey.get(key);
    if (!b) continue;
    const rows = wrapToWidth(b.title, width, BASE_PX);
    lines.push(
      h(
        'text',
        { class: 'key-entry', 'data-key': b.key, x: left + 24, y },
        h('tspan', { class: 'key-rank', x: left + 24, 'text-anchor': 'end' }, `${b.rank}. `),
        ...rows.map((r, i) => h('tspan', { x: left + 26, ...(i === 0 ? {} : { dy: 16 }) }, i < rows.length - 1 ? `${r} ` : r)),
      ),
    );
    y += 16 * rows.length + 4;
  }
  return { node: h('g', { class: 'key' }, ...lines), bottom: y };
}

export interface MatrixChartOptions {
  /** SVG units per screen pixel (1 unzoomed). */
  textScale?: number;
  /** The CSS px the panel has for the chart (matrixFrame); absent: the exports' frame. */
  width?: number;
  /** Retired use cases shown greyed. */
  showRetired?: boolean;
  /** The ranked list below the legend (the exports). */
  key?: boolean;
}

export function drawMatrixChart(m: MatrixView, labels: ViewLabels, options: MatrixChartOptions = {}): VNode {
  const frame = matrixFrame(options.width);
  const { left, top, plot } = frame;
  const P = plot;
  const textScale = Math.min(1, Math.max(0.1, options.textScale ?? 1));
  const layout = layoutMatrix([...m.bubbles, ...(options.showRetired ? m.retired : [])], m.quadrants, { left, top, plot }, textScale);
  const quadrants = m.quadrants.map((q) => {
    const a = matrixPixel(q.x0, q.y0, frame);
    const b = matrixPixel(q.x1, q.y1, frame);
    return h('g', { class: 'quadrant' }, h('rect', { class: `q q-${q.id}`, x: n(a.px), y: n(a.py), width: n(b.px - a.px), height: n(b.py - a.py) }));
  });
  // The titles over the grid lines: nothing is drawn across them.
  const quadrantTitles = m.quadrants.map((q) => {
    const t = quadrantTitle(q, frame);
    // Sized by a scale of the CSS's 14 px (a narrow plot), a line a tspan.
    const k = t.size / QUADRANT_TITLE_CSS_PX;
    return h(
      'text',
      { class: 'q-label', transform: `translate(${n(t.x)} ${n(t.y)})${Math.abs(k - 1) > 1e-3 ? ` scale(${n(k * 1000) / 1000})` : ''}` },
      ...t.lines.map((line, i) => h('tspan', { x: 0, ...(i === 0 ? {} : { dy: n(1.2 * QUADRANT_TITLE_CSS_PX) }) }, line)),
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
    ticks.push(h('text', { class: 'muted tick', x: left - 10, y: n(top + P - ((s - 0.5) * P) / 5 + 4), 'text-anchor': 'end' }, String(s)));
  }
  const axes = [
    h('text', { class: 'axis-title', x: left + P / 2, y: top + P + 40, 'text-anchor': 'middle' }, `${labels.effortAxis} →`),
    h('text', { class: 'axis-title', x: AXIS_X, y: top + P / 2, 'text-anchor': 'middle', transform: `rotate(-90 ${AXIS_X} ${top + P / 2})` }, `${labels.valueAxis} →`),
  ];
  const legend = drawLegend(labels, top + P + 66, options.showRetired === true, frame);
  const key = options.key ? drawKey(m, labels, legend.bottom + 24) : null;
  const base = top + P + MATRIX_LAYOUT.bottom;
  const height = Math.max(base, legend.bottom + 10, key ? key.bottom + 10 : 0);
  const cell = n(P / 5);
  return h(
    'svg',
    {
      class: 'chart matrix',
      viewBox: `0 0 ${frame.width} ${height}`,
      width: frame.width,
      height,
      role: 'group',
      'aria-label': labels.matrixTitle,
      'data-text-scale': n(textScale * 1000) / 1000,
      // Where the grid is (it depends on the width): the preview's drag finds the cell under the pointer with it.
      'data-grid': `${left} ${top} ${cell} ${cell}`,
    },
    h('title', {}, labels.matrixTitle),
    ...quadrants,
    ...grid,
    h('rect', { class: 'frame', x: left, y: top, width: P, height: P }),
    h('g', { class: 'quadrant-titles' }, ...quadrantTitles),
    ...ticks,
    ...axes,
    h('g', { class: 'bubbles' }, ...layout.shown.map(drawBubble)),
    h('g', { class: 'chips' }, ...layout.chips.map((c) => drawChip(c, labels))),
    legend.node,
    key?.node ?? null,
  );
}

/** Under the chart: each chip's list of the use cases it stands for, hidden until the chip is expanded. */
function drawCellLists(m: MatrixView, labels: ViewLabels, options: MatrixChartOptions): VNode | null {
  const { left, top, plot } = matrixFrame(options.width);
  const layout = layoutMatrix([...m.bubbles, ...(options.showRetired ? m.retired : [])], m.quadrants, { left, top, plot }, Math.min(1, options.textScale ?? 1));
  if (layout.chips.length === 0) return null;
  return h(
    'div',
    { class: 'cell-lists' },
    ...layout.chips.map((c) =>
      h(
        'div',
        { class: 'cell-list', id: cellListId(c.cell), 'data-more-list': c.cell, hidden: true },
        h('h4', {}, chipLabel(c, labels)),
        h(
          'ul',
          {},
          ...c.hidden.map((b) =>
            h('li', interactive(b.key, b.aria, `cell-item risk-${b.riskLevel ?? 'unknown'}${b.rank === 0 ? ' retired' : ''}`), b.rank > 0 ? h('span', { class: 'rank-badge' }, String(b.rank)) : null, h('span', { class: 'ranked-title' }, b.title)),
          ),
        ),
      ),
    ),
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
      interactive(b.key, b.aria, `ranked-item risk-${b.riskLevel ?? 'unknown'}${b.stage === 'idea' ? ' idea' : ''}`),
      h('span', { class: 'rank-badge' }, formatNumber(b.rank, views.locale)),
      h('span', { class: 'ranked-title' }, b.title),
      h('span', { class: 'ranked-meta' }, `${matrix.quadrants.find((q) => q.id === b.quadrant)?.label ?? ''} · ${labels.score} ${score}`),
    );
  });
  const retired =
    matrix.retired.length === 0
      ? null
      : h(
          'div',
          { class: 'retired-list' },
          h('h3', {}, labels.retiredList),
          h('ul', {}, ...matrix.retired.map((b) => h('li', interactive(b.key, b.aria, 'ranked-item retired'), h('span', { class: 'ranked-title' }, b.title)))),
        );
  return h('section', { class: 'side-list', 'aria-label': labels.rankedList }, h('h3', {}, labels.rankedList), h('ol', { class: 'ranked' }, ...items), retired, drawNotPlaced(matrix.notPlaced, labels));
}

/** The panel: the toggle for retired use cases, the chart with its chips' lists and, beside it, the ranked list. */
export function drawMatrixPanel(views: RoadmapViews, options: Partial<DrawOptions> = {}): VChild[] {
  const m = views.matrix;
  const chartOptions: MatrixChartOptions = { textScale: options.textScale ?? 1, showRetired: options.showRetired === true, ...(options.width !== undefined ? { width: options.width } : {}) };
  const toggle =
    m.retired.length === 0
      ? null
      : h('div', { class: 'matrix-options' }, h('button', { type: 'button', class: 'chip', 'data-show-retired': '', 'aria-pressed': String(chartOptions.showRetired) }, `${views.labels.showRetired} (${m.retired.length})`));
  return [...(toggle ? [toggle] : []), h('div', { class: 'split' }, drawMatrixChartBox(views, chartOptions), drawRankedList(views))];
}

/** The chart's box: the chart and its chips' lists (the webview draws it again when the zoom changes the labels' scale). */
export function drawMatrixChartBox(views: RoadmapViews, options: MatrixChartOptions): VNode {
  const box = chartBox(drawMatrixChart(views.matrix, views.labels, options));
  const lists = drawCellLists(views.matrix, views.labels, options);
  if (lists) box.children.push(lists);
  return box;
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const matrixDrawing: ViewDrawing<'matrix'> = {
  name: 'matrix',
  chart: (views, options) => drawMatrixChart(views.matrix, views.labels, { showRetired: options.showRetired === true, key: true }),
  panel: (views, options) => drawMatrixPanel(views, options),
  zoomable: true,
  fitsWidth: true,
};

/** The label size in screen pixels (for tests). */
export const MATRIX_LABEL_PX = LABEL_PX;
