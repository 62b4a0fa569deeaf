/**
 * Drawing the 90-day timeline: weeks across, the plan's tracks as bands, one
 * row per item (bars, milestones as diamonds, links to their use cases) and
 * today's line.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, drawNotPlaced, interactive, n } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { TimelineView } from './compute';
import type { ViewDrawing } from '../view';


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

/** The panel: the notice when the plan has no start, the chart, the items not placed. */
export function drawTimelinePanel(views: RoadmapViews): VChild[] {
  const t = views.timeline;
  return [t.notice ? h('p', { class: 'hint' }, t.notice) : null, chartBox(drawTimelineChart(t, views.labels)), drawNotPlaced(t.notPlaced, views.labels)].filter((x): x is VNode => x !== null);
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const timelineDrawing: ViewDrawing<'timeline'> = {
  name: 'timeline',
  chart: (views) => drawTimelineChart(views.timeline, views.labels),
  panel: (views) => drawTimelinePanel(views),
  zoomable: true,
};
