/** kpi-no-baseline: a KPI has no `baseline`. */
import { arg, type Rule } from './rule';
import { lacks } from './helpers';
import { text } from './quick-fix';

export const kpiNoBaseline: Rule = {
  code: 'kpi-no-baseline',
  severity: 'warning',
  title: { en: 'KPI without a baseline', nb: 'KPI uten utgangsverdi' },
  trigger: 'A KPI has no `baseline`.',
  reason: {
    en: 'Measure the starting point before AI is introduced, or the value delivered cannot be documented.',
    nb: 'Mål utgangsverdien før KI tas i bruk, ellers kan ikke gevinsten dokumenteres.',
  },
  messages: {
    en: (a) => `KPI '${arg(a, 'id')}' has no baseline. Measure the value before AI is introduced and add 'baseline:', or the gain cannot be documented.`,
    nb: (a) => `KPI-en '${arg(a, 'id')}' mangler utgangsverdi. Mål verdien før KI tas i bruk og legg til 'baseline:', ellers kan ikke gevinsten dokumenteres.`,
  },
  fix: { section: 'kpis', fields: { baseline: text('0', 'TODO: measure before AI is introduced', 'TODO: mål før KI tas i bruk') } },
  each: {
    section: 'kpis',
    check(kpi, ctx) {
      if (lacks(kpi, 'baseline')) ctx.report(kpi.idRange, { id: kpi.id }, { fix: { kind: 'add-field', section: 'kpis', id: kpi.id, field: 'baseline' } });
    },
  },
};
