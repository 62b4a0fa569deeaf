/**
 * The command line's today: `--today YYYY-MM-DD` on every command that depends
 * on the date (`check`, whatever its format; `init`; `render`), so a CI result
 * can be reproduced; else `AIROADMAP_TODAY` (for tests, which never read the
 * clock); else the local date. A value that is not a real calendar day is a
 * usage error (exit 2).
 * Must not depend on the LSP connection or vscode.
 */
import { dayOf } from '../core/language/dates';
import type { Locale } from '../core/language/types';
import { localToday } from '../core/views/compute';
import type { OptionSpec } from './args';
import { UsageError } from './errors';

import { fixedTodayFromEnv, TODAY_ENV } from '../shared/today-env';

export { TODAY_ENV };

export const TODAY_OPTION: OptionSpec = { kind: 'string' };

export const TODAY_TEXT = {
  en: {
    badToday: (v: string) => `'--today' needs a date YYYY-MM-DD that exists, not '${v}'.`,
    badEnv: (v: string) => `${TODAY_ENV} needs a date YYYY-MM-DD that exists, not '${v}'.`,
  },
  nb: {
    badToday: (v: string) => `'--today' trenger en dato ÅÅÅÅ-MM-DD som finnes, ikke '${v}'.`,
    badEnv: (v: string) => `${TODAY_ENV} trenger en dato ÅÅÅÅ-MM-DD som finnes, ikke '${v}'.`,
  },
} as const;

/** Why a today cannot be used: the option's value or the environment's. */
export class BadToday extends Error {
  constructor(
    readonly value: string,
    readonly source: 'option' | 'env',
  ) {
    super(value);
  }

  text(locale: Locale): string {
    return this.source === 'option' ? TODAY_TEXT[locale].badToday(this.value) : TODAY_TEXT[locale].badEnv(this.value);
  }
}

/**
 * Today, YYYY-MM-DD: the option's value, else `AIROADMAP_TODAY`, else the
 * local date (`now` is the clock; a test passes its own). Throws BadToday.
 */
export function resolveToday(value: string | undefined, env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): string {
  if (value !== undefined) {
    if (dayOf(value) === undefined) throw new BadToday(value, 'option');
    return value;
  }
  const fixed = fixedTodayFromEnv(env, (bad) => {
    throw new BadToday(bad, 'env');
  });
  return fixed ?? localToday(now());
}

/** `resolveToday` for a command parsed by `args.ts`: a bad value is a usage error of that command. */
export function commandToday(value: string | undefined, env: Readonly<Record<string, string | undefined>>, locale: Locale, command: string, now?: () => Date): string {
  try {
    return resolveToday(value, env, now);
  } catch (error) {
    if (error instanceof BadToday) throw new UsageError(error.text(locale), command);
    throw error;
  }
}

/** The local calendar day of a YYYY-MM-DD, as a Date at local midnight (for the starter, which counts in local days). */
export function localDateOf(today: string): Date {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}
