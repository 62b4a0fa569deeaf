/** kpi-no-actuals: six months after the start, a KPI of a use case at `pilot` or `production` has no `actuals`. */
import { arg, type Rule } from './rule';
import { STAGE_WORDS } from '../texts/field-words';
import { formatDate } from '../texts/format';
import { isoOf } from '../language/dates';
import { referencesFrom } from './helpers';
import { sixMonthsIn } from './plan-dates';

export const kpiNoActuals: Rule = {
  code: 'kpi-no-actuals',
  severity: 'info',
  title: { en: 'No measured values six months in', nb: 'Ingen målte verdier etter seks måneder' },
  trigger: 'Today is at least 6 months after `organization.start`, and a KPI referenced by a use case at `pilot` or `production` has no `actuals`.',
  reason: { en: 'After 6 months you should see measurable improvements.', nb: 'Etter 6 måneder bør du se målbare forbedringer.' },
  messages: {
    en: (a) =>
      `KPI '${arg(a, 'id')}' has no measured values, though use case '${arg(a, 'use_case')}' is at the ${STAGE_WORDS[arg(a, 'stage')]?.en ?? arg(a, 'stage')} stage and six months have passed since the plan started on ${formatDate(arg(a, 'start'), 'en')}. After 6 months you should see measurable improvements: record the values measured, by quarter, under 'actuals'.`,
    nb: (a) =>
      `KPI-en '${arg(a, 'id')}' har ingen målte verdier, selv om brukstilfellet '${arg(a, 'use_case')}' har status ${STAGE_WORDS[arg(a, 'stage')]?.nb ?? arg(a, 'stage')} og det er gått seks måneder siden planen startet ${formatDate(arg(a, 'start'), 'nb')}. Etter 6 måneder bør du se målbare forbedringer: før opp de målte verdiene per kvartal under målinger ('actuals').`,
  },
  check(ctx) {
    const due = sixMonthsIn(ctx);
    if (!due) return;
    // The first use case at pilot or production that uses each KPI (its own list).
    const usedBy = new Map<string, { id: string; stage: string }>();
    for (const u of ctx.model.use_cases.values()) {
      const stage = u.data.stage;
      if (stage !== 'pilot' && stage !== 'production') continue;
      for (const ref of referencesFrom(ctx.model, 'use_cases', u.id)) {
        if (ref.field === 'kpis' && ref.defined && !usedBy.has(ref.id)) usedBy.set(ref.id, { id: u.id, stage });
      }
    }
    for (const [id, useCase] of usedBy) {
      const kpi = ctx.model.kpis.get(id);
      if (!kpi || hasActuals(kpi)) continue;
      ctx.report(kpi.idRange, { id, use_case: useCase.id, stage: useCase.stage, start: isoOf(due.start) });
    }
  },
};

/** Any quarter written with a value counts, valid or not (an invalid one is reported by the structure checks). */
function hasActuals(kpi: { invalid: ReadonlySet<string>; locations: ReadonlyMap<string, unknown> }): boolean {
  if (kpi.invalid.has('actuals')) return true;
  for (const path of kpi.locations.keys()) if (path.startsWith('actuals.')) return true;
  return false;
}
