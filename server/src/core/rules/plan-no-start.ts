/** plan-no-start: a plan exists and `organization.start` is missing. */
import { type Rule } from './rule';
import { lacks } from './helpers';

export const planNoStart: Rule = {
  code: 'plan-no-start',
  severity: 'warning',
  title: { en: 'Plan without a start date', nb: 'Plan uten startdato' },
  trigger: 'A plan exists and `organization.start` is missing.',
  reason: { en: 'The timeline needs its day 1.', nb: 'Tidslinjen trenger sin første dag.' },
  messages: {
    en: () => "The 90-day plan has no start date. Add 'organization: start: YYYY-MM-DD' so the weeks become dates on the timeline.",
    nb: () => "90-dagersplanen har ingen startdato. Legg til 'organization: start: ÅÅÅÅ-MM-DD' slik at ukene blir datoer på tidslinjen.",
  },
  fix: { section: 'organization', fields: { start: { placeholder: { kind: 'next-monday' }, comment: { en: 'TODO: day 1 of the 90-day plan', nb: 'TODO: dag 1 i 90-dagersplanen' } } } },
  check(ctx) {
    const section = ctx.model.sections.get('plan');
    if (!section || ctx.model.plan.size === 0) return;
    if (lacks(ctx.model.organization, 'start')) ctx.report(section.keyRange, {}, { fix: { kind: 'add-field', section: 'organization', field: 'start' } });
  },
};
