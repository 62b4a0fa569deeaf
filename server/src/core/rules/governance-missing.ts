/** governance-missing: some use case is active and `governance.approver` or `governance.review` is missing (one diagnostic naming both when both are). */
import { arg, type Rule } from './rule';
import { activeUseCases, lacks, sectionOrUseCasesRange } from './helpers';
import { teamMember, text } from './quick-fix';
import { formatList } from '../texts/format';
import type { MessageArgs } from '../language/types';

const FIELDS = ['approver', 'review'] as const;

/** The missing fields' keys, in the order of `FIELDS`. */
const missing = (a: MessageArgs): string[] => arg(a, 'fields').split(' ').filter((f) => f.length > 0);

const EN = {
  approver: 'no one is named to approve new AI tools',
  review: 'no review cadence is set for the AI solutions',
};
const NB = {
  approver: 'ingen er utpekt til å godkjenne nye KI-verktøy',
  review: 'det er ikke satt noen fast gjennomgang av KI-løsningene',
};

function what(a: MessageArgs, words: Record<string, string>, joiner: string): string {
  const clauses = missing(a).map((f) => words[f] ?? f);
  const sentence = clauses.join(joiner);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The keys to add, the review's values beside it: "'approver' and 'review' (monthly, quarterly or yearly)". */
function add(a: MessageArgs, locale: 'en' | 'nb'): string {
  // The values are written as they stand in the file: quoted, as code, in the Norwegian prose.
  const values = locale === 'en' ? 'monthly, quarterly or yearly' : "'monthly', 'quarterly' eller 'yearly'";
  return formatList(missing(a).map((k) => (k === 'review' ? `'review' (${values})` : `'${k}'`)), locale);
}

export const governanceMissing: Rule = {
  code: 'governance-missing',
  severity: 'warning',
  title: { en: 'No approver or review cadence for AI tools', nb: 'Ingen godkjenner eller gjennomgangsrytme for KI-verktøy' },
  trigger: 'Some use case is active and `governance.approver` or `governance.review` is missing (one diagnostic naming both when both are).',
  reason: { en: 'Decide who approves AI tools, and review them regularly.', nb: 'Bestem hvem som godkjenner KI-verktøy, og gjennomgå dem jevnlig.' },
  messages: {
    en: (a) => `${what(a, EN, ', and ')}, though use cases are under way. Add ${add(a, 'en')} under 'governance:'.`,
    nb: (a) => `${what(a, NB, ', og ')}, selv om brukstilfeller er i gang. Legg til ${add(a, 'nb')} under 'governance:'.`,
  },
  fix: {
    section: 'governance',
    fields: { approver: teamMember, review: text('quarterly', 'TODO: monthly | quarterly | yearly', 'TODO: monthly | quarterly | yearly') },
    together: true,
  },
  check(ctx) {
    if (activeUseCases(ctx.model).length === 0) return;
    const fields = FIELDS.filter((field) => lacks(ctx.model.governance, field));
    if (fields.length === 0) return;
    ctx.report(sectionOrUseCasesRange(ctx.model, 'governance'), { fields: fields.join(' ') }, { fix: { kind: 'add-field', section: 'governance', field: fields[0]! } });
  },
};
