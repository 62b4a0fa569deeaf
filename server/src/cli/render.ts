/**
 * `airoadmap render <file> [-o out.html] [--view <a view>|all]
 * [--format html|svg] [--locale en|nb] [--today YYYY-MM-DD]`: the preview's views as a
 * standalone offline HTML page (the webview bundle inlined under a nonce'd CSP) or
 * as an SVG of one view (the views: core/views/registry.ts). Exit 0 on success, 2 on bad usage or unusable paths
 * (the input is read as check reads it, safe-files.ts, `-` from standard input; `-o` never overwrites it).
 * Options are parsed by args.ts and errors reported by run.ts like every command's.
 * Must not depend on the LSP connection or vscode.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRoadmap } from '../core/language/parse';
import { computeViews } from '../core/views/compute';
import { exportSvg } from '../core/views/draw';
import { DEFAULT_VIEW, isViewName, VIEW_NAMES, type ViewName } from '../core/views/registry';
import { buildStandaloneHtml } from '../core/views/standalone';
import { parseArgs, stringOption, type OptionSpecs, type ParsedArgs } from './args';
import { ConfigFiles } from './config-files';
import { errorCode, errorLine, EXIT_OK, EXIT_USAGE, firstLine, PathError, UsageError } from './errors';
import { helpText } from './help';
import type { CliIo } from './io';
import { isLocale, localeFromArgs, LOCALES } from './locale';
import { cliMessages } from './messages';
import { OutputIsInputError, OutputNotAFileError, readInputFile, readStdinInput, STDIN_NAME, writeOutputFile, type FileIdentity, type StdinReader } from './safe-files';
import { terminalLine } from '../shared/terminal-text';
import { commandToday } from './today';

export const RENDER_OPTIONS: OptionSpecs = {
  output: { kind: 'string', short: 'o' },
  view: { kind: 'string' },
  format: { kind: 'string' },
  locale: { kind: 'string' },
  today: { kind: 'string' },
  config: { kind: 'string' },
  'no-config': { kind: 'boolean' },
  help: { kind: 'boolean', short: 'h' },
};

const RENDER_FORMATS = ['html', 'svg'] as const;

export const TEXT = {
  en: {
    missingFile: 'render needs one roadmap file.',
    svgNeedsView: '--format svg draws one view: choose it with --view.',
    cannotWrite: (f: string, why: string) => `cannot write '${f}': ${why}`,
    outputIsInput: (o: string, i: string) => `'${o}' is the roadmap being rendered ('${i}'); not overwriting it. Choose another output file.`,
    outputNotAFile: (o: string) => `'${o}' is a FIFO or a socket, not a file; to write to a pipe, leave out -o.`,
    noBundle: 'the preview bundle (dist/webview/preview.js) is missing; run `npm run build` first.',
    syntaxWarning: (f: string) => `'${f}' has YAML syntax errors; the views show what could be read.`,
    wrote: (f: string) => `wrote ${f}`,
  },
  nb: {
    missingFile: 'render trenger én veikartfil.',
    svgNeedsView: '--format svg tegner én visning: velg den med --view.',
    cannotWrite: (f: string, why: string) => `kan ikke skrive '${f}': ${why}`,
    outputIsInput: (o: string, i: string) => `'${o}' er veikartet som tegnes ('${i}'); det blir ikke overskrevet. Velg en annen utfil.`,
    outputNotAFile: (o: string) => `'${o}' er en FIFO eller en socket, ikke en fil; for å skrive til et rør, utelat -o.`,
    noBundle: 'forhåndsvisningens filer (dist/webview/preview.js) mangler; kjør `npm run build` først.',
    syntaxWarning: (f: string) => `'${f}' har YAML-syntaksfeil; visningene viser det som kunne leses.`,
    wrote: (f: string) => `skrev ${f}`,
  },
} as const;

interface RenderSettings {
  file: string;
  output: string | undefined;
  format: 'html' | 'svg';
  view: ViewName | 'all';
  today: string;
  /** `--config FILE`, or `--no-config`; absent: the nearest. */
  config: { kind: 'file'; path: string } | { kind: 'none' } | { kind: 'nearest' };
}

/** Validates the options of `render`; throws UsageError with a localised message. */
function renderSettings(args: ParsedArgs, io: Pick<CliIo, 'env' | 'locale'>): RenderSettings {
  const text = cliMessages(io.locale);
  const t = TEXT[io.locale];
  const usage = (message: string) => new UsageError(message, 'render');
  const locale = stringOption(args, 'locale');
  if (locale !== undefined && !isLocale(locale)) throw usage(text.badChoice('--locale', locale, LOCALES));
  const viewValue = stringOption(args, 'view');
  if (viewValue !== undefined && viewValue !== 'all' && !isViewName(viewValue)) throw usage(text.badChoice('--view', viewValue, [...VIEW_NAMES, 'all']));
  const formatValue = stringOption(args, 'format');
  if (formatValue !== undefined && !(RENDER_FORMATS as readonly string[]).includes(formatValue)) throw usage(text.badChoice('--format', formatValue, RENDER_FORMATS));
  const today = commandToday(stringOption(args, 'today'), io.env, io.locale, 'render');
  if (args.positionals.length === 0) throw usage(t.missingFile);
  if (args.positionals.length > 1) throw usage(text.tooManyArguments('render'));
  const output = stringOption(args, 'output');
  const format = (formatValue as RenderSettings['format'] | undefined) ?? (output && /\.svg$/i.test(output) ? 'svg' : 'html');
  const view = (viewValue as RenderSettings['view'] | undefined) ?? (format === 'svg' ? DEFAULT_VIEW : 'all');
  if (format === 'svg' && view === 'all') throw usage(t.svgNeedsView);
  const configPath = stringOption(args, 'config');
  if (configPath !== undefined && args.flags.has('no-config')) throw usage(text.configConflict());
  const config = args.flags.has('no-config') ? ({ kind: 'none' } as const) : configPath !== undefined ? ({ kind: 'file', path: configPath } as const) : ({ kind: 'nearest' } as const);
  return { file: args.positionals[0]!, output, format, view, today, config };
}

/** Where the webview bundle is: beside dist/cli.js, or dist/webview from the sources. */
export function findWebviewBundle(start: string = __dirname): string | undefined {
  const candidates = [path.join(start, 'webview'), path.join(start, '..', 'dist', 'webview'), path.join(start, '..', '..', '..', 'dist', 'webview'), path.join(start, '..', '..', 'dist', 'webview')];
  return candidates.find((dir) => existsSync(path.join(dir, 'preview.js')) && existsSync(path.join(dir, 'preview.css')));
}

export function runRender(args: ParsedArgs, io: CliIo): number {
  const t = TEXT[io.locale];
  const settings = renderSettings(args, io);
  const { file, view, format } = settings;
  // `-`: standard input (its file, when redirected from one, is still never overwritten).
  const fromStdin = file === '-';
  const shown = fromStdin ? STDIN_NAME : file;
  const { text, identity: input }: { text: string; identity?: FileIdentity } = fromStdin ? readStdinInput(io.stdin, cliMessages(io.locale)) : readInputFile(path.resolve(io.cwd, file), file, cliMessages(io.locale));
  const { model, findings } = parseRoadmap(text);
  if (findings.some((f) => f.code === 'yaml-syntax' && f.severity !== 'warning')) io.stderr(terminalLine(`airoadmap: ${t.syntaxWarning(shown)}`));
  // The configuration file `check` applies: its guides for the budget tab, its language unless --locale says another.
  const configs = new ConfigFiles(settings.config, io.cwd, cliMessages(io.locale), io.locale, io.stderr);
  const config = configs.forDirectory(fromStdin ? io.cwd : path.dirname(path.resolve(io.cwd, file)))?.config;
  const language = io.localeGiven === true ? io.locale : (config?.locale ?? io.locale);
  const views = computeViews(model, language, settings.today, undefined, config?.guides);
  let out: string;
  if (format === 'svg') {
    out = exportSvg(views, view as ViewName);
  } else {
    const bundle = findWebviewBundle();
    if (!bundle) throw new PathError(t.noBundle);
    const js = readFileSync(path.join(bundle, 'preview.js'), 'utf8');
    const css = readFileSync(path.join(bundle, 'preview.css'), 'utf8');
    out = buildStandaloneHtml({ views, js, css, nonce: randomBytes(18).toString('base64').replace(/[+/=]/g, 'x'), only: view === 'all' ? [] : [view] });
  }
  if (settings.output === undefined || settings.output === '-') {
    io.stdout(out);
    return EXIT_OK;
  }
  const output = settings.output;
  try {
    writeOutputFile(path.resolve(io.cwd, output), out, input ? [input] : []);
  } catch (err) {
    throw new PathError(err instanceof OutputIsInputError ? t.outputIsInput(output, shown) : err instanceof OutputNotAFileError ? t.outputNotAFile(output) : t.cannotWrite(output, cliMessages(io.locale).fsReason(errorCode(err), firstLine(err))));
  }
  io.stderr(terminalLine(t.wrote(output)));
  return EXIT_OK;
}

/** What `renderCommand` may touch (tests and embedders; the command line goes through run.ts). */
export interface RenderIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** For `AIROADMAP_TODAY` (see today.ts); none: the local date. */
  env?: NodeJS.ProcessEnv;
  /** Standard input, for the file `-`. */
  stdin?: StdinReader;
}

/**
 * `airoadmap render …` with its arguments, outside the command line's
 * dispatch: the same parser, the same one-line errors (exit 2). English
 * unless the arguments say `--locale nb`.
 */
export async function renderCommand(argv: readonly string[], io: RenderIo): Promise<number> {
  const locale = localeFromArgs(argv) ?? 'en';
  const cli: CliIo = {
    stdout: (text) => void io.stdout.write(text),
    stderr: (text) => void io.stderr.write(text),
    stdoutIsTTY: false,
    env: io.env ?? {},
    cwd: io.cwd,
    locale,
    localeGiven: localeFromArgs(argv) !== undefined,
    streams: { stdout: io.stdout, stderr: io.stderr },
    ...(io.stdin ? { stdin: io.stdin } : {}),
  };
  try {
    const args = parseArgs(argv, RENDER_OPTIONS, cliMessages(locale), 'render');
    if (args.flags.has('help')) {
      cli.stdout(helpText('render', locale));
      return EXIT_OK;
    }
    return runRender(args, cli);
  } catch (error) {
    cli.stderr(errorLine(error, cliMessages(locale)));
    return EXIT_USAGE;
  }
}
