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
  /** The words of each progress state (`progress` follows the percentage; the reasons follow `noProgress`). */
  progressWords: Record<'progress' | 'reached' | 'behind' | 'noMeasurement' | 'noBaseline' | 'noTarget' | 'sameValues' | 'wrongDirection', string>;
  byQuarter: string;
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
      progressWords: {
        progress: 'of the way to the target',
        reached: 'target reached',
        behind: 'further from the target than the baseline',
        noMeasurement: 'no measurement yet',
        noBaseline: 'no baseline',
        noTarget: 'no target',
        sameValues: 'the baseline and the target are the same',
        wrongDirection: 'the target is on the wrong side of the baseline',
      },
      byQuarter: 'Measurements by quarter',
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
      progressWords: {
        progress: 'av veien til målet',
        reached: 'målet er nådd',
        behind: 'lenger fra målet enn utgangsverdien',
        noMeasurement: 'ingen måling ennå',
        noBaseline: 'mangler utgangsverdi',
        noTarget: 'mangler mål',
        sameValues: 'utgangsverdien og målet er like',
        wrongDirection: 'målet ligger på feil side av utgangsverdien',
      },
      byQuarter: 'Målinger per kvartal',
      addMeasurement: 'Legg til en måling',
      measurementKpi: 'Hvilken KPI',
      measurementQuarter: 'Kvartal (ÅÅÅÅ-Qn)',
      measurementValue: 'Målt verdi',
    },
  },
};
