/**
 * The labels the KPI board adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * Must not depend on anything but the core's types.
 */
import type { TabTexts } from '../view';

export interface KpiLabels {
  kpisTitle: string;
  baseline: string;
  target: string;
  latest: string;
  progress: string;
  direction: Record<'increase' | 'decrease', string>;
  noProgress: string;
  addMeasurement: string;
  measurementKpi: string;
  measurementQuarter: string;
  measurementValue: string;
}

export const KPI_TEXTS: TabTexts<KpiLabels> = {
  en: {
    tab: 'KPI board',
    counts: 'KPIs',
    labels: {
      kpisTitle: 'KPI board',
      baseline: 'Baseline',
      target: 'Target',
      latest: 'Latest',
      progress: 'Progress',
      direction: { increase: 'higher is better', decrease: 'lower is better' },
      noProgress: 'progress not computable',
      addMeasurement: 'Add a measurement',
      measurementKpi: 'Which KPI',
      measurementQuarter: 'Quarter (YYYY-Qn)',
      measurementValue: 'Measured value',
    },
  },
  nb: {
    tab: 'KPI-tavle',
    counts: 'KPI-er',
    labels: {
      kpisTitle: 'KPI-tavle',
      baseline: 'Utgangsverdi',
      target: 'Mål',
      latest: 'Siste',
      progress: 'Fremdrift',
      direction: { increase: 'høyere er bedre', decrease: 'lavere er bedre' },
      noProgress: 'fremdrift kan ikke beregnes',
      addMeasurement: 'Legg til en måling',
      measurementKpi: 'Hvilken KPI',
      measurementQuarter: 'Kvartal (ÅÅÅÅ-Qn)',
      measurementValue: 'Målt verdi',
    },
  },
};
