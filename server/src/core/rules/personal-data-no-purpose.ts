/** personal-data-no-purpose: a use case uses personal data and has no `purpose`. */
import { arg, type Rule } from './rule';
import { lacks, personalData, relatedEntity } from './helpers';
import { purpose } from './quick-fix';

export const personalDataNoPurpose: Rule = {
  code: 'personal-data-no-purpose',
  severity: 'warning',
  title: { en: 'Personal data without a stated purpose', nb: 'Personopplysninger uten oppgitt formål' },
  trigger: 'A use case uses personal data and has no `purpose`.',
  reason: { en: 'Purpose limitation: personal data may only be processed for a stated purpose.', nb: 'Formålsbegrensning: personopplysninger kan bare behandles til et oppgitt formål.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' uses personal data from '${arg(a, 'source')}' but states no purpose. Purpose limitation applies: add 'purpose:'.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' bruker personopplysninger fra '${arg(a, 'source')}', men oppgir ikke formål. Formålsbegrensning gjelder: legg til 'purpose:'.`,
  },
  fix: { section: 'use_cases', fields: { purpose } },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!lacks(u, 'purpose')) return;
      for (const { ref, entity } of personalData(ctx.uses('data_sources'))) {
        ctx.report(ref.range, { id: u.id, source: entity.id }, { related: relatedEntity(entity), fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'purpose' } });
      }
    },
  },
};
