/**
 * Drawing the budget tab: in the panel, the planned cost against the budget
 * as a stacked bar (the four parts, the budget's mark, the guide's band) and
 * three tables (the parts, the use cases' contributions, the running costs in
 * production) whose text wraps, so every title shows in full; for the
 * exports, one SVG with the bar, its key and the contributions as bars.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, interactive, n } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { BudgetView } from './compute';
import type { ViewDrawing } from '../view';

/** Drawn at about its size in a side panel (640 px), so its text stays at 12 px there. */
const W = 600;
// The title on the first line, the budget mark's label on the second (never over the title, wherever the mark is), then the bar.
const BAR = { x: 16, y: 58, width: W - 32, height: 28 } as const;

/** The scale's end: the largest of the planned cost, the budget and the guide's top, with room for the labels. */
function scaleMax(b: BudgetView): number {
  return Math.max(b.total, b.firstYear ?? 0, b.guide?.max ?? 0, 1) * 1.04;
}

/** The stacked bar, the budget's mark and the guide's band; its key below. Returns the group and its height. */
function stackedBar(b: BudgetView, labels: ViewLabels, top: number): { node: VNode; height: number } {
  const max = scaleMax(b);
  const x = (v: number) => n(BAR.x + (BAR.width * v) / max);
  const y = top + BAR.y;
  let at = 0;
  const segments = b.parts
    .filter((p) => p.amount > 0)
    .map((p) => {
      const from = at;
      at += p.amount;
      return h('rect', { class: `budget-seg seg-${p.part}`, x: x(from), y, width: n(x(at) - x(from)), height: BAR.height }, h('title', {}, `${p.label}: ${p.text}`));
    });
  const band = b.guide ? h('rect', { class: 'guide-band', x: x(b.guide.min), y: y - 8, width: n(x(b.guide.max) - x(b.guide.min)), height: BAR.height + 16 }, h('title', {}, b.guide.text)) : null;
  const mark =
    b.firstYear === null
      ? null
      : h(
          'g',
          b.firstYearLine ? interactive(b.firstYearLine.key, b.firstYearLine.aria, 'budget-mark') : { class: 'budget-mark' },
          h('line', { class: 'mark', x1: x(b.firstYear), y1: y - 12, x2: x(b.firstYear), y2: y + BAR.height + 12 }),
          h('text', { class: 'mark-label', x: x(b.firstYear), y: y - 16, 'text-anchor': x(b.firstYear) > W - 200 ? 'end' : 'start' }, `${labels.firstYearBudget}: ${b.firstYearText}`),
        );
  const keyY = y + BAR.height + 34;
  const key = b.parts.map((p, i) => {
    const kx = 16 + (i % 2) * 290;
    const ky = keyY + Math.floor(i / 2) * 22;
    return h('g', { class: 'legend' }, h('rect', { class: `budget-seg seg-${p.part}`, x: kx, y: ky - 10, width: 14, height: 14, rx: 2 }), h('text', { x: kx + 20, y: ky + 2 }, `${p.label}: ${p.text}`));
  });
  const keyRows = Math.ceil(b.parts.length / 2);
  const guideKey = b.guide
    ? h('g', { class: 'legend' }, h('rect', { class: 'guide-band', x: 16, y: keyY + keyRows * 22 - 10, width: 14, height: 14 }), h('text', { x: 36, y: keyY + keyRows * 22 + 2 }, b.guide.text))
    : null;
  const height = BAR.y + BAR.height + 34 + (keyRows + (b.guide ? 1 : 0)) * 22;
  return {
    node: h(
      'g',
      { class: 'budget-bar', role: 'img', 'aria-label': b.summary },
      h('text', { class: 'axis-title', x: 16, y: top + 18 }, `${labels.plannedCost}: ${b.totalText}`),
      band,
      h('rect', { class: 'kpi-track', x: BAR.x, y, width: BAR.width, height: BAR.height }),
      ...segments,
      mark,
      ...key,
      guideKey,
    ),
    height,
  };
}

/** The SVG for the exports: the bar and its key, then one bar per use case, most expensive first. */
export function drawBudgetChart(b: BudgetView, labels: ViewLabels): VNode {
  const bar = stackedBar(b, labels, 0);
  const rowH = 26;
  const listTop = bar.height + 36;
  const most = Math.max(1, ...b.contributions.map((c) => c.amount));
  const labelW = 250;
  const barW = W - labelW - 130;
  const rows = b.contributions.map((c, i) => {
    const y = listTop + i * rowH;
    return h(
      'g',
      interactive(c.key, c.aria, 'contribution'),
      h('title', {}, c.aria),
      h('rect', { class: 'hit', x: 8, y: y - rowH / 2, width: W - 16, height: rowH }),
      h('text', { x: 16, y: y + 4 }, truncate(c.title, 34)),
      h('rect', { class: 'bar', x: labelW, y: y - 8, width: n(Math.max(1, (barW * c.amount) / most)), height: 16 }),
      h('text', { class: 'muted', x: labelW + n((barW * c.amount) / most) + 8, y: y + 4 }, c.amountText),
    );
  });
  const height = listTop + Math.max(1, b.contributions.length) * rowH + 8;
  return h(
    'svg',
    { class: 'chart budget', viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'group', 'aria-label': labels.budgetTitle },
    h('title', {}, labels.budgetTitle),
    bar.node,
    h('text', { class: 'axis-title', x: 16, y: listTop - 22 }, labels.contributionsTitle),
    ...(b.contributions.length === 0 ? [h('text', { class: 'muted', x: 16, y: listTop + 4 }, labels.noCosts)] : rows),
  );
}

function numCell(text: string): VNode {
  return h('td', { class: 'num' }, text);
}

/** The panel: the bar, then the parts, the contributions and the running costs as tables. */
export function drawBudgetPanel(views: RoadmapViews): VChild[] {
  const b = views.budget;
  const labels = views.labels;
  const bar = stackedBar(b, labels, 0);
  const barSvg = h('svg', { class: 'chart budget', viewBox: `0 0 ${W} ${bar.height}`, width: W, height: bar.height, role: 'group', 'aria-label': labels.budgetTitle }, h('title', {}, b.summary), bar.node);
  const balance = b.balance
    ? h('p', { class: `budget-balance ${b.balance.kind}` }, `${b.balance.kind === 'left' ? labels.budgetLeft : labels.budgetOver}: ${b.balance.text}`)
    : null;
  const parts = h(
    'table',
    { class: 'data-table budget-parts', 'aria-label': labels.partsTitle },
    h('caption', {}, labels.partsTitle),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, labels.budgetPart), h('th', { scope: 'col', class: 'num' }, labels.budgetAmount), h('th', { scope: 'col', class: 'num' }, labels.budgetShare))),
    h(
      'tbody',
      {},
      ...b.parts.map((p) =>
        h(
          'tr',
          p.line ? interactive(p.line.key, p.line.aria, 'row') : {},
          h('th', { scope: 'row' }, p.note ? `${p.label} (${p.note})` : p.label),
          numCell(p.text),
          numCell(p.shareText),
        ),
      ),
      h('tr', { class: 'total' }, h('th', { scope: 'row' }, labels.plannedCost), numCell(b.totalText), numCell('')),
      h('tr', b.firstYearLine ? interactive(b.firstYearLine.key, b.firstYearLine.aria, 'row') : {}, h('th', { scope: 'row' }, labels.firstYearBudget), numCell(b.firstYearText), numCell('')),
    ),
  );
  const contributions =
    b.contributions.length === 0
      ? h('p', { class: 'empty' }, labels.noCosts)
      : h(
          'table',
          { class: 'data-table budget-contributions', 'aria-label': labels.contributionsTitle },
          h('caption', {}, labels.contributionsTitle),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, labels.useCase),
              h('th', { scope: 'col' }, labels.stage),
              h('th', { scope: 'col', class: 'num' }, labels.oneTimeShort),
              h('th', { scope: 'col', class: 'num' }, labels.runningShort),
              h('th', { scope: 'col', class: 'num' }, labels.firstYearShort),
              h('th', { scope: 'col', class: 'num' }, labels.budgetShare),
            ),
          ),
          h(
            'tbody',
            {},
            ...b.contributions.map((c) =>
              h('tr', interactive(c.key, c.aria, 'row'), h('th', { scope: 'row' }, c.title), h('td', {}, c.stageLabel ?? '–'), numCell(c.oneTimeText), numCell(c.runningText), numCell(c.amountText), numCell(c.shareText)),
            ),
          ),
        );
  const running =
    b.running.length === 0
      ? h('p', { class: 'empty' }, labels.noProduction)
      : h(
          'table',
          { class: 'data-table budget-running', 'aria-label': labels.runningTitle },
          h('caption', {}, labels.runningTitle),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, labels.useCase), h('th', { scope: 'col', class: 'num' }, labels.perMonth), b.runningGuide ? h('th', { scope: 'col' }, labels.guideBand) : null)),
          h(
            'tbody',
            {},
            ...b.running.map((r) =>
              h('tr', interactive(r.key, r.aria, 'row'), h('th', { scope: 'row' }, r.title), numCell(r.monthlyText), b.runningGuide ? h('td', { class: r.position === 'within' ? '' : 'missing-cell' }, r.positionText ?? '') : null),
            ),
          ),
        );
  return [
    chartBox(barSvg),
    balance,
    parts,
    contributions,
    running,
    b.runningGuide && b.running.length > 0 ? h('p', { class: 'hint' }, b.runningGuide.text) : null,
  ].filter((c): c is VNode => c !== null);
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const budgetDrawing: ViewDrawing<'budget'> = {
  name: 'budget',
  chart: (views) => drawBudgetChart(views.budget, views.labels),
  panel: (views) => drawBudgetPanel(views),
  zoomable: false,
};
