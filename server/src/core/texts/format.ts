/**
 * Numbers, money and dates as each locale writes them, through `Intl`
 * (Norwegian: "50 000", "3,1", "4. januar 2027"; English: "50,000", "3.1",
 * "4 January 2027"). Every user-visible number goes through here: messages,
 * hovers, views and the command line.
 * Must not depend on vscode or the LSP connection.
 */
import { dayOf } from '../language/dates';
import type { Locale, MessageArgs } from '../language/types';

const TAG: Record<Locale, string> = { en: 'en-GB', nb: 'nb-NO' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: fractionDigits })));
  return f;
}

/** A number with the locale's digit grouping and decimal mark, at most two decimals. */
export function formatNumber(n: number, locale: Locale, fractionDigits = 2): string {
  return numberFormat(locale, fractionDigits).format(n);
}

/** An amount with its currency code after it: "126,000 EUR", "126 000 EUR"; cents only when it has them ("7 000,5 EUR"), so a sum is never shown rounded to its budget. */
export function formatMoney(n: number, currency: string, locale: Locale): string {
  return `${formatNumber(n, locale, 2)} ${currency}`;
}

/** A range of amounts: "50,000–150,000", "50 000–150 000". */
export function formatSpan(min: number, max: number, locale: Locale): string {
  return `${formatNumber(min, locale)}–${formatNumber(max, locale)}`;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "4 January 2027" / "4. januar 2027" from `YYYY-MM-DD` (the text itself when it is not a real date). */
export function formatDate(iso: string, locale: Locale): string {
  const day = dayOf(iso);
  if (day === undefined) return iso;
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(new Date(day * 86_400_000));
}

/** A message argument as the locale writes it: numbers formatted, text as is ('' when absent). */
export function num(args: MessageArgs, name: string, locale: Locale): string {
  const v = args[name];
  if (v === undefined) return '';
  return typeof v === 'number' ? formatNumber(v, locale) : v;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** A natural list: "a, b and c" / "a, b og c" (`or`: "a, b or c" / "a, b eller c"). */
export function formatList(items: readonly string[], locale: Locale, type: 'and' | 'or' = 'and'): string {
  const key = `${locale}:${type}`;
  let f = listFormats.get(key);
  if (!f) listFormats.set(key, (f = new Intl.ListFormat(TAG[locale], { type: type === 'and' ? 'conjunction' : 'disjunction' })));
  return f.format(items);
}

/** A money argument with the message's `currency` argument (EUR when absent): "12,000 EUR", "12 000 EUR"; text as is. */
export function money(args: MessageArgs, name: string, locale: Locale): string {
  const v = args[name];
  if (v === undefined) return '';
  const currency = args['currency'];
  return typeof v === 'number' ? formatMoney(v, typeof currency === 'string' && currency !== '' ? currency : 'EUR', locale) : v;
}
