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
  /** Before a stage and a phase in a bubble's tooltip ("stage pilot, phase 2"). */
  stageWord: string;
  phaseWord: string;
  /** In a retired use case's tooltip. */
  notRanked: string;
  /** The legend: an open circle is an idea, grey a retired use case. */
  legendIdea: string;
  legendRetired: string;
  /** The toggle that shows the retired use cases greyed. */
  showRetired: string;
  /** After the number on a crowded cell's "+n" chip, in its accessible name and its list's heading. */
  moreInCell: string;
  /** The heading of the list of retired use cases beside the ranking. */
  retiredList: string;
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
      stageWord: 'stage',
      phaseWord: 'phase',
      notRanked: 'retired, not ranked',
      legendIdea: 'Open circle: idea',
      legendRetired: 'Grey: retired, not ranked',
      showRetired: 'Show retired use cases',
      moreInCell: 'more use cases in this cell',
      retiredList: 'Retired (not ranked)',
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
      stageWord: 'status',
      phaseWord: 'fase',
      notRanked: 'avviklet, ikke rangert',
      legendIdea: 'Åpen sirkel: idé',
      legendRetired: 'Grå: avviklet, ikke rangert',
      showRetired: 'Vis avviklede brukstilfeller',
      moreInCell: 'brukstilfeller til i denne ruten',
      retiredList: 'Avviklet (ikke rangert)',
    },
  },
};
