/** quick-win-mismatch: `quick_win: true` and the scores are outside the Quick wins quadrant (`value` ≤ 2 or `effort` ≥ 3). */
import { arg, type Rule } from './rule';
import { num } from '../texts/format';
import { QUADRANT_LABELS, quadrantOf, type Quadrant } from '../language/priority';
import type { Locale, MessageArgs } from '../language/types';

const label = (a: MessageArgs, name: string, locale: Locale): string => QUADRANT_LABELS[arg(a, name) as Quadrant]?.[locale] ?? arg(a, name);

export const quickWinMismatch: Rule = {
  code: 'quick-win-mismatch',
  severity: 'info',
  title: { en: 'Quick win scored outside the Quick wins quadrant', nb: 'Rask gevinst med poeng utenfor kvadranten for raske gevinster' },
  trigger: '`quick_win: true` and the scores are outside the Quick wins quadrant (`value` ≤ 2 or `effort` ≥ 3).',
  reason: { en: 'A quick win is high value for low effort.', nb: 'En rask gevinst gir høy verdi for liten innsats.' },
  messages: {
    en: (a) =>
      `Use case '${arg(a, 'id')}' is marked as a quick win, but with value ${num(a, 'value', 'en')} and effort ${num(a, 'effort', 'en')} it falls in '${label(a, 'quadrant', 'en')}', not '${QUADRANT_LABELS['quick-wins'].en}' (value 3 or more, effort 2 or less). Check the scores, or set 'quick_win: false'.`,
    nb: (a) =>
      `Brukstilfellet '${arg(a, 'id')}' er merket som rask gevinst, men med verdi ${num(a, 'value', 'nb')} og innsats ${num(a, 'effort', 'nb')} havner det i '${label(a, 'quadrant', 'nb')}', ikke i '${QUADRANT_LABELS['quick-wins'].nb}' (verdi 3 eller mer, innsats 2 eller mindre). Sjekk poengene, eller sett 'quick_win: false'.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (u.data.quick_win !== true) return;
      const { value, effort } = u.data;
      if (value === undefined || effort === undefined) return;
      const quadrant = quadrantOf(value, effort);
      if (quadrant === 'quick-wins') return;
      const range = u.rangeOf('quick_win');
      if (range) ctx.report(range, { id: u.id, value, effort, quadrant }, { fix: { kind: 'replace', with: 'false' } });
    },
  },
};
