/**
 * The labels the budget tab adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * The quarterly report's budget section uses the same words.
 * Must not depend on anything but the core's types.
 */
import type { TabTexts } from '../view';

export type BudgetPartName = 'oneTime' | 'running' | 'training' | 'consulting';
export type GuidePosition = 'below' | 'within' | 'above';

export interface BudgetLabels {
  budgetTitle: string;
  partsTitle: string;
  budgetPart: string;
  budgetAmount: string;
  budgetShare: string;
  budgetParts: Record<BudgetPartName, string>;
  plannedCost: string;
  firstYearBudget: string;
  budgetNotSet: string;
  budgetLeft: string;
  budgetOver: string;
  /** The first year's guide for a mid-sized company; `{span}` is its span. (Labels are data: they travel as JSON.) */
  firstYearGuide: string;
  /** The first year's guide the team set (`airoadmap.guides.*`, the configuration file); `{span}` is its span. */
  firstYearOwnGuide: string;
  /** Where the training line comes from when `budget.training` is absent. */
  trainingFromTeam: string;
  contributionsTitle: string;
  oneTimeShort: string;
  runningShort: string;
  firstYearShort: string;
  runningTitle: string;
  perMonth: string;
  /** `{span}` is the guide's span. */
  runningGuide: string;
  guidePosition: Record<GuidePosition, string>;
  noCosts: string;
  noProduction: string;
  guideBand: string;
}

export const BUDGET_TEXTS: TabTexts<BudgetLabels> = {
  en: {
    tab: 'Budget',
    counts: 'use cases',
    labels: {
      budgetTitle: 'First-year budget',
      partsTitle: 'The planned cost in four parts',
      budgetPart: 'Part',
      budgetAmount: 'Amount',
      budgetShare: 'Share',
      budgetParts: { oneTime: 'One-time costs', running: 'Running costs, 12 months', training: 'Training', consulting: 'External advice' },
      plannedCost: 'Planned first-year cost',
      firstYearBudget: 'Budget for the first year',
      budgetNotSet: 'not set',
      budgetLeft: 'Left',
      budgetOver: 'Over budget by',
      firstYearGuide: 'Guide for a mid-sized company: {span}.',
      firstYearOwnGuide: 'Your guide for the first year: {span}.',
      trainingFromTeam: "the team's training budgets",
      contributionsTitle: 'What each use case costs in the first year',
      oneTimeShort: 'One-time',
      runningShort: 'Running, 12 months',
      firstYearShort: 'First year',
      runningTitle: 'Running cost per month of the use cases in production',
      perMonth: 'Per month',
      runningGuide: 'Guide per production system: {span} a month.',
      guidePosition: { below: 'below the guide', within: 'within the guide', above: 'above the guide' },
      noCosts: 'No use case has costs yet: give them a one-time and a monthly cost.',
      noProduction: 'No use case in production has a monthly cost.',
      guideBand: 'Guide range',
    },
  },
  nb: {
    tab: 'Budsjett',
    counts: 'brukstilfeller',
    labels: {
      budgetTitle: 'Budsjett for første år',
      partsTitle: 'Den planlagte kostnaden i fire deler',
      budgetPart: 'Del',
      budgetAmount: 'Beløp',
      budgetShare: 'Andel',
      budgetParts: { oneTime: 'Engangskostnader', running: 'Løpende kostnader, 12 måneder', training: 'Opplæring', consulting: 'Ekstern rådgivning' },
      plannedCost: 'Planlagt kostnad første år',
      firstYearBudget: 'Budsjett for første år',
      budgetNotSet: 'ikke satt',
      budgetLeft: 'Igjen',
      budgetOver: 'Over budsjettet med',
      firstYearGuide: 'Veiledende for en mellomstor virksomhet: {span}.',
      firstYearOwnGuide: 'Deres veiledende spenn for det første året: {span}.',
      trainingFromTeam: 'teamets opplæringsbudsjetter',
      contributionsTitle: 'Hva hvert brukstilfelle koster det første året',
      oneTimeShort: 'Engangs',
      runningShort: 'Løpende, 12 måneder',
      firstYearShort: 'Første år',
      runningTitle: 'Løpende kostnad per måned for brukstilfellene i produksjon',
      perMonth: 'Per måned',
      runningGuide: 'Veiledende per produksjonssystem: {span} i måneden.',
      guidePosition: { below: 'under det veiledende spennet', within: 'innenfor det veiledende spennet', above: 'over det veiledende spennet' },
      noCosts: 'Ingen brukstilfeller har kostnader ennå: gi dem en engangskostnad og en månedlig kostnad.',
      noProduction: 'Ingen brukstilfeller i produksjon har en månedlig kostnad.',
      guideBand: 'Veiledende spenn',
    },
  },
};
