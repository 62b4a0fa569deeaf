/** training-budget-range: a `training_budget` outside the guide (2,000–5,000 EUR). */
import { arg, type Rule } from './rule';
import { money, num } from '../texts/format';

export const trainingBudgetRange: Rule = {
  code: 'training-budget-range',
  severity: 'info',
  title: { en: 'Training budget outside the typical range', nb: 'Opplæringsbudsjett utenfor det typiske området' },
  trigger: 'A `training_budget` outside 2,000–5,000 (EUR, or your configured range).',
  reason: { en: 'In-depth AI courses cost about 2,000–5,000 EUR per person.', nb: 'Grundige KI-kurs koster rundt 2 000–5 000 EUR per person.' },
  messages: {
    en: (a) => `The training budget of '${arg(a, 'id')}' (${money(a, 'value', 'en')}) is outside the usual ${num(a, 'min', 'en')}–${money(a, 'max', 'en')} per person for in-depth AI training. Check the amount.`,
    nb: (a) => `Opplæringsbudsjettet til '${arg(a, 'id')}' (${money(a, 'value', 'nb')}) er utenfor det vanlige ${num(a, 'min', 'nb')}–${money(a, 'max', 'nb')} per person for grundig KI-opplæring. Kontroller beløpet.`,
  },
  each: {
    section: 'team',
    check(m, ctx) {
      const guide = ctx.guides.trainingBudget;
      if (!guide) return;
      const v = m.data.training_budget;
      if (v !== undefined && (v < guide[0] || v > guide[1])) {
        ctx.report(m.rangeOf('training_budget') ?? m.idRange, { id: m.id, value: v, min: guide[0], max: guide[1], currency: ctx.currency });
      }
    },
  },
};
