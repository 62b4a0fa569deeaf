/** governance-missing: some use case is active and `governance.approver` or `governance.review` is missing (one each). */
import { arg, type Rule } from './rule';
import { activeUseCases, lacks, sectionOrUseCasesRange } from './helpers';
import { teamMember, text } from './quick-fix';

export const governanceMissing: Rule = {
  code: 'governance-missing',
  severity: 'warning',
  title: { en: 'No approver or review cadence for AI tools', nb: 'Ingen godkjenner eller gjennomgangsrytme for KI-verktøy' },
  trigger: 'Some use case is active and `governance.approver` or `governance.review` is missing (one each).',
  reason: { en: 'Decide who approves AI tools, and review them regularly.', nb: 'Bestem hvem som godkjenner KI-verktøy, og gjennomgå dem jevnlig.' },
  messages: {
    en: (a) =>
      arg(a, 'field') === 'approver'
        ? "No one is named to approve new AI tools, though use cases are under way. Add 'governance: approver:'."
        : "No review cadence is set for the AI solutions, though use cases are under way. Add 'governance: review:' (monthly, quarterly or yearly).",
    nb: (a) =>
      arg(a, 'field') === 'approver'
        ? "Ingen er utpekt til å godkjenne nye KI-verktøy, selv om brukstilfeller er i gang. Legg til 'governance: approver:'."
        : "Det er ikke satt noen fast gjennomgang av KI-løsningene, selv om brukstilfeller er i gang. Legg til 'governance: review:' (monthly, quarterly eller yearly).",
  },
  fix: {
    section: 'governance',
    fields: { approver: teamMember, review: text('quarterly', 'TODO: monthly | quarterly | yearly', 'TODO: monthly | quarterly | yearly') },
  },
  check(ctx) {
    if (activeUseCases(ctx.model).length === 0) return;
    const range = sectionOrUseCasesRange(ctx.model, 'governance');
    for (const field of ['approver', 'review'] as const) {
      if (lacks(ctx.model.governance, field)) ctx.report(range, { field }, { fix: { kind: 'add-field', section: 'governance', field } });
    }
  },
};
