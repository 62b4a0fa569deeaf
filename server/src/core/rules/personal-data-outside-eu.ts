/** personal-data-outside-eu: an active use case uses personal data with `hosting_region: non_eu`. */
import { arg, type Rule } from './rule';
import { personalData, relatedEntity } from './helpers';
import { isActive } from '../language/model';

export const personalDataOutsideEu: Rule = {
  code: 'personal-data-outside-eu',
  severity: 'warning',
  title: { en: 'Personal data processed outside the EU', nb: 'Personopplysninger behandles utenfor EU' },
  trigger: 'An active use case uses personal data with `hosting_region: non_eu`.',
  reason: { en: 'Prefer EU-hosted services, or put strong safeguards in place.', nb: 'Velg tjenester med drift i EU, eller sørg for sterke garantier.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' sends personal data from '${arg(a, 'source')}' to a service hosted outside the EU. Prefer an EU-hosted service, or document strong safeguards.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' sender personopplysninger fra '${arg(a, 'source')}' til en tjeneste utenfor EU. Velg en tjeneste i EU, eller dokumenter sterke garantier.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u) || u.data.hosting_region !== 'non_eu') return;
      for (const { ref, entity } of personalData(ctx.uses('data_sources'))) ctx.report(ref.range, { id: u.id, source: entity.id }, { related: relatedEntity(entity) });
    },
  },
};
