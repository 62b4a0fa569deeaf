/**
 * The structure codes described, one entry per code, as a checklist rule
 * describes itself: its title, when it fires, the help that says what to do
 * about it, and its messages, in English and Norwegian Bokmål. The codes the
 * language reports while it reads the file (`language/codes.ts`
 * STRUCTURE_CODES, with their default severities) and the tool's own
 * `rule-failed` (EXTRA_CODES) are here; the SARIF rule metadata
 * (`cli/rule-descriptions.ts`), docs/rules.md and the README table
 * (`scripts/gen-docs.ts`) and the pipeline's catalogue (`core/index.ts`)
 * read this table, so no other source lists these codes.
 * Must not depend on vscode or the LSP connection.
 */
import { arg, type Messages } from '../language/catalogue';
import type { EXTRA_CODES, StructureCode } from '../language/codes';
import { yamlErrorText } from './yaml-errors';
import { didYouMean, invalidValue, numberFormat, wrongType } from './structure-messages';

type Bilingual = { readonly en: string; readonly nb: string };

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A code the language or the tool reports itself, not a checklist rule. */
export type OwnCode = StructureCode | keyof typeof EXTRA_CODES;

export interface StructureCodeText {
  /** A one-line title in both languages, in the spirit of rules.md's "when" column (SARIF rule metadata). */
  readonly title: Bilingual;
  /** When it fires, one sentence of Markdown (docs/rules.md and the README table). */
  readonly trigger: string;
  /** What the writer should do about it, in both languages (SARIF help). */
  readonly help: Bilingual;
  /** Why it matters, one line for docs/rules.md's "Why:", for the codes that have one. */
  readonly why?: string;
  readonly messages: Messages;
}

/** Every code that is not a checklist rule, in the catalogue's order: the structure codes, then `rule-failed`. */
export const STRUCTURE_CODE_TEXTS = {
  'yaml-syntax': {
    title: { en: 'The YAML does not parse', nb: 'YAML-en kan ikke leses' },
    trigger: 'The YAML does not parse; each parser error at its own place (parser warnings, such as an unknown tag, as warnings).',
    help: {
      en: 'The file must be valid YAML 1.2. Fix the syntax error at the reported place so the rest of the roadmap can be read.',
      nb: 'Filen må være gyldig YAML 1.2. Rett syntaksfeilen på stedet som er oppgitt, så resten av veikartet kan leses.',
    },
    why: 'Nothing after a syntax error can be trusted until it is fixed.',
    messages: {
      en: (a) => `YAML syntax error: ${capitalised(yamlErrorText(a, 'en'))}. Fix it so the rest of the roadmap can be read.`,
      nb: (a) => `Syntaksfeil i YAML: ${yamlErrorText(a, 'nb')}. Rett den slik at resten av veikartet kan leses.`,
    },
  },
  'multiple-documents': {
    title: { en: 'More than one YAML document in the file', nb: 'Mer enn ett YAML-dokument i filen' },
    trigger: 'More than one YAML document in the file (a second `---`).',
    help: {
      en: 'A roadmap file holds exactly one YAML document; move any further document (after ---) into its own *.airoadmap.yaml file.',
      nb: 'En veikartfil inneholder nøyaktig ett YAML-dokument; flytt flere dokumenter (etter ---) til egne *.airoadmap.yaml-filer.',
    },
    messages: {
      en: () => 'A roadmap file holds one YAML document; this second document is ignored. Move it to its own *.airoadmap.yaml file.',
      nb: () => 'En veikartfil har ett YAML-dokument; dette andre dokumentet blir ignorert. Flytt det til en egen *.airoadmap.yaml-fil.',
    },
  },
  'unsupported-version': {
    title: { en: 'Language version missing or not 1', nb: 'Språkversjonen mangler eller er ikke 1' },
    trigger: '`airoadmap` is missing or not `1`.',
    help: {
      en: "Every roadmap starts with 'airoadmap: 1', the version of the language it is written in.",
      nb: "Hvert veikart begynner med 'airoadmap: 1', versjonen av språket det er skrevet i.",
    },
    messages: {
      en: (a) =>
        arg(a, 'value')
          ? `'airoadmap: ${arg(a, 'value')}' is not a supported version; this tool reads version 1. Write 'airoadmap: 1'.`
          : "The file does not say its language version; add 'airoadmap: 1' as the first line.",
      nb: (a) =>
        arg(a, 'value')
          ? `'airoadmap: ${arg(a, 'value')}' er ikke en støttet versjon; verktøyet leser versjon 1. Skriv 'airoadmap: 1'.`
          : "Filen oppgir ikke språkversjonen; legg til 'airoadmap: 1' som første linje.",
    },
  },
  'missing-required': {
    title: { en: 'A required field is missing', nb: 'Et påkrevd felt mangler' },
    trigger: '`organization.name` is missing.',
    help: {
      en: "Only 'airoadmap' and 'organization.name' are required; add the missing one.",
      nb: "Bare 'airoadmap' og 'organization.name' er påkrevd; legg til det som mangler.",
    },
    messages: {
      en: (a) => `'${arg(a, 'field')}' is required: name the organisation the roadmap belongs to.`,
      nb: (a) => `'${arg(a, 'field')}' er påkrevd: oppgi navnet på virksomheten veikartet gjelder.`,
    },
  },
  'wrong-type': {
    title: { en: 'A value has the wrong type', nb: 'En verdi har feil type' },
    trigger: 'A value of the wrong type: text for a number, a scalar for a map, `yes` for a boolean, …',
    help: {
      en: 'Each field has one type (text, number, true/false, list or map); write the value in that type. Booleans are true or false, not yes or no.',
      nb: 'Hvert felt har én type (tekst, tall, true/false, liste eller kart); skriv verdien i den typen. Sannhetsverdier er true eller false, ikke yes eller no.',
    },
    messages: { en: (a) => wrongType(a, 'en'), nb: (a) => wrongType(a, 'nb') },
  },
  'invalid-value': {
    title: { en: 'A value is out of range or malformed', nb: 'En verdi er utenfor gyldig område eller feilformet' },
    trigger: 'A value out of range (scores 1–5, weeks 1–12, negative money), not in its enumeration, or a malformed id, date or quarter.',
    help: {
      en: 'Scores are whole numbers 1–5, weeks 1–12 or a range "a-b", money is not negative, dates are YYYY-MM-DD, ids use a–z, 0–9, "-" and "_", and enumerations take one of their listed values.',
      nb: 'Poeng er heltall 1–5, uker 1–12 eller et intervall «a-b», beløp er ikke negative, datoer er ÅÅÅÅ-MM-DD, id-er bruker a–z, 0–9, «-» og «_», og oppramsinger tar en av de oppgitte verdiene.',
    },
    messages: { en: (a) => invalidValue(a, 'en'), nb: (a) => invalidValue(a, 'nb') },
  },
  'unknown-key': {
    title: { en: 'A key the language does not have', nb: 'En nøkkel språket ikke har' },
    trigger: 'A key the language does not have; suggests the closest known key.',
    help: {
      en: 'The language does not have this key, so it is ignored; it is often a typo of a known key.',
      nb: 'Språket har ikke denne nøkkelen, så den blir ignorert; ofte er det en skrivefeil for en kjent nøkkel.',
    },
    why: 'A misspelt key is silently ignored by every other check.',
    messages: {
      en: (a) => `Unknown key '${arg(a, 'key')}' in ${arg(a, 'where') === 'file' ? 'the roadmap' : `'${arg(a, 'where')}'`}; it is ignored.${didYouMean(a, 'en')}`,
      nb: (a) => `Ukjent nøkkel '${arg(a, 'key')}' i ${arg(a, 'where') === 'file' ? 'veikartet' : `'${arg(a, 'where')}'`}; den blir ignorert.${didYouMean(a, 'nb')}`,
    },
  },
  'duplicate-key': {
    title: { en: 'A key appears twice in one map', nb: 'En nøkkel står to ganger i samme kart' },
    trigger: 'A key twice in one map (so an id defined twice); reported on the second, the first counts.',
    help: {
      en: 'A key may appear once per map; the first definition counts. Remove or rename the second one.',
      nb: 'En nøkkel kan stå én gang per kart; den første definisjonen gjelder. Fjern eller gi nytt navn til den andre.',
    },
    messages: {
      en: (a) => `'${arg(a, 'key')}' is defined twice in ${arg(a, 'where') === 'file' ? 'the roadmap' : `'${arg(a, 'where')}'`}; only the first definition counts. Rename or remove this one.`,
      nb: (a) => `'${arg(a, 'key')}' er definert to ganger i ${arg(a, 'where') === 'file' ? 'veikartet' : `'${arg(a, 'where')}'`}; bare den første definisjonen gjelder. Gi denne et nytt navn eller fjern den.`,
    },
  },
  'unknown-reference': {
    title: { en: 'A reference to an id that is not defined', nb: 'En referanse til en id som ikke er definert' },
    trigger: 'A reference to an id not defined in its section; suggests the closest id.',
    help: {
      en: 'A reference must name an id defined in its section (team, systems, data_sources, kpis, risks, use_cases). Define the id or fix the reference.',
      nb: "En referanse må vise til en id som er definert i sin seksjon ('team', 'systems', 'data_sources', 'kpis', 'risks' eller 'use_cases'). Definer id-en eller rett referansen.",
    },
    why: 'A dangling id breaks the links between use cases, KPIs, risks and people.',
    messages: {
      en: (a) => `'${arg(a, 'where')}.${arg(a, 'field')}' refers to '${arg(a, 'id')}', which is not defined in '${arg(a, 'section')}'.${arg(a, 'suggestion') ? didYouMean(a, 'en') : ` Add it to '${arg(a, 'section')}' or fix the id.`}`,
      nb: (a) => `'${arg(a, 'where')}.${arg(a, 'field')}' viser til '${arg(a, 'id')}', som ikke er definert i '${arg(a, 'section')}'.${arg(a, 'suggestion') ? didYouMean(a, 'nb') : ` Legg den til i '${arg(a, 'section')}' eller rett id-en.`}`,
    },
  },
  'number-format': {
    title: { en: 'A number written with digit grouping or a decimal comma', nb: 'Et tall skrevet med tusenskille eller desimalkomma' },
    trigger:
      'A number written with digit grouping (`95.000`, `2 500`, `12,500`) in a money field or `organization.employees`, or with space grouping or a decimal comma (`3,1`) in a KPI value; the field counts as the number meant.',
    help: {
      en: 'Numbers in YAML have no digit grouping and take a decimal point: write 95000, not 95.000 or 95 000, and 3.1, not 3,1. Until it is fixed the field counts as the number meant.',
      nb: "Tall i YAML skrives uten tusenskille og med desimalpunktum: skriv '95000', ikke '95.000' eller '95 000', og '3.1', ikke '3,1'. Til det er rettet, regnes feltet som tallet som er ment.",
    },
    why: 'Norwegian writes 50.000 for fifty thousand; YAML reads 95.000 as 95.',
    messages: { en: (a) => numberFormat(a, 'en'), nb: (a) => numberFormat(a, 'nb') },
  },
  'rule-failed': {
    title: { en: 'A checklist rule failed to run', nb: 'En sjekklisteregel kunne ikke kjøres' },
    trigger: 'A check crashed on this file (a bug in the tool); the other checks still ran.',
    help: {
      en: 'A checklist rule stopped with an internal error; the other rules still ran. Please report it with the file that caused it.',
      nb: 'En sjekklisteregel stoppet med en intern feil; de andre reglene ble likevel kjørt. Meld gjerne fra om det, sammen med filen som utløste det.',
    },
    messages: {
      en: (a) => `Internal error in the check '${arg(a, 'rule')}': ${arg(a, 'detail')}. The other checks still ran; please report this.`,
      nb: (a) => `Intern feil i sjekken '${arg(a, 'rule')}': ${arg(a, 'detail')}. De andre sjekkene ble kjørt; meld gjerne fra om feilen.`,
    },
  },
} satisfies Readonly<Record<OwnCode, StructureCodeText>>;

/** The entry of a code that is not a checklist rule; undefined for a rule's code. */
export function structureCodeText(code: string): StructureCodeText | undefined {
  return Object.hasOwn(STRUCTURE_CODE_TEXTS, code) ? (STRUCTURE_CODE_TEXTS as Readonly<Record<string, StructureCodeText>>)[code] : undefined;
}
