/**
 * Describes every diagnostic code for machine-readable reports (SARIF rule
 * metadata): a short title per code, and the help text — the title and the
 * article's reason for checklist rules (from the rule itself), a title and a
 * short explanation written here for the structure codes.
 * Must not depend on the LSP connection or vscode.
 */
import { ALL_CODES, RULES, STRUCTURE_CODES, type Code, type Locale } from '../core/index';

type Bilingual = { en: string; nb: string };

/** A one-line title per code that is not a checklist rule (a rule carries its own), in the spirit of rules.md's "when" column. */
const OWN_TITLES: Readonly<Partial<Record<Code, Bilingual>>> = {
  'yaml-syntax': { en: 'The YAML does not parse', nb: 'YAML-en kan ikke leses' },
  'multiple-documents': { en: 'More than one YAML document in the file', nb: 'Mer enn ett YAML-dokument i fila' },
  'unsupported-version': { en: 'Language version missing or not 1', nb: 'Språkversjonen mangler eller er ikke 1' },
  'missing-required': { en: 'A required field is missing', nb: 'Et påkrevd felt mangler' },
  'wrong-type': { en: 'A value has the wrong type', nb: 'En verdi har feil type' },
  'invalid-value': { en: 'A value is out of range or malformed', nb: 'En verdi er utenfor gyldig område eller feilformet' },
  'unknown-key': { en: 'A key the language does not have', nb: 'En nøkkel språket ikke har' },
  'duplicate-key': { en: 'A key appears twice in one map', nb: 'En nøkkel står to ganger i samme kart' },
  'unknown-reference': { en: 'A reference to an id that is not defined', nb: 'En referanse til en id som ikke er definert' },
  'rule-failed': { en: 'A checklist rule failed to run', nb: 'En sjekklisteregel kunne ikke kjøres' },
};

/** Help for the codes that are not checklist rules (those carry their reason). */
const STRUCTURE_HELP: Readonly<Partial<Record<Code, Bilingual>>> = {
  'yaml-syntax': {
    en: 'The file must be valid YAML 1.2. Fix the syntax error at the reported place so the rest of the roadmap can be read.',
    nb: 'Fila må være gyldig YAML 1.2. Rett syntaksfeilen på stedet som er oppgitt, så resten av veikartet kan leses.',
  },
  'multiple-documents': {
    en: 'A roadmap file holds exactly one YAML document; move any further document (after ---) into its own *.airoadmap.yaml file.',
    nb: 'En veikartfil inneholder nøyaktig ett YAML-dokument; flytt flere dokumenter (etter ---) til egne *.airoadmap.yaml-filer.',
  },
  'unsupported-version': {
    en: "Every roadmap starts with 'airoadmap: 1', the version of the language it is written in.",
    nb: "Hvert veikart begynner med 'airoadmap: 1', versjonen av språket det er skrevet i.",
  },
  'missing-required': {
    en: "Only 'airoadmap' and 'organization.name' are required; add the missing one.",
    nb: "Bare 'airoadmap' og 'organization.name' er påkrevd; legg til det som mangler.",
  },
  'wrong-type': {
    en: 'Each field has one type (text, number, true/false, list or map); write the value in that type. Booleans are true or false, not yes or no.',
    nb: 'Hvert felt har én type (tekst, tall, true/false, liste eller kart); skriv verdien i den typen. Sannhetsverdier er true eller false, ikke yes eller no.',
  },
  'invalid-value': {
    en: 'Scores are whole numbers 1–5, weeks 1–12 or a range "a-b", money is not negative, dates are YYYY-MM-DD, ids use a–z, 0–9, "-" and "_", and enumerations take one of their listed values.',
    nb: 'Poeng er heltall 1–5, uker 1–12 eller et intervall «a-b», beløp er ikke negative, datoer er ÅÅÅÅ-MM-DD, id-er bruker a–z, 0–9, «-» og «_», og oppramsinger tar en av de oppgitte verdiene.',
  },
  'unknown-key': {
    en: 'The language does not have this key, so it is ignored; it is often a typo of a known key.',
    nb: 'Språket har ikke denne nøkkelen, så den blir ignorert; ofte er det en skrivefeil for en kjent nøkkel.',
  },
  'duplicate-key': {
    en: 'A key may appear once per map; the first definition counts. Remove or rename the second one.',
    nb: 'En nøkkel kan stå én gang per kart; den første definisjonen gjelder. Fjern eller gi nytt navn til den andre.',
  },
  'unknown-reference': {
    en: 'A reference must name an id defined in its section (team, systems, data_sources, kpis, risks, use_cases). Define the id or fix the reference.',
    nb: 'En referanse må vise til en id som er definert i sin seksjon (team, systems, data_sources, kpis, risks, use_cases). Definer id-en eller rett referansen.',
  },
  'rule-failed': {
    en: 'A checklist rule stopped with an internal error; the other rules still ran. Please report it with the file that caused it.',
    nb: 'En sjekklisteregel stoppet med en intern feil; de andre reglene ble likevel kjørt. Meld gjerne fra om det, sammen med fila som utløste det.',
  },
};

const REASONS = new Map<string, Bilingual>(RULES.map((r) => [r.code, r.reason]));
const TITLES = new Map<string, Bilingual>([...Object.entries(OWN_TITLES), ...RULES.map((r): [string, Bilingual] => [r.code, r.title])]);

export interface CodeDescription {
  code: Code;
  title: string;
  help: string;
  kind: 'structure' | 'checklist' | 'internal';
}

export function describeCode(code: Code, locale: Locale): CodeDescription {
  const reason = REASONS.get(code);
  const help = reason ?? STRUCTURE_HELP[code];
  const title = TITLES.get(code)?.[locale] ?? code;
  return {
    code,
    title,
    help: help ? help[locale] : title,
    kind: reason ? 'checklist' : code in STRUCTURE_CODES ? 'structure' : 'internal',
  };
}

export function describeAllCodes(locale: Locale): CodeDescription[] {
  return ALL_CODES.map((code) => describeCode(code, locale));
}
