/** use-case-unscored: a use case lacks `feasibility`, `value` or `effort` (one diagnostic naming all). */
import { arg, type Rule } from './rule';
import { fieldList } from '../texts/field-words';
import { lacks } from './helpers';
import { score } from './quick-fix';

export const useCaseUnscored: Rule = {
  code: 'use-case-unscored',
  severity: 'warning',
  title: { en: 'Use case lacks feasibility, value or effort', nb: 'Brukstilfelle mangler gjennomførbarhet, verdi eller innsats' },
  trigger: 'A use case lacks `feasibility`, `value` or `effort` (one diagnostic naming all).',
  reason: { en: 'Without the three scores a use case cannot be placed in the priority matrix.', nb: 'Uten de tre poengene kan ikke brukstilfellet plasseres i prioriteringsmatrisen.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' lacks ${arg(a, 'missing')}, so it cannot be placed in the priority matrix. Score it 1–5.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' mangler poeng for ${fieldList(a, 'missing', 'nb')}, så det kan ikke plasseres i prioriteringsmatrisen. Gi poeng 1–5.`,
  },
  fix: { section: 'use_cases', fields: { feasibility: score, value: score, effort: score }, together: true },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      const missing = (['feasibility', 'value', 'effort'] as const).filter((f) => lacks(u, f));
      if (missing.length > 0) ctx.report(u.idRange, { id: u.id, missing: missing.join(', ') }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: missing[0]! } });
    },
  },
};
