/**
 * The KPI board tab: its part of the views, its drawing and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { ViewDefinition } from '../view';
import { computeKpis, type KpiView } from './compute';
import { KPI_TEXTS, type KpiLabels } from './labels';

export const kpis: ViewDefinition<'kpis', KpiView, KpiLabels> = {
  name: 'kpis',
  texts: KPI_TEXTS,
  section: 'kpis',
  compute: computeKpis,
  arrays: ['cards'],
  targets: (k) => k.cards,
};
