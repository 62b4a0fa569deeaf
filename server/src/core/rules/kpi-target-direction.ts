/** kpi-target-direction: `target` is not beyond `baseline` in the KPI's `direction`. */
import { arg, type Rule } from './rule';
import { num } from '../texts/format';

export const kpiTargetDirection: Rule = {
  code: 'kpi-target-direction',
  severity: 'warning',
  title: { en: 'KPI target is not an improvement on the baseline', nb: 'KPI-ens mål er ingen forbedring fra utgangsverdien' },
  trigger: '`target` is not beyond `baseline` in the KPI\'s `direction`.',
  reason: {
    en: 'The target must be an improvement on the baseline.',
    nb: 'Målet må være en forbedring fra utgangsverdien.',
  },
  messages: {
    en: (a) =>
      `KPI '${arg(a, 'id')}' should ${arg(a, 'direction')}, but its target ${num(a, 'target', 'en')} is not ${arg(a, 'direction') === 'decrease' ? 'below' : 'above'} the baseline ${num(a, 'baseline', 'en')}. Set a target that is an improvement, or fix 'direction'.`,
    nb: (a) =>
      `KPI-en '${arg(a, 'id')}' skal ${arg(a, 'direction') === 'decrease' ? 'ned' : 'opp'}, men målet ${num(a, 'target', 'nb')} er ikke ${arg(a, 'direction') === 'decrease' ? 'lavere' : 'høyere'} enn utgangsverdien ${num(a, 'baseline', 'nb')}. Sett et mål som er en forbedring, eller rett 'direction'.`,
  },
  each: {
    section: 'kpis',
    check(kpi, ctx) {
      const { baseline, target, direction } = kpi.data;
      if (baseline === undefined || target === undefined || direction === undefined) return;
      const improves = direction === 'decrease' ? target < baseline : target > baseline;
      if (!improves) ctx.report(kpi.rangeOf('target') ?? kpi.idRange, { id: kpi.id, direction, baseline, target });
    },
  },
};
