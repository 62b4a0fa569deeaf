/** use-case-no-risk: an active use case references no risk. */
import { arg, type Rule } from './rule';
import { stageWord } from '../texts/field-words';
import { lacks } from './helpers';
import { isActive } from '../language/model';
import { ids } from './quick-fix';

export const useCaseNoRisk: Rule = {
  code: 'use-case-no-risk',
  severity: 'info',
  title: { en: 'Active use case without a risk', nb: 'Aktivt brukstilfelle uten risiko' },
  trigger: 'An active use case references no risk.',
  reason: { en: 'Every implementation carries its own risks.', nb: 'Hver implementering har sine egne risikoer.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but lists no risk. Every implementation carries risks: add 'risks: [...]'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har status ${stageWord(a, 'stage', 'nb')}, men ingen risikoer. Hver implementering har risikoer: legg til 'risks: [...]'.`,
  },
  fix: { section: 'use_cases', fields: { risks: ids('risks', 'TODO: the risks of this use case', 'TODO: risikoene ved dette brukstilfellet') } },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u)) return;
      if (lacks(u, 'risks')) ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '' }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'risks' } });
    },
  },
};
