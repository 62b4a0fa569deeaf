/** risk-no-mitigation: a risk has no `mitigation`. */
import { arg, type Rule } from './rule';
import { lacks } from './helpers';
import { text } from './quick-fix';

export const riskNoMitigation: Rule = {
  code: 'risk-no-mitigation',
  severity: 'warning',
  title: { en: 'Risk without a mitigation', nb: 'Risiko uten tiltak' },
  trigger: 'A risk has no `mitigation`.',
  reason: { en: 'Every identified risk needs a measure.', nb: 'Hver identifisert risiko trenger et tiltak.' },
  messages: {
    en: (a) => `Risk '${arg(a, 'id')}' has no mitigation. Every identified risk needs a measure: add 'mitigation:'.`,
    nb: (a) => `Risikoen '${arg(a, 'id')}' har ikke noe tiltak. Hver identifisert risiko trenger et tiltak: legg til 'mitigation:'.`,
  },
  fix: { section: 'risks', fields: { mitigation: text('TODO', 'TODO: the measure that reduces the risk', 'TODO: tiltaket som reduserer risikoen') } },
  each: {
    section: 'risks',
    check(r, ctx) {
      if (lacks(r, 'mitigation')) ctx.report(r.idRange, { id: r.id }, { fix: { kind: 'add-field', section: 'risks', id: r.id, field: 'mitigation' } });
    },
  },
};
