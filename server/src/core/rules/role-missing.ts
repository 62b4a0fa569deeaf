/** role-missing: some use case is active and a role of `roles` is missing (one per role). */
import { arg, type Rule } from './rule';
import { activeUseCases, lacks, sectionOrUseCasesRange } from './helpers';
import { teamMember } from './quick-fix';

const ROLES = ['ai_owner', 'data_steward', 'business_contact'] as const;
const EN: Record<string, string> = { ai_owner: 'AI owner', data_steward: 'data steward', business_contact: 'business contact' };
const NB: Record<string, string> = { ai_owner: 'KI-eier', data_steward: 'dataforvalter', business_contact: 'forretningskontakt' };

export const roleMissing: Rule = {
  code: 'role-missing',
  severity: 'warning',
  title: { en: 'AI owner, data steward or business contact not named', nb: 'KI-eier, dataforvalter eller forretningskontakt ikke navngitt' },
  trigger: 'Some use case is active and `roles.ai_owner`, `data_steward` or `business_contact` is missing (one each).',
  reason: { en: 'Define the AI owner, data steward and business contact in writing before implementation.', nb: 'Definer KI-eier, dataforvalter og forretningskontakt skriftlig før implementeringen.' },
  messages: {
    en: (a) => `No ${EN[arg(a, 'role')] ?? arg(a, 'role')} is named, though use cases are under way. Unclear responsibility sinks AI projects: add 'roles: ${arg(a, 'role')}:'.`,
    nb: (a) => `Ingen ${NB[arg(a, 'role')] ?? arg(a, 'role')} er utnevnt, selv om brukstilfeller er i gang. Uklart ansvar senker KI-prosjekter: legg til 'roles: ${arg(a, 'role')}:'.`,
  },
  fix: { section: 'roles', fields: { ai_owner: teamMember, data_steward: teamMember, business_contact: teamMember } },
  check(ctx) {
    if (activeUseCases(ctx.model).length === 0) return;
    const range = sectionOrUseCasesRange(ctx.model, 'roles');
    for (const role of ROLES) {
      if (lacks(ctx.model.roles, role)) ctx.report(range, { role }, { fix: { kind: 'add-field', section: 'roles', field: role } });
    }
  },
};
