/** organization-size: `employees` outside 50–250. */
import type { Rule } from './rule';
import { num } from '../texts/format';

export const organizationSize: Rule = {
  code: 'organization-size',
  severity: 'info',
  title: { en: 'Organisation outside the framework’s size', nb: 'Virksomheten er utenfor rammeverkets størrelse' },
  trigger: '`employees` outside 50–250.',
  reason: { en: 'The framework is tuned for mid-sized companies of 50–250 employees.', nb: 'Rammeverket er laget for mellomstore virksomheter med 50–250 ansatte.' },
  messages: {
    en: (a) => `The organisation has ${num(a, 'value', 'en')} employees; the framework is tuned for 50–250. Adapt its figures (budgets, team size) to your scale.`,
    nb: (a) => `Virksomheten har ${num(a, 'value', 'nb')} ansatte; rammeverket er laget for 50–250. Tilpass tallene (budsjetter, teamstørrelse) til deres størrelse.`,
  },
  check(ctx) {
    const v = ctx.model.organization.data.employees;
    if (v !== undefined && (v < 50 || v > 250)) ctx.report(ctx.model.organization.rangeOf('employees') ?? ctx.model.firstKeyRange, { value: v });
  },
};
