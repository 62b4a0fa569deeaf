/**
 * The memory phase of `npm run bench`: does our server give back what 10,000
 * edits to one document cost it?
 *
 * Starts the server under `node --expose-gc`, opens a generated roadmap of N
 * use cases and types a word into use-case titles spread over the file, one
 * character per edit, then deletes it with as many backspaces (20 edits a
 * place, 500 places for 10,000 edits). After each word is typed and after it
 * is deleted the bench waits for that version's diagnostics, and after each
 * word it asks what VS Code asks after an edit (outline, folds, inlay hints,
 * code actions, a hover and a completion). Every 1,000
 * edits it reads the server's heap after a full collection and its RSS
 * (`airoadmap/stats { memory, collectGarbage }`) with the counts of what the
 * server holds; at the end it closes the document and reads them again.
 *
 * The text is the original again after each place, so a server that keeps
 * nothing per edit stops growing once its caches are warm. Two targets:
 * - no growth with edits: the heap after the last edit is within 5 % (at
 *   least 2 MiB) of the heap after the first 1,000 edits, when the caches the
 *   first requests fill (the line index, recent chunk parses, compiled code)
 *   are full;
 * - closing gives it back: the heap after the close is within 10 % of the
 *   opened document's cost (at least 4 MiB) above the idle heap.
 * RSS is reported beside them but not judged: V8 keeps freed pages for a while.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver-protocol';
import { ClientDocument } from './client-document';
import { generateRoadmap } from './generate';
import { STATS_REQUEST, type ServerStats } from '../server/src/lsp/stats';
import { BenchClient } from './lsp-client';

/** Typed into a title and deleted again: one edit a character. */
const WORD = 'retrieval ';
const SAMPLE_EVERY = 1000;

export interface MemoryOptions {
  n: number;
  edits: number;
  serverJs: string;
  dir: string;
  timeoutMs: number;
}


export interface MemoryPoint {
  label: string;
  edits: number;
  heapUsedMiB: number;
  rssMiB: number;
  /** What the server holds: open documents, cached analyses, incremental checkers and their chunks. */
  counts: { documents: number; analyses: number; checkers: number; chunks: number };
}

export interface MemoryResult {
  n: number;
  lines: number;
  edits: number;
  /** Diagnostics the bench waited for (two a place) and requests asked (six a place). */
  checksAwaited: number;
  requests: number;
  failures: string[];
  points: MemoryPoint[];
  peakRssMiB: number | null;
  seconds: number;
  target: {
    /** The reading the growth is measured from: after the first 1,000 edits (or after opening, for short runs). */
    warmLabel: string;
    warmHeapMiB: number;
    limitMiB: number;
    afterHeapMiB: number;
    /** Heap growth per 1,000 edits after the warm reading. */
    growthKiBPer1000: number;
    pass: boolean;
    idleHeapMiB: number;
    openedHeapMiB: number;
    closedHeapMiB: number;
    closedLimitMiB: number;
    closedPass: boolean;
  };
}

const mib = (kib: number): number => Math.round((kib / 1024) * 10) / 10;

export async function runMemory(options: MemoryOptions): Promise<MemoryResult> {
  const generated = generateRoadmap(options.n);
  const file = path.join(options.dir, `memory-${options.n}.airoadmap.yaml`);
  writeFileSync(file, generated.text);
  const uri = pathToFileURL(file).href;
  const client = BenchClient.start({
    command: process.execPath,
    args: ['--expose-gc', options.serverJs, '--stdio'],
    cwd: options.dir,
    configuration: (item) => (item.section === 'airoadmap' ? {} : null),
  });
  const kill = () => client.kill();
  process.once('exit', kill);
  const started = performance.now();
  const points: MemoryPoint[] = [];
  const failures: string[] = [];
  let checksAwaited = 0;
  let requests = 0;
  const sample = async (label: string, edits: number): Promise<void> => {
    const answer = await client.request<ServerStats>(STATS_REQUEST, { memory: true, collectGarbage: true }, options.timeoutMs);
    if (!answer.ok) throw new Error(`${STATS_REQUEST} failed at ${label}: ${answer.error}`);
    const s = answer.value;
    if (!s.memory) throw new Error(`${STATS_REQUEST} answered no memory reading at ${label}`);
    if (!s.memory.collected) throw new Error('the server did not collect garbage: was it started with --expose-gc?');
    points.push({
      label,
      edits,
      heapUsedMiB: mib(s.memory.heapUsedKiB),
      rssMiB: mib(s.memory.rssKiB),
      counts: { documents: s.documents, analyses: s.analyses, checkers: s.checkers, chunks: s.chunks },
    });
  };
  try {
    const init = await client.initialize(pathToFileURL(options.dir).href, options.timeoutMs);
    if (!init.ok) throw new Error(`initialize failed: ${init.error}`);
    await client.configure(undefined, 10_000);
    await sample('idle', 0);

    const doc = new ClientDocument(uri, generated.text);
    const sentOpen = performance.now();
    const fromOpen = await client.open(uri, 'airoadmap', doc.text);
    const opened = await client.waitPublish(uri, fromOpen, sentOpen, options.timeoutMs);
    if (!opened.ok) throw new Error(`no diagnostics after opening: ${opened.error}`);
    await client.settle(200, options.timeoutMs);
    await sample('opened', 0);

    const places = Math.max(1, Math.ceil(options.edits / (2 * WORD.length)));
    let sent = 0;
    const send = async (change: { range: { start: Position; end: Position }; text: string }, wait: boolean): Promise<void> => {
      const version = ++doc.version;
      const t = performance.now();
      const from = await client.change(uri, version, [change]);
      sent++;
      if (wait) {
        checksAwaited++;
        const r = await client.waitPublish(uri, from, t, options.timeoutMs, (p) => p.version === version);
        if (!r.ok && failures.length < 20) failures.push(`edit ${sent}: ${r.error}`);
      }
      if (sent % SAMPLE_EVERY === 0) await sample(`after ${sent.toLocaleString('en')} edits`, sent);
    };
    for (let place = 0; place < places && sent < options.edits; place++) {
      const k = Math.min(options.n - 1, Math.floor(((place + 0.5) * options.n) / places));
      const entity = doc.entityOffset('use_cases', k);
      const eol = doc.fieldLineEnd(entity, 'title');
      // Inside the quotes of a quoted title, so every step stays valid YAML.
      const at = doc.text[eol - 1] === '"' ? eol - 1 : eol;
      const base = doc.positionAt(at);
      const pos = (i: number): Position => ({ line: base.line, character: base.character + i });
      for (let i = 0; i < WORD.length && sent < options.edits; i++) {
        doc.text = doc.text.slice(0, at + i) + WORD[i] + doc.text.slice(at + i);
        await send({ range: { start: pos(i), end: pos(i) }, text: WORD[i]! }, i === WORD.length - 1);
      }
      // What VS Code asks once the word is there: outline, folds, inlay hints and code actions for the
      // new version, a hover on the title's key and a completion in the reference list below it.
      const kpis = doc.fieldValueStart(entity, 'kpis');
      const textDocument = { uri };
      const cursor = pos(WORD.length);
      const asked = [
        client.request('textDocument/documentSymbol', { textDocument }, options.timeoutMs),
        client.request('textDocument/foldingRange', { textDocument }, options.timeoutMs),
        client.request('textDocument/inlayHint', { textDocument, range: { start: { line: Math.max(0, base.line - 30), character: 0 }, end: { line: base.line + 30, character: 0 } } }, options.timeoutMs),
        client.request('textDocument/codeAction', { textDocument, range: { start: cursor, end: cursor }, context: { diagnostics: [] } }, options.timeoutMs),
        client.request('textDocument/hover', { textDocument, position: { line: base.line, character: 6 } }, options.timeoutMs),
        ...(kpis < 0 ? [] : [client.request('textDocument/completion', { textDocument, position: doc.positionAt(kpis + 1), context: { triggerKind: 2, triggerCharacter: '[' } }, options.timeoutMs)]),
      ];
      for (const r of await Promise.all(asked)) {
        requests++;
        if (!r.ok && failures.length < 20) failures.push(`request at place ${place}: ${r.error}`);
      }
      for (let i = WORD.length; i > 0 && sent < options.edits; i--) {
        doc.text = doc.text.slice(0, at + i - 1) + doc.text.slice(at + i);
        await send({ range: { start: pos(i - 1), end: pos(i) }, text: '' }, i === 1);
      }
    }
    if (sent % SAMPLE_EVERY !== 0) await sample(`after ${sent.toLocaleString('en')} edits`, sent);
    if (doc.text !== generated.text) failures.push('the bench lost track of the text');

    const fromClose = client.publishes.length;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitPublish(uri, fromClose, performance.now(), options.timeoutMs, (p) => p.diagnostics.length === 0);
    await client.settle(200, options.timeoutMs);
    await sample('closed', sent);

    const at = (label: string): MemoryPoint => points.find((p) => p.label === label)!;
    const afters = points.filter((p) => p.label.startsWith('after '));
    const warm = afters.length >= 2 ? afters[0]! : at('opened');
    const last = afters.at(-1) ?? at('opened');
    const idle = at('idle');
    const openedPoint = at('opened');
    const closed = at('closed');
    const tenth = (x: number) => Math.round(x * 10) / 10;
    const limit = tenth(warm.heapUsedMiB + Math.max(0.05 * warm.heapUsedMiB, 2));
    const closedLimit = tenth(idle.heapUsedMiB + Math.max(0.1 * (openedPoint.heapUsedMiB - idle.heapUsedMiB), 4));
    const span = last.edits - warm.edits;
    return {
      n: options.n,
      lines: generated.lines,
      edits: sent,
      checksAwaited,
      requests,
      failures,
      points,
      peakRssMiB: client.peakRssMiB(),
      seconds: Math.round((performance.now() - started) / 100) / 10,
      target: {
        warmLabel: warm.label,
        warmHeapMiB: warm.heapUsedMiB,
        limitMiB: limit,
        afterHeapMiB: last.heapUsedMiB,
        growthKiBPer1000: span > 0 ? Math.round(((last.heapUsedMiB - warm.heapUsedMiB) * 1024 * 1000) / span) : 0,
        pass: last.heapUsedMiB <= limit && failures.length === 0,
        idleHeapMiB: idle.heapUsedMiB,
        openedHeapMiB: openedPoint.heapUsedMiB,
        closedHeapMiB: closed.heapUsedMiB,
        closedLimitMiB: closedLimit,
        closedPass: closed.heapUsedMiB <= closedLimit,
      },
    };
  } finally {
    await client.stop();
    process.removeListener('exit', kill);
  }
}

/** The table `npm run bench` prints: one row a reading. */
export function memoryRows(result: MemoryResult): string[][] {
  const header = ['reading', 'heap used (after GC)', 'RSS', 'documents', 'analyses', 'checkers', 'chunks'];
  return [
    header,
    ...result.points.map((p) => [p.label, `${p.heapUsedMiB} MiB`, `${p.rssMiB} MiB`, String(p.counts.documents), String(p.counts.analyses), String(p.counts.checkers), String(p.counts.chunks)]),
  ];
}

export function memorySummary(result: MemoryResult): string {
  const t = result.target;
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');
  return [
    `no growth with edits: heap after ${result.edits.toLocaleString('en')} edits ${t.afterHeapMiB} MiB, target ≤ ${t.limitMiB} MiB (${t.warmLabel} ${t.warmHeapMiB} MiB + 5 %, at least 2 MiB; ${t.growthKiBPer1000} KiB per 1,000 edits since): ${verdict(t.pass)}`,
    `closing gives it back: heap after the close ${t.closedHeapMiB} MiB, target ≤ ${t.closedLimitMiB} MiB (idle ${t.idleHeapMiB} MiB + 10 % of the opened document's ${Math.round((t.openedHeapMiB - t.idleHeapMiB) * 10) / 10} MiB, at least 4 MiB): ${verdict(t.closedPass)}`,
    `${result.checksAwaited} checks awaited, ${result.requests} requests, ${result.failures.length} failures, peak RSS ${result.peakRssMiB === null ? '—' : `${Math.round(result.peakRssMiB)} MiB`}, ${result.seconds} s`,
  ].join('\n');
}
