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

/** The configuration file's own words: its keys, values and guides, for completion, hover and its JSON Schema. */
export interface ConfigKeyTexts {
  file: string;
  locale: string;
  localeValues: Readonly<Record<Locale, string>>;
  rules: string;
  guides: string;
  guide: Readonly<Record<'training_budget' | 'budget_first_year' | 'running_cost_monthly', string>>;
  severity: Readonly<Record<'off' | 'hint' | 'info' | 'warning' | 'error', string>>;
  /** A code's entry: its default severity. */
  defaultSeverity: (severity: string) => string;
  /** The placeholder pair of a guide range. */
  range: string;
}

export const CONFIG_KEY_TEXTS: Readonly<Record<Locale, ConfigKeyTexts>> = {
  en: {
    file: "The project configuration of airoadmap, shared by the editor and the command line: the language of the messages, a severity per diagnostic code, and the organisation's own guide ranges.",
    locale: 'The language of the messages: en or nb.',
    localeValues: { en: 'English', nb: 'Norwegian Bokmål' },
    rules: 'A severity per diagnostic code: off, hint, info, warning or error.',
    guides: "The organisation's own guide ranges, in its currency; with them the *-range checks run in any currency.",
    guide: {
      training_budget: "The training budget per person: [lowest, highest], in the roadmap's currency.",
      budget_first_year: "The budget for the first year: [lowest, highest], in the roadmap's currency.",
      running_cost_monthly: "The running cost per production system and month: [lowest, highest], in the roadmap's currency.",
    },
    severity: {
      off: 'Off: not reported.',
      hint: 'Hint: shown faintly in the editor, not listed in Problems.',
      info: 'Information.',
      warning: 'Warning.',
      error: 'Error: `airoadmap check` exits with 1.',
    },
    defaultSeverity: (severity) => `By default: ${severity}.`,
    range: '[lowest, highest]',
  },
  nb: {
    file: 'Prosjektkonfigurasjonen til airoadmap, felles for redigeringsprogrammet og kommandolinjen: språket i meldingene, en alvorlighetsgrad per diagnosekode og virksomhetens egne veiledende spenn.',
    locale: 'Språket i meldingene: en eller nb.',
    localeValues: { en: 'Engelsk', nb: 'Norsk bokmål' },
    rules: 'En alvorlighetsgrad per diagnosekode: off, hint, info, warning eller error.',
    guides: 'Virksomhetens egne veiledende spenn, i egen valuta; med dem kjører *-range-sjekkene i alle valutaer.',
    guide: {
      training_budget: 'Opplæringsbudsjettet per person: [lavest, høyest], i veikartets valuta.',
      budget_first_year: 'Budsjettet for det første året: [lavest, høyest], i veikartets valuta.',
      running_cost_monthly: 'Driftskostnaden per produksjonssystem og måned: [lavest, høyest], i veikartets valuta.',
    },
    severity: {
      off: 'Av: rapporteres ikke.',
      hint: 'Hint: vises svakt i redigeringsprogrammet, ikke i Problemer.',
      info: 'Informasjon.',
      warning: 'Advarsel.',
      error: 'Feil: `airoadmap check` avslutter med 1.',
    },
    defaultSeverity: (severity) => `Standard: ${severity}.`,
    range: '[lavest, høyest]',
  },
};
