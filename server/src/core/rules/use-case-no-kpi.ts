/** use-case-no-kpi: an active use case references no KPI. */
import { arg, type Rule } from './rule';
import { activeUseCases, lacks } from './helpers';

export const useCaseNoKpi: Rule = {
  code: 'use-case-no-kpi',
  reason: { en: 'Define how success is measured before implementation.', nb: 'Bestem hvordan suksess skal måles før implementeringen.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but has no KPI. Decide how success is measured before building it: add 'kpis: [...]'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' er i fasen ${arg(a, 'stage')}, men har ingen KPI. Bestem hvordan suksess måles før dere bygger: legg til 'kpis: [...]'.`,
  },
  check(ctx) {
    for (const u of activeUseCases(ctx.model)) {
      if (lacks(u, 'kpis')) ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '' }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'kpis' } });
    }
  },
};
