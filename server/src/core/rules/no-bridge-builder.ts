/** no-bridge-builder: a team is listed and nobody is `bridge_builder`. */
import { type Rule } from './rule';

export const noBridgeBuilder: Rule = {
  code: 'no-bridge-builder',
  severity: 'info',
  title: { en: 'Team without a bridge builder', nb: 'Team uten brobygger' },
  trigger: 'A team is listed and nobody is `bridge_builder`.',
  reason: { en: 'Bridge builders, who know both the technology and the business, are the key people.', nb: 'Brobyggere som kan både teknologien og forretningen, er nøkkelpersonene.' },
  messages: {
    en: () => "Nobody in the team is a bridge builder. People who understand both the technology and the business are key: mark them with 'bridge_builder: true', or plan to develop one.",
    nb: () => "Ingen i teamet er brobygger. Folk som forstår både teknologien og forretningen, er nøkkelen: merk dem med 'bridge_builder: true', eller planlegg å utvikle en.",
  },
  check(ctx) {
    const team = [...ctx.model.team.values()];
    const section = ctx.model.sections.get('team');
    if (!section || team.length === 0) return;
    if (!team.some((m) => m.data.bridge_builder === true)) ctx.report(section.keyRange, {});
  },
};
