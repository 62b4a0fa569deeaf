/**
 * How the views write values in each locale: enumeration values, dates,
 * numbers and percentages.
 * Must not depend on anything but the core's types.
 */
import type { Locale } from '../language/types';

/** Value labels of enumerations shown in the views. */
export const ENUM_LABELS: Record<string, Record<string, Record<Locale, string>>> = {
  stage: {
    idea: { en: 'idea', nb: 'idé' },
    poc: { en: 'proof of concept', nb: 'PoC' },
    pilot: { en: 'pilot', nb: 'pilot' },
    production: { en: 'production', nb: 'produksjon' },
    retired: { en: 'retired', nb: 'avviklet' },
  },
  ai_act: {
    prohibited: { en: 'prohibited', nb: 'forbudt' },
    high: { en: 'high risk', nb: 'høy risiko' },
    limited: { en: 'limited risk', nb: 'begrenset risiko' },
    minimal: { en: 'minimal risk', nb: 'minimal risiko' },
  },
  hosting_region: {
    eu: { en: 'EU', nb: 'EU' },
    non_eu: { en: 'outside the EU', nb: 'utenfor EU' },
    on_prem: { en: 'on premises', nb: 'lokalt' },
  },
};

export function enumLabel(kind: string, value: string, locale: Locale): string {
  return ENUM_LABELS[kind]?.[value]?.[locale] ?? value;
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  nb: ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
};

/** "4 Jan" / "4. jan." from an ISO date. */
export function shortDate(iso: string, locale: Locale): string {
  const [, m, d] = iso.split('-').map(Number);
  const month = MONTHS[locale][(m ?? 1) - 1] ?? '';
  return locale === 'nb' ? `${d}. ${month}` : `${d} ${month}`;
}

export { formatNumber } from '../texts/format';

export function formatPercent(fraction: number, locale: Locale): string {
  const pct = Math.round(fraction * 100);
  return locale === 'nb' ? `${pct} %` : `${pct}%`;
}
