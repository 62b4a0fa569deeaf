/**
 * `airoadmap render <file> [-o out.html] [--view <a view>|all]
 * [--format html|svg] [--locale en|nb] [--today YYYY-MM-DD]`: the preview's views as a
 * standalone offline HTML page (the webview bundle inlined under a nonce'd CSP) or
 * as an SVG of one view (the views: core/views/registry.ts). Exit 0 on success, 2 on bad usage or unusable paths
 * (the input is read as check reads it, safe-files.ts; `-o` never overwrites it).
 * Must not depend on the LSP connection or vscode.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRoadmap } from '../core/language/parse';
import type { Locale } from '../core/language/types';
import { computeViews } from '../core/views/compute';
import { exportSvg } from '../core/views/draw';
import { DEFAULT_VIEW, isViewName, VIEW_NAMES, type ViewName } from '../core/views/registry';
import { buildStandaloneHtml } from '../core/views/standalone';
import { PathError } from './errors';
import { cliMessages } from './messages';
import { OutputIsInputError, OutputNotAFileError, readInputFile, writeOutputFile, type FileIdentity } from './safe-files';
import { terminalLine } from '../shared/terminal-text';
import { BadToday, resolveToday } from './today';

export interface RenderIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** For `AIROADMAP_TODAY` (see today.ts); none: the local date. */
  env?: NodeJS.ProcessEnv;
}

/** `--view`'s choices as the usage writes them. */
const VIEW_CHOICES = [...VIEW_NAMES, 'all'].join('|');

export const TEXT = {
  en: {
    usage:
      `Usage: airoadmap render <file> [-o out.html] [--view ${VIEW_CHOICES}] [--format html|svg] [--locale en|nb] [--today YYYY-MM-DD]\n`,
    missingFile: 'render needs one roadmap file.',
    extraArg: (a: string) => `unexpected argument '${a}'.`,
    unknownOption: (o: string) => `unknown option '${o}'.`,
    needsValue: (o: string) => `${o} needs a value.`,
    badChoice: (o: string, v: string, choices: string) => `${o} must be one of ${choices}, not '${v}'.`,
    badDate: (v: string) => `--today must be a date YYYY-MM-DD that exists, not '${v}'.`,
    svgNeedsView: '--format svg draws one view: choose it with --view.',
    cannotWrite: (f: string, why: string) => `cannot write '${f}': ${why}`,
    outputIsInput: (o: string, i: string) => `'${o}' is the roadmap being rendered ('${i}'); not overwriting it. Choose another output file.`,
    outputNotAFile: (o: string) => `'${o}' is a FIFO or a socket, not a file; to write to a pipe, leave out -o.`,
    noBundle: 'the preview bundle (dist/webview/preview.js) is missing; run `npm run build` first.',
    syntaxWarning: (f: string) => `'${f}' has YAML syntax errors; the views show what could be read.`,
    wrote: (f: string) => `wrote ${f}`,
  },
  nb: {
    usage:
      `Bruk: airoadmap render <fil> [-o ut.html] [--view ${VIEW_CHOICES}] [--format html|svg] [--locale en|nb] [--today ÅÅÅÅ-MM-DD]\n`,
    missingFile: 'render trenger én veikartfil.',
    extraArg: (a: string) => `uventet argument '${a}'.`,
    unknownOption: (o: string) => `ukjent valg '${o}'.`,
    needsValue: (o: string) => `${o} trenger en verdi.`,
    badChoice: (o: string, v: string, choices: string) => `${o} må være en av ${choices}, ikke '${v}'.`,
    badDate: (v: string) => `--today må være en dato ÅÅÅÅ-MM-DD som finnes, ikke '${v}'.`,
    svgNeedsView: '--format svg tegner én visning: velg den med --view.',
    cannotWrite: (f: string, why: string) => `kan ikke skrive '${f}': ${why}`,
    outputIsInput: (o: string, i: string) => `'${o}' er veikartet som tegnes ('${i}'); det blir ikke overskrevet. Velg en annen utfil.`,
    outputNotAFile: (o: string) => `'${o}' er en FIFO eller en socket, ikke en fil; for å skrive til et rør, utelat -o.`,
    noBundle: 'forhåndsvisningens filer (dist/webview/preview.js) mangler; kjør `npm run build` først.',
    syntaxWarning: (f: string) => `'${f}' har YAML-syntaksfeil; visningene viser det som kunne leses.`,
    wrote: (f: string) => `skrev ${f}`,
  },
} as const;

interface RenderOptions {
  file: string;
  output: string | undefined;
  view: ViewName | 'all' | undefined;
  format: 'html' | 'svg' | undefined;
  locale: Locale;
  today: string | undefined;
  help: boolean;
}

class RenderUsageError extends Error {}

function parseRenderArgs(argv: readonly string[]): RenderOptions {
  // The locale first, so every later message speaks it.
  const li = argv.indexOf('--locale');
  const localeArg = li >= 0 ? argv[li + 1] : argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  const locale: Locale = localeArg === 'nb' ? 'nb' : 'en';
  const t = TEXT[locale];
  const opts: RenderOptions = { file: '', output: undefined, view: undefined, format: undefined, locale, today: undefined, help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-') && v !== '-')) throw new RenderUsageError(t.needsValue(arg));
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '-o':
      case '--output':
        opts.output = value();
        break;
      case '--view': {
        const v = value();
        if (v !== 'all' && !isViewName(v)) throw new RenderUsageError(t.badChoice('--view', v, [...VIEW_NAMES, 'all'].join(', ')));
        opts.view = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'html' && v !== 'svg') throw new RenderUsageError(t.badChoice('--format', v, 'html, svg'));
        opts.format = v;
        break;
      }
      case '--locale': {
        const v = value();
        if (v !== 'en' && v !== 'nb') throw new RenderUsageError(t.badChoice('--locale', v, 'en, nb'));
        break;
      }
      case '--today': {
        const v = value();
        try {
          opts.today = resolveToday(v, {});
        } catch (err) {
          if (err instanceof BadToday) throw new RenderUsageError(t.badDate(v));
          throw err;
        }
        break;
      }
      case '--':
        files.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new RenderUsageError(t.unknownOption(arg));
        files.push(arg);
    }
  }
  if (opts.help) return opts;
  if (files.length === 0) throw new RenderUsageError(t.missingFile);
  if (files.length > 1) throw new RenderUsageError(t.extraArg(files[1]!));
  opts.file = files[0]!;
  return opts;
}

/** Where the webview bundle is: beside dist/cli.js, or dist/webview from the sources. */
export function findWebviewBundle(start: string = __dirname): string | undefined {
  const candidates = [path.join(start, 'webview'), path.join(start, '..', 'dist', 'webview'), path.join(start, '..', '..', '..', 'dist', 'webview'), path.join(start, '..', '..', 'dist', 'webview')];
  return candidates.find((dir) => existsSync(path.join(dir, 'preview.js')) && existsSync(path.join(dir, 'preview.css')));
}

function reason(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

export async function renderCommand(argv: string[], io: RenderIo): Promise<number> {
  let opts: RenderOptions;
  try {
    opts = parseRenderArgs(argv);
  } catch (err) {
    if (!(err instanceof RenderUsageError)) throw err;
    const locale: Locale = argv.includes('nb') ? 'nb' : 'en';
    io.stderr.write(`${terminalLine(`airoadmap render: ${err.message}`)}${TEXT[locale].usage}`);
    return 2;
  }
  const t = TEXT[opts.locale];
  if (opts.help) {
    io.stdout.write(t.usage);
    return 0;
  }
  const format = opts.format ?? (opts.output && /\.svg$/i.test(opts.output) ? 'svg' : 'html');
  const view = opts.view ?? (format === 'svg' ? DEFAULT_VIEW : 'all');
  if (format === 'svg' && view === 'all') {
    io.stderr.write(terminalLine(`airoadmap render: ${t.svgNeedsView}`));
    return 2;
  }
  let text: string;
  let input: FileIdentity;
  try {
    ({ text, identity: input } = readInputFile(path.resolve(io.cwd, opts.file), opts.file, cliMessages(opts.locale)));
  } catch (err) {
    if (!(err instanceof PathError)) throw err;
    io.stderr.write(terminalLine(`airoadmap render: ${err.message}`));
    return 2;
  }
  const { model, findings } = parseRoadmap(text);
  if (findings.some((f) => f.code === 'yaml-syntax' && f.severity !== 'warning')) io.stderr.write(terminalLine(`airoadmap render: ${t.syntaxWarning(opts.file)}`));
  let today: string;
  try {
    today = opts.today ?? resolveToday(undefined, io.env ?? {});
  } catch (err) {
    if (!(err instanceof BadToday)) throw err;
    io.stderr.write(`${terminalLine(`airoadmap render: ${err.text(opts.locale)}`)}${t.usage}`);
    return 2;
  }
  const views = computeViews(model, opts.locale, today);
  let out: string;
  if (format === 'svg') {
    out = exportSvg(views, view as ViewName);
  } else {
    const bundle = findWebviewBundle();
    if (!bundle) {
      io.stderr.write(terminalLine(`airoadmap render: ${t.noBundle}`));
      return 2;
    }
    const js = readFileSync(path.join(bundle, 'preview.js'), 'utf8');
    const css = readFileSync(path.join(bundle, 'preview.css'), 'utf8');
    out = buildStandaloneHtml({ views, js, css, nonce: randomBytes(18).toString('base64').replace(/[+/=]/g, 'x'), only: view === 'all' ? [] : [view] });
  }
  if (opts.output === undefined || opts.output === '-') {
    io.stdout.write(out);
    return 0;
  }
  const target = path.resolve(io.cwd, opts.output);
  try {
    writeOutputFile(target, out, [input]);
  } catch (err) {
    const message =
      err instanceof OutputIsInputError ? t.outputIsInput(opts.output, opts.file) : err instanceof OutputNotAFileError ? t.outputNotAFile(opts.output) : t.cannotWrite(opts.output, reason(err));
    io.stderr.write(terminalLine(`airoadmap render: ${message}`));
    return 2;
  }
  io.stderr.write(terminalLine(t.wrote(opts.output)));
  return 0;
}
