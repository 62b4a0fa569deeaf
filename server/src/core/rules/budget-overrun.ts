/**
 * budget-overrun: `budget.first_year` is set and the first year's planned
 * cost is greater (rules.md "Readings for part 2"; the sum is
 * `language/budget.ts`'s, which the hover and the preview show too).
 */
import type { Rule } from './rule';
import { currencyOf, plannedFirstYearCost, type CostLine, type PlannedFirstYearCost } from '../language/budget';
import type { RoadmapModel } from '../language/model';
import type { MessageArgs, RelatedPlace } from '../language/types';
import { money } from '../texts/format';

/** The use cases named as related places, largest first. */
const NAMED_USE_CASES = 3;

const fromTeam = (a: MessageArgs): boolean => a['trainingFrom'] === 'team';

/**
 * The largest contributions: the three largest use cases (ties in file
 * order), and the training and consulting lines when they are no smaller
 * than the smallest of those (or no use case costs anything); largest first.
 */
export function largestContributions(model: RoadmapModel, cost: PlannedFirstYearCost): CostLine[] {
  const useCases = cost.useCases
    .filter((u) => u.amount > 0)
    .map((u, i) => ({ u, i }))
    .sort((a, b) => b.u.amount - a.u.amount || a.i - b.i)
    .slice(0, NAMED_USE_CASES)
    .map(({ u }): CostLine => u);
  const bar = useCases.length > 0 ? useCases[useCases.length - 1]!.amount : 0;
  const lines: CostLine[] = [];
  const training = cost.trainingLine ?? (cost.team.length > 0 ? { name: 'team.*.training_budget', amount: cost.teamTraining, range: model.sections.get('team')?.keyRange ?? cost.team[0]!.range } : undefined);
  for (const line of [training, cost.consultingLine]) if (line && line.amount > 0 && line.amount >= bar) lines.push(line);
  return [...useCases, ...lines].map((line, i) => ({ line, i })).sort((a, b) => b.line.amount - a.line.amount || a.i - b.i).map(({ line }) => line);
}

export const budgetOverrun: Rule = {
  code: 'budget-overrun',
  severity: 'warning',
  title: { en: 'First-year planned cost above the first-year budget', nb: 'Planlagt kostnad for første år er høyere enn budsjettet' },
  trigger:
    "`budget.first_year` is set and the first year's planned cost is greater: the sum over every use case not `retired` of `costs.one_time` + 12 × `costs.monthly`, plus the training line (`budget.training`, else the sum of `team.*.training_budget`), plus `budget.consulting`.",
  reason: {
    en: 'Budget 50,000–150,000 EUR for the first year, including training, tools and external consulting: the plan must fit the budget.',
    nb: 'Beregn 50 000–150 000 euro for det første året, inkludert opplæring, verktøy og ekstern rådgivning: planen må passe i budsjettet.',
  },
  messages: {
    en: (a) =>
      `The first year's planned cost, ${money(a, 'total', 'en')} (one-time costs ${money(a, 'oneTime', 'en')}, running costs for 12 months ${money(a, 'running', 'en')}, training ${money(a, 'training', 'en')}${fromTeam(a) ? " from the team's training budgets" : ''}, consulting ${money(a, 'consulting', 'en')}), is more than the first-year budget of ${money(a, 'budget', 'en')}. Raise the budget or plan less for the first year.`,
    nb: (a) =>
      `Den planlagte kostnaden for første år, ${money(a, 'total', 'nb')} (engangskostnader ${money(a, 'oneTime', 'nb')}, løpende kostnader i 12 måneder ${money(a, 'running', 'nb')}, opplæring ${money(a, 'training', 'nb')}${fromTeam(a) ? ' fra teamets opplæringsbudsjetter' : ''}, rådgivning ${money(a, 'consulting', 'nb')}), er høyere enn budsjettet for første år på ${money(a, 'budget', 'nb')}. Øk budsjettet eller planlegg mindre det første året.`,
  },
  check(ctx) {
    const model = ctx.model;
    const budget = model.budget.data.first_year;
    const range = model.budget.rangeOf('first_year');
    if (budget === undefined || !range) return;
    const cost = plannedFirstYearCost(model);
    if (!(cost.total > budget)) return;
    const currency = currencyOf(model);
    const related = largestContributions(model, cost).map((line): RelatedPlace => ({ range: line.range, kind: 'budget-contribution', name: line.name, args: { amount: line.amount, currency } }));
    ctx.report(
      range,
      { total: cost.total, oneTime: cost.oneTime, running: cost.running, training: cost.training, consulting: cost.consulting, budget, currency, trainingFrom: cost.trainingFrom },
      related.length > 0 ? { related } : undefined,
    );
  },
};
