/** kpi-no-target: a KPI has no `target`. */
import { arg, type Rule } from './rule';
import { lacks } from './helpers';
import { text } from './quick-fix';

export const kpiNoTarget: Rule = {
  code: 'kpi-no-target',
  severity: 'warning',
  title: { en: 'KPI without a target', nb: 'KPI uten målverdi' },
  trigger: 'A KPI has no `target`.',
  reason: {
    en: '"Increased efficiency" is not a goal; name the number to reach.',
    nb: '«Økt effektivitet» er ikke et mål; oppgi tallet som skal nås.',
  },
  messages: {
    en: (a) => `KPI '${arg(a, 'id')}' has no target. Name the number to reach (e.g. "from 15 to 3 minutes") in 'target:'.`,
    nb: (a) => `KPI-en '${arg(a, 'id')}' mangler målverdi. Oppgi tallet som skal nås (f.eks. «fra 15 til 3 minutter») i 'target:'.`,
  },
  fix: { section: 'kpis', fields: { target: text('0', 'TODO: the value to reach', 'TODO: verdien som skal nås') } },
  each: {
    section: 'kpis',
    check(kpi, ctx) {
      if (lacks(kpi, 'target')) ctx.report(kpi.idRange, { id: kpi.id }, { fix: { kind: 'add-field', section: 'kpis', id: kpi.id, field: 'target' } });
    },
  },
};
