/**
 * Typical input that YAML reads otherwise than the writer meant (rules.md,
 * "Digit grouping" and "Hints for typical input"): a number written with
 * digit grouping or a decimal comma, a boolean written as a word (`ja`,
 * `yes`), a date written DD.MM.YYYY, an enumeration value written in
 * Norwegian. Each function reads the scalar's own text and gives the value
 * meant, or undefined; the walk (parse.ts) decides what to report. These
 * are words the writer types, not texts shown to the user: the messages
 * stand in `texts/structure-messages.ts`.
 * Must not depend on anything else in the project but the calendar.
 */
import { dayOf } from './dates';

/**
 * How a field's number may be written: `grouped` for money and
 * `organization.employees` (dot, comma, space, no-break space or narrow
 * no-break space between groups of three digits), `kpi` for a KPI's
 * baseline, target and actuals (space-grouped integers and a decimal comma;
 * a dot is a decimal point there).
 */
export type NumberReading = 'grouped' | 'kpi';

/** The number a text means, and the plain YAML number to write instead. */
export interface MeantNumber {
  value: number;
  write: string;
  /** `grouping` for digit grouping, `decimal-comma` for `3,1`. */
  form: 'grouping' | 'decimal-comma';
}

/** `^\d{1,3}([., \u00A0\u202F]\d{3})+$` with one separator kind throughout (the back-reference). */
const GROUPED = /^\d{1,3}([., \u00A0\u202F])\d{3}(?:\1\d{3})*$/;
/** The same with the space kinds only (a KPI's value: a dot is a decimal point there). */
const SPACE_GROUPED = /^\d{1,3}([ \u00A0\u202F])\d{3}(?:\1\d{3})*$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/** The number meant by `text` (a scalar's source text) under a field's reading; undefined when it is written plainly or is no such number. */
export function meantNumber(text: string, reading: NumberReading): MeantNumber | undefined {
  const grouped = (reading === 'grouped' ? GROUPED : SPACE_GROUPED).exec(text);
  if (grouped) {
    const value = Number(text.split(grouped[1]!).join(''));
    return { value, write: String(value), form: 'grouping' };
  }
  if (reading === 'kpi' && DECIMAL_COMMA.test(text)) {
    const write = text.replace(',', '.');
    return { value: Number(write), write, form: 'decimal-comma' };
  }
  return undefined;
}

/**
 * Words for true and false that YAML 1.2 reads as text: YAML 1.1's yes/no
 * and on/off, and the Norwegian ja/nei and sant/usant. Compared in any
 * case (`Ja`, `YES`), since YAML 1.1 and everyday writing capitalise them.
 */
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  ja: true,
  yes: true,
  on: true,
  sant: true,
  nei: false,
  no: false,
  off: false,
  usant: false,
};

/** The boolean a word means, or undefined. */
export function meantBoolean(text: string): boolean | undefined {
  const key = text.toLowerCase();
  return Object.hasOwn(BOOLEAN_WORDS, key) ? BOOLEAN_WORDS[key] : undefined;
}

const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The ISO date meant by `DD.MM.YYYY` or `D.M.YYYY`, when it is a real date; else undefined. */
export function meantDate(text: string): string | undefined {
  const m = DOTTED_DATE.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return dayOf(iso) === undefined ? undefined : iso;
}

/**
 * Norwegian words for the enumerations' values, one table per enumeration
 * of the language (keyed by its values in the model's order, so the same
 * word may mean different values in different enumerations: `lokalt` is
 * `on_prem` for a system's hosting and a use case's hosting region alike,
 * `høy` is `high` for a level and for the AI Act class). Built from
 * shared/design/dsl.md's enumerations and the Bokmål labels the tool
 * already shows (views/format.ts ENUM_LABELS, texts/guidance.ts). Words that
 * are the same in both languages (`pilot`, `hybrid`, `minimal`) need no
 * entry. Keys are lower case with single spaces (see `normalise`).
 */
export const NORWEGIAN_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // team.*.skills[]
  'api,programming,workflow_automation,ml,llm,data_quality,etl,prompt_engineering,data_science,security,project_management': {
    programmering: 'programming',
    arbeidsflytautomatisering: 'workflow_automation',
    automatisering: 'workflow_automation',
    maskinlæring: 'ml',
    språkmodeller: 'llm',
    språkmodell: 'llm',
    datakvalitet: 'data_quality',
    'prompt engineering': 'prompt_engineering',
    ledetekster: 'prompt_engineering',
    datavitenskap: 'data_science',
    sikkerhet: 'security',
    prosjektledelse: 'project_management',
  },
  // systems.*.kind
  'erp,crm,dms,email,project,collaboration,custom,other': {
    dokumenthåndtering: 'dms',
    'e post': 'email',
    epost: 'email',
    prosjekt: 'project',
    samhandling: 'collaboration',
    samarbeid: 'collaboration',
    egenutviklet: 'custom',
    skreddersydd: 'custom',
    annet: 'other',
    annen: 'other',
  },
  // systems.*.hosting
  'cloud,on_prem,hybrid': {
    sky: 'cloud',
    skyen: 'cloud',
    'i skyen': 'cloud',
    skybasert: 'cloud',
    lokalt: 'on_prem',
    lokal: 'on_prem',
  },
  // systems.*.api
  'rest,graphql,soap,file,none': {
    fil: 'file',
    filer: 'file',
    ingen: 'none',
  },
  // data_sources.*.kind
  'crm,erp,documents,email,project,other': {
    dokumenter: 'documents',
    dokument: 'documents',
    'e post': 'email',
    epost: 'email',
    prosjekt: 'project',
    annet: 'other',
    annen: 'other',
  },
  // use_cases.*.stage
  'idea,poc,pilot,production,retired': {
    idé: 'idea',
    ide: 'idea',
    konseptbevis: 'poc',
    produksjon: 'production',
    'i produksjon': 'production',
    avviklet: 'retired',
    utfaset: 'retired',
  },
  // use_cases.*.risk_level, use_cases.*.visibility
  'low,medium,high': {
    lav: 'low',
    middels: 'medium',
    høy: 'high',
  },
  // use_cases.*.hosting_region
  'eu,non_eu,on_prem': {
    'utenfor eu': 'non_eu',
    lokalt: 'on_prem',
    lokal: 'on_prem',
  },
  // use_cases.*.ai_act
  'prohibited,high,limited,minimal': {
    forbudt: 'prohibited',
    høy: 'high',
    'høy risiko': 'high',
    høyrisiko: 'high',
    begrenset: 'limited',
    'begrenset risiko': 'limited',
    'minimal risiko': 'minimal',
  },
  // kpis.*.kind
  'quantitative,qualitative': {
    kvantitativ: 'quantitative',
    kvalitativ: 'qualitative',
  },
  // kpis.*.direction
  'decrease,increase': {
    ned: 'decrease',
    redusere: 'decrease',
    reduksjon: 'decrease',
    synkende: 'decrease',
    lavere: 'decrease',
    opp: 'increase',
    øke: 'increase',
    økning: 'increase',
    stigende: 'increase',
    høyere: 'increase',
  },
  // kpis.*.cadence
  'monthly,quarterly': {
    månedlig: 'monthly',
    kvartalsvis: 'quarterly',
  },
  // risks.*.category
  'technical,legal,organizational': {
    teknisk: 'technical',
    juridisk: 'legal',
    organisatorisk: 'organizational',
  },
  // governance.review
  'monthly,quarterly,yearly': {
    månedlig: 'monthly',
    kvartalsvis: 'quarterly',
    årlig: 'yearly',
  },
};

/** Lower case, with `-`, `_` and runs of white space as one space: `Utenfor-EU` and `utenfor_eu` are `utenfor eu`. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}

/** The English value of the enumeration `options` that a Norwegian word means, or undefined. */
export function meantEnumValue(text: string, options: readonly string[]): string | undefined {
  if (text.length > 40) return undefined;
  const table = NORWEGIAN_VALUES[options.join(',')];
  if (!table) return undefined;
  const key = normalise(text);
  const meant = Object.hasOwn(table, key) ? table[key] : undefined;
  return meant !== undefined && meant !== text && options.includes(meant) ? meant : undefined;
}
