/**
 * The YAML parser's errors in English and Norwegian Bokmål, by the `yaml`
 * library's error code (`YAMLError.code`), so a Norwegian user never reads
 * the library's English: `yaml-syntax` findings carry the code (`yaml`) and
 * the library's own first line (`detail`); the message is made here. A few
 * codes cover several mistakes, told apart by the library's text; a code
 * this table does not know yet is named ("YAML-feil (KODE)"), its English
 * shown only in English. The tool's own YAML findings (an alias naming no
 * anchor) have codes of their own.
 * Must not depend on vscode or the LSP connection.
 */
import type { ErrorCode } from 'yaml';
import { arg } from '../language/catalogue';
import { cutText } from '../language/cut';
import type { Locale, MessageArgs } from '../language/types';
import { formatNumber } from './format';

type Bilingual = { readonly en: string; readonly nb: string };

/** One text per error code of the library (the test reads the codes from the library's own type). */
export const YAML_ERROR_TEXTS: Readonly<Record<ErrorCode, Bilingual>> = {
  ALIAS_PROPS: { en: 'an alias (*name) cannot have an anchor or a tag', nb: 'et alias (*navn) kan ikke ha anker eller tagg' },
  BAD_ALIAS: { en: "an anchor or alias name is empty or ends in ':'", nb: "et anker- eller aliasnavn er tomt eller slutter på ':'" },
  BAD_DIRECTIVE: { en: 'a directive (a line starting with %) is not valid', nb: 'et direktiv (en linje som begynner med %) er ugyldig' },
  BAD_DQ_ESCAPE: { en: 'an invalid escape (\\…) in text in double quotes', nb: 'en ugyldig kode med omvendt skråstrek (\\…) i tekst i doble anførselstegn' },
  BAD_INDENT: { en: 'wrong indentation: items that belong together must start in the same column', nb: 'feil innrykk: elementer som hører sammen, må begynne i samme kolonne' },
  BAD_PROP_ORDER: { en: "an anchor or tag must come after the '?', ':' or '-' before it", nb: "et anker eller en tagg må stå etter '?', ':' eller '-' foran det" },
  BAD_SCALAR_START: { en: 'a value without quotes cannot start with this character (such as @, ` or %); put the value in quotes', nb: 'en verdi uten anførselstegn kan ikke begynne med dette tegnet (for eksempel @, ` eller %); sett verdien i anførselstegn' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a list or map cannot stand as a key; check the indentation and the colons', nb: 'en liste eller et kart kan ikke stå som nøkkel; sjekk innrykket og kolonene' },
  BLOCK_IN_FLOW: { en: 'an indented list or map cannot stand inside { } or [ ]', nb: 'en innrykket liste eller et innrykket kart kan ikke stå inne i { } eller [ ]' },
  BAD_COLLECTION_TYPE: { en: 'the tag does not fit this kind of value (a map or a list)', nb: 'taggen passer ikke til denne typen verdi (kart eller liste)' },
  DUPLICATE_KEY: { en: 'a key appears twice in the same map', nb: 'en nøkkel står to ganger i samme kart' },
  IMPOSSIBLE: { en: 'the parser cannot read the text here; check the syntax around it', nb: 'parseren kan ikke lese teksten her; sjekk syntaksen rundt' },
  KEY_OVER_1024_CHARS: { en: `a key can be at most ${formatNumber(1024, 'en')} characters long`, nb: `en nøkkel kan være høyst ${formatNumber(1024, 'nb')} tegn lang` },
  MISSING_CHAR: { en: 'a character is missing here (a closing quote, a comma, a colon or a space)', nb: 'et tegn mangler her (et avsluttende anførselstegn, et komma, et kolon eller et mellomrom)' },
  MULTILINE_IMPLICIT_KEY: { en: "a key must stand on one line; a ':' is probably missing at the end of the line before", nb: "en nøkkel må stå på én linje; trolig mangler det et ':' på slutten av linjen før" },
  MULTIPLE_ANCHORS: { en: 'a value can have at most one anchor', nb: 'en verdi kan ha høyst ett anker' },
  MULTIPLE_DOCS: { en: 'the text holds more than one YAML document', nb: 'teksten inneholder mer enn ett YAML-dokument' },
  MULTIPLE_TAGS: { en: 'a value can have at most one tag', nb: 'en verdi kan ha høyst én tagg' },
  NON_STRING_KEY: { en: 'a key must be text', nb: 'en nøkkel må være tekst' },
  RESOURCE_EXHAUSTION: { en: 'the structure is nested too deeply to read; flatten it', nb: 'strukturen er nøstet for dypt til å leses; gjør den flatere' },
  TAB_AS_INDENT: { en: 'tabs cannot be used for indentation; indent with spaces', nb: 'tabulator kan ikke brukes til innrykk; bruk mellomrom' },
  TAG_RESOLVE_FAILED: { en: 'an unknown tag (!…); a roadmap is plain YAML without tags of its own', nb: 'en ukjent tagg (!…); et veikart er vanlig YAML uten egne tagger' },
  UNEXPECTED_TOKEN: { en: 'unexpected text here; check the indentation, the quotes and the brackets', nb: 'uventet tekst her; sjekk innrykket, anførselstegnene og parentesene' },
};

/** The library's mistakes that share a code, told apart by the start of its English text. */
const VARIANTS: readonly { code: ErrorCode; detail: RegExp; text: Bilingual }[] = [
  { code: 'MISSING_CHAR', detail: /^Missing closing/, text: { en: 'a quote is not closed', nb: 'et anførselstegn er ikke lukket' } },
  { code: 'MISSING_CHAR', detail: /^Implicit map keys need to be followed by map values/, text: { en: "a key must be followed by ':' and its value", nb: "en nøkkel må følges av ':' og verdien" } },
  { code: 'MISSING_CHAR', detail: /^Missing , (?:or : )?between/, text: { en: 'a comma is missing between the items in { } or [ ]', nb: 'det mangler komma mellom elementene i { } eller [ ]' } },
  { code: 'MISSING_CHAR', detail: /^Missing space after :/, text: { en: "a space is missing after ':'", nb: "det mangler et mellomrom etter ':'" } },
  { code: 'MISSING_CHAR', detail: /^Comments must be separated/, text: { en: 'a comment (#) needs a space before it', nb: 'en kommentar (#) må ha et mellomrom foran seg' } },
  { code: 'MISSING_CHAR', detail: /^Sequence item without - indicator/, text: { en: "a list item is missing its '-'", nb: "et listeelement mangler '-'" } },
  { code: 'MISSING_CHAR', detail: /^Tags and anchors must be separated/, text: { en: 'a tag or anchor needs a space after it', nb: 'en tagg eller et anker må ha et mellomrom etter seg' } },
  { code: 'UNEXPECTED_TOKEN', detail: /^Unexpected , in/, text: { en: 'an unexpected comma', nb: 'et uventet komma' } },
  { code: 'UNEXPECTED_TOKEN', detail: /^Unexpected empty item/, text: { en: 'an empty item in { } or [ ] (two commas in a row?)', nb: 'et tomt element i { } eller [ ] (to komma etter hverandre?)' } },
  { code: 'UNEXPECTED_TOKEN', detail: /^Block scalar header includes extra characters/, text: { en: 'extra characters after | or >', nb: 'overflødige tegn etter | eller >' } },
  { code: 'TAG_RESOLVE_FAILED', detail: /^Unresolved tag: (\S+)/, text: { en: 'unresolved tag {1}; a roadmap is plain YAML without tags of its own', nb: 'ukjent tagg {1}; et veikart er vanlig YAML uten egne tagger' } },
];

/** The tool's own YAML findings, with their arguments. */
const OWN: Readonly<Record<string, Record<Locale, (a: MessageArgs) => string>>> = {
  UNDEFINED_ALIAS: {
    en: (a) => `the alias *${arg(a, 'alias')} names no anchor defined before it`,
    nb: (a) => `aliaset *${arg(a, 'alias')} viser ikke til noe anker definert før det`,
  },
};

/** What went wrong, as the locale says it, from a `yaml-syntax` finding's arguments. */
export function yamlErrorText(args: MessageArgs, locale: Locale): string {
  const code = arg(args, 'yaml');
  const detail = arg(args, 'detail');
  if (Object.hasOwn(OWN, code)) return OWN[code]![locale](args);
  for (const v of VARIANTS) {
    const m = v.code === code ? v.detail.exec(detail) : null;
    if (m) return v.text[locale].replace('{1}', cutText(m[1] ?? '', 60));
  }
  if (Object.hasOwn(YAML_ERROR_TEXTS, code)) return YAML_ERROR_TEXTS[code as ErrorCode][locale];
  // A code this table does not know yet: its name, and the library's English only in English.
  if (locale === 'nb') return code ? `YAML-feil (${code})` : 'YAML-feil';
  return detail || (code ? `YAML error (${code})` : 'YAML error');
}
