/**
 * Messages of the structure codes, in English and Norwegian Bokmål.
 * (Checklist rules carry their messages in their own files.)
 * Must not depend on vscode or the LSP connection.
 */
import type { Locale, MessageArgs } from '../language/types';
import { arg, type Messages } from '../language/catalogue';

type StructureMessageCode =
  | 'yaml-syntax'
  | 'multiple-documents'
  | 'unsupported-version'
  | 'missing-required'
  | 'wrong-type'
  | 'invalid-value'
  | 'unknown-key'
  | 'duplicate-key'
  | 'unknown-reference'
  | 'rule-failed';

const KIND_EN: Record<string, string> = { map: 'a map', list: 'a list', boolean: 'true or false', number: 'a number', text: 'text', 'number or text': 'a number or text', value: 'a value' };
const KIND_NB: Record<string, string> = { map: 'et kart (map)', list: 'en liste', boolean: 'true eller false', number: 'et tall', text: 'tekst', 'number or text': 'et tall eller tekst', value: 'en verdi' };

const THE_FILE: Record<Locale, string> = { en: 'the file', nb: 'fila' };

/** Where a value stands: 'section.field', or the file's own field. */
function where(args: MessageArgs, locale: Locale): string {
  const w = arg(args, 'where');
  const f = arg(args, 'field');
  if (w === 'file') return f ? `'${f}'` : THE_FILE[locale];
  return f ? `'${w}.${f}'` : `'${w}'`;
}

const DID_YOU_MEAN: Record<Locale, (suggestion: string) => string> = {
  en: (s) => ` Did you mean '${s}'?`,
  nb: (s) => ` Mente du '${s}'?`,
};

function didYouMean(args: MessageArgs, locale: Locale): string {
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

function invalidValue(args: MessageArgs, locale: Locale): string {
  const kind = arg(args, 'kind');
  const texts = Object.hasOwn(INVALID_VALUE, kind) ? INVALID_VALUE[kind]! : OUT_OF_RANGE;
  return texts[locale](where(args, locale), arg(args, 'value'), args);
}

export const STRUCTURE_MESSAGES: Record<StructureMessageCode, Messages> = {
  'yaml-syntax': {
    en: (a) => `YAML syntax error: ${arg(a, 'detail')}. Fix it so the rest of the roadmap can be read.`,
    nb: (a) => `Syntaksfeil i YAML: ${arg(a, 'detail')}. Rett den slik at resten av veikartet kan leses.`,
  },
  'multiple-documents': {
    en: () => 'A roadmap file holds one YAML document; this second document is ignored. Move it to its own *.airoadmap.yaml file.',
    nb: () => 'En veikartfil har ett YAML-dokument; dette andre dokumentet blir ignorert. Flytt det til en egen *.airoadmap.yaml-fil.',
  },
  'unsupported-version': {
    en: (a) =>
      arg(a, 'value')
        ? `'airoadmap: ${arg(a, 'value')}' is not a supported version; this tool reads version 1. Write 'airoadmap: 1'.`
        : "The file does not say its language version; add 'airoadmap: 1' as the first line.",
    nb: (a) =>
      arg(a, 'value')
        ? `'airoadmap: ${arg(a, 'value')}' er ikke en støttet versjon; verktøyet leser versjon 1. Skriv 'airoadmap: 1'.`
        : "Fila oppgir ikke språkversjonen; legg til 'airoadmap: 1' som første linje.",
  },
  'missing-required': {
    en: (a) => `'${arg(a, 'field')}' is required: name the organisation the roadmap belongs to.`,
    nb: (a) => `'${arg(a, 'field')}' er påkrevd: oppgi navnet på virksomheten veikartet gjelder.`,
  },
  'wrong-type': {
    en: (a) => `${where(a, 'en')} should be ${KIND_EN[arg(a, 'expected')] ?? arg(a, 'expected')}, not ${KIND_EN[arg(a, 'actual')] ?? arg(a, 'actual')}.`,
    nb: (a) => `${where(a, 'nb')} skal være ${KIND_NB[arg(a, 'expected')] ?? arg(a, 'expected')}, ikke ${KIND_NB[arg(a, 'actual')] ?? arg(a, 'actual')}.`,
  },
  'invalid-value': { en: (a) => invalidValue(a, 'en'), nb: (a) => invalidValue(a, 'nb') },
  'unknown-key': {
    en: (a) => `Unknown key '${arg(a, 'key')}' in ${arg(a, 'where') === 'file' ? 'the roadmap' : `'${arg(a, 'where')}'`}; it is ignored.${didYouMean(a, 'en')}`,
    nb: (a) => `Ukjent nøkkel '${arg(a, 'key')}' i ${arg(a, 'where') === 'file' ? 'veikartet' : `'${arg(a, 'where')}'`}; den blir ignorert.${didYouMean(a, 'nb')}`,
  },
  'duplicate-key': {
    en: (a) => `'${arg(a, 'key')}' is defined twice in ${arg(a, 'where') === 'file' ? 'the roadmap' : `'${arg(a, 'where')}'`}; only the first definition counts. Rename or remove this one.`,
    nb: (a) => `'${arg(a, 'key')}' er definert to ganger i ${arg(a, 'where') === 'file' ? 'veikartet' : `'${arg(a, 'where')}'`}; bare den første definisjonen gjelder. Gi denne et nytt navn eller fjern den.`,
  },
  'unknown-reference': {
    en: (a) => `'${arg(a, 'where')}.${arg(a, 'field')}' refers to '${arg(a, 'id')}', which is not defined in '${arg(a, 'section')}'.${arg(a, 'suggestion') ? didYouMean(a, 'en') : ` Add it to '${arg(a, 'section')}' or fix the id.`}`,
    nb: (a) => `'${arg(a, 'where')}.${arg(a, 'field')}' viser til '${arg(a, 'id')}', som ikke er definert i '${arg(a, 'section')}'.${arg(a, 'suggestion') ? didYouMean(a, 'nb') : ` Legg den til i '${arg(a, 'section')}' eller rett id-en.`}`,
  },
  'rule-failed': {
    en: (a) => `Internal error in the check '${arg(a, 'rule')}': ${arg(a, 'detail')}. The other checks still ran; please report this.`,
    nb: (a) => `Intern feil i sjekken '${arg(a, 'rule')}': ${arg(a, 'detail')}. De andre sjekkene ble kjørt; meld gjerne fra om feilen.`,
  },
};

export const RELATED_MESSAGES = {
  'first-definition': { en: (name: string) => `first definition of '${name}'`, nb: (name: string) => `første definisjon av '${name}'` },
  'referenced-entity': { en: (name: string) => `'${name}' is defined here`, nb: (name: string) => `'${name}' er definert her` },
} as const;
