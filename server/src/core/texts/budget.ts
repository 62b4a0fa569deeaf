/**
 * The first year's planned cost in words, English and Bokmål: the hover on
 * `budget.first_year` (and, later, the budget preview) shows the same sum as
 * budget-overrun (`language/budget.ts`). Amounts through `texts/format.ts`.
 * Must not depend on vscode or the LSP connection.
 */
import type { PlannedFirstYearCost } from '../language/budget';
import type { Locale } from '../language/types';
import { formatMoney } from './format';

const WORDS = {
  en: {
    heading: "First year's planned cost",
    oneTime: 'one-time costs',
    running: 'running costs for 12 months',
    training: 'training',
    fromTeam: "(the team's training budgets)",
    consulting: 'consulting',
    over: (diff: string) => `${diff} more than the first-year budget.`,
    within: (left: string) => `${left} of the first-year budget left.`,
  },
  nb: {
    heading: 'Planlagt kostnad for første år',
    oneTime: 'engangskostnader',
    running: 'løpende kostnader i 12 måneder',
    training: 'opplæring',
    fromTeam: '(teamets opplæringsbudsjetter)',
    consulting: 'rådgivning',
    over: (diff: string) => `${diff} mer enn budsjettet for første år.`,
    within: (left: string) => `${left} igjen av budsjettet for første år.`,
  },
} as const;

/** The planned cost, its four parts and, when the budget is given, what is over or left. Markdown. */
export function plannedCostMarkdown(cost: PlannedFirstYearCost, currency: string, locale: Locale, budget?: number): string {
  const w = WORDS[locale];
  const m = (n: number) => formatMoney(n, currency, locale);
  const lines = [
    `**${w.heading}: ${m(cost.total)}**`,
    '',
    `- ${w.oneTime}: ${m(cost.oneTime)}`,
    `- ${w.running}: ${m(cost.running)}`,
    `- ${w.training}: ${m(cost.training)}${cost.trainingFrom === 'team' && cost.team.length > 0 ? ` ${w.fromTeam}` : ''}`,
    `- ${w.consulting}: ${m(cost.consulting)}`,
  ];
  if (budget !== undefined) lines.push('', cost.total > budget ? w.over(m(cost.total - budget)) : w.within(m(budget - cost.total)));
  return lines.join('\n');
}
