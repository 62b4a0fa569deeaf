/** quick-win-too-risky: `quick_win: true` with `risk_level: high` or `customer_facing: true` (one per use case). */
import { arg, type Rule } from './rule';

export const quickWinTooRisky: Rule = {
  code: 'quick-win-too-risky',
  severity: 'warning',
  title: { en: 'Quick win with high risk or customer contact', nb: 'Rask gevinst med høy risiko eller kundekontakt' },
  trigger: '`quick_win: true` with `risk_level: high` or `customer_facing: true`.',
  reason: { en: 'Quick wins must be low risk: an internal FAQ bot, not automatic customer mail.', nb: 'Raske gevinster må ha lav risiko: en intern FAQ-bot, ikke automatisk kundepost.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is marked as a quick win but is ${arg(a, 'causes_en')}. Quick wins must be low risk (an internal FAQ bot, not automatic customer mail): lower the risk or drop 'quick_win'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' er merket som rask gevinst, men ${arg(a, 'causes_nb')}. Raske gevinster må ha lav risiko (en intern FAQ-bot, ikke automatisk kundepost): senk risikoen eller fjern 'quick_win'.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (u.data.quick_win !== true) return;
      const en: string[] = [];
      const nb: string[] = [];
      if (u.data.risk_level === 'high') {
        en.push('high risk');
        nb.push('har høy risiko');
      }
      if (u.data.customer_facing === true) {
        en.push('customer-facing');
        nb.push('er kunderettet');
      }
      if (en.length > 0) ctx.report(u.idRange, { id: u.id, causes_en: en.join(' and '), causes_nb: nb.join(' og ') });
    },
  },
};
