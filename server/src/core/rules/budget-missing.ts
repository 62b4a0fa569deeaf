/** budget-missing: some use case has `costs.one_time` or `costs.monthly` and `budget.first_year` is absent. */
import type { Rule } from './rule';
import { namedIds, namedIdsArgs, severalNamed } from './named-ids';
import { sectionOrUseCasesRange } from './helpers';
import { currencyOf, plannedFirstYearCost } from '../language/budget';
import { money } from '../texts/format';

export const budgetMissing: Rule = {
  code: 'budget-missing',
  severity: 'info',
  title: { en: 'Costs planned without a first-year budget', nb: 'Kostnader planlagt uten budsjett for første år' },
  trigger: 'Some use case has `costs.one_time` or `costs.monthly` and `budget.first_year` is absent.',
  reason: { en: "Avoid budget mistakes: plan the first year's money.", nb: 'Unngå budsjettfeil: planlegg pengene for det første året.' },
  messages: {
    en: (a) =>
      `${severalNamed(a) ? 'Use cases' : 'Use case'} ${namedIds(a, 'en')} ${severalNamed(a) ? 'have' : 'has'} costs, but no budget for the first year is set. Add it under 'budget: first_year:'; the first year's planned cost is ${money(a, 'total', 'en')}.`,
    nb: (a) =>
      `${severalNamed(a) ? 'Brukstilfellene' : 'Brukstilfellet'} ${namedIds(a, 'nb')} har kostnader, men det er ikke satt noe budsjett for første år. Legg det til under 'budget: first_year:'; den planlagte kostnaden for første år er ${money(a, 'total', 'nb')}.`,
  },
  fix: {
    section: 'budget',
    fields: {
      first_year: {
        placeholder: { kind: 'planned-first-year-cost' },
        comment: {
          en: 'TODO: the planned cost (one-time costs, 12 months of running costs, training, consulting); check it',
          nb: 'TODO: den planlagte kostnaden (engangskostnader, løpende kostnader i 12 måneder, opplæring, rådgivning); kontroller den',
        },
      },
    },
  },
  check(ctx) {
    const model = ctx.model;
    if (model.budget.has('first_year')) return;
    const ids: string[] = [];
    for (const u of model.use_cases.values()) if (u.has('costs.one_time') || u.has('costs.monthly')) ids.push(u.id);
    if (ids.length === 0) return;
    const args = { ...namedIdsArgs(ids), total: plannedFirstYearCost(model).total, currency: currencyOf(model) };
    ctx.report(sectionOrUseCasesRange(model, 'budget'), args, { fix: { kind: 'add-field', section: 'budget', field: 'first_year' } });
  },
};
