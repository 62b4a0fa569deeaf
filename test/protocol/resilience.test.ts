/**
 * Server resilience over the real protocol (`node dist/server.js --stdio`):
 * (a) the server is killed mid-session and a supervisor that does what the
 *     VS Code client does (consult client/src/crash-policy.ts on the child's
 *     exit, respawn, re-initialise, re-open the documents) brings it back with
 *     the same diagnostics, edits included — and gives up after N crashes in
 *     the window, saying so once;
 * (b) handlers that throw (made to throw by the inert-by-default test hook
 *     AIROADMAP_TEST_THROW) are answered with an error and the server goes on;
 * (c) 10,000 edits to one document leave the server's object counts
 *     (`airoadmap/stats`) where they started once the document is closed.
 * Test-only; never imports vscode.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  DocumentSymbolRequest,
  ErrorCodes,
  HoverRequest,
  ResponseError,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { CLIENT_MESSAGES } from '../../client/src/client-messages';
import { CrashPolicy, type CrashDecision } from '../../client/src/crash-policy';
import { STATS_REQUEST, type ServerStats } from '../../server/src/lsp/stats';
import { VIEWS_REQUEST } from '../../server/src/shared/preview-protocol';
import { ensureBuilt, FIXTURES, fixtureUri, LspSession, positionOf } from './support/lsp-harness';

const EXAMPLE = readFileSync(path.join(FIXTURES, 'dsl-example.airoadmap.yaml'), 'utf8');
/** A roadmap with known findings: an unknown reference and a KPI without baseline. */
const BROKEN = `airoadmap: 1
organization:
  name: Crashy AS
kpis:
  speed:
    name: Speed
    unit: minutes
    target: 5
use_cases:
  triage:
    title: Triage
    kpis: [speed, nowhere]
`;


const summary = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`).sort();

function exited(session: LspSession): Promise<void> {
  return new Promise((resolve) => {
    if (session.child.exitCode !== null || session.child.signalCode !== null) resolve();
    else session.child.once('exit', () => resolve());
  });
}

/** The resident set size of a process in KiB, from /proc (undefined where there is no /proc). */
function rssKiB(pid: number | undefined): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What vscode-languageclient does with the extension's error handler: on an
 * exit it did not ask for, ask the policy; restart means a new process,
 * initialize/initialized and didOpen of every open document at its current
 * version and text (the editor keeps the edits, the server had only copies).
 */
class Supervisor {
  session: LspSession | undefined;
  spawns = 0;
  readonly decisions: CrashDecision[] = [];
  /** What the user would see: one entry per notification shown. */
  readonly shown: string[] = [];
  private readonly documents = new Map<string, { text: string; version: number }>();
  private readonly spawnWaiters: (() => void)[] = [];
  private stopping = false;

  constructor(readonly policy: CrashPolicy) {}

  async start(): Promise<LspSession> {
    const session = await LspSession.start();
    this.spawns++;
    this.session = session;
    session.child.once('exit', () => this.onExit(session));
    for (const [uri, doc] of this.documents) await session.open(uri, doc.text, doc.version);
    for (const wake of this.spawnWaiters.splice(0)) wake();
    return session;
  }

  async open(uri: string, text: string): Promise<void> {
    this.documents.set(uri, { text, version: 1 });
    await this.session!.open(uri, text, 1);
  }

  async edit(uri: string, text: string): Promise<number> {
    const doc = this.documents.get(uri)!;
    doc.text = text;
    doc.version++;
    await this.session!.change(uri, doc.version, [{ text }]);
    return doc.version;
  }

  /** Resolves once the n-th server process has been started and has the documents. */
  async spawned(n: number): Promise<LspSession> {
    while (this.spawns < n) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server #${n} never started (${this.spawns} so far)`)), 15_000);
        this.spawnWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.session!;
  }

  private onExit(session: LspSession): void {
    if (this.stopping || session !== this.session) return;
    session.connection.dispose();
    const decision = this.policy.closed();
    this.decisions.push(decision);
    if (decision.notify) {
      const m = CLIENT_MESSAGES.en;
      this.shown.push(decision.notify === 'restarted' ? m.restarted : m.gaveUp(this.policy.maxRestarts + 1, Math.round(this.policy.windowMs / 60000)));
    }
    if (decision.restart) void this.start();
    else this.session = undefined;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.session?.stop();
  }
}

describe('server resilience', () => {
  before(async () => {
    await ensureBuilt();
  });

  describe('killed mid-session, restarted by the client policy', () => {
    let supervisor: Supervisor;
    after(async () => {
      await supervisor?.stop();
    });

    it('comes back after SIGKILL and publishes the same diagnostics again, edits included', async () => {
      supervisor = new Supervisor(new CrashPolicy({ maxRestarts: 2, windowMs: 10 * 60_000 }));
      const first = await supervisor.start();
      const example = fixtureUri('resilience-example.airoadmap.yaml');
      const broken = fixtureUri('resilience-broken.airoadmap.yaml');
      await supervisor.open(example, EXAMPLE);
      await supervisor.open(broken, BROKEN);
      const exampleBefore = await first.waitForDiagnostics(example);
      await first.waitForDiagnostics(broken);
      // An edit the server has seen before it dies: the fix of the unknown reference.
      const version = await supervisor.edit(broken, BROKEN.replace('[speed, nowhere]', '[speed]'));
      const brokenBefore = await first.waitForDiagnostics(broken, (p) => p.version === version);
      assert.ok(summary(exampleBefore.diagnostics).length > 0, 'the example has findings to compare');
      assert.ok(!summary(brokenBefore.diagnostics).some((d) => d.startsWith('unknown-reference')));
      assert.ok(summary(brokenBefore.diagnostics).some((d) => d.startsWith('kpi-no-baseline')));

      const pid = first.child.pid;
      first.child.kill('SIGKILL');
      await exited(first);
      const second = await supervisor.spawned(2);
      assert.notEqual(second.child.pid, pid, 'a new process');
      const exampleAfter = await second.waitForDiagnostics(example);
      const brokenAfter = await second.waitForDiagnostics(broken);
      assert.deepEqual(summary(exampleAfter.diagnostics), summary(exampleBefore.diagnostics));
      assert.deepEqual(summary(brokenAfter.diagnostics), summary(brokenBefore.diagnostics), 'the edit made before the crash is not lost');
      assert.equal(brokenAfter.version, version);
      assert.deepEqual(supervisor.decisions, [{ restart: true, notify: 'restarted' }]);

      // The restarted server serves requests and further edits.
      const symbols = await second.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: example } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0);
      const next = await supervisor.edit(broken, BROKEN);
      const again = await second.waitForDiagnostics(broken, (p) => p.version === next);
      assert.ok(summary(again.diagnostics).some((d) => d.startsWith('unknown-reference')));
    });

    it('gives up after too many crashes within the window, and says so once', async () => {
      // Crash #1 was the test above; maxRestarts is 2, so #2 restarts and #3 gives up.
      const second = supervisor.session!;
      second.child.kill('SIGKILL');
      await exited(second);
      const third = await supervisor.spawned(3);
      await third.waitForDiagnostics(fixtureUri('resilience-example.airoadmap.yaml'));
      third.child.kill('SIGKILL');
      await exited(third);
      // The exit is handled synchronously; let any (wrong) restart get going before counting.
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(supervisor.spawns, 3, 'no fourth server');
      assert.equal(supervisor.session, undefined);
      assert.deepEqual(
        supervisor.decisions.map((d) => `${d.restart ? 'restart' : 'stop'}${d.notify ? `+${d.notify}` : ''}`),
        ['restart+restarted', 'restart', 'stop+gave-up'],
      );
      assert.equal(supervisor.shown.length, 2, 'one notice for the restarts, one for giving up');
      assert.match(supervisor.shown[1]!, /crashed 3 times in 10 minutes and will not be restarted/);
      // Further close events (the client library can report more than one) stay silent.
      assert.deepEqual(supervisor.policy.closed(), { restart: false });
    });
  });

  describe('handlers that throw', () => {
    let s: LspSession;
    before(async () => {
      process.env['AIROADMAP_TEST_THROW'] = 'textDocument/hover,airoadmap/stats,airoadmap/views';
      try {
        s = await LspSession.start();
      } finally {
        delete process.env['AIROADMAP_TEST_THROW'];
      }
    });
    after(async () => {
      await s?.stop();
    });

    it('answer with an internal error, log it, and the next request is answered', async () => {
      const uri = fixtureUri('resilience-throw.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      await s.waitForDiagnostics(uri);
      const position = positionOf(EXAMPLE, 'readiness: 4');
      for (let i = 0; i < 3; i++) {
        await assert.rejects(
          s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
          (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InternalError && /textDocument\/hover failed/.test(e.message),
        );
        const symbols = await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
        assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the next request is answered');
      }
      await assert.rejects(s.connection.sendRequest(STATS_REQUEST), ResponseError);
      await assert.rejects(
        s.connection.sendRequest(VIEWS_REQUEST, { uri }),
        (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.InternalError && /airoadmap\/views failed/.test(e.message),
      );
      assert.ok(s.logs.some((l) => l.includes('[airoadmap/views]') && l.includes('AIROADMAP_TEST_THROW')), 'the views failure is logged like the others');
      // Diagnostics still flow after the failures.
      const from = s.published.length;
      await s.change(uri, 2, [{ text: BROKEN }]);
      const after = await s.waitForDiagnostics(uri, (p) => p.version === 2, { from });
      assert.ok(summary(after.diagnostics).some((d) => d.startsWith('unknown-reference')));
      assert.equal(s.child.exitCode, null, 'still running');
      assert.ok(s.logs.some((l) => l.includes('[textDocument/hover]') && l.includes('AIROADMAP_TEST_THROW')), 'the failure is logged');
    });

    it('the hook is inert without the environment variable', async () => {
      const plain = await LspSession.start();
      try {
        const uri = fixtureUri('resilience-no-throw.airoadmap.yaml');
        await plain.open(uri, EXAMPLE);
        await plain.waitForDiagnostics(uri);
        const hover = await plain.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'readiness: 4') });
        assert.ok(hover !== null);
      } finally {
        await plain.stop();
      }
    });
  });

  describe('10,000 edits to one document', () => {
    let s: LspSession;
    before(async () => {
      // --expose-gc: `airoadmap/stats { memory, collectGarbage }` then reads the heap after a full collection.
      s = await LspSession.start({ nodeArgs: ['--expose-gc'] });
    });
    after(async () => {
      await s?.stop();
    });

    const stats = (): Promise<ServerStats> => s.connection.sendRequest<ServerStats>(STATS_REQUEST);
    const heapKiB = async (): Promise<number> => {
      const m = await s.connection.sendRequest<ServerStats>(STATS_REQUEST, { memory: true, collectGarbage: true });
      assert.ok(m.memory, 'memory was asked for');
      assert.equal(m.memory.collected, true, 'the server ran a full collection before reading its heap');
      assert.ok(m.memory.heapUsedKiB > 0 && m.memory.rssKiB >= m.memory.heapUsedKiB / 4, JSON.stringify(m.memory));
      return m.memory.heapUsedKiB;
    };

    it('leave the server holding what it held before, once the document closes', async (t) => {
      const idle = await stats();
      assert.deepEqual(idle, { documents: 0, analyses: 0, checkers: 0, chunks: 0, cachedTexts: 0, analysing: 0, pendingTimers: 0, seen: 0, held: 0 });
      const uri = fixtureUri('resilience-edits.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      await s.waitForDiagnostics(uri, (p) => p.version === 1);
      const opened = await stats();
      assert.equal(opened.documents, 1);
      assert.ok(opened.chunks > 5, `the example is cut into chunks (${opened.chunks})`);
      const rss: Record<string, number | undefined> = { opened: rssKiB(s.child.pid) };
      const heap: Record<string, number> = { opened: await heapKiB() };

      // Type a character into a description and delete it again, 5,000 times.
      const at = positionOf(EXAMPLE, 'Ask questions over the archive', 0, 3);
      const insert = { range: { start: at, end: at }, text: 'x' };
      const remove = { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      const EDITS = 10_000;
      let version = 1;
      const rounds = async () => {
        for (let i = 0; i < EDITS; i++) await s.change(uri, ++version, [i % 2 === 0 ? insert : remove]);
        const last: PublishDiagnosticsParams = await s.waitForDiagnostics(uri, (p) => p.version === version, { timeoutMs: 60_000 });
        return last;
      };
      const first = await rounds();
      rss['after 10,000 edits'] = rssKiB(s.child.pid);
      heap['after 10,000 edits'] = await heapKiB();
      const edited = await stats();
      // The text is the original again, so the caches hold what they held after opening, and the
      // checker's cache the typed-into chunk's other version too (it keeps results of recent texts, at
      // most 256 more than the text has chunks, then is made again from the text's).
      // Which of those it holds depends on how the edits were coalesced into checks.
      const chunksHeld = (st: typeof edited) => assert.ok(st.chunks === opened.chunks || st.chunks === opened.chunks + 1, `${st.chunks} results for ${opened.chunks} chunks`);
      chunksHeld(edited);
      assert.deepEqual({ ...edited, chunks: 0 }, { ...opened, seen: 1, chunks: 0 });
      const initial = s.publishedFor(uri).find((p) => p.version === 1)!;
      assert.deepEqual(summary(first.diagnostics), summary(initial.diagnostics));
      // Coalescing: far fewer checks than edits reached the client.
      assert.ok(s.publishedFor(uri).length < EDITS / 2, `${s.publishedFor(uri).length} publishes for ${EDITS} edits`);

      await rounds();
      rss['after 20,000 edits'] = rssKiB(s.child.pid);
      heap['after 20,000 edits'] = await heapKiB();
      // A loose band, far above the noise of a collected heap (a few MiB) and far below
      // what keeping one copy of the text per edit would cost (10,000 × the example's size).
      const band = heap['opened']! + 16 * 1024;
      assert.ok(heap['after 10,000 edits']! <= band && heap['after 20,000 edits']! <= band, `heap after the edits left its band: ${JSON.stringify(heap)}`);
      const again = await stats();
      chunksHeld(again);
      assert.deepEqual({ ...again, chunks: 0 }, { ...edited, chunks: 0 }, 'a second round of edits adds nothing');
      // A hover and a completion fill the core's caches of recent texts; closing must empty them too.
      assert.ok(await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at }));
      assert.ok(await s.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: at.line + 1, character: 4 } }));
      assert.ok((await stats()).cachedTexts >= 1, 'the hover and the completion cached their texts');

      const from = s.published.length;
      await s.close(uri);
      await s.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined, { from });
      assert.deepEqual(await stats(), idle, 'closing the document releases everything');
      rss['closed'] = rssKiB(s.child.pid);
      heap['closed'] = await heapKiB();
      // RSS is reported, not asserted (V8 returns pages to the system when it likes).
      t.diagnostic(`server VmRSS (KiB): ${JSON.stringify(rss)}; heap used after a full collection (KiB): ${JSON.stringify(heap)}`);
      console.log(`# server VmRSS (KiB): ${JSON.stringify(rss)}; heap used after a full collection (KiB): ${JSON.stringify(heap)}`);
    });
  });
});
