/**
 * Test harness: builds the bundle (once, under a lock, so parallel test files
 * do not write dist/ at the same time), starts `node dist/server.js --stdio`
 * as a child process and talks JSON-RPC to it the way an editor does.
 * Test-only; depends on vscode-languageserver-protocol and the benchmark's
 * server spawner (bench/lsp-client.ts), never on vscode.
 */
import { execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { connectServer } from '../../../bench/lsp-client';
import { FIXTURE_TODAY } from '../../helpers/fixtures';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** The `$$CURSOR$$` marker, one helper for unit and protocol tests. */
export { CURSOR, withCursor } from '../../helpers/fixtures';

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (/\.(ts|mjs|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(SERVER_JS)) return false;
  const built = statSync(SERVER_JS).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(ROOT, 'server', 'src')),
    newestMtime(path.join(ROOT, 'schemas')),
    statSync(path.join(ROOT, 'esbuild.mjs')).mtimeMs,
  );
  return built >= sources;
}

/** Runs `node esbuild.mjs` unless dist/server.js is newer than every source. */
export async function ensureBuilt(): Promise<void> {
  const lock = path.join(ROOT, 'dist', '.protocol-build-lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is stale.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for the build lock');
      await sleep(100);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line && i < lines.length; i++) offset += lines[i]!.length + 1;
  return offset + position.character;
}

/** The position of the n-th occurrence (0-based) of `needle`, plus `delta` characters. */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' #${nth} not in text`);
  }
  return positionAt(text, offset + delta);
}

/** Applies non-overlapping text edits, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetAt(text, edit.range.start)) + edit.newText + result.slice(offsetAt(text, edit.range.end));
  }
  return result;
}

export interface SessionOptions {
  /** Whether the client announces `workspace.configuration` (pull model). */
  configuration?: boolean;
  /** What the client answers for the `airoadmap` section. */
  settings?: unknown;
  /** What it answers for the section of one resource (`scopeUri`; undefined: the window); default `settings`. */
  settingsFor?: (scopeUri: string | undefined) => unknown;
  locale?: string;
  /** False: announce the capability but never answer (a broken client). */
  answerConfiguration?: boolean;
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  /** Extra `node` flags for the server process, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /**
   * The server's today (its `AIROADMAP_TODAY`), so no test depends on the day
   * it runs: FIXTURE_TODAY unless given.
   */
  today?: string;
  /** The workspace folders' URIs the client announces (none: null). */
  workspaceFolders?: string[];
}

export class LspSession {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly configurationRequests: unknown[] = [];
  /** `window/logMessage` texts (the server logs handler failures there). */
  readonly logs: string[] = [];
  stderr = '';
  settings: unknown;
  initializeResult!: InitializeResult;
  private readonly waiters: (() => void)[] = [];

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: SessionOptions = {}): Promise<LspSession> {
    const env = { ...process.env, AIROADMAP_TODAY: options.today ?? FIXTURE_TODAY };
    const { child, connection } = connectServer(process.execPath, [...(options.nodeArgs ?? []), SERVER_JS, '--stdio'], ROOT, env);
    const session = new LspSession(child, connection);
    session.settings = options.settings ?? {};
    child.stderr.on('data', (chunk: Buffer) => (session.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      session.published.push(params);
      for (const wake of session.waiters.splice(0)) wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      session.configurationRequests.push(params);
      if (options.answerConfiguration === false) return new Promise<never>(() => undefined);
      return params.items.map((item) => (item.section === 'airoadmap' ? (options.settingsFor ? options.settingsFor(item.scopeUri) : session.settings) : null));
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      session.logs.push(params.message);
    });
    connection.listen();
    const configuration = options.configuration ?? true;
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: {
        configuration,
        didChangeConfiguration: { dynamicRegistration: configuration },
        workspaceEdit: { documentChanges: false },
        inlayHint: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    };
    session.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
      workspaceFolders: options.workspaceFolders ? options.workspaceFolders.map((uri, i) => ({ uri, name: `folder-${i}` })) : null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'airoadmap', version, text },
    });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { airoadmap: settings } });
  }

  /** Resolves with the first publish for `uri` (after `from` publishes) that satisfies `accept`. */
  async waitForDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    options: { timeoutMs?: number; from?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    let index = options.from ?? 0;
    for (;;) {
      for (; index < this.published.length; index++) {
        const p = this.published[index]!;
        if (p.uri === uri && accept(p)) return p;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.publishedFor(uri).map((p) => [p.version, p.diagnostics.map((d) => d.code)]))}\nstderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), sleep(2000)]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      /* the server may already be gone */
    }
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    await Promise.race([exited, sleep(2000)]);
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

export function fixtureUri(name: string): string {
  return `file:///virtual/${name}`;
}
