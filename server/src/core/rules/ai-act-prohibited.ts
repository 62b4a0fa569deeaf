/** ai-act-prohibited: `ai_act: prohibited` on a use case that is not retired. */
import { arg, type Rule } from './rule';

export const aiActProhibited: Rule = {
  code: 'ai-act-prohibited',
  severity: 'error',
  title: { en: 'Practice prohibited by the EU AI Act', nb: 'Praksis forbudt etter EUs KI-forordning' },
  trigger: '`ai_act: prohibited` on a use case that is not `retired`.',
  reason: { en: 'A practice prohibited by the EU AI Act cannot be deployed.', nb: 'En praksis som er forbudt etter EUs KI-forordning, kan ikke tas i bruk.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is classed as prohibited under the EU AI Act and cannot be deployed. Retire it ('stage: retired') or redesign it.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' er klassifisert som forbudt etter EUs KI-forordning og kan ikke tas i bruk. Avslutt det ('stage: retired') eller endre det.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (u.data.ai_act === 'prohibited' && u.data.stage !== 'retired') ctx.report(u.rangeOf('ai_act') ?? u.idRange, { id: u.id });
    },
  },
};
