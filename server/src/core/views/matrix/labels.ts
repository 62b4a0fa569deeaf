/**
 * The labels the priority matrix adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * Must not depend on anything but the core's types.
 */
import type { TabTexts } from '../view';

export interface MatrixLabels {
  matrixTitle: string;
  effortAxis: string;
  valueAxis: string;
  rankedList: string;
  notPlaced: string;
  rank: string;
  score: string;
  quadrant: string;
  legendSize: string;
  legendColour: string;
  riskLevels: Record<'low' | 'medium' | 'high' | 'unknown', string>;
}

export const MATRIX_TEXTS: TabTexts<MatrixLabels> = {
  en: {
    tab: 'Priority matrix',
    counts: 'use cases',
    labels: {
      matrixTitle: 'Priority matrix: business value against implementation effort',
      effortAxis: 'Effort',
      valueAxis: 'Value',
      rankedList: 'Ranked by priority',
      notPlaced: 'Not placed',
      rank: 'Rank',
      score: 'Priority',
      quadrant: 'Quadrant',
      legendSize: 'Bubble size: feasibility',
      legendColour: 'Colour: risk level',
      riskLevels: { low: 'low risk', medium: 'medium risk', high: 'high risk', unknown: 'risk not set' },
    },
  },
  nb: {
    tab: 'Prioriteringsmatrise',
    counts: 'brukstilfeller',
    labels: {
      matrixTitle: 'Prioriteringsmatrise: forretningsverdi mot innsats',
      effortAxis: 'Innsats',
      valueAxis: 'Verdi',
      rankedList: 'Rangert etter prioritet',
      notPlaced: 'Ikke plassert',
      rank: 'Rang',
      score: 'Prioritet',
      quadrant: 'Kvadrant',
      legendSize: 'Boblestørrelse: gjennomførbarhet',
      legendColour: 'Farge: risikonivå',
      riskLevels: { low: 'lav risiko', medium: 'middels risiko', high: 'høy risiko', unknown: 'risiko ikke satt' },
    },
  },
};
