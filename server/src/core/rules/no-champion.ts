/** no-champion: some use case is in phase 3 and nobody is `champion`. */
import { type Rule } from './rule';
import { sectionOrUseCasesRange } from './helpers';

export const noChampion: Rule = {
  code: 'no-champion',
  severity: 'info',
  title: { en: 'Scaling without a change champion', nb: 'Skalering uten endringsagent' },
  trigger: 'Some use case is in phase 3 and nobody is `champion`.',
  reason: { en: 'Change champions in each team carry the change when AI scales.', nb: 'Endringsagenter i hvert team bærer endringen når KI skaleres.' },
  messages: {
    en: () => "Use cases are planned for phase 3 (scaling), but nobody in the team is a change champion. Name champions in each team with 'champion: true'.",
    nb: () => "Brukstilfeller er planlagt i fase 3 (skalering), men ingen i teamet er endringsagent. Utnevn endringsagenter i hvert team med 'champion: true'.",
  },
  check(ctx) {
    const phase3 = [...ctx.model.use_cases.values()].some((u) => u.data.phase === 3);
    if (!phase3) return;
    if ([...ctx.model.team.values()].some((m) => m.data.champion === true)) return;
    ctx.report(sectionOrUseCasesRange(ctx.model, 'team'), {});
  },
};
