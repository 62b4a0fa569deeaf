/** running-cost-range: `costs.monthly` of a production use case outside the guide (2,000–5,000 EUR). */
import { arg, type Rule } from './rule';
import { money, num } from '../texts/format';

export const runningCostRange: Rule = {
  code: 'running-cost-range',
  severity: 'info',
  title: { en: 'Running cost outside the typical range', nb: 'Løpende kostnad utenfor det typiske området' },
  trigger: '`costs.monthly` of a `production` use case outside 2,000–5,000 (EUR, or your configured range).',
  reason: { en: 'A productive AI system typically costs about 2,000–5,000 EUR a month to run.', nb: 'Et KI-system i produksjon koster typisk rundt 2 000–5 000 EUR i måneden å drifte.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' runs at ${money(a, 'value', 'en')} a month, outside the usual ${num(a, 'min', 'en')}–${money(a, 'max', 'en')} for a productive AI system. Check the estimate.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' koster ${money(a, 'value', 'nb')} i måneden, utenfor det vanlige ${num(a, 'min', 'nb')}–${money(a, 'max', 'nb')} for et KI-system i produksjon. Kontroller anslaget.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      const guide = ctx.guides.runningCost;
      if (!guide) return;
      const monthly = u.data.costs?.monthly;
      if (u.data.stage !== 'production' || monthly === undefined) return;
      if (monthly < guide[0] || monthly > guide[1]) {
        ctx.report(u.rangeOf('costs.monthly') ?? u.idRange, { id: u.id, value: monthly, min: guide[0], max: guide[1], currency: ctx.currency });
      }
    },
  },
};
