/**
 * Drawing the 90-day timeline: weeks across, the plan's tracks as bands, one
 * row per item (its title in full, wrapped; a bar, or a diamond for a
 * milestone; its owner and its link to the use case) and today's line.
 *
 * The chart is laid out for the width it is shown at (the panel's, or the
 * export's), never drawn wide and scaled down, so its text is at its CSS size
 * on screen. Wide, the titles are a column left of the weeks; narrow, each
 * title is a line above its bar and the weeks take the whole width. Where a
 * text goes is decided from an estimate of its width (a little wider than
 * the usual sans-serif fonts), so it stays inside the frame and off the
 * other texts; a text that must still be shortened carries its full text in
 * a tooltip and its element's accessible name.
 * Must not depend on anything but the views' types.
 */
import type { RoadmapViews } from '../compute';
import { chartBox, drawNotPlaced, interactive, n } from '../drawing';
import type { ViewLabels } from '../labels';
import { h, truncate, type VChild, type VNode } from '../vdom';
import type { TimelineItem, TimelineView } from './compute';
import type { DrawOptions, ViewDrawing } from '../view';
import { fitToWidth, textWidth, wrapToWidth } from '../text-fit';

/** Sizes in CSS px: fonts, the header, a track's head, a text line, a bar. */
export const TIMELINE_LAYOUT = { font: 12, line: 16, weekHead: 18, dateRow: 14, todayStrip: 20, trackHead: 24, bar: 20, pad: 5, right: 12, bottom: 12, columnFrom: 960, exportWidth: 1200, minWidth: 360 } as const;

/** A text shortened with '…' to fit `width` px (unchanged when it fits). */
function fitText(text: string, width: number, px: number): string {
  return fitToWidth(text, width, px) ?? truncate(text, 1);
}

/** A piece of text beside a bar: the owner (of the item) or the link to the use case. */
interface Note {
  kind: 'owner' | 'link';
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Where one item's parts go. */
export interface TimelineRowLayout {
  top: number;
  height: number;
  /** The title's lines, from x = 30, the first centred on `titleY`. */
  titleLines: string[];
  titleY: number;
  /** The hit area of the title (a click there reveals the item). */
  titleBox: { x: number; y: number; width: number; height: number };
  barY: number;
  /** The owner inside the bar, when it fits there in full. */
  ownerInside: boolean;
  notes: Note[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Titles left of the weeks ('column') or above each bar ('stacked'). */
  mode: 'column' | 'stacked';
  /** Where week 1 starts and how wide a week is. */
  x0: number;
  weekWidth: number;
  /** The date under a week's name: on one row, or every other week one row lower when they would touch. */
  staggerDates: boolean;
  header: number;
  /** The y of the top of each row and of each track's head. */
  rowTop: number[];
  trackTop: number[];
  rows: Map<string, TimelineRowLayout>;
}

export function timelineWeekX(layout: TimelineLayout, week: number): number {
  return layout.x0 + (week - 1) * layout.weekWidth;
}

/** The layout of the timeline for a chart `width` px wide. */
export function timelineLayout(t: TimelineView, width: number, todayLabel: string | null = t.today?.label ?? null): TimelineLayout {
  const L = TIMELINE_LAYOUT;
  const W = Math.max(L.minWidth, Math.floor(width));
  const mode = W >= L.columnFrom ? 'column' : 'stacked';
  const labelWidth = mode === 'column' ? Math.round(Math.min(560, Math.max(320, W * 0.38))) : 0;
  const x0 = mode === 'column' ? labelWidth : 12;
  const weekWidth = Math.floor(((W - L.right - x0) / 12) * 100) / 100;
  const widestDate = Math.max(0, ...t.weeks.map((w) => (w.dateLabel ? textWidth(w.dateLabel, L.font) : 0)));
  const staggerDates = widestDate + 6 > weekWidth;
  const hasDates = t.weeks.some((w) => w.dateLabel);
  const header = L.weekHead + 8 + (hasDates ? L.dateRow + (staggerDates ? L.dateRow : 0) + 4 : 0) + (todayLabel ? L.todayStrip : 0);
  const rowTop: number[] = [];
  const trackTop: number[] = [];
  const rows = new Map<string, TimelineRowLayout>();
  const byRow = new Map(t.items.map((i) => [i.row, i]));
  const titleWidth = mode === 'column' ? labelWidth - 38 : W - 30 - L.right;
  const notesLeft = mode === 'column' ? labelWidth + 4 : 12;
  const notesRight = W - 6;
  let y = header;
  for (const tr of t.tracks) {
    trackTop.push(y);
    y += L.trackHead;
    for (let r = tr.firstRow; r < tr.firstRow + tr.rowCount; r++) {
      rowTop[r] = y;
      const item = byRow.get(r);
      if (!item) {
        y += 30;
        continue;
      }
      const titleLines = wrapToWidth(item.title, titleWidth, L.font);
      const titleH = titleLines.length * L.line;
      const barY = mode === 'column' ? y + L.pad : y + L.pad + titleH + 2;
      const [bx0, bx1] = item.milestone ? milestoneSpan(x0, weekWidth, item) : [x0 + (item.startWeek - 1) * weekWidth + 3, x0 + item.endWeek * weekWidth - 3];
      const cy = barY + L.bar / 2;
      const owner = item.owner ?? '';
      const ownerInside = !item.milestone && owner !== '' && textWidth(owner, L.font) + 12 <= bx1 - bx0;
      const pieces: { kind: Note['kind']; text: string }[] = [];
      if (owner !== '' && !ownerInside) pieces.push({ kind: 'owner', text: owner });
      if (item.useCase) pieces.push({ kind: 'link', text: `↗ ${item.useCase.title}` });
      // Right of the bar, then left of it, then on a line of their own under it.
      const notes: Note[] = [];
      let right = bx1 + 8;
      let left = bx0 - 8;
      let extra = 0;
      let extraX = notesLeft;
      const gap = 12;
      for (const p of pieces) {
        const w = textWidth(p.text, L.font);
        if (right + w <= notesRight) {
          notes.push({ ...p, x: right, y: cy, anchor: 'start' });
          right += w + gap;
        } else if (left - w >= notesLeft) {
          notes.push({ ...p, x: left, y: cy, anchor: 'end' });
          left -= w + gap;
        } else {
          if (extra === 0 || extraX + w > notesRight) {
            extra++;
            extraX = notesLeft;
          }
          const ny = barY + L.bar + (extra - 0.5) * L.line + 2;
          const text = fitText(p.text, notesRight - extraX, L.font);
          notes.push({ ...p, text, x: extraX, y: ny, anchor: 'start' });
          extraX += textWidth(text, L.font) + gap;
        }
      }
      const barBlock = (mode === 'column' ? 0 : titleH + 2) + L.bar + extra * L.line;
      const height = Math.max(mode === 'column' ? titleH : 0, barBlock) + 2 * L.pad;
      const titleBox = mode === 'column' ? { x: 4, y: y + 1, width: labelWidth - 8, height: height - 2 } : { x: 4, y: y + 1, width: W - 8, height: titleH + L.pad };
      rows.set(item.key, { top: y, height, titleLines, titleY: y + L.pad + L.line / 2 + (mode === 'column' ? 2 : 0), titleBox, barY, ownerInside, notes });
      y += height;
    }
  }
  return { width: W, height: y + L.bottom, mode, x0, weekWidth, staggerDates, header, rowTop, trackTop, rows };
}

/** The x extent of a milestone's diamond (the middle of its weeks, 10 px each way). */
function milestoneSpan(x0: number, weekWidth: number, item: TimelineItem): [number, number] {
  const mx = x0 + ((item.startWeek - 1 + item.endWeek) / 2) * weekWidth;
  return [mx - 10, mx + 10];
}

export function drawTimelineChart(t: TimelineView, labels: ViewLabels, width: number = TIMELINE_LAYOUT.exportWidth): VNode {
  const L = TIMELINE_LAYOUT;
  const lay = timelineLayout(t, width);
  const W = lay.width;
  const weekX = (w: number) => timelineWeekX(lay, w);
  const dateY = L.weekHead + 8 + L.dateRow - 2;
  const header = t.weeks.map((w) =>
    h(
      'g',
      { class: 'week-head' },
      h('text', { x: n(weekX(w.week) + lay.weekWidth / 2), y: L.weekHead, 'text-anchor': 'middle', class: 'axis-title' }, w.label),
      w.dateLabel ? h('text', { class: 'muted week-date', x: n(weekX(w.week) + lay.weekWidth / 2), y: dateY + (lay.staggerDates && w.week % 2 === 0 ? L.dateRow : 0), 'text-anchor': 'middle' }, w.dateLabel) : null,
    ),
  );
  const bands = t.tracks.map((tr, i) => {
    const y = lay.trackTop[i]!;
    const next = i + 1 < t.tracks.length ? lay.trackTop[i + 1]! : lay.height - L.bottom;
    return h(
      'g',
      { class: `track track-${tr.id}` },
      h('rect', { class: `track-band${i % 2 ? ' odd' : ''}`, x: 0, y, width: W, height: next - y }),
      h('rect', { class: 'frame', x: n(weekX(tr.firstWeek)), y, width: n((tr.lastWeek - tr.firstWeek + 1) * lay.weekWidth), height: next - y }),
      h('text', { class: 'track-label', x: 8, y: y + 16 }, fitText(tr.label, W - 16, L.font * 1.08)),
    );
  });
  const grid: VNode[] = [];
  for (let w = 1; w <= 13; w++) grid.push(h('line', { class: 'grid', x1: n(weekX(w)), y1: lay.header - 4, x2: n(weekX(w)), y2: lay.height - L.bottom }));
  const items = t.items.map((item) => {
    const row = lay.rows.get(item.key)!;
    const cy = row.barY + L.bar / 2;
    const x0 = weekX(item.startWeek);
    const x1 = weekX(item.endWeek + 1);
    const box = row.titleBox;
    const parts: VNode[] = [h('title', {}, item.aria), h('rect', { class: 'hit', x: box.x, y: box.y, width: box.width, height: box.height })];
    parts.push(h('text', { class: 'item-title', x: 30, y: row.titleY }, ...row.titleLines.map((line, i) => h('tspan', { x: 30, dy: i === 0 ? 0 : L.line }, line))));
    if (item.milestone) {
      const [a, b] = milestoneSpan(lay.x0, lay.weekWidth, item);
      const mx = n((a + b) / 2);
      const d = 10;
      parts.push(h('polygon', { class: 'diamond', points: `${mx},${n(cy - d)} ${n(mx + d)},${n(cy)} ${mx},${n(cy + d)} ${n(mx - d)},${n(cy)}` }));
    } else {
      parts.push(h('rect', { class: 'bar', x: n(x0 + 3), y: row.barY, width: n(x1 - x0 - 6), height: L.bar, rx: 4 }));
      if (row.ownerInside && item.owner) parts.push(h('text', { class: 'bar-text', x: n(x0 + 9), y: cy }, item.owner));
    }
    const owner = row.notes.find((nt) => nt.kind === 'owner');
    if (owner) parts.push(h('text', { class: 'owner', x: n(owner.x), y: owner.y, 'text-anchor': owner.anchor }, owner.text));
    const nodes: VNode[] = [
      h('g', { ...interactive(item.key, item.aria, `item${item.done ? ' done' : ''}${item.milestone ? ' milestone' : ''}`), 'data-start': item.startWeek, 'data-end': item.endWeek }, ...parts),
      // Its `done` as a checkbox: the preview toggles it in the file (its own element, so a click on the item still reveals it).
      h(
        'g',
        { class: 'done-toggle', role: 'checkbox', 'aria-checked': item.done ? 'true' : 'false', tabindex: 0, 'data-toggle': item.key, 'aria-label': `${item.title}: ${labels.done}` },
        h('rect', { class: 'box', x: 8, y: row.titleY - 8, width: 16, height: 16, rx: 3 }),
        item.done ? h('path', { class: 'tick', d: `M ${11} ${row.titleY} l 3.5 3.5 l 6 -7` }) : null,
      ),
    ];
    const link = row.notes.find((nt) => nt.kind === 'link');
    if (item.useCase && link) {
      const name = `${labels.useCase}: ${item.useCase.title}`;
      const w = textWidth(link.text, L.font);
      const lx = link.anchor === 'start' ? link.x : link.x - w;
      nodes.push(
        h(
          'g',
          interactive(`use_cases:${item.useCase.id}`, name, 'link'),
          h('title', {}, name),
          h('rect', { class: 'hit', x: n(lx - 3), y: n(link.y - 10), width: n(w + 6), height: 20 }),
          h('text', { x: n(link.x), y: link.y, 'text-anchor': link.anchor }, link.text),
        ),
      );
    }
    return nodes;
  });
  // Today's line under the items (their texts stay readable over it), its label in its own strip under the dates.
  let todayLine: VNode | null = null;
  let todayLabel: VNode | null = null;
  if (t.today) {
    const x = n(lay.x0 + t.today.weeks * lay.weekWidth);
    const w = textWidth(t.today.label, L.font, true);
    // Beside the line on the side where it has room.
    const after = x + 4 + w <= W - 4;
    todayLine = h('line', { class: 'today', x1: x, y1: lay.header - L.todayStrip + 2, x2: x, y2: lay.height - L.bottom });
    todayLabel = h('text', { class: 'today-label', x: after ? x + 4 : x - 4, y: lay.header - 8, 'text-anchor': after ? 'start' : 'end' }, t.today.label);
  }
  return h(
    'svg',
    {
      class: 'chart timeline',
      viewBox: `0 0 ${W} ${lay.height}`,
      width: W,
      height: lay.height,
      role: 'group',
      'aria-label': labels.timelineTitle,
      // Where the weeks are, for the preview's drag and resize.
      'data-x0': lay.x0,
      'data-week': lay.weekWidth,
    },
    h('title', {}, labels.timelineTitle),
    ...bands,
    ...grid,
    ...header,
    todayLine ? h('g', { class: 'today-mark' }, todayLine) : null,
    h('g', { class: 'items' }, ...items.flat()),
    todayLabel ? h('g', { class: 'today-mark' }, todayLabel) : null,
  );
}

/** The panel: the notice when the plan has no start, the chart laid out for the panel's width, the items not placed. */
export function drawTimelinePanel(views: RoadmapViews, options?: DrawOptions): VChild[] {
  const t = views.timeline;
  return [t.notice ? h('p', { class: 'hint' }, t.notice) : null, chartBox(drawTimelineChart(t, views.labels, options?.width)), drawNotPlaced(t.notPlaced, views.labels)].filter((x): x is VNode => x !== null);
}

/** The tab's drawing (views/drawings.ts lists it beside the registry's tab; the server, which only computes, never loads it). */
export const timelineDrawing: ViewDrawing<'timeline'> = {
  name: 'timeline',
  chart: (views) => drawTimelineChart(views.timeline, views.labels),
  panel: (views, options) => drawTimelinePanel(views, options),
  zoomable: true,
  fitsWidth: true,
};
