/** data-source-unrated: a data source lacks one of the three quality scores (one per source). */
import { arg, type Rule } from './rule';
import { fieldList } from '../texts/field-words';
import { lacks } from './helpers';
import { score } from './quick-fix';

export const dataSourceUnrated: Rule = {
  code: 'data-source-unrated',
  severity: 'info',
  title: { en: 'Data source without all three quality scores', nb: 'Datakilde uten alle tre kvalitetspoeng' },
  trigger: 'A data source lacks one of the three quality scores.',
  reason: { en: 'Assess every source for completeness, freshness and consistency.', nb: 'Vurder hver datakilde for fullstendighet, aktualitet og konsistens.' },
  messages: {
    en: (a) => `Data source '${arg(a, 'id')}' is not rated for ${arg(a, 'missing')}. Score each 1–5 so data-quality problems show before AI amplifies them.`,
    nb: (a) => `Datakilden '${arg(a, 'id')}' er ikke vurdert for ${fieldList(a, 'missing', 'nb')}. Gi hver av dem 1–5, slik at problemer med datakvaliteten blir synlige før KI forsterker dem.`,
  },
  fix: { section: 'data_sources', fields: { completeness: score, freshness: score, consistency: score }, together: true },
  each: {
    section: 'data_sources',
    check(d, ctx) {
      const missing = (['completeness', 'freshness', 'consistency'] as const).filter((f) => lacks(d, f));
      if (missing.length > 0) ctx.report(d.idRange, { id: d.id, missing: missing.join(', ') }, { fix: { kind: 'add-field', section: 'data_sources', id: d.id, field: missing[0]! } });
    },
  },
};
