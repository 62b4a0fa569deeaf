/**
 * Every string the command line prints itself (diagnostic messages come from
 * the core), in English and Norwegian Bokmål. One line each: usage errors are
 * printed as a single line on stderr.
 * Must not depend on the LSP connection or vscode.
 */
import type { Locale } from '../core/index';
import { formatNumber } from '../core/texts/format';

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface CliMessages {
  missingCommand(): string;
  unknownCommand(name: string, suggestion: string | undefined): string;
  unknownOption(option: string, suggestion: string | undefined): string;
  missingValue(option: string): string;
  unexpectedValue(option: string): string;
  repeatedOption(option: string): string;
  tooManyArguments(command: string): string;
  badChoice(option: string, value: string, choices: readonly string[]): string;
  badMaxWarnings(value: string): string;
  badRuleSyntax(value: string): string;
  unknownCode(code: string, suggestion: string | undefined): string;
  badSeverity(code: string, severity: string): string;
  seeHelp(command: string | undefined): string;
  notFound(path: string): string;
  cannotRead(path: string, reason: string): string;
  /** `ignored`: how many roadmap files `.gitignore` kept out. */
  noRoadmapFilesIn(path: string, ignored?: number): string;
  globNoMatch(pattern: string, ignored?: number): string;
  notAFile(path: string): string;
  /** A file larger than the command line reads (`limit` is already written out, e.g. "32 MiB"). */
  tooLarge(path: string, limit: string): string;
  /** A configuration file that is not YAML or not a mapping: where, and what the reader said. */
  badConfig(path: string, line: number, column: number, reason: string): string;
  configConflict(): string;
  /** A would-be roadmap file in a searched directory that cannot be used (a broken link, a link loop). */
  skipped(path: string, code: string | undefined): string;
  initExists(path: string): string;
  initCannotWrite(path: string, reason: string): string;
  initCreated(path: string): string;
  summary(counts: SeverityCounts, files: number): string;
  tooManyWarnings(count: number, max: number): string;
  internalError(detail: string): string;
  /** A short reason for a failed file-system call, from its error code. */
  fsReason(code: string | undefined, fallback: string): string;
}

/** A count and its noun, the number as the locale groups it (12,345 / 12 345). */
const plural = (n: number, one: string, many: string, locale: Locale) => `${formatNumber(n, locale)} ${n === 1 ? one : many}`;

const en: CliMessages = {
  missingCommand: () => `missing command (check, init, schema, render).`,
  unknownCommand: (name, s) => `unknown command '${name}'.${s ? ` Did you mean '${s}'?` : ''}`,
  unknownOption: (option, s) => `unknown option '${option}'.${s ? ` Did you mean '${s}'?` : ''}`,
  missingValue: (option) => `option '${option}' needs a value.`,
  unexpectedValue: (option) => `option '${option}' takes no value.`,
  repeatedOption: (option) => `option '${option}' is given more than once.`,
  tooManyArguments: (command) => `too many arguments for '${command}'.`,
  badChoice: (option, value, choices) => `'${value}' is not a valid value for '${option}'; use one of ${choices.join(', ')}.`,
  badMaxWarnings: (value) => `'--max-warnings' needs a whole number of 0 or more, not '${value}'.`,
  badRuleSyntax: (value) => `'--rule ${value}' is not of the form <code>=<severity>, e.g. --rule kpi-unused=off.`,
  unknownCode: (code, s) => `unknown diagnostic code '${code}' in '--rule'.${s ? ` Did you mean '${s}'?` : ''}`,
  badSeverity: (code, severity) => `'${severity}' is not a severity (for '${code}'); use off, hint, info, warning or error.`,
  seeHelp: (command) => `Run 'airoadmap${command ? ` ${command}` : ''} --help' for usage.`,
  notFound: (path) => `'${path}' does not exist.`,
  cannotRead: (path, reason) => `cannot read '${path}': ${reason}.`,
  noRoadmapFilesIn: (path, ignored = 0) =>
    `no roadmap files (*.airoadmap.yaml, *.airoadmap.yml) found in '${path}'${ignored > 0 ? ` (${ignored === 1 ? 'one is' : `${ignored} are`} ignored by .gitignore; name a file to check it anyway)` : ''}.`,
  globNoMatch: (pattern, ignored = 0) => `no files match '${pattern}'${ignored > 0 ? ` (${ignored === 1 ? 'one that does is' : `${ignored} that do are`} ignored by .gitignore)` : ''}.`,
  notAFile: (path) => `'${path}' is neither a file nor a directory.`,
  tooLarge: (path, limit) => `cannot read '${path}': it is larger than ${limit}, the limit for a roadmap file.`,
  badConfig: (path, line, column, reason) => `cannot use the configuration '${path}' (line ${line}, column ${column}): ${reason.replace(/\.$/, '')}.`,
  configConflict: () => `'--config' and '--no-config' cannot be used together.`,
  skipped: (path, code) => `skipped '${path}': ${code === 'ENOENT' ? 'a broken symbolic link' : en.fsReason(code, 'unusable')}.`,
  initExists: (path) => `'${path}' already exists; not overwriting it. Choose another file name.`,
  initCannotWrite: (path, reason) => `cannot write '${path}': ${reason}.`,
  initCreated: (path) => `Created ${path}. Check it with: airoadmap check ${path}`,
  summary: (c, files) => {
    const parts: string[] = [];
    if (c.error) parts.push(plural(c.error, 'error', 'errors', 'en'));
    if (c.warning) parts.push(plural(c.warning, 'warning', 'warnings', 'en'));
    if (c.info) parts.push(`${formatNumber(c.info, 'en')} info`);
    if (c.hint) parts.push(plural(c.hint, 'hint', 'hints', 'en'));
    const where = plural(files, 'file', 'files', 'en');
    return parts.length === 0 ? `No problems in ${where}.` : `${parts.join(', ')} in ${where}.`;
  },
  tooManyWarnings: (count, max) => `Too many warnings: ${formatNumber(count, 'en')}, at most ${formatNumber(max, 'en')} allowed (--max-warnings).`,
  internalError: (detail) => `internal error: ${detail}`,
  fsReason: (code, fallback) => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return 'permission denied';
      case 'ENOENT':
        return 'no such file or directory';
      case 'EISDIR':
        return 'it is a directory';
      case 'ENOTDIR':
        return 'a part of the path is not a directory';
      case 'ELOOP':
        return 'too many symbolic links';
      case 'EEXIST':
        return 'it already exists';
      default:
        return code ?? fallback;
    }
  },
};

const nb: CliMessages = {
  missingCommand: () => `kommando mangler (check, init, schema, render).`,
  unknownCommand: (name, s) => `ukjent kommando '${name}'.${s ? ` Mente du '${s}'?` : ''}`,
  unknownOption: (option, s) => `ukjent valg '${option}'.${s ? ` Mente du '${s}'?` : ''}`,
  missingValue: (option) => `valget '${option}' trenger en verdi.`,
  unexpectedValue: (option) => `valget '${option}' tar ingen verdi.`,
  repeatedOption: (option) => `valget '${option}' er gitt mer enn én gang.`,
  tooManyArguments: (command) => `for mange argumenter til '${command}'.`,
  badChoice: (option, value, choices) => `'${value}' er ikke en gyldig verdi for '${option}'; bruk en av ${choices.join(', ')}.`,
  badMaxWarnings: (value) => `'--max-warnings' trenger et heltall på 0 eller mer, ikke '${value}'.`,
  badRuleSyntax: (value) => `'--rule ${value}' har ikke formen <kode>=<alvorlighet>, f.eks. --rule kpi-unused=off.`,
  unknownCode: (code, s) => `ukjent diagnosekode '${code}' i '--rule'.${s ? ` Mente du '${s}'?` : ''}`,
  badSeverity: (code, severity) => `'${severity}' er ikke en alvorlighetsgrad (for '${code}'); bruk off, hint, info, warning eller error.`,
  seeHelp: (command) => `Kjør 'airoadmap${command ? ` ${command}` : ''} --help' for bruk.`,
  notFound: (path) => `'${path}' finnes ikke.`,
  cannotRead: (path, reason) => `kan ikke lese '${path}': ${reason}.`,
  noRoadmapFilesIn: (path, ignored = 0) =>
    `fant ingen veikartfiler (*.airoadmap.yaml, *.airoadmap.yml) i '${path}'${ignored > 0 ? ` (${ignored === 1 ? 'én er' : `${ignored} er`} utelatt av .gitignore; oppgi filen for å sjekke den likevel)` : ''}.`,
  globNoMatch: (pattern, ignored = 0) => `ingen filer passer til '${pattern}'${ignored > 0 ? ` (${ignored === 1 ? 'én som passer, er' : `${ignored} som passer, er`} utelatt av .gitignore)` : ''}.`,
  notAFile: (path) => `'${path}' er verken en fil eller en mappe.`,
  tooLarge: (path, limit) => `kan ikke lese '${path}': den er større enn ${limit}, grensen for en veikartfil.`,
  badConfig: (path, line, column, reason) => `kan ikke bruke konfigurasjonen '${path}' (linje ${line}, kolonne ${column}): ${reason.replace(/\.$/, '')}.`,
  configConflict: () => `'--config' og '--no-config' kan ikke brukes sammen.`,
  skipped: (path, code) => `hoppet over '${path}': ${code === 'ENOENT' ? 'en brutt symbolsk lenke' : nb.fsReason(code, 'ubrukelig')}.`,
  initExists: (path) => `'${path}' finnes allerede og blir ikke overskrevet. Velg et annet filnavn.`,
  initCannotWrite: (path, reason) => `kan ikke skrive '${path}': ${reason}.`,
  initCreated: (path) => `Opprettet ${path}. Sjekk den med: airoadmap check ${path}`,
  summary: (c, files) => {
    const parts: string[] = [];
    if (c.error) parts.push(`${formatNumber(c.error, 'nb')} feil`);
    if (c.warning) parts.push(plural(c.warning, 'advarsel', 'advarsler', 'nb'));
    if (c.info) parts.push(`${formatNumber(c.info, 'nb')} info`);
    if (c.hint) parts.push(plural(c.hint, 'hint', 'hint', 'nb'));
    const where = plural(files, 'fil', 'filer', 'nb');
    return parts.length === 0 ? `Ingen problemer i ${where}.` : `${parts.join(', ')} i ${where}.`;
  },
  tooManyWarnings: (count, max) => `For mange advarsler: ${formatNumber(count, 'nb')}, høyst ${formatNumber(max, 'nb')} tillatt (--max-warnings).`,
  internalError: (detail) => `intern feil: ${detail}`,
  fsReason: (code, fallback) => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return 'ingen tilgang';
      case 'ENOENT':
        return 'filen eller mappen finnes ikke';
      case 'EISDIR':
        return 'det er en mappe';
      case 'ENOTDIR':
        return 'en del av stien er ikke en mappe';
      case 'ELOOP':
        return 'for mange symbolske lenker';
      case 'EEXIST':
        return 'den finnes allerede';
      default:
        return code ?? fallback;
    }
  },
};

export function cliMessages(locale: Locale): CliMessages {
  return locale === 'nb' ? nb : en;
}
