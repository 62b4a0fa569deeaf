/** use-case-no-owner: an active use case has no `owner`. */
import { arg, type Rule } from './rule';
import { stageWord } from '../texts/field-words';
import { lacks } from './helpers';
import { isActive } from '../language/model';
import { teamMember } from './quick-fix';

export const useCaseNoOwner: Rule = {
  code: 'use-case-no-owner',
  severity: 'warning',
  title: { en: 'Active use case without an owner', nb: 'Aktivt brukstilfelle uten eier' },
  trigger: 'An active use case has no `owner`.',
  reason: { en: 'Unclear responsibility sinks AI projects.', nb: 'Mange KI-prosjekter faller på uklart ansvar.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but has no owner. Name the person responsible in 'owner:'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har status ${stageWord(a, 'stage', 'nb')}, men ingen eier. Oppgi ansvarlig person i 'owner:'.`,
  },
  fix: { section: 'use_cases', fields: { owner: teamMember } },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u)) return;
      if (lacks(u, 'owner')) ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '' }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'owner' } });
    },
  },
};
