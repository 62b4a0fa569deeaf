/** hosting-region-missing: an active use case uses personal data and has no `hosting_region`. */
import { arg, type Rule } from './rule';
import { lacks, personalData } from './helpers';
import { isActive } from '../language/model';
import { text } from './quick-fix';

/** The active stages as prose: a stage is a use case's status in Bokmål (never its fase). */
const STAGE: Record<string, { en: string; nb: string }> = {
  poc: { en: 'PoC', nb: 'PoC' },
  pilot: { en: 'pilot', nb: 'pilot' },
  production: { en: 'production', nb: 'produksjon' },
};

export const hostingRegionMissing: Rule = {
  code: 'hosting-region-missing',
  severity: 'warning',
  title: { en: 'Active use case with personal data and no hosting region', nb: 'Aktivt brukstilfelle med personopplysninger uten driftsregion' },
  trigger: 'An active use case uses personal data and has no `hosting_region`.',
  reason: { en: 'You must know where personal data is processed.', nb: 'Du må vite hvor personopplysninger behandles.' },
  messages: {
    en: (a) =>
      `Use case '${arg(a, 'id')}' is at the ${STAGE[arg(a, 'stage')]?.en ?? arg(a, 'stage')} stage and uses personal data from '${arg(a, 'source')}', but says nothing of where it is processed. State it in 'hosting_region:' (eu, non_eu or on_prem).`,
    nb: (a) =>
      `Brukstilfellet '${arg(a, 'id')}' har status ${STAGE[arg(a, 'stage')]?.nb ?? arg(a, 'stage')} og bruker personopplysninger fra '${arg(a, 'source')}', men oppgir ikke hvor de behandles. Oppgi det i 'hosting_region:' ('eu', 'non_eu' eller 'on_prem').`,
  },
  fix: {
    section: 'use_cases',
    fields: { hosting_region: text('eu', 'TODO: where the data is processed: eu | non_eu | on_prem', 'TODO: hvor dataene behandles: eu | non_eu | on_prem') },
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u) || !lacks(u, 'hosting_region')) return;
      const first = personalData(ctx.uses('data_sources'))[0];
      if (!first) return;
      ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '', source: first.entity.id }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'hosting_region' } });
    },
  },
};
