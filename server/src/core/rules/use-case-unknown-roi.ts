/** use-case-unknown-roi: `effort` ≥ 4 and `value` ≤ 2. */
import { arg, type Rule } from './rule';
import { num } from '../texts/format';

export const useCaseUnknownRoi: Rule = {
  code: 'use-case-unknown-roi',
  severity: 'warning',
  title: { en: 'High effort for low value', nb: 'Høy innsats for lav verdi' },
  trigger: '`effort` ≥ 4 and `value` ≤ 2.',
  reason: { en: 'Complex projects with unknown ROI lead to frustration and budget fights.', nb: 'Komplekse prosjekter med uklar avkastning gir frustrasjon og budsjettkamper.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' has high effort (${num(a, 'effort', 'en')}) and low value (${num(a, 'value', 'en')}): a money pit with unknown ROI. Reduce its scope, or drop it in favour of high-value work.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har høy innsats (${num(a, 'effort', 'nb')}) og lav verdi (${num(a, 'value', 'nb')}): et pengesluk med uklar avkastning. Reduser omfanget, eller prioriter noe med høyere verdi.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      const { effort, value } = u.data;
      if (effort !== undefined && value !== undefined && effort >= 4 && value <= 2) ctx.report(u.idRange, { id: u.id, effort, value });
    },
  },
};
