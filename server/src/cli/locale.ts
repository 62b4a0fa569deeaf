/**
 * Picks the command line's language: `--locale` wins, else the environment
 * (LC_ALL, LC_MESSAGES, LANG starting with nb/nn/no → Norwegian), else English.
 * Must not depend on the LSP connection or vscode.
 */
import type { Locale } from '../core/index';

export const LOCALES: readonly Locale[] = ['en', 'nb'];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The locale the environment asks for; the first non-empty variable decides, as in POSIX. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return /^(nb|nn|no)([_.@-]|$)/i.test(value) ? 'nb' : 'en';
  }
  return 'en';
}

/**
 * Looks ahead for `--locale X` / `--locale=X` so that even usage errors and
 * help come out in the asked-for language. An invalid value is left for the
 * option parser to report.
 */
export function localeFromArgs(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    let value: string | undefined;
    if (a === '--locale') value = argv[i + 1];
    else if (a.startsWith('--locale=')) value = a.slice('--locale='.length);
    if (value !== undefined && isLocale(value)) return value;
  }
  return undefined;
}
