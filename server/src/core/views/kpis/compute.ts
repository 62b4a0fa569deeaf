/**
 * The KPI board: one card per KPI with its baseline, target, latest actual and
 * progress towards the target.
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
  /** 0–1 towards the target, direction-aware; null when not computable. */
  progress: number | null;
  progressLabel: string;
  /** "15 → 3 → 5 minutes" style summary. */
  summary: string;
}

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
    const fmt = (n: number | undefined) => (n === undefined ? '?' : formatNumber(n, locale));
    const summary = `${fmt(d.baseline)} → ${fmt(d.target)}${latest ? ` (${labels.latest.toLowerCase()} ${fmt(latest.value)}, ${latest.quarter})` : ''}${unit ? ` ${unit}` : ''}`;
    const progressLabel = progress === null ? labels.noProgress : formatPercent(progress, locale);
    const aria = [
      `${name}: ${labels.baseline.toLowerCase()} ${fmt(d.baseline)}`,
      `${labels.target.toLowerCase()} ${fmt(d.target)}`,
      latest ? `${labels.latest.toLowerCase()} ${fmt(latest.value)} (${latest.quarter})` : null,
      unit,
      d.direction ? labels.direction[d.direction] : null,
      `${labels.progress.toLowerCase()} ${progressLabel}`,
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
      progressLabel,
      summary,
    });
  }
  const quarter = today && /^\d{4}-\d{2}/.test(today) ? `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}` : null;
  return { cards, quarter };
}
