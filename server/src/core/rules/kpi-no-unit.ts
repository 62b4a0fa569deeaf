/** kpi-no-unit: a quantitative KPI has no `unit`. */
import { arg, type Rule } from './rule';
import { lacks } from './helpers';
import { text } from './quick-fix';

export const kpiNoUnit: Rule = {
  code: 'kpi-no-unit',
  severity: 'warning',
  title: { en: 'Quantitative KPI without a unit', nb: 'Kvantitativ KPI uten enhet' },
  trigger: 'A quantitative KPI has no `unit`.',
  reason: { en: 'A number without a unit cannot be measured.', nb: 'Et tall uten enhet kan ikke måles.' },
  messages: {
    en: (a) => `Quantitative KPI '${arg(a, 'id')}' has no unit. Add 'unit:' (minutes, EUR, tickets per week …) so the number can be measured.`,
    nb: (a) => `Den kvantitative KPI-en '${arg(a, 'id')}' mangler enhet. Legg til 'unit:' (minutter, EUR, saker per uke …) slik at tallet kan måles.`,
  },
  fix: { section: 'kpis', fields: { unit: text('TODO', 'TODO: unit of measurement, e.g. minutes', 'TODO: måleenhet, f.eks. minutter') } },
  each: {
    section: 'kpis',
    check(kpi, ctx) {
      if (kpi.data.kind === 'quantitative' && lacks(kpi, 'unit')) ctx.report(kpi.idRange, { id: kpi.id }, { fix: { kind: 'add-field', section: 'kpis', id: kpi.id, field: 'unit' } });
    },
  },
};
