/** production-not-ready: `stage: production` and a production check is not `true` (one per use case). */
import { arg, type Rule } from './rule';
import { fieldList } from '../texts/field-words';

const CHECKS = ['backup', 'monitoring', 'user_management', 'compliance'] as const;

export const productionNotReady: Rule = {
  code: 'production-not-ready',
  severity: 'warning',
  title: { en: 'Production use case misses a production requirement', nb: 'Brukstilfelle i produksjon mangler et produksjonskrav' },
  trigger: '`stage: production` and one of `production.backup`, `monitoring`, `user_management`, `compliance` is not `true`.',
  reason: { en: 'A proof of concept is not a production system: production needs backup, monitoring, user management and compliance.', nb: 'En PoC er ikke et produksjonssystem: produksjon krever backup, overvåking, brukerstyring og etterlevelse.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is in production without ${arg(a, 'missing')}. A proof of concept is not a production system: complete the 'production:' checklist.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' er i produksjon uten ${fieldList(a, 'missing', 'nb')}. En PoC er ikke et produksjonssystem: fullfør sjekklisten i 'production:'.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (u.data.stage !== 'production') return;
      const production = u.data.production ?? {};
      const missing = CHECKS.filter((c) => production[c] !== true);
      // With a checklist written, its key explains the finding; without one, the use case's id.
      if (missing.length > 0) ctx.report(u.keyRange('production') ?? u.idRange, { id: u.id, missing: missing.join(', ') });
    },
  },
};
