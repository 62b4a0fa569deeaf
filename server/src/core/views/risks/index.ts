/**
 * The risk heat map tab: its part of the views, its drawing (with the
 * category filter) and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { ViewDefinition } from '../view';
import { computeRisks, type RiskView } from './compute';
import { RISK_TEXTS, type RiskLabels } from './labels';

export const risks: ViewDefinition<'risks', RiskView, RiskLabels> = {
  name: 'risks',
  texts: RISK_TEXTS,
  section: 'risks',
  compute: computeRisks,
  arrays: ['cells', 'notPlaced', 'categories'],
  targets: (r) => [...r.cells.flatMap((c) => c.risks), ...r.notPlaced],
};
