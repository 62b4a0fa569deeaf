/** risk-no-owner: a risk has no `owner`. */
import { arg, type Rule } from './rule';
import { lacks } from './helpers';
import { teamMember } from './quick-fix';

export const riskNoOwner: Rule = {
  code: 'risk-no-owner',
  severity: 'info',
  title: { en: 'Risk without an owner', nb: 'Risiko uten eier' },
  trigger: 'A risk has no `owner`.',
  reason: { en: 'A risk nobody owns is a risk nobody watches.', nb: 'En risiko ingen eier, er en risiko ingen følger med på.' },
  messages: {
    en: (a) => `Risk '${arg(a, 'id')}' has no owner. Name the person who watches it in 'owner:'.`,
    nb: (a) => `Risikoen '${arg(a, 'id')}' har ingen eier. Oppgi hvem som følger den opp i 'owner:'.`,
  },
  fix: { section: 'risks', fields: { owner: teamMember } },
  each: {
    section: 'risks',
    check(r, ctx) {
      if (lacks(r, 'owner')) ctx.report(r.idRange, { id: r.id }, { fix: { kind: 'add-field', section: 'risks', id: r.id, field: 'owner' } });
    },
  },
};
