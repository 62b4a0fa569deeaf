/**
 * The messages about a project configuration file (airoadmap.config.yaml),
 * in English and Norwegian Bokmål.
 * Must not depend on anything but the core's types.
 */
import type { Locale } from '../language/types';

export interface ConfigTexts {
  notAMapping: string;
  unknownKey(key: string, suggestion: string | undefined, keys: readonly string[]): string;
  badLocale(value: string): string;
  notAMap(key: string): string;
  unknownCode(code: string, suggestion: string | undefined): string;
  badSeverity(code: string, value: string): string;
  unknownGuide(key: string, suggestion: string | undefined, keys: readonly string[]): string;
  badGuide(key: string): string;
}

const list = (items: readonly string[], locale: Locale) => new Intl.ListFormat(locale === 'nb' ? 'nb' : 'en', { type: 'disjunction' }).format(items);

export const CONFIG_TEXTS: Readonly<Record<Locale, ConfigTexts>> = {
  en: {
    notAMapping: 'The configuration must be a mapping of keys (locale, rules, guides); it is ignored.',
    unknownKey: (key, s, keys) => `Unknown key '${key}' in the configuration${s ? `: did you mean '${s}'?` : `; the keys are ${list(keys, 'en')}.`} It is ignored.`,
    badLocale: (value) => `'${value}' is not a language of the messages: use en or nb. The default applies.`,
    notAMap: (key) => `'${key}' must be a mapping; it is ignored.`,
    unknownCode: (code, s) => `Unknown diagnostic code '${code}'${s ? `: did you mean '${s}'?` : '.'} It is ignored.`,
    badSeverity: (code, value) => `'${value}' is not a severity (for '${code}'): use off, hint, info, warning or error. The default applies.`,
    unknownGuide: (key, s, keys) => `Unknown guide '${key}'${s ? `: did you mean '${s}'?` : `; the guides are ${list(keys, 'en')}.`} It is ignored.`,
    badGuide: (key) => `The guide '${key}' must be two amounts [lowest, highest], 0 or more, the lowest first. It is ignored.`,
  },
  nb: {
    notAMapping: 'Konfigurasjonen må være en tilordning av nøkler (locale, rules, guides); den blir ikke brukt.',
    unknownKey: (key, s, keys) => `Ukjent nøkkel '${key}' i konfigurasjonen${s ? `: mente du '${s}'?` : `; nøklene er ${list(keys, 'nb')}.`} Den blir ikke brukt.`,
    badLocale: (value) => `'${value}' er ikke et språk for meldingene: bruk en eller nb. Standardverdien gjelder.`,
    notAMap: (key) => `'${key}' må være en tilordning; den blir ikke brukt.`,
    unknownCode: (code, s) => `Ukjent diagnosekode '${code}'${s ? `: mente du '${s}'?` : '.'} Den blir ikke brukt.`,
    badSeverity: (code, value) => `'${value}' er ikke en alvorlighetsgrad (for '${code}'): bruk off, hint, info, warning eller error. Standardverdien gjelder.`,
    unknownGuide: (key, s, keys) => `Ukjent veiledende spenn '${key}'${s ? `: mente du '${s}'?` : `; spennene er ${list(keys, 'nb')}.`} Det blir ikke brukt.`,
    badGuide: (key) => `Det veiledende spennet '${key}' må være to beløp [lavest, høyest], 0 eller mer, det laveste først. Det blir ikke brukt.`,
  },
};
