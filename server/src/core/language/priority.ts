/**
 * Priority score and quadrant of a use case (dsl.md, "Derived views").
 *
 *   priority = 2 × value + feasibility − 1.5 × max(0, effort − 3)
 *
 * Value counts twice (the article: prioritise business value), feasibility
 * once, and effort only costs when it is above medium (the article: "high
 * value with medium effort"; avoid complex projects). Range 0–15.
 * Must not depend on vscode or the LSP connection.
 */
import type { UseCase } from '../../../../schemas/model';
import type { Locale } from './types';

export type Quadrant = 'quick-wins' | 'major-projects' | 'fill-ins' | 'money-pits';

export const QUADRANT_LABELS: Record<Quadrant, Record<Locale, string>> = {
  'quick-wins': { en: 'Quick wins', nb: 'Raske gevinster' },
  'major-projects': { en: 'Major projects', nb: 'Store prosjekter' },
  'fill-ins': { en: 'Fill-ins', nb: 'Småoppgaver' },
  'money-pits': { en: 'Money pits', nb: 'Pengesluk' },
};

/** The formula in words, for hovers and hints. */
export const PRIORITY_FORMULA: Record<Locale, string> = {
  en: 'priority = 2 × value + feasibility − 1.5 × max(0, effort − 3)',
  nb: 'prioritet = 2 × verdi + gjennomførbarhet − 1,5 × maks(0, innsats − 3)',
};

export function quadrantOf(value: number, effort: number): Quadrant {
  if (value >= 3) return effort <= 2 ? 'quick-wins' : 'major-projects';
  return effort <= 2 ? 'fill-ins' : 'money-pits';
}

export function priorityScore(scores: { value: number; feasibility: number; effort: number }): number {
  return 2 * scores.value + scores.feasibility - 1.5 * Math.max(0, scores.effort - 3);
}

export interface Priority {
  score: number;
  quadrant: Quadrant;
}

/** Score and quadrant of a use case whose three scores are valid; undefined otherwise. */
export function priorityOf(useCase: Partial<UseCase>): Priority | undefined {
  const { value, feasibility, effort } = useCase;
  if (value === undefined || feasibility === undefined || effort === undefined) return undefined;
  return { score: priorityScore({ value, feasibility, effort }), quadrant: quadrantOf(value, effort) };
}

/** Higher score first; ties: higher value, lower effort, then id. */
export function comparePriority(a: { id: string; score: number; value: number; effort: number }, b: { id: string; score: number; value: number; effort: number }): number {
  return b.score - a.score || b.value - a.value || a.effort - b.effort || a.id.localeCompare(b.id);
}
