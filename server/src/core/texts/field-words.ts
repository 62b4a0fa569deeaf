/**
 * Field keys and stage values in a message's prose, as words: rules pass the
 * keys (`missing: 'feasibility, effort'`, `stage: 'poc'`), and the Norwegian
 * message writes the glossary's word ("gjennomførbarhet ('feasibility') og
 * innsats ('effort')", "status PoC"), the key in quotes where the user must
 * write it. English messages keep the keys as they are.
 * Must not depend on vscode or the LSP connection.
 */
import { arg } from '../language/catalogue';
import type { Locale, MessageArgs } from '../language/types';
import { FIELD_WORD_PAIRS } from './field-words.generated';
import { formatList } from './format';

/** The glossary's word for each key (generated from texts/glossary.ts by `npm run docs`). */
const WORD_BY_KEY: ReadonlyMap<string, string> = new Map(FIELD_WORD_PAIRS);

/** A use case's stage (`stage` values), as each language names it. */
export const STAGE_WORDS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  idea: { en: 'idea', nb: 'idé' },
  poc: { en: 'proof of concept', nb: 'PoC' },
  pilot: { en: 'pilot', nb: 'pilot' },
  production: { en: 'production', nb: 'produksjon' },
  retired: { en: 'retired', nb: 'avviklet' },
};

/** The Bokmål word of a field key (its last part: `costs.monthly` → its own entry, else `monthly`), or the key. */
export function fieldWord(key: string, locale: Locale): string {
  if (locale === 'en') return key;
  return WORD_BY_KEY.get(key) ?? WORD_BY_KEY.get(key.split('.').at(-1) ?? key) ?? key;
}

/**
 * A list of field keys (a message argument, ", "-separated) in prose:
 * Norwegian writes each as its word with the key in quotes after it
 * (`withKeys`, where the user must add them), or the words alone.
 */
export function fieldList(args: MessageArgs, name: string, locale: Locale, withKeys = true): string {
  const text = arg(args, name);
  if (locale === 'en' || text === '') return text;
  const items = text.split(/,\s*/).map((key) => (withKeys && fieldWord(key, locale) !== key ? `${fieldWord(key, locale)} ('${key}')` : fieldWord(key, locale)));
  return formatList(items, locale);
}

/** Scores by key ("completeness 2, freshness 1") in prose: "fullstendighet 2 og aktualitet 1". */
export function scoreList(args: MessageArgs, name: string, locale: Locale): string {
  const text = arg(args, name);
  if (locale === 'en' || text === '') return text;
  return formatList(text.split(/,\s*/).map((item) => item.replace(/^([\w.]+)/, (key) => fieldWord(key, locale))), locale);
}

/** A stage value as the locale names it ("PoC" for `poc`); an unknown value as it is. */
export function stageWord(args: MessageArgs, name: string, locale: Locale): string {
  const v = arg(args, name);
  return Object.hasOwn(STAGE_WORDS, v) ? STAGE_WORDS[v]![locale] : v;
}
