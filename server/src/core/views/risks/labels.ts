/**
 * The labels the risk heat map adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * Must not depend on anything but the core's types.
 */
import type { TabTexts } from '../view';

export interface RiskLabels {
  risksTitle: string;
  likelihoodAxis: string;
  impactAxis: string;
  categoryFilter: string;
  allCategories: string;
  severities: Record<'low' | 'medium' | 'high' | 'critical', string>;
  categories: Record<'technical' | 'legal' | 'organizational' | 'none', string>;
  risksInCell: string;
  riskColumn: string;
  severityColumn: string;
  noRisksInCell: string;
  /** After "+3" in a cell with more risks than it shows (all are in the table below). */
  moreRisks: string;
}

export const RISK_TEXTS: TabTexts<RiskLabels> = {
  en: {
    tab: 'Risk heat map',
    counts: 'risks',
    labels: {
      risksTitle: 'Risk heat map: likelihood against impact',
      likelihoodAxis: 'Likelihood',
      impactAxis: 'Impact',
      categoryFilter: 'Category',
      allCategories: 'All',
      severities: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
      categories: { technical: 'Technical', legal: 'Legal', organizational: 'Organisational', none: 'No category' },
      risksInCell: 'risks',
      riskColumn: 'Risk',
      severityColumn: 'Severity',
      noRisksInCell: 'no risks',
      moreRisks: 'more',
    },
  },
  nb: {
    tab: 'Risikokart',
    counts: 'risikoer',
    labels: {
      risksTitle: 'Risikokart: sannsynlighet mot konsekvens',
      likelihoodAxis: 'Sannsynlighet',
      impactAxis: 'Konsekvens',
      categoryFilter: 'Kategori',
      allCategories: 'Alle',
      severities: { low: 'lav', medium: 'middels', high: 'høy', critical: 'kritisk' },
      categories: { technical: 'Teknisk', legal: 'Juridisk', organizational: 'Organisatorisk', none: 'Uten kategori' },
      risksInCell: 'risikoer',
      riskColumn: 'Risiko',
      severityColumn: 'Alvorlighet',
      noRisksInCell: 'ingen risikoer',
      moreRisks: 'til',
    },
  },
};
