/**
 * The budget tab: its part of the views, its drawing and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RevealTarget } from '../common';
import type { ViewDefinition } from '../view';
import { computeBudget, type BudgetView } from './compute';
import { BUDGET_TEXTS, type BudgetLabels } from './labels';

function* budgetTargets(b: BudgetView): Iterable<RevealTarget> {
  if (b.firstYearLine) yield b.firstYearLine;
  for (const p of b.parts) if (p.line) yield p.line;
  yield* b.contributions;
  yield* b.running;
}

export const budget: ViewDefinition<'budget', BudgetView, BudgetLabels> = {
  name: 'budget',
  texts: BUDGET_TEXTS,
  section: 'use_cases',
  compute: computeBudget,
  arrays: ['parts', 'contributions', 'running'],
  targets: budgetTargets,
};
