/**
 * `airoadmap report <file> [--format md|html] [-o FILE] [--today D] [--locale en|nb]`:
 * the quarterly steering report of one roadmap (core/views/report.ts) as
 * GitHub-flavoured Markdown, for a job summary or a pull-request comment, or
 * as a self-contained print-ready HTML page (the format follows -o's
 * extension unless given); to stdout, or to FILE (never over the roadmap:
 * safe-files.ts). `-` reads
 * standard input. The checks use the roadmap's airoadmap.config.yaml as
 * `check` does (its rules and guides). Exit 0 on success, 2 on bad usage or
 * unusable paths.
 * Must not depend on the LSP connection or vscode.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { checkText } from '../core/index';
import { reportDocument } from '../core/views/report';
import { documentHtml } from '../core/views/report-html';
import { documentMarkdown } from '../core/views/report-markdown';
import { stringOption, type OptionSpecs, type ParsedArgs } from './args';
import { ConfigFiles } from './config-files';
import { errorCode, EXIT_OK, firstLine, PathError, UsageError } from './errors';
import type { CliIo } from './io';
import { isLocale, LOCALES } from './locale';
import { cliMessages } from './messages';
import { TEXT as RENDER_TEXT } from './render';
import { OutputIsInputError, OutputNotAFileError, readInputFile, readStdinInput, STDIN_NAME, writeOutputFile, type FileIdentity } from './safe-files';
import { escapeControls, terminalLine } from '../shared/terminal-text';
import { commandToday, TODAY_OPTION } from './today';

export const REPORT_OPTIONS: OptionSpecs = {
  output: { kind: 'string', short: 'o' },
  format: { kind: 'string' },
  locale: { kind: 'string' },
  today: TODAY_OPTION,
  config: { kind: 'string' },
  'no-config': { kind: 'boolean' },
  help: { kind: 'boolean', short: 'h' },
};

const REPORT_FORMATS = ['md', 'html'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Without --format: HTML for an output named *.html or *.htm, else Markdown. */
function formatFor(output: string | undefined): ReportFormat {
  return output !== undefined && /\.html?$/i.test(output) ? 'html' : 'md';
}

const TEXT = {
  en: { missingFile: 'report needs one roadmap file.' },
  nb: { missingFile: 'report trenger én veikartfil.' },
} as const;

export function runReport(args: ParsedArgs, io: CliIo): number {
  const text = cliMessages(io.locale);
  const usage = (message: string) => new UsageError(message, 'report');
  const locale = stringOption(args, 'locale');
  if (locale !== undefined && !isLocale(locale)) throw usage(text.badChoice('--locale', locale, LOCALES));
  const output = stringOption(args, 'output');
  const format = stringOption(args, 'format') ?? formatFor(output);
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw usage(text.badChoice('--format', format, REPORT_FORMATS));
  const today = commandToday(stringOption(args, 'today'), io.env, io.locale, 'report');
  if (args.positionals.length === 0) throw usage(TEXT[io.locale].missingFile);
  if (args.positionals.length > 1) throw usage(text.tooManyArguments('report'));
  const configPath = stringOption(args, 'config');
  if (configPath !== undefined && args.flags.has('no-config')) throw usage(text.configConflict());

  const file = args.positionals[0]!;
  const fromStdin = file === '-';
  const shown = fromStdin ? STDIN_NAME : file;
  const absolute = path.resolve(io.cwd, file);
  const { text: source, identity: input }: { text: string; identity?: FileIdentity } = fromStdin ? readStdinInput(io.stdin, text) : readInputFile(absolute, file, text);
  const configs = new ConfigFiles(args.flags.has('no-config') ? { kind: 'none' } : configPath !== undefined ? { kind: 'file', path: configPath } : { kind: 'nearest' }, io.cwd, text, io.locale, io.stderr);
  const config = configs.forDirectory(fromStdin ? io.cwd : path.dirname(absolute))?.config;
  const language = io.localeGiven === true ? io.locale : (config?.locale ?? io.locale);
  const { model, diagnostics } = checkText(source, { locale: language, today, ...(config ? { severities: config.severities, guides: config.guides } : {}) });
  const doc = reportDocument(model, diagnostics, language, today, config?.guides);
  // Markdown carries no control character of the file to a terminal or a page; escapeXml drops them from HTML.
  const out = format === 'html' ? documentHtml(doc, randomBytes(16).toString('base64')) : documentMarkdown(doc).split('\n').map(escapeControls).join('\n');

  if (output === undefined || output === '-') {
    io.stdout(out);
    return EXIT_OK;
  }
  const t = RENDER_TEXT[io.locale];
  try {
    writeOutputFile(path.resolve(io.cwd, output), out, input ? [input] : []);
  } catch (err) {
    throw new PathError(err instanceof OutputIsInputError ? t.outputIsInput(output, shown) : err instanceof OutputNotAFileError ? t.outputNotAFile(output) : t.cannotWrite(output, text.fsReason(errorCode(err), firstLine(err))));
  }
  io.stderr(terminalLine(t.wrote(output)));
  return EXIT_OK;
}
