/** plan-no-start: a plan exists and `organization.start` is missing. */
import { type Rule } from './rule';
import { lacks } from './helpers';

export const planNoStart: Rule = {
  code: 'plan-no-start',
  reason: { en: 'The timeline needs its day 1.', nb: 'Tidslinjen trenger sin første dag.' },
  messages: {
    en: () => "The 90-day plan has no start date. Add 'organization: start: YYYY-MM-DD' so the weeks become dates on the timeline.",
    nb: () => "90-dagersplanen har ingen startdato. Legg til 'organization: start: ÅÅÅÅ-MM-DD' slik at ukene blir datoer på tidslinjen.",
  },
  check(ctx) {
    const section = ctx.model.sections.get('plan');
    if (!section || ctx.model.plan.size === 0) return;
    if (lacks(ctx.model.organization, 'start')) ctx.report(section.keyRange, {}, { fix: { kind: 'add-field', section: 'organization', field: 'start' } });
  },
};
