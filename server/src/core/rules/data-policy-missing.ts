/** data-policy-missing: some use case uses personal data and `governance.data_policy` is absent. */
import type { Rule } from './rule';
import { namedIds, namedIdsArgs, severalNamed } from './named-ids';
import { lacks, sectionOrUseCasesRange, usesPersonalData } from './helpers';
import { text } from './quick-fix';

export const dataPolicyMissing: Rule = {
  code: 'data-policy-missing',
  severity: 'warning',
  title: { en: 'Personal data without a guideline for sensitive data', nb: 'Personopplysninger uten retningslinjer for sensitive data' },
  trigger: 'Some use case uses personal data and `governance.data_policy` is absent.',
  reason: { en: 'Write guidelines for the use of sensitive data.', nb: 'Lag retningslinjer for bruk av sensitive data.' },
  messages: {
    en: (a) =>
      `${severalNamed(a) ? 'Use cases' : 'Use case'} ${namedIds(a, 'en')} ${severalNamed(a) ? 'use' : 'uses'} personal data, but no guideline for sensitive data is named. Write one and point to it in 'governance: data_policy:'.`,
    nb: (a) =>
      `${severalNamed(a) ? 'Brukstilfellene' : 'Brukstilfellet'} ${namedIds(a, 'nb')} bruker personopplysninger, men ingen retningslinjer for sensitive data er oppgitt. Lag retningslinjer og vis til dem i 'governance: data_policy:'.`,
  },
  fix: {
    section: 'governance',
    fields: {
      data_policy: text('docs/ai-data-policy.md', 'TODO: the path or link to the guideline for sensitive data', 'TODO: stien eller lenken til retningslinjene for sensitive data'),
    },
  },
  check(ctx) {
    if (!lacks(ctx.model.governance, 'data_policy')) return;
    const ids: string[] = [];
    for (const u of ctx.model.use_cases.values()) if (usesPersonalData(ctx.model, u)) ids.push(u.id);
    if (ids.length === 0) return;
    const args = namedIdsArgs(ids);
    ctx.report(sectionOrUseCasesRange(ctx.model, 'governance'), args, { fix: { kind: 'add-field', section: 'governance', field: 'data_policy' } });
  },
};
