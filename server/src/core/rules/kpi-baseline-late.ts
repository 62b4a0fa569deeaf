/** kpi-baseline-late: a KPI's `baseline_date` is after `organization.start`. */
import { arg, type Rule } from './rule';
import { dayOf } from '../language/dates';
import { formatDate } from '../texts/format';

export const kpiBaselineLate: Rule = {
  code: 'kpi-baseline-late',
  severity: 'warning',
  title: { en: 'KPI baseline measured after the plan starts', nb: 'KPI-ens utgangsverdi målt etter at planen starter' },
  trigger: "A KPI's `baseline_date` is after `organization.start`.",
  reason: {
    en: "Map today's situation before AI: the baseline is measured before AI is introduced.",
    nb: 'Kartlegg dagens situasjon før KI: utgangsverdien måles før KI tas i bruk.',
  },
  messages: {
    en: (a) =>
      `The baseline of KPI '${arg(a, 'id')}' is dated ${formatDate(arg(a, 'date'), 'en')}, after the plan starts on ${formatDate(arg(a, 'start'), 'en')}. Measure the baseline before AI is introduced, so the improvement can be shown: use a date on or before the start.`,
    nb: (a) =>
      `Utgangsverdien til KPI-en '${arg(a, 'id')}' er datert ${formatDate(arg(a, 'date'), 'nb')}, etter at planen starter ${formatDate(arg(a, 'start'), 'nb')}. Mål utgangsverdien før KI tas i bruk, slik at forbedringen kan vises: bruk en dato på eller før starten.`,
  },
  each: {
    section: 'kpis',
    check(kpi, ctx) {
      const start = ctx.startDay;
      if (start === undefined) return;
      const date = kpi.data.baseline_date;
      const day = date === undefined ? undefined : dayOf(date);
      if (date === undefined || day === undefined || day <= start) return;
      ctx.report(kpi.rangeOf('baseline_date') ?? kpi.idRange, { id: kpi.id, date, start: ctx.start ?? '' });
    },
  },
};
