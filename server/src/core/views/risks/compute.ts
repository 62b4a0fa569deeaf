/**
 * The risk heat map: 25 cells of likelihood against impact, each with its
 * risks, and the categories for the filter.
 * Must not depend on vscode or the LSP connection.
 */
import type { Risk } from '../../../../../schemas/model';
import type { RoadmapModel } from '../../language/model';
import { type ElementRef, missingReason, type NotPlaced, refOf, textOf } from '../common';
import type { ComputeContext } from '../view';

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type RiskCategory = 'technical' | 'legal' | 'organizational';

export interface RiskMarker extends ElementRef {
  title: string;
  category: RiskCategory | null;
  categoryLabel: string;
  likelihood: number;
  impact: number;
  score: number;
  severity: Severity;
}

export interface RiskCell {
  key: string;
  likelihood: number;
  impact: number;
  score: number;
  severity: Severity;
  risks: RiskMarker[];
  aria: string;
}

export interface RiskView {
  /** 25 cells: likelihood 5 → 1 (rows, top to bottom), impact 1 → 5 (columns). */
  cells: RiskCell[];
  notPlaced: NotPlaced[];
  categories: { id: RiskCategory | 'none'; label: string; count: number }[];
}

/** Where a risk without likelihood or impact is not. */
const HEAT_MAP_PLACE = { en: 'the heat map', nb: 'risikokartet' } as const;

export function severityOf(score: number): Severity {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 15) return 'high';
  return 'critical';
}

export function computeRisks(model: RoadmapModel, { locale, labels }: ComputeContext): RiskView {
  const cells: RiskCell[] = [];
  const index = new Map<string, RiskCell>();
  for (let l = 5; l >= 1; l--) {
    for (let i = 1; i <= 5; i++) {
      const score = l * i;
      const cell: RiskCell = { key: `cell:${l}-${i}`, likelihood: l, impact: i, score, severity: severityOf(score), risks: [], aria: '' };
      cells.push(cell);
      index.set(`${l}-${i}`, cell);
    }
  }
  const notPlaced: NotPlaced[] = [];
  const counts: Record<RiskCategory | 'none', number> = { technical: 0, legal: 0, organizational: 0, none: 0 };
  for (const risk of model.risks.values()) {
    const d: Partial<Risk> = risk.data;
    const title = textOf(d.title) ?? risk.id;
    if (d.likelihood === undefined || d.impact === undefined) {
      const missing = (['likelihood', 'impact'] as const).filter((f) => d[f] === undefined);
      const reason = missingReason([...missing], locale, HEAT_MAP_PLACE);
      notPlaced.push({ ...refOf(risk, `${title}: ${reason}`), title, missing: [...missing], reason });
      continue;
    }
    const score = d.likelihood * d.impact;
    const severity = severityOf(score);
    const category = d.category ?? null;
    counts[category ?? 'none']++;
    const categoryLabel = labels.categories[category ?? 'none'];
    const aria =
      locale === 'nb'
        ? `${title}: ${categoryLabel.toLowerCase()}, sannsynlighet ${d.likelihood}, konsekvens ${d.impact}, alvorlighet ${labels.severities[severity]} (${score})`
        : `${title}: ${categoryLabel.toLowerCase()}, likelihood ${d.likelihood}, impact ${d.impact}, severity ${labels.severities[severity]} (${score})`;
    index.get(`${d.likelihood}-${d.impact}`)!.risks.push({
      ...refOf(risk, aria),
      title,
      category,
      categoryLabel,
      likelihood: d.likelihood,
      impact: d.impact,
      score,
      severity,
    });
  }
  for (const cell of cells) {
    const head =
      locale === 'nb'
        ? `Sannsynlighet ${cell.likelihood}, konsekvens ${cell.impact}, alvorlighet ${labels.severities[cell.severity]}`
        : `Likelihood ${cell.likelihood}, impact ${cell.impact}, severity ${labels.severities[cell.severity]}`;
    const body = cell.risks.length === 0 ? labels.noRisksInCell : `${cell.risks.length} ${labels.risksInCell}: ${cell.risks.map((r) => r.title).join('; ')}`;
    cell.aria = `${head}: ${body}`;
  }
  const categories = (['technical', 'legal', 'organizational', 'none'] as const)
    .filter((c) => c !== 'none' || counts.none > 0)
    .map((c) => ({ id: c, label: labels.categories[c], count: counts[c] }));
  return { cells, notPlaced, categories };
}
