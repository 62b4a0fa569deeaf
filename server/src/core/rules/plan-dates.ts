/**
 * The plan's calendar, shared by the date rules: the day number of
 * `organization.start`, and whether today is at least six months after it
 * (the article's "after 6 months"). Today is the caller's (`ctx.today`); without
 * it, or without a valid start, the date rules are silent.
 * Must not depend on vscode or the LSP connection.
 */
import { addMonths, dayOf } from '../language/dates';
import type { RoadmapModel } from '../language/model';
import type { FileFacts } from '../language/catalogue';
import type { RuleContext } from './rule';

/** Day 1 of the plan, when `organization.start` is a valid date. */
export function planStart(model: RoadmapModel): number | undefined {
  const start = model.organization.data.start;
  return start === undefined ? undefined : dayOf(start);
}

/**
 * When today is at least six months after the plan's start (the same day of
 * the month, clamped to the month's last day): the start and that day; else
 * undefined.
 */
export function sixMonthsIn(ctx: RuleContext): { start: number; sixMonths: number } | undefined {
  return sixMonthsAfterStart({ startDay: planStart(ctx.model), today: ctx.today });
}

/** `sixMonthsIn` from the file's facts (an entity rule's context). */
export function sixMonthsAfterStart(facts: Pick<FileFacts, 'startDay' | 'today'>): { start: number; sixMonths: number } | undefined {
  const start = facts.startDay;
  if (start === undefined || facts.today === undefined) return undefined;
  const sixMonths = addMonths(start, 6);
  return facts.today >= sixMonths ? { start, sixMonths } : undefined;
}
