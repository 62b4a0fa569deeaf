/**
 * The labels the KPI board adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * Must not depend on anything but the core's types.
 */
import type { Locale } from '../../language/types';

export interface KpiLabels {
  kpisTitle: string;
  baseline: string;
  target: string;
  latest: string;
  progress: string;
  direction: Record<'increase' | 'decrease', string>;
  noProgress: string;
}

export const KPI_TAB: Readonly<Record<Locale, string>> = { en: 'KPI board', nb: 'KPI-tavle' };
export const KPI_COUNTS: Readonly<Record<Locale, string>> = { en: 'KPIs', nb: 'KPI-er' };

export const KPI_LABELS: Readonly<Record<Locale, KpiLabels>> = {
  en: {
    kpisTitle: 'KPI board',
    baseline: 'Baseline',
    target: 'Target',
    latest: 'Latest',
    progress: 'Progress',
    direction: { increase: 'higher is better', decrease: 'lower is better' },
    noProgress: 'progress not computable',
  },
  nb: {
    kpisTitle: 'KPI-tavle',
    baseline: 'Utgangspunkt',
    target: 'Mål',
    latest: 'Siste',
    progress: 'Fremdrift',
    direction: { increase: 'høyere er bedre', decrease: 'lavere er bedre' },
    noProgress: 'fremdrift kan ikke beregnes',
  },
};
