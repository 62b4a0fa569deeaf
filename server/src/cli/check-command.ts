/**
 * `airoadmap check [paths…]`: finds the roadmap files, checks each with the
 * core's `checkText` (severities from --rule, messages in --locale, the date
 * rules with --today or the local date), prints
 * them in the chosen format and returns the exit status. The path `-` reads
 * standard input, shown as `<stdin>`. Reads its inputs,
 * never writes them.
 * Must not depend on the LSP connection or vscode.
 */
import { dirname } from 'node:path';
import { ALL_CODES, checkText, isCode, isSeveritySetting, placesOf, type SeveritySetting } from '../core/index';
import { closest } from '../core/language/suggest';
import { stringOption, type OptionSpecs, type ParsedArgs } from './args';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './errors';
import { findRoadmapFiles } from './find-files';
import { formatGithub } from './format-github';
import { formatGitlab } from './format-gitlab';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { useColour, type CliIo } from './io';
import { cliMessages, type CliMessages } from './messages';
import { countSeverities, type FileReport } from './report';
import { ConfigFiles, type ConfigChoice } from './config-files';
import { readInputFile, readStdinInput } from './safe-files';
import { terminalLine } from '../shared/terminal-text';
import { commandToday, TODAY_OPTION } from './today';

export const CHECK_OPTIONS: OptionSpecs = {
  format: { kind: 'string' },
  locale: { kind: 'string' },
  'max-warnings': { kind: 'string' },
  rule: { kind: 'string', multiple: true },
  today: TODAY_OPTION,
  config: { kind: 'string' },
  'no-config': { kind: 'boolean' },
  help: { kind: 'boolean', short: 'h' },
};

export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckSettings {
  format: Format;
  maxWarnings: number | undefined;
  severities: Record<string, SeveritySetting>;
  paths: readonly string[];
  /** YYYY-MM-DD: what the date rules take as today. */
  today: string;
  /** Which airoadmap.config.yaml applies (config-files.ts). */
  config: ConfigChoice;
}

/** Validates the options of `check`; throws UsageError with a localised message. */
export function checkSettings(args: ParsedArgs, text: CliMessages, io: Pick<CliIo, 'env' | 'locale'>, now?: () => Date): CheckSettings {
  const usage = (message: string) => new UsageError(message, 'check');
  const formatValue = stringOption(args, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(formatValue)) throw usage(text.badChoice('--format', formatValue, FORMATS));

  const maxValue = stringOption(args, 'max-warnings');
  let maxWarnings: number | undefined;
  if (maxValue !== undefined) {
    if (!/^\d+$/.test(maxValue.trim())) throw usage(text.badMaxWarnings(maxValue));
    maxWarnings = Number(maxValue.trim());
  }

  const severities: Record<string, SeveritySetting> = {};
  for (const rule of args.strings.get('rule') ?? []) {
    const eq = rule.indexOf('=');
    if (eq <= 0) throw usage(text.badRuleSyntax(rule));
    const code = rule.slice(0, eq).trim();
    const severity = rule.slice(eq + 1).trim();
    if (!isCode(code)) throw usage(text.unknownCode(code, closest(code, ALL_CODES)));
    if (!isSeveritySetting(severity)) throw usage(text.badSeverity(code, severity));
    severities[code] = severity;
  }
  const today = commandToday(stringOption(args, 'today'), io.env, io.locale, 'check', now);
  const configPath = stringOption(args, 'config');
  if (configPath !== undefined && args.flags.has('no-config')) throw usage(text.configConflict());
  const config: ConfigChoice = args.flags.has('no-config') ? { kind: 'none' } : configPath !== undefined ? { kind: 'file', path: configPath } : { kind: 'nearest' };
  return { format: formatValue as Format, maxWarnings, severities, paths: args.positionals, today, config };
}

export function runCheck(args: ParsedArgs, io: CliIo): number {
  const text = cliMessages(io.locale);
  const settings = checkSettings(args, text, io);
  const files = findRoadmapFiles(settings.paths, io.cwd, text, (message) => io.stderr(terminalLine(`airoadmap: ${message}`)));
  // Read everything first, so an unreadable file stops the run before any output.
  const texts = files.map((f) => (f.stdin ? readStdinInput(io.stdin, text).text : readInputFile(f.absolute, f.display, text).text));
  // Each file's airoadmap.config.yaml, read before any output too; its findings go to stderr once.
  const configFiles = new ConfigFiles(settings.config, io.cwd, text, io.locale, io.stderr);
  const configs = files.map((f) => configFiles.forDirectory(f.stdin ? io.cwd : dirname(f.absolute)));
  // The language: --locale, else the first configuration's, else the environment's (io.locale).
  const locale = io.localeGiven === true ? io.locale : (configs.find((c) => c?.config.locale)?.config.locale ?? io.locale);
  const said = locale === io.locale ? text : cliMessages(locale);
  const reports: FileReport[] = files.map((f, i) => {
    const config = configs[i]?.config;
    // The flags over the file: a --rule beats the configuration's rule for the same code.
    const severities = { ...config?.severities, ...settings.severities };
    const { model, diagnostics } = checkText(texts[i]!, { locale, severities, today: settings.today, ...(config ? { guides: config.guides } : {}) });
    // Where each finding lies by name, for the fingerprints of the CI formats.
    const placeOf = settings.format === 'sarif' || settings.format === 'gitlab' ? placesOf(model) : undefined;
    return { file: f.display, absolute: f.absolute, diagnostics, ...(placeOf ? { places: diagnostics.map((d) => placeOf(d.range)) } : {}) };
  });

  const counts = countSeverities(reports);
  if (settings.format === 'json') io.stdout(formatJson(reports));
  else if (settings.format === 'sarif') io.stdout(formatSarif(reports, io.cwd, locale));
  else if (settings.format === 'github') io.stdout(formatGithub(reports, io.cwd));
  else if (settings.format === 'gitlab') io.stdout(formatGitlab(reports, io.cwd));
  else {
    io.stdout(formatText(reports, useColour(io)));
    io.stderr(terminalLine(said.summary(counts, files.length)));
  }
  const tooManyWarnings = settings.maxWarnings !== undefined && counts.warning > settings.maxWarnings;
  if (tooManyWarnings) io.stderr(terminalLine(said.tooManyWarnings(counts.warning, settings.maxWarnings!)));
  return counts.error > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}
