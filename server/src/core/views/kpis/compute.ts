/**
 * The KPI board: one card per KPI with its baseline, latest actual and target,
 * progress towards the target in words, and the quarters its chart spans.
 * Must not depend on vscode or the LSP connection.
 */
import type { Kpi } from '../../../../../schemas/model';
import type { RoadmapModel } from '../../language/model';
import { type ElementRef, refOf, round, textOf } from '../common';
import { formatNumber, formatPercent } from '../format';
import type { ComputeContext } from '../view';

export interface KpiCard extends ElementRef {
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  direction: 'increase' | 'decrease' | null;
  directionLabel: string | null;
  actuals: { quarter: string; value: number }[];
  latest: { quarter: string; value: number } | null;
  /** 0–1 towards the target, direction-aware; null without a measurement or when not computable. */
  progress: number | null;
  /** Why there is no progress, or how it stands: the words of `progressLabel`. */
  state: KpiState;
  /** The progress in words ("58 % of the way to the target", "no measurement yet", "progress not computable: …"). */
  progressLabel: string;
  /** "baseline → latest → target unit", "–" for a value not there. */
  summary: string;
  /** The quarters of the chart's axis: every quarter from the first measurement to the last, gaps included. */
  quarters: string[];
}

export type KpiState = 'progress' | 'reached' | 'behind' | 'noMeasurement' | 'noBaseline' | 'noTarget' | 'sameValues' | 'wrongDirection';

export interface KpiView {
  cards: KpiCard[];
  /** Today's quarter (YYYY-Qn), the one a new measurement is for by default; null without a today. */
  quarter: string | null;
}

/** Progress from baseline towards target, 0–1; null when it cannot be computed or the target points the wrong way. */
export function kpiProgress(baseline: number | undefined, target: number | undefined, actual: number | undefined, direction: 'increase' | 'decrease' | undefined): number | null {
  if (baseline === undefined || target === undefined || actual === undefined) return null;
  const span = target - baseline;
  if (span === 0) return null;
  const dir = direction ?? (span > 0 ? 'increase' : 'decrease');
  // A target on the wrong side of the baseline (kpi-target-direction) has no meaningful progress.
  if ((dir === 'increase' && span < 0) || (dir === 'decrease' && span > 0)) return null;
  const p = (actual - baseline) / span;
  return Math.max(0, Math.min(1, round(p)));
}

/** How a KPI's progress stands: the reason there is none comes first, then a missing measurement. */
export function kpiState(baseline: number | undefined, target: number | undefined, actual: number | undefined, direction: 'increase' | 'decrease' | undefined): KpiState {
  if (baseline === undefined) return 'noBaseline';
  if (target === undefined) return 'noTarget';
  if (target === baseline) return 'sameValues';
  if (kpiProgress(baseline, target, baseline, direction) === null) return 'wrongDirection';
  if (actual === undefined) return 'noMeasurement';
  const p = (actual - baseline) / (target - baseline);
  return p >= 1 ? 'reached' : p < 0 ? 'behind' : 'progress';
}

/** Every quarter from `first` to `last` (YYYY-Qn), both included. */
export function quartersBetween(first: string, last: string): string[] {
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last) && out.length < 400; i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

export function computeKpis(model: RoadmapModel, { locale, labels, today }: ComputeContext): KpiView {
  const cards: KpiCard[] = [];
  for (const k of model.kpis.values()) {
    const d: Partial<Kpi> = k.data;
    const name = textOf(d.name) ?? k.id;
    const actuals = Object.entries(d.actuals ?? {})
      .filter(([q, v]) => /^\d{4}-Q[1-4]$/.test(q) && typeof v === 'number' && Number.isFinite(v))
      .map(([quarter, value]) => ({ quarter, value }))
      .sort((a, b) => a.quarter.localeCompare(b.quarter));
    const latest = actuals.length > 0 ? actuals[actuals.length - 1]! : null;
    const progress = kpiProgress(d.baseline, d.target, latest?.value, d.direction);
    const unit = textOf(d.unit);
    const fmt = (n: number | undefined) => (n === undefined ? '–' : formatNumber(n, locale));
    const summary = `${fmt(d.baseline)} → ${latest ? fmt(latest.value) : '–'} → ${fmt(d.target)}${unit ? ` ${unit}` : ''}`;
    const state = kpiState(d.baseline, d.target, latest?.value, d.direction);
    const words = labels.progressWords;
    const progressLabel =
      state === 'progress' ? `${formatPercent(progress ?? 0, locale)} ${words.progress}` : state === 'reached' || state === 'behind' || state === 'noMeasurement' ? words[state] : `${labels.noProgress}: ${words[state]}`;
    const aria = [
      `${name}: ${labels.baseline.toLowerCase()} ${fmt(d.baseline)}`,
      latest ? `${labels.latest.toLowerCase()} ${fmt(latest.value)} (${latest.quarter})` : null,
      `${labels.target.toLowerCase()} ${fmt(d.target)}`,
      unit,
      d.direction ? labels.direction[d.direction] : null,
      progressLabel,
    ]
      .filter((s): s is string => s !== null)
      .join(', ');
    cards.push({
      ...refOf(k, aria),
      name,
      unit,
      baseline: d.baseline ?? null,
      target: d.target ?? null,
      direction: d.direction ?? null,
      directionLabel: d.direction ? labels.direction[d.direction] : null,
      actuals,
      latest,
      progress,
      state,
      progressLabel,
      summary,
      quarters: latest ? quartersBetween(actuals[0]!.quarter, latest.quarter) : [],
    });
  }
  const quarter = today && /^\d{4}-\d{2}/.test(today) ? `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}` : null;
  return { cards, quarter };
}
