/** data-quality-low: a use case uses a data source with a quality score ≤ 2. */
import { arg, type Rule } from './rule';
import { scoreList } from '../texts/field-words';
import { relatedEntity } from './helpers';

export const dataQualityLow: Rule = {
  code: 'data-quality-low',
  severity: 'warning',
  title: { en: 'Use case on a data source of low quality', nb: 'Brukstilfelle på en datakilde med lav kvalitet' },
  trigger: 'A use case uses a data source whose `completeness`, `freshness` or `consistency` is ≤ 2.',
  reason: { en: 'AI amplifies data-quality problems; clean the data first.', nb: 'KI forsterker problemer med datakvaliteten; rydd i dataene først.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' uses data source '${arg(a, 'source')}', which scores low on ${arg(a, 'scores')}. AI amplifies data-quality problems: clean the data before building on it.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' bruker datakilden '${arg(a, 'source')}', som har lave poeng for kvalitet: ${scoreList(a, 'scores', 'nb')}. KI forsterker problemer med datakvaliteten: rydd i dataene før dere bygger på dem.`,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      for (const { ref, entity } of ctx.uses('data_sources')) {
        const low = (['completeness', 'freshness', 'consistency'] as const).filter((f) => {
          const v = entity.data[f];
          return v !== undefined && v <= 2;
        });
        if (low.length > 0) {
          const scores = low.map((f) => `${f} ${entity.data[f]}`).join(', ');
          ctx.report(ref.range, { id: u.id, source: entity.id, scores }, { related: relatedEntity(entity) });
        }
      }
    },
  },
};
