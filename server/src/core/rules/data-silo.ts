/** data-silo: a use case uses a data source with `silo: true`. */
import { arg, type Rule } from './rule';
import { relatedEntity } from './helpers';

export const dataSilo: Rule = {
  code: 'data-silo',
  severity: 'info',
  title: { en: 'Use case on a data silo', nb: 'Brukstilfelle på en datasilo' },
  trigger: 'A use case uses a data source with `silo: true`.',
  reason: { en: 'Silos and media breaks become integration projects.', nb: 'Datasiloer og mediebrudd blir integrasjonsprosjekter.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' uses data source '${arg(a, 'source')}', which is a silo. Plan the integration work it will need.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' bruker datakilden '${arg(a, 'source')}', som er en silo. Planlegg integrasjonsarbeidet den vil kreve.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      for (const { ref, entity } of ctx.uses('data_sources')) {
        if (entity.data.silo === true) ctx.report(ref.range, { id: u.id, source: entity.id }, { related: relatedEntity(entity) });
      }
    },
  },
};
