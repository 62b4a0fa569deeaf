/**
 * Messages that name a few use cases: the first three ids as arguments
 * (`id1`–`id3`) and how many more there are (`more`), written back as a
 * natural list ("'a', 'b', 'c' and 2 more" / "'a', 'b', 'c' og 2 til").
 * Must not depend on vscode or the LSP connection.
 */
import { arg } from './rule';
import type { Locale, MessageArgs } from '../language/types';
import { formatList, num } from '../texts/format';

const NAMED = 3;

/** The message arguments naming `ids`: the first three, and the count of the rest. */
export function namedIdsArgs(ids: readonly string[]): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  ids.slice(0, NAMED).forEach((id, i) => (args[`id${i + 1}`] = id));
  if (ids.length > NAMED) args['more'] = ids.length - NAMED;
  return args;
}

/** "'a'", "'a', 'b' and 'c'", "'a', 'b', 'c' and 2 more". */
export function namedIds(a: MessageArgs, locale: Locale): string {
  const ids: string[] = [];
  for (let i = 1; i <= NAMED; i++) if (a[`id${i}`] !== undefined) ids.push(`'${arg(a, `id${i}`)}'`);
  const more = Number(a['more'] ?? 0);
  if (more > 0) ids.push(locale === 'en' ? `${num(a, 'more', 'en')} more` : `${num(a, 'more', 'nb')} til`);
  return formatList(ids, locale);
}

/** Whether the arguments name more than one id. */
export const severalNamed = (a: MessageArgs): boolean => a['id2'] !== undefined;
