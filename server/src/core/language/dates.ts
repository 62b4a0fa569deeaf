/**
 * Calendar dates without a clock or a time zone: a date is its day number
 * (days since 1970-01-01), so "week w of the plan" and "6 months after the
 * start" are integer arithmetic. Today always comes from the caller
 * (`CheckOptions.today`); nothing here reads the clock.
 * Must not depend on vscode or the LSP connection.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of a valid `YYYY-MM-DD` (a real calendar date), else undefined. */
export function dayOf(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day of the month `months` later, clamped to that month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const d = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, d) / MS_PER_DAY;
}

/** The first and last day of week `week` (1-based) of a plan that starts on `start`. */
export function weekDays(start: number, week: number): { first: number; last: number } {
  return { first: start + 7 * (week - 1), last: start + 7 * week - 1 };
}

/** A Date's local calendar day as `YYYY-MM-DD` (the caller chose the instant; nothing here reads the clock). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
