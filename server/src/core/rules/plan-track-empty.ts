/** plan-track-empty: the plan has items but none in one of the three tracks (one per empty track). */
import { arg, type Rule } from './rule';
import { weekSpan } from '../language/model';
import { TRACKS } from '../language/plan';

export const planTrackEmpty: Rule = {
  code: 'plan-track-empty',
  severity: 'info',
  title: { en: 'A track of the 90-day plan is empty', nb: 'Et spor i 90-dagersplanen er tomt' },
  trigger: 'The plan has items but none in one of the tracks Foundation (1–4), Pilot (5–8), Evaluation (9–12); one per empty track.',
  reason: { en: 'The 90-day plan covers foundation, pilot and evaluation.', nb: '90-dagersplanen dekker grunnlag, pilot og evaluering.' },
  messages: {
    en: (a) => `The 90-day plan has nothing in the track ${arg(a, 'track_en')}. The plan covers foundation, pilot and evaluation: add an item there.`,
    nb: (a) => `90-dagersplanen har ingenting i sporet ${arg(a, 'track_nb')}. Planen dekker grunnlag, pilot og evaluering: legg til en oppgave der.`,
  },
  check(ctx) {
    const items = [...ctx.model.plan.values()];
    const section = ctx.model.sections.get('plan');
    if (!section || items.length === 0) return;
    for (const track of TRACKS) {
      const covered = items.some((item) => {
        const weeks = item.data.weeks;
        if (weeks === undefined) return false;
        const [a, b] = weekSpan(weeks);
        return a <= track.last && b >= track.first;
      });
      if (!covered) ctx.report(section.keyRange, { track: track.id, track_en: track.en, track_nb: track.nb });
    }
  },
};
