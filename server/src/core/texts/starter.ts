/**
 * The commented starter roadmap written by `airoadmap init` and the editor's
 * "New Roadmap" command: one example of every section and field group, the
 * article's 90-day plan starting next Monday, comments in the user's language
 * (keys are always English), from one YAML template per language. It checks
 * clean: no diagnostic of any severity.
 * Must not depend on vscode or the LSP connection.
 */
import type { Locale } from '../language/types';
import { localIsoDate } from '../language/dates';
import { STARTER_TEMPLATES } from './starter.generated';

/** `date`'s local calendar day as YYYY-MM-DD. */
export const isoDate = localIsoDate;

/**
 * The first Monday after `today` (a week later when today is a Monday), by
 * the local calendar. One function for `airoadmap init`'s starter and the
 * quick fix that adds `organization.start`. Local, not UTC: the start is a
 * date-only calendar day the user reads in their own time zone, and the CLI
 * and the language server run on the user's machine. In UTC, a user in Oslo
 * at 00:30 on a Monday (Sunday 23:30 UTC) would be offered that very Monday,
 * and init and the quick fix could disagree by a week. Deterministic for a
 * given instant and `TZ` (the tests pass both).
 */
export function nextMonday(today: Date): Date {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const add = (8 - day.getDay()) % 7 || 7;
  day.setDate(day.getDate() + add);
  return day;
}

interface StarterDates {
  /** Day 1 of the plan. */
  start: string;
  /** When the baselines are measured: today, before AI is introduced. */
  today: string;
  /** The quarter after the plan's twelve weeks, for the example of actuals. */
  quarter: string;
}

function starterDates(today: Date): StarterDates {
  const start = nextMonday(today);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 12 * 7);
  const q = Math.floor(end.getMonth() / 3) + 1;
  return { start: isoDate(start), today: isoDate(today), quarter: `${end.getFullYear()}-Q${q}` };
}

/**
 * The starter roadmap in `locale`, its plan starting next Monday. The two
 * templates are `starter.en.yaml` and `starter.nb.yaml` beside this file
 * (edit those; `npm run docs` regenerates `starter.generated.ts` from them).
 */
export function starterRoadmap(locale: Locale, today: Date = new Date()): string {
  const d = starterDates(today);
  return STARTER_TEMPLATES[locale].replace(/\{\{(start|today|quarter)\}\}/g, (_, name: keyof StarterDates) => d[name]);
}
