/**
 * `AIROADMAP_TODAY=YYYY-MM-DD` fixes today for the language server and the
 * command line alike (for tests, which never read the clock; a user's way is
 * the command line's `--today`). Read in one place; each caller decides what a
 * bad value means (the server ignores it with a line on stderr, the command
 * line stops with a usage error).
 * Must not depend on vscode or the LSP connection.
 */
import { dayOf } from '../core/language/dates';

export const TODAY_ENV = 'AIROADMAP_TODAY';

/** `AIROADMAP_TODAY` when it is a real date, else undefined (a set value that is not one is reported through `invalid`). */
export function fixedTodayFromEnv(env: Readonly<Record<string, string | undefined>>, invalid?: (value: string) => void): string | undefined {
  const value = env[TODAY_ENV];
  if (value === undefined || value === '') return undefined;
  if (dayOf(value) !== undefined) return value;
  invalid?.(value);
  return undefined;
}
