/** system-not-ready: a use case in phase 1 or 2, or a quick win, uses a system with `readiness` ≤ 3. */
import { arg, type Rule } from './rule';
import { relatedEntity } from './helpers';
import { num } from '../texts/format';

export const systemNotReady: Rule = {
  code: 'system-not-ready',
  severity: 'warning',
  title: { en: 'Early use case on a system that is not AI-ready', nb: 'Tidlig brukstilfelle på et system som ikke er KI-klart' },
  trigger: 'A use case in phase 1 or 2, or a quick win, uses a system with `readiness` ≤ 3.',
  reason: { en: 'Only systems scored 4–5 suit early AI integration.', nb: 'Bare systemer med 4–5 i KI-modenhet egner seg for tidlig KI-integrering.' },
  messages: {
    en: (a) =>
      arg(a, 'stage') === 'production'
        ? `Use case '${arg(a, 'id')}' (${arg(a, 'why_en')}) is already in production on system '${arg(a, 'system')}', whose AI readiness is only ${num(a, 'readiness', 'en')}. Only systems scored 4–5 suit AI integration: raise the system's readiness to 4–5.`
        : `Use case '${arg(a, 'id')}' (${arg(a, 'why_en')}) uses system '${arg(a, 'system')}', whose AI readiness is only ${num(a, 'readiness', 'en')}. Only systems scored 4–5 suit early integration: pick another system, raise its readiness first, or move the use case to a later phase.`,
    nb: (a) =>
      arg(a, 'stage') === 'production'
        ? `Brukstilfellet '${arg(a, 'id')}' (${arg(a, 'why_nb')}) er allerede i produksjon på systemet '${arg(a, 'system')}', som bare har KI-modenhet ${num(a, 'readiness', 'nb')}. Bare systemer med 4–5 egner seg for KI-integrering: hev systemets KI-modenhet til 4–5.`
        : `Brukstilfellet '${arg(a, 'id')}' (${arg(a, 'why_nb')}) bruker systemet '${arg(a, 'system')}', som bare har KI-modenhet ${num(a, 'readiness', 'nb')}. Bare systemer med 4–5 egner seg for tidlig integrering: velg et annet system, hev modenheten først, eller flytt brukstilfellet til en senere fase.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      const early = u.data.phase === 1 || u.data.phase === 2;
      const quick = u.data.quick_win === true;
      if (!early && !quick) return;
      const whyEn = early ? `phase ${u.data.phase}` : 'a quick win';
      const whyNb = early ? `fase ${u.data.phase}` : 'en rask gevinst';
      for (const { ref, entity } of ctx.uses('systems')) {
        const readiness = entity.data.readiness;
        if (readiness !== undefined && readiness <= 3) {
          ctx.report(ref.range, { id: u.id, system: entity.id, readiness, why_en: whyEn, why_nb: whyNb, stage: u.data.stage ?? '' }, { related: relatedEntity(entity) });
        }
      }
    },
  },
};
