/** use-case-no-kpi: an active use case references no KPI. */
import { arg, type Rule } from './rule';
import { stageWord } from '../texts/field-words';
import { lacks } from './helpers';
import { isActive } from '../language/model';
import { ids } from './quick-fix';

export const useCaseNoKpi: Rule = {
  code: 'use-case-no-kpi',
  severity: 'warning',
  title: { en: 'Active use case without a KPI', nb: 'Aktivt brukstilfelle uten KPI' },
  trigger: 'An active use case (`poc`, `pilot`, `production`) references no KPI.',
  reason: { en: 'Define how success is measured before implementation.', nb: 'Bestem hvordan suksess skal måles før implementeringen.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but has no KPI. Decide how success is measured before building it: add 'kpis: [...]'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har status ${stageWord(a, 'stage', 'nb')}, men ingen KPI. Bestem hvordan suksess måles før dere bygger: legg til 'kpis: [...]'.`,
  },
  fix: { section: 'use_cases', fields: { kpis: ids('kpis', 'TODO: the KPIs that measure success', 'TODO: KPI-ene som måler suksess') } },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u)) return;
      if (lacks(u, 'kpis')) ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '' }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'kpis' } });
    },
  },
};
