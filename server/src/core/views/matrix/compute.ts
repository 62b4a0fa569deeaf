/**
 * The priority matrix (dsl.md, "Derived views"): the use cases placed by
 * value and effort in a unit square (x left→right by effort, y top→bottom by
 * value, so value 5 is at the top), bubbles sized by feasibility, ranked by
 * the documented priority.
 * Must not depend on vscode or the LSP connection.
 */
import type { UseCase } from '../../../../../schemas/model';
import type { Entity, RoadmapModel } from '../../language/model';
import { comparePriority, priorityOf, QUADRANT_LABELS, quadrantOf, type Quadrant } from '../../language/priority';
import { type ElementRef, missingReason, type NotPlaced, refOf, round, textOf } from '../common';
import { formatNumber } from '../format';
import type { ComputeContext } from '../view';

export type RiskLevel = 'low' | 'medium' | 'high';

export interface MatrixBubble extends ElementRef {
  title: string;
  value: number;
  effort: number;
  feasibility: number | null;
  riskLevel: RiskLevel | null;
  quadrant: Quadrant;
  /** Priority score; null when feasibility is missing. */
  score: number | null;
  /** 1-based rank in the ranked list. */
  rank: number;
  /** Centre and radius in the unit square (y grows downwards). */
  x: number;
  y: number;
  r: number;
  /** Whether there is room for the title beside the bubble. */
  showLabel: boolean;
}

export interface QuadrantArea {
  id: Quadrant;
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface MatrixView {
  quadrants: QuadrantArea[];
  /** In draw order (lower priority first, so the best sit on top). */
  bubbles: MatrixBubble[];
  /** Keys of the placed use cases, best first. */
  ranked: string[];
  notPlaced: NotPlaced[];
}

/** One score step in the unit square. */
const CELL = 0.2;
/** Radius of a feasibility-5 bubble alone in its cell; area grows with feasibility. */
const MAX_RADIUS = 0.05;
const DEFAULT_FEASIBILITY = 3;
/** Where a use case without value or effort is not. */
const MATRIX_PLACE = { en: 'the matrix', nb: 'matrisen' } as const;

export function matrixX(effort: number): number {
  return (effort - 0.5) * CELL;
}

export function matrixY(value: number): number {
  return 1 - (value - 0.5) * CELL;
}

export function bubbleRadius(feasibility: number | null): number {
  return MAX_RADIUS * Math.sqrt((feasibility ?? DEFAULT_FEASIBILITY) / 5);
}

export function computeMatrix(model: RoadmapModel, { locale, labels }: ComputeContext): MatrixView {
  interface Placed {
    entity: Entity<UseCase>;
    title: string;
    value: number;
    effort: number;
    feasibility: number | null;
    score: number | null;
    quadrant: Quadrant;
  }
  const placed: Placed[] = [];
  const notPlaced: NotPlaced[] = [];
  for (const u of model.use_cases.values()) {
    const d = u.data;
    const title = textOf(d.title) ?? u.id;
    if (d.value === undefined || d.effort === undefined) {
      const missing = (['value', 'effort'] as const).filter((f) => d[f] === undefined);
      const reason = missingReason([...missing], locale, MATRIX_PLACE);
      notPlaced.push({ ...refOf(u, `${title}: ${reason}`), title, missing: [...missing], reason });
      continue;
    }
    const priority = priorityOf(d);
    placed.push({
      entity: u,
      title,
      value: d.value,
      effort: d.effort,
      feasibility: d.feasibility ?? null,
      score: priority?.score ?? null,
      quadrant: priority?.quadrant ?? quadrantOf(d.value, d.effort),
    });
  }
  // Ranked: scored ones by the documented comparison, then the unscored by id.
  const ranked = [...placed].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
      return b.value - a.value || a.effort - b.effort || a.entity.id.localeCompare(b.entity.id);
    }
    return comparePriority({ id: a.entity.id, score: a.score, value: a.value, effort: a.effort }, { id: b.entity.id, score: b.score, value: b.value, effort: b.effort });
  });
  const rankOf = new Map<Placed, number>();
  ranked.forEach((p, i) => rankOf.set(p, i + 1));

  // Bubbles sharing a cell are laid out on a grid inside it, best rank first;
  // each slot is at least one diameter wide, so no two bubbles overlap.
  const byCell = new Map<string, Placed[]>();
  for (const p of ranked) {
    const cellKey = `${p.effort}:${p.value}`;
    const list = byCell.get(cellKey);
    if (list) list.push(p);
    else byCell.set(cellKey, [p]);
  }
  const bubbles: MatrixBubble[] = [];
  for (const members of byCell.values()) {
    const n = members.length;
    const cols = Math.ceil(Math.sqrt(n));
    const rows = Math.ceil(n / cols);
    const usable = CELL * 0.92;
    const slot = usable / Math.max(cols, rows);
    members.forEach((p, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const inRow = row === rows - 1 ? n - row * cols : cols;
      // Centre short last rows so the group stays balanced.
      const rowOffset = ((cols - inRow) * slot) / 2;
      const cx = matrixX(p.effort) - (cols * slot) / 2 + slot / 2 + col * slot + rowOffset;
      const cy = matrixY(p.value) - (rows * slot) / 2 + slot / 2 + row * slot;
      const r = n === 1 ? bubbleRadius(p.feasibility) : Math.min(bubbleRadius(p.feasibility), slot * 0.45);
      const rank = rankOf.get(p)!;
      const riskLevel = p.entity.data.risk_level ?? null;
      const quadrantLabel = QUADRANT_LABELS[p.quadrant][locale];
      const parts = [
        `${labels.valueAxis} ${p.value}`,
        `${labels.effortAxis.toLowerCase()} ${p.effort}`,
        p.feasibility === null ? null : `${locale === 'nb' ? 'gjennomførbarhet' : 'feasibility'} ${p.feasibility}`,
        labels.riskLevels[riskLevel ?? 'unknown'],
        quadrantLabel,
        p.score === null ? null : `${labels.score.toLowerCase()} ${formatNumber(p.score, locale)}`,
        `${labels.rank.toLowerCase()} ${rank}`,
      ].filter((s): s is string => s !== null);
      parts[0] = parts[0]!.toLowerCase();
      bubbles.push({
        ...refOf(p.entity, `${p.title}: ${parts.join(', ')}`),
        title: p.title,
        value: p.value,
        effort: p.effort,
        feasibility: p.feasibility,
        riskLevel,
        quadrant: p.quadrant,
        score: p.score,
        rank,
        x: round(cx),
        y: round(cy),
        r: round(r),
        showLabel: n <= 2,
      });
    });
  }
  bubbles.sort((a, b) => b.rank - a.rank);
  const quadrants: QuadrantArea[] = [
    { id: 'quick-wins', label: QUADRANT_LABELS['quick-wins'][locale], x0: 0, y0: 0, x1: 2 * CELL, y1: 3 * CELL },
    { id: 'major-projects', label: QUADRANT_LABELS['major-projects'][locale], x0: 2 * CELL, y0: 0, x1: 1, y1: 3 * CELL },
    { id: 'fill-ins', label: QUADRANT_LABELS['fill-ins'][locale], x0: 0, y0: 3 * CELL, x1: 2 * CELL, y1: 1 },
    { id: 'money-pits', label: QUADRANT_LABELS['money-pits'][locale], x0: 2 * CELL, y0: 3 * CELL, x1: 1, y1: 1 },
  ].map((q) => ({ ...q, x0: round(q.x0), y0: round(q.y0), x1: round(q.x1), y1: round(q.y1) })) as QuadrantArea[];
  return { quadrants, bubbles, ranked: ranked.map((p) => `use_cases:${p.entity.id}`), notPlaced };
}
