/** quick-win-low-visibility: `quick_win: true` with `visibility: low`. */
import { arg, type Rule } from './rule';

export const quickWinLowVisibility: Rule = {
  code: 'quick-win-low-visibility',
  severity: 'info',
  title: { en: 'Quick win with low visibility', nb: 'Rask gevinst med lav synlighet' },
  trigger: '`quick_win: true` with `visibility: low`.',
  reason: { en: 'Quick wins should be highly visible to build trust.', nb: 'Raske gevinster bør være synlige for å bygge tillit.' },
  messages: {
    en: (a) => `Quick win '${arg(a, 'id')}' has low visibility. Quick wins exist to build trust; pick one that people will notice, or make its results visible.`,
    nb: (a) => `Den raske gevinsten '${arg(a, 'id')}' har lav synlighet. Raske gevinster skal bygge tillit; velg en som folk merker, eller gjør resultatene synlige.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (u.data.quick_win === true && u.data.visibility === 'low') ctx.report(u.rangeOf('visibility') ?? u.idRange, { id: u.id });
    },
  },
};
