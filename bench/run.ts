/**
 * `npm run bench`: our language server against yaml-language-server on
 * generated roadmaps, measured over stdio the way an editor uses them
 * (spawn → initialize, open → first diagnostics, edit → diagnostics,
 * completion, hover, document symbols, peak RSS), next to the time of
 * `yaml.parseDocument` alone and the preview's update at 1,000 use cases.
 * Prints one table with both servers, the ratios and the issue's targets
 * (PASS/MISS), and writes bench/results/latest.json.
 *
 * Options: --sizes 100,1000,5000  --only ours|peer  --runs R (request
 * samples per kind, default 20)  --edits E (default 20)  --timeout S (per
 * wait, default 60)  --no-build  --profile DIR (our server under
 * --cpu-prof, unminified build; see bench/profile-summary.ts)
 * --server-js FILE (our bundle; default dist/server.js)  --out FILE
 * --memory-edits E (default 10000; 0 skips the memory phase, bench/memory.ts)
 * --memory-size N (use cases in its roadmap, default 1000)
 * --server-node-args "FLAGS" (node flags for our server, e.g. a heap limit)
 * --gap MS (the typing pace of the paced edit phase, default 150; 0 skips it)
 * --shapes valid,findings (the generator's shapes, bench/generate.ts; default both).
 * --rss-phases (ours, Linux: the peak RSS of each phase, the process's peak
 * reset between them through /proc/PID/clear_refs; printed and in the JSON).
 * Not part of `npm test`. Must not depend on vscode.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import type { CompletionItem, CompletionList, DocumentSymbol, Hover, SymbolInformation } from 'vscode-languageserver-protocol';
import { ViewParts } from '../client/src/preview/view-parts';
import { checkText } from '../server/src/core/index';
import { VIEW_PARTS_REQUEST, VIEWS_REQUEST, type ViewPartsResult } from '../server/src/shared/preview-protocol';
import { createIncrementalChecker } from '../server/src/core/index';
import { computeViews } from '../server/src/core/views/compute';
import { drawChart } from '../server/src/core/views/draw';
import { drawNotPlaced } from '../server/src/core/views/drawing';
import { drawRankedList } from '../server/src/core/views/matrix/draw';
import { drawRegisterTable } from '../server/src/core/views/register/draw';
import { VIEW_NAMES } from '../server/src/core/views/registry';
import { drawRiskTable } from '../server/src/core/views/risks/draw';
import { toMarkup } from '../server/src/core/views/vdom';
import { GENERATOR_SHAPES, generateRoadmap, type GeneratorShape } from './generate';
import { ClientDocument } from './client-document';
import { BenchClient, type Timed } from './lsp-client';
import { memoryRows, memorySummary, runMemory, type MemoryResult } from './memory';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schemas', 'airoadmap.schema.json');
const PEER_BIN = path.join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const ENTITY_SECTIONS = ['team', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'plan'];

// ---- options ---------------------------------------------------------------------------

type ServerName = 'ours' | 'peer';

interface Options {
  sizes: number[];
  servers: ServerName[];
  runs: number;
  edits: number;
  timeoutMs: number;
  build: boolean;
  profileDir: string | null;
  /** Our server's bundle (default dist/server.js), e.g. to compare two builds. */
  serverJs: string;
  out: string;
  memoryEdits: number;
  memorySize: number;
  /** Extra `node` flags for our server (e.g. a heap limit), to compare settings. */
  serverNodeArgs: string[];
  /** Milliseconds between the keystrokes of the paced edit phase; 0: no such phase. */
  gapMs: number;
  /** The generator's shapes, each measured at every size. */
  shapes: GeneratorShape[];
  /** Reads (and resets) our server's peak RSS after each phase, to tell which one makes the peak. */
  rssPhases: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const o: Options = {
    sizes: [100, 1000, 5000],
    servers: ['ours', 'peer'],
    runs: 20,
    edits: 20,
    timeoutMs: 60_000,
    build: true,
    profileDir: null,
    serverJs: path.join(ROOT, 'dist', 'server.js'),
    out: path.join(ROOT, 'bench', 'results', 'latest.json'),
    memoryEdits: 10_000,
    memorySize: 1000,
    serverNodeArgs: [],
    gapMs: 150,
    shapes: [...GENERATOR_SHAPES],
    rssPhases: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const positive = (v: string): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: '${v}' is not a positive integer`);
      return n;
    };
    switch (flag) {
      case '--sizes':
        o.sizes = value().split(',').map((s) => positive(s.trim()));
        break;
      case '--only': {
        const v = value();
        if (v !== 'ours' && v !== 'peer') throw new Error(`--only takes 'ours' or 'peer', not '${v}'`);
        o.servers = [v];
        break;
      }
      case '--runs':
        o.runs = positive(value());
        break;
      case '--edits':
        o.edits = positive(value());
        break;
      case '--timeout':
        o.timeoutMs = positive(value()) * 1000;
        break;
      case '--no-build':
        o.build = false;
        break;
      case '--profile':
        o.profileDir = path.resolve(value());
        break;
      case '--server-js':
        o.serverJs = path.resolve(value());
        break;
      case '--out':
        o.out = path.resolve(value());
        break;
      case '--memory-edits': {
        const v = value();
        o.memoryEdits = v === '0' ? 0 : positive(v);
        break;
      }
      case '--memory-size':
        o.memorySize = positive(value());
        break;
      case '--gap': {
        const v = value();
        o.gapMs = v === '0' ? 0 : positive(v);
        break;
      }
      case '--shapes': {
        const list = value().split(',').map((x) => x.trim());
        const bad = list.find((x) => !(GENERATOR_SHAPES as readonly string[]).includes(x));
        if (bad !== undefined || list.length === 0) throw new Error(`--shapes takes ${GENERATOR_SHAPES.join(', ')}, not '${bad ?? ''}'`);
        o.shapes = list as GeneratorShape[];
        break;
      }
      case '--rss-phases':
        o.rssPhases = true;
        break;
      case '--server-node-args':
        o.serverNodeArgs = value().split(/\s+/).filter((a) => a.length > 0);
        break;
      case '--help':
      case '-h':
        process.stdout.write(readFileSync(__filename, 'utf8').split('*/')[0]!.replace(/^\/\*\*|^ \* ?/gm, '') + '\n');
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option '${arg}'`);
    }
  }
  return o;
}

// ---- statistics ------------------------------------------------------------------------

/** Nearest-rank percentile of the successful samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

interface Series {
  samples: number[];
  failures: string[];
  median: number | null;
  p95: number | null;
}

function series(results: readonly Timed<unknown>[]): Series {
  const samples = results.filter((r) => r.ok).map((r) => round(r.ms));
  const failures = results.filter((r): r is Extract<Timed<unknown>, { ok: false }> => !r.ok).map((r) => r.error);
  return { samples, failures, median: percentile(samples, 50), p95: percentile(samples, 95) };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The k-th of `count` points spread evenly over 0..n-1. */
function spread(k: number, count: number, n: number): number {
  return Math.min(n - 1, Math.floor(((k + 0.5) * n) / count));
}

/** One single-character edit in a different entity each time: letters into titles and names, digits in scores and baselines. */
function nextEdit(doc: ClientDocument, i: number, total: number, n: number): { start: number; end: number; text: string; where: string } {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const letter = letters[i % letters.length]!;
  switch (i % 4) {
    case 0: {
      const k = spread(i, total, n);
      const e = doc.entityOffset('use_cases', k);
      const eol = doc.fieldLineEnd(e, 'title');
      // Inside the quotes of a quoted title, so the edit stays valid YAML.
      const at = doc.text[eol - 1] === '"' ? eol - 1 : eol;
      return { start: at, end: at, text: letter, where: `use_cases #${k} title` };
    }
    case 1: {
      const k = spread(i, total, n);
      const e = doc.entityOffset('kpis', k);
      let eol = doc.fieldLineEnd(e, 'baseline');
      if (eol < 0) eol = doc.fieldLineEnd(e, 'target');
      const digit = Number(doc.text[eol - 1]);
      return { start: eol - 1, end: eol, text: String((digit + 1) % 10), where: `kpis #${k} baseline digit` };
    }
    case 2: {
      const k = spread(i, total, Math.max(1, Math.floor(n / 2)));
      const e = doc.entityOffset('risks', k);
      const at = doc.fieldValueStart(e, 'likelihood');
      const digit = Number(doc.text[at]);
      return { start: at, end: at + 1, text: String((digit % 5) + 1), where: `risks #${k} likelihood` };
    }
    default: {
      const k = spread(i, total, Math.max(1, Math.floor(n / 5)));
      const e = doc.entityOffset('data_sources', k);
      const eol = doc.fieldLineEnd(e, 'name');
      // Names end with ')' (the system); type before it.
      return { start: eol - 1, end: eol - 1, text: letter, where: `data_sources #${k} name` };
    }
  }
}

// ---- edits at a typing pace --------------------------------------------------------------

/** Keystrokes per title in the paced phase: a word or two typed into one use case's title, then the next. */
const PACED_PER_TITLE = 8;

/**
 * Types into use-case titles spread over the file, one character every
 * `gapMs`, without waiting for answers (a typist does not), then waits for
 * the last edit's diagnostics. Each edit's time is from its change to the
 * first publish that covers it: ours names its version, so the first publish
 * of that version or a later one; the peer names none, so the first publish
 * after the change (which can only undercount the peer, whose debounce holds
 * its answer until the typing pauses).
 */
async function pacedEdits(client: BenchClient, doc: ClientDocument, uri: string, server: ServerName, n: number, edits: number, gapMs: number, timeout: number): Promise<SessionResult['paced']> {
  const sent: { at: number; version: number; from: number }[] = [];
  const words = 'and for the new flow ';
  const titles = Math.max(1, Math.ceil(edits / PACED_PER_TITLE));
  const started = performance.now();
  for (let i = 0; i < edits; i++) {
    const due = started + i * gapMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const e = doc.entityOffset('use_cases', spread(Math.floor(i / PACED_PER_TITLE), titles, n));
    const eol = doc.fieldLineEnd(e, 'title');
    // Inside the quotes of a quoted title, so the edit stays valid YAML.
    const at = doc.text[eol - 1] === '"' ? eol - 1 : eol;
    const change = doc.edit(at, at, words[i % PACED_PER_TITLE] ?? 'x');
    const version = ++doc.version;
    const at0 = performance.now();
    sent.push({ at: at0, version, from: await client.change(uri, version, [change]) });
  }
  const last = sent.at(-1)!;
  await client.waitPublish(uri, last.from, last.at, timeout, (p) => server === 'peer' || (p.version ?? -1) >= last.version);
  await client.settle(server === 'peer' ? 300 : 100, timeout);
  const results: Timed<unknown>[] = sent.map((s) => {
    const covering = client.publishes.slice(s.from).find((p) => p.params.uri === uri && (server === 'peer' || (p.params.version ?? -1) >= s.version));
    return covering ? { ok: true, ms: covering.at - s.at, value: null } : { ok: false, ms: timeout, error: `no diagnostics for version ${s.version}` };
  });
  return { ...series(results), gapMs, edits };
}

/**
 * The preview after an edit (ours): a letter typed into a use case's title,
 * its diagnostics awaited, then the preview's request for the matrix as it
 * asks now (a patch of the parts it holds, client/src/preview/view-parts.ts)
 * and, on the same version, as it asked before (every tab whole).
 */
async function previewEdits(client: BenchClient, doc: ClientDocument, uri: string, n: number, edits: number, timeout: number): Promise<SessionResult['preview']> {
  const parts = new ViewParts();
  const kib = (x: unknown) => JSON.stringify(x ?? null).length / 1024;
  const first = await client.request<ViewPartsResult>(VIEW_PARTS_REQUEST, parts.params(uri, ['matrix']), timeout);
  if (!first.ok || !parts.apply(first.value).ok) return { ...NO_PREVIEW, parts: series([first.ok ? { ok: false, ms: timeout, error: 'answer not applied' } : first]) };
  const partsResults: Timed<unknown>[] = [];
  const wholeResults: Timed<unknown>[] = [];
  const partsSizes: number[] = [];
  const wholeSizes: number[] = [];
  for (let i = 0; i < edits; i++) {
    const e = doc.entityOffset('use_cases', spread(i, edits, n));
    const eol = doc.fieldLineEnd(e, 'title');
    const at = doc.text[eol - 1] === '"' ? eol - 1 : eol;
    const change = doc.edit(at, at, 'q');
    const version = ++doc.version;
    const sent = performance.now();
    const from = await client.change(uri, version, [change]);
    await client.waitPublish(uri, from, sent, timeout, (p) => p.version === version);
    const answer = await client.request<ViewPartsResult>(VIEW_PARTS_REQUEST, parts.params(uri, ['matrix']), timeout);
    partsResults.push(answer.ok && !parts.apply(answer.value).ok ? { ok: false, ms: timeout, error: 'patch not applied' } : answer);
    if (answer.ok) partsSizes.push(kib(answer.value));
    const whole = await client.request<unknown>(VIEWS_REQUEST, { uri }, timeout);
    wholeResults.push(whole);
    if (whole.ok) wholeSizes.push(kib(whole.value));
    await client.settle(50, timeout);
  }
  const med = (xs: number[]) => (xs.length ? Math.round(percentile(xs, 50)! * 10) / 10 : null);
  return { parts: series(partsResults), whole: series(wholeResults), partsKiB: med(partsSizes), wholeKiB: med(wholeSizes), firstKiB: Math.round(kib(first.value)) };
}

const NO_PREVIEW: SessionResult['preview'] = {
  parts: { samples: [], failures: [], median: null, p95: null },
  whole: { samples: [], failures: [], median: null, p95: null },
  partsKiB: null,
  wholeKiB: null,
  firstKiB: null,
};

// ---- one server session ----------------------------------------------------------------

interface SessionResult {
  server: ServerName;
  initialize: Timed<unknown>;
  open: { ms: number | null; error?: string; diagnostics: number | null };
  edits: Series & { where: string[] };
  /** Edit → diagnostics while typing: one keystroke every `gapMs` into use-case titles, not waiting for answers. */
  paced: Series & { gapMs: number; edits: number };
  /** The edits as sent (offsets in the text before each), for the in-process replay. */
  editLog: { start: number; end: number; text: string }[];
  completionRefList: Series & { items: number | null; expected: number };
  /** Completion in `kpis: [` asked right after an edit's diagnostics arrived (the model is fresh). */
  completionAfterEdit: Series;
  /** Hover on a key asked right after an edit's diagnostics arrived. */
  hoverAfterEdit: Series;
  /**
   * Ours only: the preview's request right after an edit's diagnostics
   * arrived, as the preview asks now (`airoadmap/viewParts`: the tab shown,
   * as a patch of what it holds) and as it asked before (`airoadmap/views`:
   * every tab whole), with the answers' sizes.
   */
  preview: { parts: Series; whole: Series; partsKiB: number | null; wholeKiB: number | null; firstKiB: number | null };
  completionNewKey: Series & { items: number | null };
  hoverKey: Series & { empty: number };
  hoverReference: Series & { empty: number };
  symbols: Series & { count: number | null; entities: number | null; entitiesInFile: number };
  peakRssMiB: number | null;
  /** With --rss-phases: each phase's own peak RSS in MiB (the highest of its steps). */
  rssPhasesMiB?: Record<string, number>;
  stderrTail?: string;
}

function countSymbols(symbols: (DocumentSymbol | SymbolInformation)[] | null): { count: number; entities: number } {
  let count = 0;
  let entities = 0;
  const walk = (list: DocumentSymbol[], depth: number, parent: string | null) => {
    for (const s of list) {
      count++;
      if (depth === 1 && parent !== null && ENTITY_SECTIONS.includes(parent)) entities++;
      if (s.children) walk(s.children, depth + 1, depth === 0 ? s.name : null);
    }
  };
  if (!symbols) return { count, entities };
  if (symbols.length > 0 && 'location' in symbols[0]!) {
    const flat = symbols as SymbolInformation[];
    return { count: flat.length, entities: flat.filter((s) => s.containerName !== undefined && ENTITY_SECTIONS.includes(s.containerName)).length };
  }
  walk(symbols as DocumentSymbol[], 0, null);
  return { count, entities };
}

function completionCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object' && 'items' in value) return (value as CompletionList).items.length;
  return 0;
}

function hoverEmpty(value: unknown): boolean {
  if (!value) return true;
  const contents = (value as Hover).contents;
  const text = typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((c) => (typeof c === 'string' ? c : c.value)).join('') : contents.value;
  return text.trim() === '';
}

interface SessionInput {
  server: ServerName;
  n: number;
  text: string;
  dir: string;
  entitiesInFile: number;
  options: Options;
  /** Profile mode: more edits and an idle gap between open and edits. */
  profile: boolean;
}

async function runSession(input: SessionInput): Promise<SessionResult> {
  const { server, n, options } = input;
  const timeout = options.timeoutMs;
  const file = path.join(input.dir, `bench-${n}.airoadmap.yaml`);
  writeFileSync(file, input.text);
  const uri = pathToFileURL(file).href;
  const schemaUri = pathToFileURL(SCHEMA).href;
  const peerSettings = {
    schemas: { [schemaUri]: '*.airoadmap.yaml' },
    validate: true,
    completion: true,
    hover: true,
    format: { enable: false },
    // No network in the benchmark: the schema store would be fetched from the internet.
    schemaStore: { enable: false },
  };
  const nodeArgs =
    server === 'ours'
      ? [...options.serverNodeArgs, ...(input.profile && options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`, '--cpu-prof-interval=200'] : []), options.serverJs, '--stdio']
      : [PEER_BIN, '--stdio'];
  const client = BenchClient.start({
    command: process.execPath,
    args: nodeArgs,
    cwd: input.dir,
    configuration: (item) => {
      if (server === 'ours') return item.section === 'airoadmap' ? {} : null;
      if (item.section === 'yaml') return peerSettings;
      if (item.section === 'http') return { proxy: '', proxyStrictSSL: false };
      return {};
    },
  });
  const kill = () => client.kill();
  process.once('exit', kill);
  const phases: Record<string, number> = {};
  /** The peak since the last mark, counted to `name` (the highest of its steps). */
  const mark = (name: string): void => {
    if (!options.rssPhases || server !== 'ours') return;
    const peak = client.phasePeakRssMiB();
    if (peak !== null) phases[name] = Math.max(phases[name] ?? 0, round(peak));
    if (process.env['BENCH_HEAP_TRACE']) {
      void client.request<{ memory?: { heapUsedKiB: number; heapTotalKiB: number; externalKiB: number; rssKiB: number } }>('airoadmap/stats', { memory: true }, 5000).then((r) => {
        const m = r.ok ? r.value.memory : undefined;
        if (m) process.stderr.write(`    ${name}: heap ${Math.round(m.heapUsedKiB / 1024)}/${Math.round(m.heapTotalKiB / 1024)} ext ${Math.round(m.externalKiB / 1024)} rss ${Math.round(m.rssKiB / 1024)} peak ${peak === null ? '-' : Math.round(peak)}\n`);
      });
    }
  };
  const peakOf = (): number | null => {
    if (!options.rssPhases || server !== 'ours') return client.peakRssMiB();
    mark('rest');
    const values = Object.values(phases);
    return values.length > 0 ? Math.max(...values) : null;
  };
  try {
    const initialize = await client.initialize(pathToFileURL(input.dir).href, timeout);
    await client.configure(server === 'peer' ? { yaml: peerSettings } : undefined, 10_000);
    mark('initialize');

    // open → first diagnostics
    const doc = new ClientDocument(uri, input.text);
    const sentOpen = performance.now();
    const fromOpen = await client.open(uri, server === 'ours' ? 'airoadmap' : 'yaml', input.text);
    const opened = await client.waitPublish(uri, fromOpen, sentOpen, timeout);
    const open = opened.ok
      ? { ms: round(opened.ms), diagnostics: opened.value.diagnostics.length }
      : { ms: null, error: opened.error, diagnostics: null };
    mark('open → first diagnostics');
    await client.settle(300, timeout);
    mark('open: settle');
    if (input.profile) await new Promise((resolve) => setTimeout(resolve, 1000));

    // edit → diagnostics: ours names the version; the peer does not, so its
    // first publish after the change (the earlier ones have all arrived: we
    // settle between edits) is the answer to it.
    const editCount = input.profile ? Math.max(options.edits, 200) : options.edits;
    const editResults: Timed<unknown>[] = [];
    const afterEditCompletion: Timed<unknown>[] = [];
    const afterEditHover: Timed<unknown>[] = [];
    const where: string[] = [];
    const editLog: SessionResult['editLog'] = [];
    for (let i = 0; i < editCount; i++) {
      const edit = nextEdit(doc, i, editCount, n);
      const change = doc.edit(edit.start, edit.end, edit.text);
      const version = ++doc.version;
      where.push(edit.where);
      editLog.push({ start: edit.start, end: edit.end, text: edit.text });
      const sent = performance.now();
      const from = await client.change(uri, version, [change]);
      const result = await client.waitPublish(uri, from, sent, timeout, (p) => server === 'peer' || p.version === version);
      editResults.push(result);
      mark('edit → diagnostics');
      if (!input.profile) {
        // What an editor asks next: a hover or a completion on the new version, elsewhere in the file.
        const e = doc.entityOffset('use_cases', spread((i + 7) % editCount, editCount, n));
        afterEditHover.push(await client.request('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(doc.fieldValueStart(e, 'effort') - 5) }, timeout));
        mark('hover after an edit');
        afterEditCompletion.push(await client.request('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(doc.fieldValueStart(e, 'kpis') + 1), context: { triggerKind: 2, triggerCharacter: '[' } }, timeout));
        mark('completion after an edit');
      }
      await client.settle(server === 'peer' ? 150 : 50, timeout);
      mark('edits: settle');
    }
    const edits = { ...series(editResults), where: where.slice(0, 20) };
    const paced: SessionResult['paced'] =
      !input.profile && options.gapMs > 0
        ? await pacedEdits(client, doc, uri, server, n, Math.max(24, options.edits * 2), options.gapMs, timeout)
        : { samples: [], failures: [], median: null, p95: null, gapMs: options.gapMs, edits: 0 };
    mark('paced edits');
    if (input.profile) {
      // A separate phase for the requests an editor sends right after an edit.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (let i = 0; i < 50; i++) {
        const edit = nextEdit(doc, i, 50, n);
        const change = doc.edit(edit.start, edit.end, edit.text);
        const version = ++doc.version;
        editLog.push({ start: edit.start, end: edit.end, text: edit.text });
        const sent = performance.now();
        const from = await client.change(uri, version, [change]);
        await client.waitPublish(uri, from, sent, timeout, (p) => p.version === version);
        const e = doc.entityOffset('use_cases', spread((i + 7) % 50, 50, n));
        await client.request('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(doc.fieldValueStart(e, 'effort') - 5) }, timeout);
        await client.request('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(doc.fieldValueStart(e, 'kpis') + 1), context: { triggerKind: 2, triggerCharacter: '[' } }, timeout);
        await client.settle(50, timeout);
      }
      return { ...emptyResult(server, initialize, open, edits, paced, client.peakRssMiB(), input.entitiesInFile), editLog };
    }

    // completion inside a reference list: just after `kpis: [`
    const refResults: Timed<unknown>[] = [];
    let refItems: number | null = null;
    let refExpected = 0;
    for (let r = 0; r < options.runs; r++) {
      const e = doc.entityOffset('use_cases', spread(r, options.runs, n));
      const at = doc.fieldValueStart(e, 'kpis') + 1;
      // Every KPI id but those already in this list is a candidate.
      if (r === 0) refExpected = n - doc.text.slice(at, doc.text.indexOf(']', at)).split(',').filter((id) => id.trim() !== '').length;
      const result = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(at), context: { triggerKind: 2, triggerCharacter: '[' } }, timeout);
      if (result.ok && refItems === null) refItems = completionCount(result.value);
      refResults.push(result);
    }
    mark('completion in kpis: [');

    // completion at a new key: one edit opens an empty line in each sampled use case
    const positions: number[] = [];
    const sampled = Array.from({ length: options.runs }, (_, r) => spread(r, options.runs, n));
    const changes = [];
    for (const k of [...sampled].reverse()) {
      const e = doc.entityOffset('use_cases', k);
      const eol = doc.fieldLineEnd(e, 'title');
      changes.push(doc.edit(eol, eol, '\n    '));
    }
    const version = ++doc.version;
    const sentKeys = performance.now();
    const fromKeys = await client.change(uri, version, changes);
    await client.waitPublish(uri, fromKeys, sentKeys, timeout, (p) => server === 'peer' || p.version === version);
    await client.settle(server === 'peer' ? 150 : 50, timeout);
    mark('edit opening new keys');
    for (const k of sampled) positions.push(doc.fieldLineEnd(doc.entityOffset('use_cases', k), 'title') + 5);
    const keyResults: Timed<unknown>[] = [];
    let keyItems: number | null = null;
    for (const at of positions) {
      const result = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: doc.positionAt(at), context: { triggerKind: 1 } }, timeout);
      if (result.ok && keyItems === null) keyItems = completionCount(result.value);
      keyResults.push(result);
    }
    mark('completion at a new key');

    // hover on a field key (`effort`) and on a reference (the first id in `kpis: [`)
    const hoverKeyResults: Timed<unknown>[] = [];
    const hoverRefResults: Timed<unknown>[] = [];
    let emptyKey = 0;
    let emptyRef = 0;
    for (let r = 0; r < options.runs; r++) {
      const e = doc.entityOffset('use_cases', spread(r, options.runs, n));
      const keyAt = doc.fieldValueStart(e, 'effort') - 5;
      const h1 = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(keyAt) }, timeout);
      if (h1.ok && hoverEmpty(h1.value)) emptyKey++;
      hoverKeyResults.push(h1);
      const refAt = doc.fieldValueStart(e, 'kpis') + 3;
      const h2 = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(refAt) }, timeout);
      if (h2.ok && hoverEmpty(h2.value)) emptyRef++;
      hoverRefResults.push(h2);
    }
    mark('hovers');

    // document symbols (a few samples; counted once, no cap expected)
    const symbolResults: Timed<unknown>[] = [];
    let counted: { count: number; entities: number } | null = null;
    for (let r = 0; r < Math.min(3, options.runs); r++) {
      const result = await client.request<(DocumentSymbol | SymbolInformation)[] | null>('textDocument/documentSymbol', { textDocument: { uri } }, timeout);
      if (result.ok && counted === null) counted = countSymbols(result.value);
      symbolResults.push(result);
    }
    mark('document symbols');

    const peakRssMiB = peakOf();
    // Last, after the peak RSS is read: the old whole views it compares with are 2.4 MB answers at N=1000.
    const preview = server === 'ours' ? await previewEdits(client, doc, uri, n, Math.max(10, options.edits), timeout) : NO_PREVIEW;
    return {
      server,
      initialize,
      open,
      edits,
      paced,
      editLog,
      completionRefList: { ...series(refResults), items: refItems, expected: refExpected },
      completionAfterEdit: series(afterEditCompletion),
      hoverAfterEdit: series(afterEditHover),
      preview,
      completionNewKey: { ...series(keyResults), items: keyItems },
      hoverKey: { ...series(hoverKeyResults), empty: emptyKey },
      hoverReference: { ...series(hoverRefResults), empty: emptyRef },
      symbols: { ...series(symbolResults), count: counted?.count ?? null, entities: counted?.entities ?? null, entitiesInFile: input.entitiesInFile },
      peakRssMiB: peakRssMiB === null ? null : round(peakRssMiB),
      ...(Object.keys(phases).length > 0 ? { rssPhasesMiB: phases } : {}),
      ...(client.stderr.trim() ? { stderrTail: client.stderr.slice(-1000) } : {}),
    };
  } finally {
    await client.stop();
    process.removeListener('exit', kill);
  }
}

function emptyResult(server: ServerName, initialize: Timed<unknown>, open: SessionResult['open'], edits: SessionResult['edits'], paced: SessionResult['paced'], peak: number | null, entitiesInFile: number): SessionResult {
  const none: Series = { samples: [], failures: [], median: null, p95: null };
  return {
    server,
    initialize,
    open,
    edits,
    paced,
    editLog: [],
    completionRefList: { ...none, items: null, expected: 0 },
    completionAfterEdit: none,
    hoverAfterEdit: none,
    preview: { parts: none, whole: none, partsKiB: null, wholeKiB: null, firstKiB: null },
    completionNewKey: { ...none, items: null },
    hoverKey: { ...none, empty: 0 },
    hoverReference: { ...none, empty: 0 },
    symbols: { ...none, count: null, entities: null, entitiesInFile },
    peakRssMiB: peak,
  };
}

// ---- parse and preview timings (in this process) ---------------------------------------

interface Replay {
  edits: number;
  fellBack: number;
  chunksWalked: number[];
}

/** Replays our session's edits on the core's incremental checker: how many fell back to a full parse. */
function replayEdits(text: string, log: readonly { start: number; end: number; text: string }[]): Replay {
  const checker = createIncrementalChecker();
  checker.check(text);
  let current = text;
  let fellBack = 0;
  const chunksWalked: number[] = [];
  for (const e of log) {
    current = current.slice(0, e.start) + e.text + current.slice(e.end);
    checker.check(current);
    if (checker.lastFallback) fellBack++;
    chunksWalked.push(checker.lastWalked);
  }
  return { edits: log.length, fellBack, chunksWalked };
}

interface ParseTiming {
  first: number;
  median: number;
  samples: number[];
}

function timeParse(text: string, runs: number): ParseTiming {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    parseDocument(text);
    samples.push(round(performance.now() - started));
  }
  return { first: samples[0]!, median: percentile(samples, 50)!, samples };
}

interface PreviewTiming {
  useCases: number;
  computeViews: number;
  transfer: number;
  drawActive: number;
  drawAll: number;
  update: number;
  jsonKiB: number;
  samples: number[];
}

/** model → computeViews → JSON (server → extension → webview) → the matrix tab drawn; also all five tabs. */
function timePreview(runs: number): PreviewTiming {
  const n = 1000;
  const model = checkText(generateRoadmap(n).text).model;
  const parts = { computeViews: [] as number[], transfer: [] as number[], drawActive: [] as number[], drawAll: [] as number[], update: [] as number[] };
  let jsonKiB = 0;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const views = computeViews(model, 'en', '2027-02-15');
    const t1 = performance.now();
    const json = JSON.stringify(views);
    const received = JSON.parse(JSON.stringify(JSON.parse(json))) as typeof views;
    const t2 = performance.now();
    let markup = toMarkup(drawChart(received, 'matrix'), 'html') + toMarkup(drawRankedList(received), 'html');
    const t3 = performance.now();
    for (const view of VIEW_NAMES) markup += toMarkup(drawChart(received, view), 'html');
    const np = drawNotPlaced(received.timeline.notPlaced, received.labels);
    if (np) markup += toMarkup(np, 'html');
    markup += toMarkup(drawRiskTable(received.risks, received.labels), 'html') + toMarkup(drawRegisterTable(received.register, received.labels), 'html');
    const t4 = performance.now();
    if (markup.length === 0) throw new Error('nothing drawn');
    if (r === 0) continue; // warm-up
    jsonKiB = Math.round(json.length / 1024);
    parts.computeViews.push(t1 - t0);
    parts.transfer.push(t2 - t1);
    parts.drawActive.push(t3 - t2);
    parts.drawAll.push(t4 - t3 + (t3 - t2));
    parts.update.push(t3 - t0);
  }
  const med = (xs: number[]) => round(percentile(xs, 50)!);
  return {
    useCases: n,
    computeViews: med(parts.computeViews),
    transfer: med(parts.transfer),
    drawActive: med(parts.drawActive),
    drawAll: med(parts.drawAll),
    update: med(parts.update),
    jsonKiB,
    samples: parts.update.map(round),
  };
}

// ---- targets and the table -------------------------------------------------------------

interface Check {
  target: string;
  pass: boolean | null;
}

const NO_TARGET: Check = { target: '', pass: null };

function le(value: number | null | undefined, limit: number): boolean {
  return value !== null && value !== undefined && value <= limit;
}

/** The issue's target for one series of ours: p95 within the limit and no failed sample. */
/**
 * The targets, p95 of ours: issue 6's for an edit answered before the next
 * (20 / 60 / 300 ms at N = 100 / 1000 / 5000); issue 17's at a typing pace
 * (20 / 40 / 150 ms), for completion (10 / 10 / 30 ms) and for hover
 * (10 / 10 / 20 ms); issue 13's for the preview's request after an edit
 * (30 / 100 ms at N = 100 / 1000). Other sizes have none.
 */
function seriesCheck(kind: 'edit' | 'paced' | 'completion' | 'hover' | 'preview', n: number, s: Series | undefined): Check {
  const by = (small: number, medium: number, large: number | null) => (n <= 100 ? small : n <= 1000 ? medium : n <= 5000 ? large : null);
  const limit =
    kind === 'edit' ? by(20, 60, 300) : kind === 'paced' ? by(20, 40, 150) : kind === 'completion' ? by(10, 10, 30) : kind === 'hover' ? by(10, 10, 20) : by(30, 100, null);
  if (limit === null || !s) return NO_TARGET;
  return { target: `p95 ≤ ${limit} ms`, pass: le(s.p95, limit) && s.failures.length === 0 };
}

function sizeChecks(n: number, ours: SessionResult | undefined, parse: ParseTiming): Record<string, Check> {
  if (!ours) return {};
  const rssLimit = n >= 5000 ? 500 : n >= 1000 ? 150 : null;
  const openLimit = round(1.3 * parse.median);
  return {
    edit: seriesCheck('edit', n, ours.edits),
    paced: ours.paced.edits > 0 ? seriesCheck('paced', n, ours.paced) : NO_TARGET,
    completionRefList: seriesCheck('completion', n, ours.completionRefList),
    completionAfterEdit: seriesCheck('completion', n, ours.completionAfterEdit),
    completionNewKey: seriesCheck('completion', n, ours.completionNewKey),
    hoverKey: seriesCheck('hover', n, ours.hoverKey),
    hoverReference: seriesCheck('hover', n, ours.hoverReference),
    hoverAfterEdit: seriesCheck('hover', n, ours.hoverAfterEdit),
    preview: seriesCheck('preview', n, ours.preview.parts),
    open: { target: `≤ 1.3 × parse median = ${fmtMs(openLimit)}`, pass: le(ours.open.ms, openLimit) },
    rss: rssLimit === null ? NO_TARGET : { target: `≤ ${rssLimit} MiB`, pass: le(ours.peakRssMiB, rssLimit) },
    caps: {
      target: 'every entity, every KPI id',
      pass: ours.symbols.entities === ours.symbols.entitiesInFile && ours.completionRefList.items !== null && ours.completionRefList.items >= ours.completionRefList.expected,
    },
  };
}

function fmtMs(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${Math.round(v)} ms`;
  return `${v.toFixed(1)} ms`;
}

function fmtSeries(s: Series | undefined, which: 'median' | 'p95'): string {
  if (!s) return '—';
  const value = fmtMs(s[which]);
  return s.failures.length > 0 ? `${value} (${s.failures.length}× ${s.failures[0]})` : value;
}

function ratio(ours: number | null | undefined, peer: number | null | undefined): string {
  if (ours === null || ours === undefined || peer === null || peer === undefined || ours <= 0) return '—';
  const r = peer / ours;
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

interface SizeResult {
  n: number;
  /** The generator's shape (bench/generate.ts). */
  shape: GeneratorShape;
  lines: number;
  bytes: number;
  counts: Record<string, number>;
  parse: ParseTiming;
  loadBefore: number[];
  loadAfter: number[];
  sessions: Partial<Record<ServerName, SessionResult>>;
  /** Our edits replayed in this process on the incremental checker. */
  replay: Replay | null;
  checks: Record<string, Check>;
}

function tableRows(size: SizeResult): string[][] {
  const o = size.sessions.ours;
  const p = size.sessions.peer;
  const c = size.checks;
  const verdict = (check: Check | undefined) => (check === undefined || check.pass === null ? '' : check.pass ? 'PASS' : 'MISS');
  const row = (label: string, ov: string, pv: string, r: string, check?: Check): string[] => [label, ov, pv, r, check?.target ?? '', verdict(check)];
  const initMs = (s: SessionResult | undefined) => (s?.initialize.ok ? round(s.initialize.ms) : null);
  const openText = (s: SessionResult | undefined) => (!s ? '—' : s.open.ms === null ? (s.open.error ?? '—') : fmtMs(s.open.ms));
  const seriesRow = (label: string, key: 'edits' | 'paced' | 'completionRefList' | 'completionAfterEdit' | 'completionNewKey' | 'hoverKey' | 'hoverReference' | 'hoverAfterEdit' | 'symbols', which: 'median' | 'p95', check?: Check) =>
    row(label, fmtSeries(o?.[key], which), fmtSeries(p?.[key], which), ratio(o?.[key][which], p?.[key][which]), check);
  const hoverEmpty = (s: SessionResult | undefined) =>
    s ? `${s.hoverKey.empty + s.hoverReference.empty}/${s.hoverKey.samples.length + s.hoverReference.samples.length}` : '—';
  const symbolText = (s: SessionResult | undefined) => (s ? `${s.symbols.count ?? '—'} (${s.symbols.entities ?? '—'})` : '—');
  const mib = (s: SessionResult | undefined) => (s?.peakRssMiB != null ? `${Math.round(s.peakRssMiB)} MiB` : '—');
  return [
    row('spawn → initialize', fmtMs(initMs(o)), fmtMs(initMs(p)), ratio(initMs(o), initMs(p))),
    row('open → first diagnostics', openText(o), openText(p), ratio(o?.open.ms, p?.open.ms), c.open),
    row('  diagnostics in that publish', String(o?.open.diagnostics ?? '—'), String(p?.open.diagnostics ?? '—'), ''),
    seriesRow('edit → diagnostics median', 'edits', 'median'),
    seriesRow('edit → diagnostics p95', 'edits', 'p95', c.edit),
    ...(o?.paced.edits || p?.paced.edits
      ? [
          seriesRow(`edit → diagnostics, typing every ${o?.paced.gapMs ?? p?.paced.gapMs} ms, median`, 'paced', 'median'),
          seriesRow(`edit → diagnostics, typing every ${o?.paced.gapMs ?? p?.paced.gapMs} ms, p95`, 'paced', 'p95', c.paced),
        ]
      : []),
    row('  our edits that fell back to a full parse', size.replay ? `${size.replay.fellBack}/${size.replay.edits}` : '—', '', ''),
    seriesRow('completion in `kpis: [` p95', 'completionRefList', 'p95', c.completionRefList),
    row(`  items offered (KPI ids not yet listed: ${o?.completionRefList.expected ?? p?.completionRefList.expected ?? '?'})`, String(o?.completionRefList.items ?? '—'), String(p?.completionRefList.items ?? '—'), ''),
    seriesRow('  same, right after an edit p95', 'completionAfterEdit', 'p95', c.completionAfterEdit),
    seriesRow('completion at a new key p95', 'completionNewKey', 'p95', c.completionNewKey),
    row('  items offered', String(o?.completionNewKey.items ?? '—'), String(p?.completionNewKey.items ?? '—'), ''),
    seriesRow('hover on a key p95', 'hoverKey', 'p95', c.hoverKey),
    seriesRow('hover on a reference p95', 'hoverReference', 'p95', c.hoverReference),
    seriesRow('hover on a key, right after an edit p95', 'hoverAfterEdit', 'p95', c.hoverAfterEdit),
    row('  empty hovers', hoverEmpty(o), hoverEmpty(p), ''),
    row('preview after an edit (viewParts: the tab shown, patched) p95', fmtSeries(o?.preview.parts, 'p95'), '', '', c.preview),
    row('  before: every tab whole (airoadmap/views) p95', fmtSeries(o?.preview.whole, 'p95'), '', ''),
    row('  answer size: patched / whole / first (every tab)', o?.preview.partsKiB != null ? `${o.preview.partsKiB} / ${Math.round(o.preview.wholeKiB ?? 0)} / ${o.preview.firstKiB} KiB` : '—', '', ''),
    seriesRow('document symbols median', 'symbols', 'median'),
    row(`  symbols (entities, of ${o?.symbols.entitiesInFile ?? p?.symbols.entitiesInFile ?? '?'})`, symbolText(o), symbolText(p), '', c.caps),
    row('peak RSS (VmHWM)', mib(o), mib(p), ratio(o?.peakRssMiB, p?.peakRssMiB), c.rss),
    row('yaml.parseDocument (harness)', `${fmtMs(size.parse.median)} median, ${fmtMs(size.parse.first)} first`, '', ''),
  ];
}

function renderTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

function markdownTable(rows: string[][]): string {
  const [head, ...body] = rows;
  return [`| ${head!.join(' | ')} |`, `| ${head!.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
}

// ---- main ------------------------------------------------------------------------------

function packageVersion(file: string): string {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) {
    const args = options.profileDir ? ['esbuild.mjs'] : ['esbuild.mjs', '--production'];
    process.stderr.write(`building: node ${args.join(' ')}\n`);
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  }
  if (options.profileDir) mkdirSync(options.profileDir, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-bench-'));
  const sizes: SizeResult[] = [];
  const header = ['metric', 'ours', 'yaml-language-server', 'peer/ours', 'target (ours)', ''];
  const markdown: string[] = [];
  try {
    for (const n of options.sizes) for (const shape of options.shapes) {
      const generated = generateRoadmap(n, undefined, shape);
      const text = generated.text;
      const entitiesInFile = Object.values(generated.counts).reduce((a, b) => a + b, 0);
      const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
      process.stderr.write(`N=${n} (${shape}): ${generated.lines} lines, load ${loadBefore.join(' ')}\n`);
      const parse = timeParse(text, 5);
      const sessions: Partial<Record<ServerName, SessionResult>> = {};
      for (const server of options.servers) {
        if (options.profileDir && server === 'peer') continue;
        process.stderr.write(`  ${server}…\n`);
        sessions[server] = await runSession({ server, n, text, dir, entitiesInFile, options, profile: options.profileDir !== null && server === 'ours' });
        const phases = sessions[server]?.rssPhasesMiB;
        if (phases) process.stderr.write(`  peak RSS by phase (MiB): ${Object.entries(phases).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
      }
      const ours = sessions.ours;
      const size: SizeResult = {
        n,
        shape,
        lines: generated.lines,
        bytes: Buffer.byteLength(text),
        counts: generated.counts,
        parse,
        loadBefore,
        loadAfter: loadavg().map((l) => Math.round(l * 100) / 100),
        sessions,
        replay: ours ? replayEdits(text, ours.editLog) : null,
        checks: options.profileDir ? {} : sizeChecks(n, ours, parse),
      };
      sizes.push(size);
      const rows = [header, ...tableRows(size)];
      const title = `N = ${n} use cases, ${shape === 'valid' ? 'valid file' : 'a draft with findings'} (${generated.lines.toLocaleString('en')} lines, ${Math.round(size.bytes / 1024)} KiB); load ${size.loadBefore[0]} → ${size.loadAfter[0]}`;
      process.stdout.write(`\n${title}\n${renderTable(rows)}\n`);
      markdown.push(`#### ${title}\n\n${markdownTable(rows)}\n`);
    }
    let memory: MemoryResult | null = null;
    if (!options.profileDir && options.memoryEdits > 0 && options.servers.includes('ours')) {
      process.stderr.write(`memory: ${options.memoryEdits} edits at N=${options.memorySize}…\n`);
      memory = await runMemory({ n: options.memorySize, edits: options.memoryEdits, serverJs: options.serverJs, dir, timeoutMs: options.timeoutMs });
      const title = `memory over ${memory.edits.toLocaleString('en')} edits, N = ${memory.n} use cases (${memory.lines.toLocaleString('en')} lines)`;
      const rows = memoryRows(memory);
      const summary = memorySummary(memory);
      process.stdout.write(`\n${title}\n${renderTable(rows)}\n${summary}\n`);
      if (memory.failures.length > 0) process.stdout.write(`failures: ${memory.failures.join('; ')}\n`);
      markdown.push(`#### ${title}\n\n${markdownTable(rows)}\n\n${summary}\n`);
    }
    const preview = options.profileDir ? null : timePreview(Math.max(3, Math.min(options.runs, 10)));
    if (preview) {
      const line = `preview update, ${preview.useCases} use cases: ${fmtMs(preview.update)} median (computeViews ${fmtMs(preview.computeViews)}, JSON ${preview.jsonKiB} KiB round trip ${fmtMs(preview.transfer)}, matrix tab drawn ${fmtMs(preview.drawActive)}; all five tabs drawn ${fmtMs(preview.drawAll)})`;
      process.stdout.write(`\n${line}\n`);
      markdown.push(`${line}\n`);
    }
    const misses = sizes.flatMap((s) => Object.entries(s.checks).filter(([, c]) => c.pass === false).map(([k]) => `N=${s.n} ${s.shape} ${k}`));
    if (memory && !memory.target.pass) misses.push(`memory: growth over ${memory.edits} edits`);
    if (memory && !memory.target.closedPass) misses.push('memory: after the close');
    process.stdout.write(`\ntargets missed: ${misses.length === 0 ? 'none' : misses.join(', ')}\n`);
    const result = {
      date: new Date().toISOString(),
      machine: { nproc: cpus().length, cpu: cpus()[0]?.model ?? '?', memTotalMiB: Math.round(totalmem() / 2 ** 20), memFreeMiB: Math.round(freemem() / 2 ** 20), node: process.version, platform: `${process.platform} ${process.arch}` },
      versions: {
        airoadmap: packageVersion(path.join(ROOT, 'package.json')),
        yamlLanguageServer: packageVersion(path.join(ROOT, 'node_modules', 'yaml-language-server', 'package.json')),
        yaml: packageVersion(path.join(ROOT, 'node_modules', 'yaml', 'package.json')),
        peerYaml: packageVersion(path.join(ROOT, 'node_modules', 'yaml-language-server', 'node_modules', 'yaml', 'package.json')),
      },
      options: { ...options, out: path.relative(ROOT, options.out) },
      sizes,
      memory,
      preview,
      misses,
      markdown: markdown.join('\n'),
    };
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    process.stderr.write(`results: ${path.relative(ROOT, options.out)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
