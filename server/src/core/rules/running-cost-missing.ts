/** running-cost-missing: a use case at `pilot` or `production` has no `costs.monthly`. */
import { arg, type Rule } from './rule';
import { stageWord } from '../texts/field-words';
import { text } from './quick-fix';

export const runningCostMissing: Rule = {
  code: 'running-cost-missing',
  severity: 'warning',
  title: { en: 'Pilot or production without running costs', nb: 'Pilot eller produksjon uten løpende kostnader' },
  trigger: 'A use case at `pilot` or `production` has no `costs.monthly`.',
  reason: { en: 'Ongoing licences, cloud and operations are routinely underestimated.', nb: 'Løpende lisenser, sky og drift blir ofte undervurdert.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but has no monthly running cost. Licences, cloud and operations are routinely underestimated: add 'costs: monthly:'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har status ${stageWord(a, 'stage', 'nb')}, men mangler løpende kostnader per måned. Lisenser, sky og drift blir ofte undervurdert: legg til 'costs: monthly:'.`,
  },
  fix: { section: 'use_cases', fields: { 'costs.monthly': text('0', 'TODO: licences, cloud and operations per month', 'TODO: lisenser, sky og drift per måned') } },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (u.data.stage !== 'pilot' && u.data.stage !== 'production') return;
      if (!u.has('costs.monthly')) ctx.report(u.idRange, { id: u.id, stage: u.data.stage }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'costs.monthly' } });
    },
  },
};
