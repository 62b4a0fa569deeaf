/** kpi-no-progress: six months after the start, a KPI's latest actual is not beyond its baseline in its `direction`. */
import { arg, type Rule } from './rule';
import { QUARTER_PATTERN } from '../../../../schemas/model';
import { isoOf } from '../language/dates';
import { formatDate, num } from '../texts/format';
import { sixMonthsAfterStart } from './plan-dates';

export const kpiNoProgress: Rule = {
  code: 'kpi-no-progress',
  severity: 'info',
  title: { en: 'No improvement on the baseline six months in', nb: 'Ingen forbedring fra utgangsverdien etter seks måneder' },
  trigger: "Today is at least 6 months after `organization.start`, the KPI has a `baseline` and actuals, and its latest actual is not beyond the baseline in its `direction`.",
  reason: { en: 'After 6 months a successful project shows measurable improvement.', nb: 'Etter 6 måneder viser et vellykket prosjekt målbar forbedring.' },
  messages: {
    en: (a) =>
      `KPI '${arg(a, 'id')}' should ${arg(a, 'direction')}, but its latest measured value (${num(a, 'actual', 'en')} in ${arg(a, 'quarter')}) is not ${arg(a, 'direction') === 'decrease' ? 'below' : 'above'} the baseline ${num(a, 'baseline', 'en')}, six months after the plan started on ${formatDate(arg(a, 'start'), 'en')}. Find out what holds the improvement back, or revise the KPI.`,
    nb: (a) =>
      `KPI-en '${arg(a, 'id')}' skal ${arg(a, 'direction') === 'decrease' ? 'ned' : 'opp'}, men den siste målte verdien (${num(a, 'actual', 'nb')} i ${arg(a, 'quarter')}) er ikke ${arg(a, 'direction') === 'decrease' ? 'lavere' : 'høyere'} enn utgangsverdien ${num(a, 'baseline', 'nb')}, seks måneder etter at planen startet ${formatDate(arg(a, 'start'), 'nb')}. Finn ut hva som holder forbedringen tilbake, eller revider KPI-en.`,
  },
  each: {
    section: 'kpis',
    check(kpi, ctx) {
      const due = sixMonthsAfterStart(ctx);
      if (!due) return;
      const { baseline, direction, actuals } = kpi.data;
      if (baseline === undefined || direction === undefined || actuals === undefined) return;
      // The latest quarter with a number (YYYY-Qn sorts as text).
      let quarter: string | undefined;
      for (const [q, v] of Object.entries(actuals)) {
        if (typeof v === 'number' && QUARTER_PATTERN.test(q) && (quarter === undefined || q > quarter)) quarter = q;
      }
      if (quarter === undefined) return;
      const actual = actuals[quarter]!;
      const beyond = direction === 'decrease' ? actual < baseline : actual > baseline;
      if (beyond) return;
      ctx.report(kpi.rangeOf(`actuals.${quarter}`) ?? kpi.idRange, { id: kpi.id, direction, quarter, actual, baseline, start: isoOf(due.start) });
    },
  },
};
