/** role-missing: some use case is active and roles of `roles` are missing (one diagnostic naming every missing role). */
import { arg, type Rule } from './rule';
import { activeUseCases, lacks, sectionOrUseCasesRange } from './helpers';
import { teamMember } from './quick-fix';
import { formatList } from '../texts/format';
import type { MessageArgs } from '../language/types';

const ROLES = ['ai_owner', 'data_steward', 'business_contact'] as const;
const EN: Record<string, string> = { ai_owner: 'AI owner', data_steward: 'data steward', business_contact: 'business contact' };
const NB: Record<string, string> = { ai_owner: 'KI-eier', data_steward: 'dataansvarlig', business_contact: 'forretningskontakt' };

/** The missing roles' keys, in the order of `ROLES`. */
const missing = (a: MessageArgs): string[] => arg(a, 'roles').split(' ').filter((r) => r.length > 0);
const quoted = (keys: string[], locale: 'en' | 'nb'): string => formatList(keys.map((k) => `'${k}'`), locale);

export const roleMissing: Rule = {
  code: 'role-missing',
  severity: 'warning',
  title: { en: 'AI owner, data steward or business contact not named', nb: 'KI-eier, dataansvarlig eller forretningskontakt ikke navngitt' },
  trigger: 'Some use case is active and `roles.ai_owner`, `data_steward` or `business_contact` is missing (one diagnostic naming every missing role).',
  reason: { en: 'Define the AI owner, data steward and business contact in writing before implementation.', nb: 'Definer KI-eier, dataansvarlig og forretningskontakt skriftlig før implementeringen.' },
  messages: {
    en: (a) =>
      `No ${formatList(missing(a).map((r) => EN[r] ?? r), 'en', 'or')} is named, though use cases are under way. Unclear responsibility sinks AI projects: add ${quoted(missing(a), 'en')} under 'roles:'.`,
    nb: (a) =>
      `Ingen ${formatList(missing(a).map((r) => NB[r] ?? r), 'nb', 'or')} er utnevnt, selv om brukstilfeller er i gang. Mange KI-prosjekter faller på uklart ansvar: legg til ${quoted(missing(a), 'nb')} under 'roles:'.`,
  },
  fix: { section: 'roles', fields: { ai_owner: teamMember, data_steward: teamMember, business_contact: teamMember }, together: true },
  check(ctx) {
    if (activeUseCases(ctx.model).length === 0) return;
    const roles = ROLES.filter((role) => lacks(ctx.model.roles, role));
    if (roles.length === 0) return;
    ctx.report(sectionOrUseCasesRange(ctx.model, 'roles'), { roles: roles.join(' ') }, { fix: { kind: 'add-field', section: 'roles', field: roles[0]! } });
  },
};
