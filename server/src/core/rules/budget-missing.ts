/** budget-missing: some use case has `costs.one_time` or `costs.monthly` and `budget.first_year` is absent. */
import { arg, type Rule } from './rule';
import { sectionOrUseCasesRange } from './helpers';
import { currencyOf, plannedFirstYearCost } from '../language/budget';
import type { Locale, MessageArgs } from '../language/types';
import { formatList, money, num } from '../texts/format';

/** The use cases named in the message; the rest are counted. */
const NAMED = 3;

/** "'a'", "'a', 'b' and 'c'", "'a', 'b', 'c' and 2 more". */
function useCases(a: MessageArgs, locale: Locale): string {
  const ids: string[] = [];
  for (let i = 1; i <= NAMED; i++) if (a[`id${i}`] !== undefined) ids.push(`'${arg(a, `id${i}`)}'`);
  const more = Number(a['more'] ?? 0);
  if (more > 0) ids.push(locale === 'en' ? `${num(a, 'more', 'en')} more` : `${num(a, 'more', 'nb')} til`);
  return formatList(ids, locale);
}

const several = (a: MessageArgs): boolean => a['id2'] !== undefined;

export const budgetMissing: Rule = {
  code: 'budget-missing',
  severity: 'info',
  title: { en: 'Costs planned without a first-year budget', nb: 'Kostnader planlagt uten budsjett for første år' },
  trigger: 'Some use case has `costs.one_time` or `costs.monthly` and `budget.first_year` is absent.',
  reason: { en: "Avoid budget mistakes: plan the first year's money.", nb: 'Unngå budsjettfeil: planlegg pengene for det første året.' },
  messages: {
    en: (a) =>
      `${several(a) ? 'Use cases' : 'Use case'} ${useCases(a, 'en')} ${several(a) ? 'have' : 'has'} costs, but no budget for the first year is set. Add it under 'budget: first_year:'; the first year's planned cost is ${money(a, 'total', 'en')}.`,
    nb: (a) =>
      `${several(a) ? 'Brukstilfellene' : 'Brukstilfellet'} ${useCases(a, 'nb')} har kostnader, men det er ikke satt noe budsjett for første år. Legg det til under 'budget: first_year:'; den planlagte kostnaden for første år er ${money(a, 'total', 'nb')}.`,
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
    const args: Record<string, string | number> = { total: plannedFirstYearCost(model).total, currency: currencyOf(model) };
    ids.slice(0, NAMED).forEach((id, i) => (args[`id${i + 1}`] = id));
    if (ids.length > NAMED) args['more'] = ids.length - NAMED;
    ctx.report(sectionOrUseCasesRange(model, 'budget'), args, { fix: { kind: 'add-field', section: 'budget', field: 'first_year' } });
  },
};
