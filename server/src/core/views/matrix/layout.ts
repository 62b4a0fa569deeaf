/**
 * Where the priority matrix draws each bubble, its rank and its label, in the
 * SVG's units (views/matrix/draw.ts): a deterministic, pure pass.
 *
 * - Bubbles keep their true radius (feasibility alone, compute.ts); a cell
 *   shows as many as fit, best rank first, and a "+n" chip for the rest.
 * - Each shown bubble's label is placed around it without touching another
 *   label, bubble, chip or quadrant title, shortened with '…' when needed and
 *   moved away on a leader line when nothing near is free; a bubble whose
 *   label finds no room at all joins its cell's chip.
 * - The rank sits inside the bubble at a size its radius holds; when even the
 *   smallest readable size does not fit, it leads the label instead.
 * - Text sizes are screen sizes: `textScale` (SVG units per screen pixel, 1
 *   unzoomed) scales every label, so a zoomed chart re-lays out its labels at
 *   their reading size instead of magnifying them.
 * Drawing code: the language server never bundles it.
 * Must not depend on anything but the views' types.
 */
import type { MatrixBubble, QuadrantArea } from './compute';
import { fitToWidth, textWidth, wrapToWidth } from '../text-fit';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedLabel {
  /** The text drawn: the title, shortened with '…' when it does not fit (its full text is in the bubble's tooltip). */
  text: string;
  /** Where the baseline is anchored (the box's left, centre or right, nearest the bubble: the estimate of the width errs wide), and the font size, in SVG units. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
  y: number;
  size: number;
  /** The box the text takes. */
  box: Box;
  /** A line from the bubble's edge to the label when the label sits away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlacedBubble {
  bubble: MatrixBubble;
  cx: number;
  cy: number;
  r: number;
  /** The rank's font size inside the bubble; null when it is shown in the label instead (or not ranked). */
  rankSize: number | null;
  label: PlacedLabel | null;
}

export interface CellChip {
  /** `${effort}-${value}`. */
  cell: string;
  effort: number;
  value: number;
  box: Box;
  /** The use cases of the cell not drawn, best first. */
  hidden: MatrixBubble[];
}

export interface MatrixLayout {
  shown: PlacedBubble[];
  chips: CellChip[];
  /** The boxes of the quadrant titles (nothing is drawn over them). */
  titles: Box[];
}

export interface PlotFrame {
  left: number;
  top: number;
  /** Side of the square plot; a cell is a fifth of it. */
  plot: number;
}

/** Screen sizes, in CSS pixels: the labels', the smallest a rank may be, the largest. */
export const LABEL_PX = 12;
export const MIN_RANK_PX = 11;
const MAX_RANK_PX = 16;
const QUADRANT_TITLE_PX = 14;
const PAD = 3;
const GAP = 3;
const CHIP = { w: 40, h: 20 };
/** The smallest chip: "+99" at 11 px, bold, with its margins. */
const CHIP_MIN = { w: 32, h: 16 };
/** Label widths tried, in screen pixels, widest first. */
const LABEL_WIDTHS = [150, 110, 80, 56] as const;
/** A label shorter than this many characters (with its '…') says too little: the bubble goes into the chip. */
const MIN_LABEL_CHARS = 6;
/** How many bubbles of each cell keep their place against the labels of the cells before them. */
const RESERVED = 2;

/** The box of a text whose baseline starts at (x, y): the line's ascent and descent. */
function textBox(x: number, y: number, width: number, size: number): Box {
  return { x, y: y - 0.95 * size, w: width, h: 1.2 * size };
}

function intersects(a: Box, b: Box): boolean {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0;
}

function inside(a: Box, frame: Box): boolean {
  return a.x >= frame.x && a.y >= frame.y && a.x + a.w <= frame.x + frame.w && a.y + a.h <= frame.y + frame.h;
}

function circleBox(cx: number, cy: number, r: number): Box {
  return { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r };
}

/** The largest rank font a circle of radius r holds (digits of DejaVu Sans Bold: 0.7 em wide, 0.75 em high). */
export function rankFit(r: number, digits: number): number {
  const halfW = (0.7 * digits) / 2;
  const halfH = 0.75 / 2;
  return (0.96 * r) / Math.hypot(halfW, halfH);
}

/** The quadrant titles' boxes, where the drawing writes them (8 units in, baseline 20 units down). */
export function quadrantTitleBoxes(quadrants: readonly QuadrantArea[], frame: PlotFrame): Box[] {
  return quadrants.map((q) => quadrantTitle(q, frame).box);
}

/** The smallest a quadrant title is drawn (a narrow plot): below it, it wraps. */
const MIN_QUADRANT_TITLE_PX = 11;

/**
 * Where a quadrant's title goes: at its top left, at 14 px while it fits the
 * quadrant's width, smaller down to 11 px in a narrow plot, then over as many
 * lines as it takes; `box` holds every line.
 */
export function quadrantTitle(q: QuadrantArea, frame: PlotFrame): { x: number; y: number; size: number; lines: string[]; box: Box } {
  const x = frame.left + q.x0 * frame.plot + 8;
  const room = Math.max(1, (q.x1 - q.x0) * frame.plot - 16);
  const full = textWidth(q.label, QUADRANT_TITLE_PX, true);
  const size = full <= room ? QUADRANT_TITLE_PX : Math.max(MIN_QUADRANT_TITLE_PX, (QUADRANT_TITLE_PX * room) / full);
  // The first baseline 20 units below the quadrant's top at 14 px, closer at a smaller size.
  const y = frame.top + q.y0 * frame.plot + size + 6;
  const lines = textWidth(q.label, size, true) <= room ? [q.label] : wrapToWidth(q.label, room / 1.1, size);
  const width = Math.max(...lines.map((l) => textWidth(l, size, true)));
  const first = textBox(x, y, width, size);
  return { x, y, size, lines, box: { ...first, h: first.h + (lines.length - 1) * 1.2 * size } };
}

/**
 * Packs a cell's bubbles in rows, best first, each at its true size, below
 * whatever quadrant title reaches into the cell; stops at the first that does
 * not fit. `reserve` keeps a box free (the chip).
 */
function packCell(members: readonly MatrixBubble[], cell: Box, blocked: readonly Box[], unit: number): { cx: number; cy: number; r: number }[] {
  const out: { cx: number; cy: number; r: number }[] = [];
  let top = cell.y + PAD;
  for (const t of blocked) if (intersects(t, cell) && t.y < cell.y + cell.h / 3) top = Math.max(top, t.y + t.h + GAP);
  const right = cell.x + cell.w - PAD;
  const bottom = cell.y + cell.h - PAD;
  let x = cell.x + PAD;
  let rowTop = top;
  let rowHeight = 0;
  for (const b of members) {
    const r = b.r * unit;
    const d = 2 * r;
    if (x + d > right && x > cell.x + PAD) {
      rowTop += rowHeight + GAP;
      x = cell.x + PAD;
      rowHeight = 0;
    }
    if (x + d > right || rowTop + d > bottom) break;
    const candidate = circleBox(x + r, rowTop + r, r);
    if (blocked.some((k) => intersects(k, candidate))) break;
    out.push({ cx: x + r, cy: rowTop + r, r });
    x += d + GAP;
    rowHeight = Math.max(rowHeight, d);
  }
  // Centre the rows horizontally and the block vertically in the free part of the cell.
  if (out.length > 0) {
    const minX = Math.min(...out.map((p) => p.cx - p.r));
    const maxX = Math.max(...out.map((p) => p.cx + p.r));
    const maxY = Math.max(...out.map((p) => p.cy + p.r));
    const dx = (right - maxX - (minX - (cell.x + PAD))) / 2;
    const dy = Math.max(0, (bottom - maxY) / 2);
    const moved = out.map((p) => ({ cx: p.cx + dx, cy: p.cy + dy, r: p.r }));
    if (!moved.some((p) => blocked.some((k) => intersects(k, circleBox(p.cx, p.cy, p.r))))) return moved;
  }
  return out;
}

/**
 * Lays out the matrix: `bubbles` in rank order (best first), then any
 * retired ones the toggle shows; `textScale` SVG units per screen pixel.
 */
export function layoutMatrix(bubbles: readonly MatrixBubble[], quadrants: readonly QuadrantArea[], frame: PlotFrame, textScale = 1): MatrixLayout {
  const unit = frame.plot;
  const cellSize = frame.plot / 5;
  const plotBox: Box = { x: frame.left, y: frame.top, w: frame.plot, h: frame.plot };
  const titles = quadrantTitleBoxes(quadrants, frame);
  const byCell = new Map<string, MatrixBubble[]>();
  // Best rank first; retired ones (rank 0) after the ranked, by id.
  const ordered = [...bubbles].sort((a, b) => (a.rank || Infinity) - (b.rank || Infinity) || a.id.localeCompare(b.id));
  for (const b of ordered) {
    const key = `${b.effort}-${b.value}`;
    const list = byCell.get(key);
    if (list) list.push(b);
    else byCell.set(key, [b]);
  }
  const cellBox = (effort: number, value: number): Box => ({ x: frame.left + (effort - 1) * cellSize, y: frame.top + (5 - value) * cellSize, w: cellSize, h: cellSize });

  // 1. Bubbles at true size, cell by cell (in a fixed order: effort, then value).
  const packed: { bubble: MatrixBubble; cx: number; cy: number; r: number }[] = [];
  const hiddenOf = new Map<string, MatrixBubble[]>();
  const chipBoxes = new Map<string, Box>();
  const keys = [...byCell.keys()].sort((a, b) => a.localeCompare(b));
  for (const key of keys) {
    const members = byCell.get(key)!;
    const [effort, value] = key.split('-').map(Number) as [number, number];
    const cell = cellBox(effort, value);
    let slots = packCell(members, cell, titles, unit);
    // A cell of three or more keeps its chip's corner from the start: its labels may crowd some out.
    if (slots.length < members.length || members.length >= 3) {
      // Its bottom right corner, else another clear of the quadrant titles (they wrap over two lines in a narrow plot).
      const corner = (right: boolean, bottom: boolean): Box => ({ x: right ? cell.x + cell.w - PAD - CHIP.w : cell.x + PAD, y: bottom ? cell.y + cell.h - PAD - CHIP.h : cell.y + PAD, w: CHIP.w, h: CHIP.h });
      const corners = [corner(true, true), corner(false, true), corner(true, false), corner(false, false)];
      const chip: Box = corners.find((c) => !titles.some((t) => intersects(t, c))) ?? corners[0]!;
      chipBoxes.set(key, chip);
      slots = packCell(members, cell, [...titles, chip], unit);
      hiddenOf.set(key, members.slice(slots.length));
    }
    slots.forEach((s, i) => packed.push({ bubble: members[i]!, ...s }));
  }

  // 2. Labels, best rank first, against everything drawn so far.
  const size = LABEL_PX * textScale;
  const minRank = MIN_RANK_PX * textScale;
  // Round by round: every cell's best bubble first, then every cell's second, so one crowded corner cannot take the room of another's best.
  const place = new Map<MatrixBubble, number>();
  for (const members of byCell.values()) members.forEach((m, i) => place.set(m, i));
  const order = [...packed].sort((a, b) => place.get(a.bubble)! - place.get(b.bubble)! || (a.bubble.rank || Infinity) - (b.bubble.rank || Infinity) || a.bubble.id.localeCompare(b.bubble.id));
  const gap = 3 * textScale;
  const fixed: Box[] = [...titles, ...chipBoxes.values()];
  // Greedy, in that order: a bubble is drawn when its circle is clear of the labels drawn so far and its own
  // label finds room among what is drawn; otherwise it joins its cell's chip.
  const hiddenKeys = new Set<string>();
  const shown: PlacedBubble[] = [];
  const obstacles: Box[] = [...fixed];
  // The first two of every cell keep their place until their turn: an earlier label does not take it.
  const reserved = new Map(order.filter((p) => place.get(p.bubble)! < RESERVED).map((p) => [p.bubble, circleBox(p.cx, p.cy, p.r)]));
  for (const p of order) {
    const b = p.bubble;
    const circle = circleBox(p.cx, p.cy, p.r);
    const cellKey = `${b.effort}-${b.value}`;
    const hide = () => {
      hiddenKeys.add(b.key);
      reserved.delete(b);
      // A cell of one or two has no chip yet: it takes the place of its bubble (kept free until now).
      if (!chipBoxes.has(cellKey)) {
        // Small bubbles (a narrow plot) still get a chip whose number reads at 11 px, kept inside the cell.
        const cell = cellBox(b.effort, b.value);
        const w = Math.min(cell.w - 2 * PAD, Math.max(CHIP_MIN.w, Math.min(CHIP.w, 2 * p.r)));
        const h = Math.min(cell.h - 2 * PAD, Math.max(CHIP_MIN.h, Math.min(CHIP.h, 2 * p.r)));
        const within = (x: number, y: number): Box => ({ x: Math.max(cell.x + PAD, Math.min(cell.x + cell.w - PAD - w, x)), y: Math.max(cell.y + PAD, Math.min(cell.y + cell.h - PAD - h, y)), w, h });
        // Where the bubble was, else a corner of the cell clear of what is drawn (a quadrant title, a label).
        const spots = [within(p.cx - w / 2, p.cy - h / 2), within(Infinity, Infinity), within(-Infinity, Infinity), within(Infinity, -Infinity), within(-Infinity, -Infinity)];
        const chip = spots.find((c) => !obstacles.some((o) => intersects(o, c))) ?? spots[0]!;
        chipBoxes.set(cellKey, chip);
        obstacles.push(chip);
      }
    };
    if (obstacles.some((o) => intersects(o, circle))) {
      hide();
      continue;
    }
    const digits = String(b.rank).length;
    const fit = Math.min(MAX_RANK_PX * textScale * 1.2, rankFit(p.r, digits));
    const rankInside = b.rank > 0 && fit >= minRank;
    const rankSize = rankInside ? Math.min(fit, Math.max(minRank, Math.min(MAX_RANK_PX, p.r * 0.9))) : null;
    const prefix = b.rank > 0 && !rankInside ? `${b.rank}. ` : '';
    reserved.delete(b);
    const label = placeLabel(`${prefix}${b.title}`, p, size, gap, [...obstacles, circle, ...reserved.values()], plotBox, MIN_LABEL_CHARS + [...prefix].length);
    if (!label) {
      hide();
      continue;
    }
    obstacles.push(circle, label.box);
    shown.push({ bubble: b, cx: p.cx, cy: p.cy, r: p.r, rankSize, label });
  }

  // 3. The chips: what packing left out and the bubbles whose label found no room.
  const chips: CellChip[] = [];
  for (const key of keys) {
    const members = byCell.get(key)!;
    const hidden = members.filter((m) => hiddenKeys.has(m.key) || (hiddenOf.get(key) ?? []).includes(m));
    if (hidden.length === 0) continue;
    const box = chipBoxes.get(key)!;
    const [effort, value] = key.split('-').map(Number) as [number, number];
    chips.push({ cell: key, effort, value, box, hidden });
  }
  shown.sort((a, b) => (b.bubble.rank || -1) - (a.bubble.rank || -1));
  return { shown, chips, titles };
}

/** Tries positions around the bubble, then further out on a leader line; each at the widths tried, shortened to fit. */
function placeLabel(text: string, p: { cx: number; cy: number; r: number }, size: number, gap: number, obstacles: readonly Box[], frame: Box, minChars = MIN_LABEL_CHARS): PlacedLabel | null {
  const h = 1.2 * size;
  for (const far of [0, 1, 2, 3]) {
    for (const maxPx of LABEL_WIDTHS) {
      const shortened = fitToWidth(text, maxPx * (size / LABEL_PX), size, minChars);
      if (shortened === null) continue;
      const w = textWidth(shortened, size);
      const d = p.r + gap + far * 1.2 * h;
      // Below, above, right, left, then the corners.
      const spots: [number, number, PlacedLabel['anchor']][] = [
        [p.cx - w / 2, p.cy + d, 'middle'],
        [p.cx - w / 2, p.cy - d - h, 'middle'],
        [p.cx + d, p.cy - h / 2, 'start'],
        [p.cx - d - w, p.cy - h / 2, 'end'],
        [p.cx + d * 0.7, p.cy + d * 0.7, 'start'],
        [p.cx + d * 0.7, p.cy - d * 0.7 - h, 'start'],
        [p.cx - d * 0.7 - w, p.cy + d * 0.7, 'end'],
        [p.cx - d * 0.7 - w, p.cy - d * 0.7 - h, 'end'],
      ];
      for (const [x, top, anchor] of spots) {
        const box: Box = { x, y: top, w, h };
        if (!inside(box, frame) || obstacles.some((o) => intersects(o, box))) continue;
        const baseline = top + 0.95 * size;
        let leader: PlacedLabel['leader'] = null;
        if (far > 0) {
          const near = anchor === 'end' ? box.x + box.w : anchor === 'start' ? box.x : Math.max(box.x, Math.min(p.cx, box.x + box.w));
          const tx = near;
          const ty = Math.max(box.y, Math.min(p.cy, box.y + box.h));
          const dist = Math.hypot(tx - p.cx, ty - p.cy) || 1;
          leader = { x1: p.cx + ((tx - p.cx) * p.r) / dist, y1: p.cy + ((ty - p.cy) * p.r) / dist, x2: tx, y2: ty };
        }
        const ax = anchor === 'start' ? x : anchor === 'middle' ? x + w / 2 : x + w;
        return { text: shortened, x: ax, anchor, y: baseline, size, box, leader };
      }
    }
  }
  return null;
}
