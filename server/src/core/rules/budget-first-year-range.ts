/** budget-first-year-range: `budget.first_year` outside the guide (50,000–150,000 EUR). */
import type { Rule } from './rule';
import { money, num } from '../texts/format';
import { currencyOf } from '../language/budget';

export const budgetFirstYearRange: Rule = {
  code: 'budget-first-year-range',
  severity: 'info',
  title: { en: 'First-year budget outside the typical range', nb: 'Førsteårsbudsjett utenfor det typiske området' },
  trigger: '`budget.first_year` outside 50,000–150,000 (EUR, or your configured range).',
  reason: { en: 'A mid-sized company typically budgets 50,000–150,000 EUR for the first year.', nb: 'En mellomstor virksomhet budsjetterer typisk 50 000–150 000 EUR det første året.' },
  messages: {
    en: (a) => `The first-year budget (${money(a, 'value', 'en')}) is outside the usual ${num(a, 'min', 'en')}–${money(a, 'max', 'en')} for a mid-sized company (training, tools, consulting). Check the estimate.`,
    nb: (a) => `Budsjettet for første år (${money(a, 'value', 'nb')}) er utenfor det vanlige ${num(a, 'min', 'nb')}–${money(a, 'max', 'nb')} for en mellomstor virksomhet (opplæring, verktøy, rådgivning). Kontroller anslaget.`,
  },
  check(ctx) {
    const guide = ctx.guides.firstYearBudget;
    const v = ctx.model.budget.data.first_year;
    if (!guide || v === undefined) return;
    if (v < guide[0] || v > guide[1]) {
      ctx.report(ctx.model.budget.rangeOf('first_year') ?? ctx.model.firstKeyRange, { value: v, min: guide[0], max: guide[1], currency: currencyOf(ctx.model) });
    }
  },
};
