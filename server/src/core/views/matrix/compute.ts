/**
 * The priority matrix (dsl.md, "Derived views"): the use cases placed by
 * value and effort in a unit square (x left→right by effort, y top→bottom by
 * value, so value 5 is at the top), bubbles sized by feasibility, ranked by
 * the documented priority. Retired use cases are neither drawn nor ranked
 * (`retired`, for the tab's toggle); where a bubble sits inside its cell is
 * the drawing's business (matrix/layout.ts), so x and y are the cell's centre
 * and r depends on feasibility alone.
 * Must not depend on vscode or the LSP connection.
 */
import type { UseCase } from '../../../../../schemas/model';
import type { Entity, RoadmapModel } from '../../language/model';
import { comparePriority, priorityOf, QUADRANT_LABELS, quadrantOf, type Quadrant } from '../../language/priority';
import { type ElementRef, missingReason, type NotPlaced, refOf, round, textOf } from '../common';
import { enumLabel, formatNumber } from '../format';
import type { ComputeContext } from '../view';

export type RiskLevel = 'low' | 'medium' | 'high';

export interface MatrixBubble extends ElementRef {
  title: string;
  value: number;
  effort: number;
  feasibility: number | null;
  riskLevel: RiskLevel | null;
  /** The use case's stage (idea, poc, pilot, production, retired); null when not set. */
  stage: UseCase['stage'] | null;
  /** The roadmap phase 1–3; null when not set. */
  phase: UseCase['phase'] | null;
  quadrant: Quadrant;
  /** Priority score; null when feasibility is missing. */
  score: number | null;
  /** 1-based rank in the ranked list; 0 for a retired use case, which is not ranked. */
  rank: number;
  /** The centre of its cell and its radius (by feasibility alone) in the unit square (y grows downwards). */
  x: number;
  y: number;
  r: number;
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
  /** Keys of the placed use cases, best first (retired ones out). */
  ranked: string[];
  /** Retired use cases with value and effort: out of the chart and the ranking, shown greyed by the tab's toggle. */
  retired: MatrixBubble[];
  notPlaced: NotPlaced[];
}

/** One score step in the unit square. */
const CELL = 0.2;
/** Radius of a feasibility-0 bubble (never drawn: 1 is the least) and what each step of feasibility adds. */
const BASE_RADIUS = 0.024;
const RADIUS_STEP = 0.004;
const DEFAULT_FEASIBILITY = 3;
/** Where a use case without value or effort is not. */
const MATRIX_PLACE = { en: 'the matrix', nb: 'matrisen' } as const;

export function matrixX(effort: number): number {
  return (effort - 0.5) * CELL;
}

export function matrixY(value: number): number {
  return 1 - (value - 0.5) * CELL;
}

/**
 * The radius of a bubble in the unit square: a function of feasibility and
 * nothing else (a crowded cell shows fewer bubbles, never smaller ones), so
 * the legend's sizes hold everywhere. 1 → 0.028 (14 units in the 500-unit
 * plot, room for a three-digit rank), 5 → 0.044 (two side by side in a cell).
 */
export function bubbleRadius(feasibility: number | null): number {
  return round(BASE_RADIUS + RADIUS_STEP * (feasibility ?? DEFAULT_FEASIBILITY));
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
  const retiredOnes: Placed[] = [];
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
    (d.stage === 'retired' ? retiredOnes : placed).push({
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

  const bubbleOf = (p: Placed, rank: number): MatrixBubble => {
    const riskLevel = p.entity.data.risk_level ?? null;
    const stage = p.entity.data.stage ?? null;
    const phase = p.entity.data.phase ?? null;
    const parts = [
      `${labels.valueAxis} ${p.value}`,
      `${labels.effortAxis.toLowerCase()} ${p.effort}`,
      p.feasibility === null ? null : `${locale === 'nb' ? 'gjennomførbarhet' : 'feasibility'} ${p.feasibility}`,
      labels.riskLevels[riskLevel ?? 'unknown'],
      QUADRANT_LABELS[p.quadrant][locale],
      p.score === null ? null : `${labels.score.toLowerCase()} ${formatNumber(p.score, locale)}`,
      rank === 0 ? null : `${labels.rank.toLowerCase()} ${rank}`,
      stage === null ? null : `${labels.stageWord} ${enumLabel('stage', stage, locale)}`,
      phase === null ? null : `${labels.phaseWord} ${phase}`,
      rank === 0 ? labels.notRanked : null,
    ].filter((s): s is string => s !== null);
    parts[0] = parts[0]!.toLowerCase();
    return {
      ...refOf(p.entity, `${p.title}: ${parts.join(', ')}`),
      title: p.title,
      value: p.value,
      effort: p.effort,
      feasibility: p.feasibility,
      riskLevel,
      stage,
      phase,
      quadrant: p.quadrant,
      score: p.score,
      rank,
      x: round(matrixX(p.effort)),
      y: round(matrixY(p.value)),
      r: bubbleRadius(p.feasibility),
    };
  };
  const bubbles = ranked.map((p) => bubbleOf(p, rankOf.get(p)!));
  const retired = [...retiredOnes].sort((a, b) => a.entity.id.localeCompare(b.entity.id)).map((p) => bubbleOf(p, 0));
  bubbles.sort((a, b) => b.rank - a.rank);
  const quadrants: QuadrantArea[] = [
    { id: 'quick-wins', label: QUADRANT_LABELS['quick-wins'][locale], x0: 0, y0: 0, x1: 2 * CELL, y1: 3 * CELL },
    { id: 'major-projects', label: QUADRANT_LABELS['major-projects'][locale], x0: 2 * CELL, y0: 0, x1: 1, y1: 3 * CELL },
    { id: 'fill-ins', label: QUADRANT_LABELS['fill-ins'][locale], x0: 0, y0: 3 * CELL, x1: 2 * CELL, y1: 1 },
    { id: 'money-pits', label: QUADRANT_LABELS['money-pits'][locale], x0: 2 * CELL, y0: 3 * CELL, x1: 1, y1: 1 },
  ].map((q) => ({ ...q, x0: round(q.x0), y0: round(q.y0), x1: round(q.x1), y1: round(q.y1) })) as QuadrantArea[];
  return { quadrants, bubbles, ranked: ranked.map((p) => `use_cases:${p.entity.id}`), retired, notPlaced };
}
