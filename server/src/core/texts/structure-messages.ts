/**
 * The pieces the structure codes' messages are made of, in English and
 * Norwegian Bokmål: where a value stands, the names of kinds of value, a
 * suggestion, the invalid-value text by kind; and the texts of related
 * places. The messages themselves stand with each code in
 * `structure-codes.ts`. (Checklist rules carry their messages in their own files.)
 * Must not depend on vscode or the LSP connection.
 */
import type { Locale, MessageArgs } from '../language/types';
import { arg } from '../language/catalogue';

export const KIND_EN: Record<string, string> = { map: 'a map', list: 'a list', boolean: 'true or false', number: 'a number', text: 'text', 'number or text': 'a number or text', value: 'a value' };
export const KIND_NB: Record<string, string> = { map: 'et kart (map)', list: 'en liste', boolean: 'true eller false', number: 'et tall', text: 'tekst', 'number or text': 'et tall eller tekst', value: 'en verdi' };

const THE_FILE: Record<Locale, string> = { en: 'the file', nb: 'fila' };

/** Where a value stands: 'section.field', or the file's own field. */
export function where(args: MessageArgs, locale: Locale): string {
  const w = arg(args, 'where');
  const f = arg(args, 'field');
  if (w === 'file') return f ? `'${f}'` : THE_FILE[locale];
  return f ? `'${w}.${f}'` : `'${w}'`;
}

const DID_YOU_MEAN: Record<Locale, (suggestion: string) => string> = {
  en: (s) => ` Did you mean '${s}'?`,
  nb: (s) => ` Mente du '${s}'?`,
};

export function didYouMean(args: MessageArgs, locale: Locale): string {
  const s = arg(args, 'suggestion');
  return s ? DID_YOU_MEAN[locale](s) : '';
}

type InvalidText = (at: string, value: string, args: MessageArgs) => string;

/** The message of `invalid-value` by the kind of value (`kind`); `at` says where the value stands. */
const INVALID_VALUE: Readonly<Record<string, Record<Locale, InvalidText>>> = {
  score: {
    en: (at, v) => `${at} is ${v}; scores are whole numbers from 1 to 5.`,
    nb: (at, v) => `${at} er ${v}; poeng er hele tall fra 1 til 5.`,
  },
  money: {
    en: (at, v) => `${at} is ${v}; amounts of money cannot be negative.`,
    nb: (at, v) => `${at} er ${v}; pengebeløp kan ikke være negative.`,
  },
  date: {
    en: (at, v) => `${at} is '${v}', which is not a real date; write it as YYYY-MM-DD.`,
    nb: (at, v) => `${at} er '${v}', som ikke er en gyldig dato; skriv den som ÅÅÅÅ-MM-DD.`,
  },
  weeks: {
    en: (at, v) => `${at} is '${v}'; use a week from 1 to 12, or a range such as "7-8" with the first week not after the last.`,
    nb: (at, v) => `${at} er '${v}'; bruk en uke fra 1 til 12, eller et intervall som "7-8" der første uke ikke kommer etter siste.`,
  },
  currency: {
    en: (at, v) => `${at} is '${v}'; use a three-letter ISO 4217 code such as EUR or NOK.`,
    nb: (at, v) => `${at} er '${v}'; bruk en ISO 4217-kode på tre bokstaver, for eksempel EUR eller NOK.`,
  },
  id: {
    en: (at, v) => `'${v}' in ${at} is not a valid id; ids start with a lowercase letter or digit and use only a–z, 0–9, '-' and '_'.`,
    nb: (at, v) => `'${v}' i ${at} er ikke en gyldig id; en id starter med liten bokstav eller siffer og bruker bare a–z, 0–9, '-' og '_'.`,
  },
  quarter: {
    en: (at, v) => `'${v}' in ${at} is not a quarter; write it as YYYY-Qn, e.g. 2027-Q1.`,
    nb: (at, v) => `'${v}' i ${at} er ikke et kvartal; skriv det som ÅÅÅÅ-Qn, for eksempel 2027-Q1.`,
  },
  enum: {
    en: (at, v, args) => `${at} is '${v}', which is not allowed; use one of: ${arg(args, 'allowed')}.${didYouMean(args, 'en')}`,
    nb: (at, v, args) => `${at} er '${v}', som ikke er tillatt; bruk en av: ${arg(args, 'allowed')}.${didYouMean(args, 'nb')}`,
  },
  empty: {
    en: (at) => `${at} must not be empty.`,
    nb: (at) => `${at} kan ikke være tom.`,
  },
  'too-large': {
    en: () => 'The file is too large or too deeply aliased to check completely; the rest was skipped.',
    nb: () => 'Fila er for stor eller har for mange aliaser til å sjekkes helt; resten ble hoppet over.',
  },
};

/** For any other kind. */
const OUT_OF_RANGE: Record<Locale, InvalidText> = {
  en: (at, v) => `${at} is ${v}, which is out of range.`,
  nb: (at, v) => `${at} er ${v}, som er utenfor gyldig område.`,
};

export function invalidValue(args: MessageArgs, locale: Locale): string {
  const kind = arg(args, 'kind');
  const texts = Object.hasOwn(INVALID_VALUE, kind) ? INVALID_VALUE[kind]! : OUT_OF_RANGE;
  return texts[locale](where(args, locale), arg(args, 'value'), args);
}

export const RELATED_MESSAGES = {
  'first-definition': { en: (name: string) => `first definition of '${name}'`, nb: (name: string) => `første definisjon av '${name}'` },
  'referenced-entity': { en: (name: string) => `'${name}' is defined here`, nb: (name: string) => `'${name}' er definert her` },
} as const;
