/** system-no-readiness: a `critical` system has no `readiness`. */
import { arg, type Rule } from './rule';
import { lacks } from './helpers';
import { text } from './quick-fix';

export const systemNoReadiness: Rule = {
  code: 'system-no-readiness',
  severity: 'warning',
  title: { en: 'Critical system without a readiness score', nb: 'Kritisk system uten KI-modenhet' },
  trigger: 'A `critical` system has no `readiness`.',
  reason: { en: 'Score every business-critical system for AI readiness 1–5.', nb: 'Gi alle forretningskritiske systemer en KI-modenhet fra 1 til 5.' },
  messages: {
    en: (a) => `Business-critical system '${arg(a, 'id')}' has no AI readiness score. Score it 1–5 in 'readiness:' (4–5 suit early integration).`,
    nb: (a) => `Det forretningskritiske systemet '${arg(a, 'id')}' mangler KI-modenhet. Gi det 1–5 i 'readiness:' (4–5 egner seg for tidlig integrering).`,
  },
  fix: { section: 'systems', fields: { readiness: text('3', 'TODO: AI readiness 1–5', 'TODO: KI-modenhet 1–5') } },
  each: {
    section: 'systems',
    check(s, ctx) {
      if (s.data.critical === true && lacks(s, 'readiness')) ctx.report(s.idRange, { id: s.id }, { fix: { kind: 'add-field', section: 'systems', id: s.id, field: 'readiness' } });
    },
  },
};
