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
import { formatDate, formatNumber, money } from './format';

export const KIND_EN: Record<string, string> = { map: 'a map', list: 'a list', boolean: 'true or false', number: 'a number', text: 'text', 'number or text': 'a number or text', value: 'a value', merge: 'an alias of a map (*name) or a list of such aliases', 'inline-map': 'a map written in place' };
export const KIND_NB: Record<string, string> = { map: 'et kart (map)', list: 'en liste', boolean: 'true eller false', number: 'et tall', text: 'tekst', 'number or text': 'et tall eller tekst', value: 'en verdi', merge: 'et alias for et kart (*navn) eller en liste med slike aliaser', 'inline-map': 'et kart skrevet på stedet' };

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

/** The values of an enumeration (`allowed`, ", "-separated) each in quotes, as code in the Norwegian prose. */
function quotedList(args: MessageArgs, name: string): string {
  return arg(args, name).split(', ').map((v) => `'${v}'`).join(', ');
}

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
    en: (at, v, args) =>
      arg(args, 'meant')
        ? `${at} is '${v}'; dates are written YYYY-MM-DD: write ${arg(args, 'meant')} (${formatDate(arg(args, 'meant'), 'en')}).`
        : `${at} is '${v}', which is not a real date; write it as YYYY-MM-DD.`,
    nb: (at, v, args) =>
      arg(args, 'meant')
        ? `${at} er '${v}'; datoer skrives ÅÅÅÅ-MM-DD: skriv ${arg(args, 'meant')} (${formatDate(arg(args, 'meant'), 'nb')}).`
        : `${at} er '${v}', som ikke er en gyldig dato; skriv den som ÅÅÅÅ-MM-DD.`,
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
    en: (at, v, args) =>
      arg(args, 'meant')
        ? `${at} is '${v}'; the values are written in English: write '${arg(args, 'meant')}' (one of: ${arg(args, 'allowed')}).`
        : `${at} is '${v}', which is not allowed; use one of: ${arg(args, 'allowed')}.${didYouMean(args, 'en')}`,
    nb: (at, v, args) =>
      arg(args, 'meant')
        ? `${at} er '${v}'; verdiene skrives på engelsk: skriv '${arg(args, 'meant')}' (en av: ${quotedList(args, 'allowed')}).`
        : `${at} er '${v}', som ikke er tillatt; bruk en av: ${quotedList(args, 'allowed')}.${didYouMean(args, 'nb')}`,
  },
  empty: {
    en: (at) => `${at} must not be empty.`,
    nb: (at) => `${at} kan ikke være tom.`,
  },
  'too-large': {
    en: () => 'The file is too large or too deeply aliased to check completely; the rest was skipped.',
    nb: () => 'Fila er for stor eller har for mange aliaser til å sjekkes helt; resten ble hoppet over.',
  },
  'merge-limit': {
    en: (at) => `${at} merges maps that merge further maps too many times over, or a map into itself; nothing is merged there. Merge fewer levels.`,
    nb: (at) => `${at} fletter inn kart som selv fletter inn kart for mange ganger, eller et kart inn i seg selv; ingenting blir flettet inn der. Bruk færre nivåer.`,
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

/** `wrong-type`: a value of the wrong kind; for a boolean written as a word (`ja`, `yes`), the one meant. */
export function wrongType(args: MessageArgs, locale: Locale): string {
  const at = where(args, locale);
  const meant = arg(args, 'meant');
  if (locale === 'nb') {
    const head = `${at} skal være ${KIND_NB[arg(args, 'expected')] ?? arg(args, 'expected')}`;
    return meant ? `${head}, ikke teksten '${arg(args, 'value')}': skriv true eller false (her ${meant}).` : `${head}, ikke ${KIND_NB[arg(args, 'actual')] ?? arg(args, 'actual')}.`;
  }
  const head = `${at} should be ${KIND_EN[arg(args, 'expected')] ?? arg(args, 'expected')}`;
  return meant ? `${head}, not the text '${arg(args, 'value')}': write true or false (here ${meant}).` : `${head}, not ${KIND_EN[arg(args, 'actual')] ?? arg(args, 'actual')}.`;
}

/** A number of a message as the locale writes it, with as many decimals as it has (up to ten): 3,14159 stays whole. */
function exact(args: MessageArgs, name: string, locale: Locale): string {
  const v = args[name];
  return typeof v === 'number' ? formatNumber(v, locale, 10) : arg(args, name);
}

/**
 * `number-format`: what the value is written as (`text`), what YAML reads
 * (`read`, a number; absent when YAML reads text), the number it counts as
 * (`meant`) and the plain number to write (`write`); `form` is `grouping` or
 * `decimal-comma`.
 */
export function numberFormat(args: MessageArgs, locale: Locale): string {
  const at = where(args, locale);
  const text = arg(args, 'text');
  const write = arg(args, 'write');
  const read = args['read'];
  const comma = arg(args, 'form') === 'decimal-comma';
  if (locale === 'nb') {
    const reads = read === undefined ? 'som tekst, ikke som et tall' : `som ${exact(args, 'read', 'nb')}`;
    const rule = comma ? 'tall i YAML skrives med desimalpunktum' : 'tall i YAML skrives uten tusenskille';
    return `${at} er skrevet '${text}', som YAML leser ${reads}; her regnes det som ${exact(args, 'meant', 'nb')}. Skriv '${write}': ${rule}.`;
  }
  const reads = read === undefined ? 'as text, not as a number' : `as ${exact(args, 'read', 'en')}`;
  const rule = comma ? 'numbers in YAML take a decimal point' : 'numbers in YAML have no digit grouping';
  return `${at} is written '${text}', which YAML reads ${reads}; it counts as ${exact(args, 'meant', 'en')} here. Write ${write}: ${rule}.`;
}

export const RELATED_MESSAGES = {
  'first-definition': { en: (name: string) => `first definition of '${name}'`, nb: (name: string) => `første definisjon av '${name}'` },
  'referenced-entity': { en: (name: string) => `'${name}' is defined here`, nb: (name: string) => `'${name}' er definert her` },
  /** A large part of the first year's planned cost (budget-overrun): its amount in the file's currency. */
  'budget-contribution': {
    en: (name: string, args: MessageArgs) => `${money(args, 'amount', 'en')} planned for the first year in '${name}'`,
    nb: (name: string, args: MessageArgs) => `${money(args, 'amount', 'nb')} planlagt det første året i '${name}'`,
  },
} as const;
