/** data-policy-missing: some use case uses personal data and `governance.data_policy` is absent. */
import { arg, type Rule } from './rule';
import { lacks, sectionOrUseCasesRange, usesPersonalData } from './helpers';
import { text } from './quick-fix';
import { formatList, num } from '../texts/format';
import type { Locale, MessageArgs } from '../language/types';

/** The use cases named in the message; the rest are counted. */
const NAMED = 3;

/** "'hr-bot'", "'a', 'b' and 'c'", "'a', 'b', 'c' and 2 more". */
function useCases(a: MessageArgs, locale: Locale): string {
  const ids: string[] = [];
  for (let i = 1; i <= NAMED; i++) if (a[`id${i}`] !== undefined) ids.push(`'${arg(a, `id${i}`)}'`);
  const more = Number(a['more'] ?? 0);
  if (more > 0) ids.push(locale === 'en' ? `${num(a, 'more', 'en')} more` : `${num(a, 'more', 'nb')} til`);
  return formatList(ids, locale);
}

const several = (a: MessageArgs): boolean => a['id2'] !== undefined;

export const dataPolicyMissing: Rule = {
  code: 'data-policy-missing',
  severity: 'warning',
  title: { en: 'Personal data without a guideline for sensitive data', nb: 'Personopplysninger uten retningslinjer for sensitive data' },
  trigger: 'Some use case uses personal data and `governance.data_policy` is absent.',
  reason: { en: 'Write guidelines for the use of sensitive data.', nb: 'Lag retningslinjer for bruk av sensitive data.' },
  messages: {
    en: (a) =>
      `${several(a) ? 'Use cases' : 'Use case'} ${useCases(a, 'en')} ${several(a) ? 'use' : 'uses'} personal data, but no guideline for sensitive data is named. Write one and point to it in 'governance: data_policy:'.`,
    nb: (a) =>
      `${several(a) ? 'Brukstilfellene' : 'Brukstilfellet'} ${useCases(a, 'nb')} bruker personopplysninger, men ingen retningslinjer for sensitive data er oppgitt. Lag retningslinjer og vis til dem i 'governance: data_policy:'.`,
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
    const args: Record<string, string | number> = {};
    ids.slice(0, NAMED).forEach((id, i) => (args[`id${i + 1}`] = id));
    if (ids.length > NAMED) args['more'] = ids.length - NAMED;
    ctx.report(sectionOrUseCasesRange(ctx.model, 'governance'), args, { fix: { kind: 'add-field', section: 'governance', field: 'data_policy' } });
  },
};
