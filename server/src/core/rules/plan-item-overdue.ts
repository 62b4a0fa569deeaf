/** plan-item-overdue: a plan item not `done: true` whose last week ended before today. */
import { arg, type Rule } from './rule';
import { isoOf, weekDays } from '../language/dates';
import { weekSpan } from '../language/model';
import { formatDate, num } from '../texts/format';

export const planItemOverdue: Rule = {
  code: 'plan-item-overdue',
  severity: 'warning',
  title: { en: 'Plan item past its last week and not done', nb: 'Oppgave i planen forbi siste uke og ikke fullført' },
  trigger: '`organization.start` is set, a plan item is not `done: true`, and the last day of its last week is before today.',
  reason: { en: 'Keep the 90-day plan honest.', nb: 'Hold 90-dagersplanen ærlig.' },
  messages: {
    en: (a) =>
      `Plan item '${arg(a, 'id')}' is not done, but its last week (week ${num(a, 'week', 'en')}) ended on ${formatDate(arg(a, 'end'), 'en')}. Mark it done ('done: true') if it is finished, or move its weeks.`,
    nb: (a) =>
      `Oppgaven '${arg(a, 'id')}' i planen er ikke fullført, men den siste uken (uke ${num(a, 'week', 'nb')}) sluttet ${formatDate(arg(a, 'end'), 'nb')}. Merk den som fullført ('done: true') hvis den er gjort, eller flytt ukene.`,
  },
  each: {
    section: 'plan',
    check(item, ctx) {
      const start = ctx.startDay;
      const today = ctx.today;
      if (start === undefined || today === undefined) return;
      const { weeks, done } = item.data;
      if (weeks === undefined || done === true) return;
      const week = weekSpan(weeks)[1];
      const end = weekDays(start, week).last;
      if (end < today) ctx.report(item.idRange, { id: item.id, week, end: isoOf(end) });
    },
  },
};
