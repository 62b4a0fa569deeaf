/**
 * A minimal, instrumented LSP client for the benchmark: spawns a language
 * server over stdio, speaks JSON-RPC the way an editor does, answers the
 * server's configuration requests, records every `publishDiagnostics` with
 * its arrival time, and reads the process's peak RSS from /proc.
 * Every wait has a timeout; a timeout is reported, never thrown past the
 * caller's measurement. Must not depend on vscode or on our server's code.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  CancellationTokenSource,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type ConfigurationItem,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface Publish {
  params: PublishDiagnosticsParams;
  at: number;
}

/** What a timed wait or request gives back. */
export type Timed<T> = { ok: true; ms: number; value: T } | { ok: false; ms: number; error: string };

export interface ClientOptions {
  command: string;
  args: string[];
  cwd: string;
  /** The answer to one `workspace/configuration` item. */
  configuration: (item: ConfigurationItem) => unknown;
  /** Pushed with `workspace/didChangeConfiguration` after `initialized`. */
  pushSettings?: unknown;
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    // As vscode-languageclient 11 declares it: documentation on resolve, shared defaults in the list.
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        insertReplaceSupport: true,
        labelDetailsSupport: true,
        resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
      },
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
      contextSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/**
 * Spawns a language server over stdio and connects to it as an editor does:
 * the server's requests to register capabilities, to refresh lenses and
 * inlay hints and to create progress are answered with nothing. The caller
 * adds its own handlers, then calls `connection.listen()`. The benchmark's
 * client and the protocol tests' session start their servers with it.
 * `env`, when given, is the server's whole environment (else this process's).
 */
export function connectServer(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): { child: ChildProcessWithoutNullStreams; connection: ProtocolConnection } {
  const child = spawn(command, args, { cwd, stdio: 'pipe', ...(env ? { env } : {}) });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  for (const method of EDITOR_ANSWERS_NOTHING) connection.onRequest(method, () => undefined);
  return { child, connection };
}

const EDITOR_ANSWERS_NOTHING = [
  RegistrationRequest.method,
  'client/unregisterCapability',
  'workspace/codeLens/refresh',
  'workspace/inlayHint/refresh',
  'window/workDoneProgress/create',
] as const;

export class BenchClient {
  readonly publishes: Publish[] = [];
  readonly configurationItems: ConfigurationItem[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];
  private exited = false;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {}

  static start(options: ClientOptions): BenchClient {
    const { child, connection } = connectServer(options.command, options.args, options.cwd);
    const client = new BenchClient(child, connection);
    child.stderr.on('data', (chunk: Buffer) => {
      client.stderr = (client.stderr + chunk.toString()).slice(-4000);
    });
    child.on('exit', () => {
      client.exited = true;
      client.wake();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      client.publishes.push({ params, at: performance.now() });
      client.wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      client.configurationItems.push(...params.items);
      client.wake();
      return params.items.map((item) => options.configuration(item));
    });
    connection.onError(() => undefined);
    connection.listen();
    return client;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `ready()` holds, or after `timeoutMs` (→ false). */
  private async until(ready: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!ready()) {
      if (this.exited) return false;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  async initialize(rootUri: string, timeoutMs: number): Promise<Timed<unknown>> {
    const started = performance.now();
    const result = await this.request(InitializeRequest.method, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: CLIENT_CAPABILITIES,
      locale: 'en',
      initializationOptions: {},
    }, timeoutMs);
    if (!result.ok) return result;
    await this.connection.sendNotification(InitializedNotification.type, {});
    return { ok: true, ms: performance.now() - started, value: result.value };
  }

  /** Pushes settings and waits until the server has pulled its configuration (or a short grace period). */
  async configure(pushSettings: unknown, timeoutMs: number): Promise<void> {
    // With settings pushed, wait for the pull that answers them; without, for the pull after `initialized`.
    const seen = pushSettings === undefined ? 0 : this.configurationItems.length;
    if (pushSettings !== undefined) await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: pushSettings });
    await this.until(() => this.configurationItems.length > seen, timeoutMs);
    // Let the server apply what it pulled before the document arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  async open(uri: string, languageId: string, text: string): Promise<number> {
    const from = this.publishes.length;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return from;
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const from = this.publishes.length;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return from;
  }

  /**
   * The first publish for `uri` at or after index `from` that satisfies
   * `accept` (e.g. the right version), timed from `sentAt`.
   */
  async waitPublish(uri: string, from: number, sentAt: number, timeoutMs: number, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Timed<PublishDiagnosticsParams>> {
    let found: Publish | undefined;
    const ok = await this.until(() => {
      for (let i = from; i < this.publishes.length; i++) {
        const p = this.publishes[i]!;
        if (p.params.uri === uri && accept(p.params)) {
          found = p;
          return true;
        }
      }
      return false;
    }, timeoutMs);
    if (!ok || !found) return { ok: false, ms: performance.now() - sentAt, error: this.exited ? 'server exited' : 'timeout' };
    return { ok: true, ms: found.at - sentAt, value: found.params };
  }

  /** Waits until no publish has arrived for `quietMs` (at most `maxMs`). */
  async settle(quietMs: number, maxMs: number): Promise<void> {
    const deadline = performance.now() + maxMs;
    for (;;) {
      const last = this.publishes.at(-1)?.at ?? 0;
      const now = performance.now();
      if (now - last >= quietMs || now >= deadline) return;
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs, deadline - now)));
    }
  }

  /** A request timed from send to answer; cancelled and reported on timeout. */
  async request<R>(method: string, params: unknown, timeoutMs: number): Promise<Timed<R>> {
    const source = new CancellationTokenSource();
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const answer = await Promise.race([this.connection.sendRequest(method, params, source.token) as Promise<R>, timeout]);
      const ms = performance.now() - started;
      if (answer === 'timeout') {
        source.cancel();
        return { ok: false, ms, error: 'timeout' };
      }
      return { ok: true, ms, value: answer };
    } catch (error) {
      return { ok: false, ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Peak resident set size of the server process in MiB (VmHWM), or null off Linux. */
  peakRssMiB(): number | null {
    return readStatusKiB(this.pid, 'VmHWM');
  }

  /**
   * The peak RSS since the last call (or the start) in MiB, then resets the
   * process's peak to its current RSS (`clear_refs` 5, Linux ≥ 4.0), so the
   * next call reads the next phase's own peak. Null when it cannot.
   */
  phasePeakRssMiB(): number | null {
    const peak = this.peakRssMiB();
    try {
      writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
    } catch {
      return null;
    }
    return peak;
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      await this.request(ShutdownRequest.method, undefined, 3000);
      try {
        await this.connection.sendNotification(ExitNotification.type);
      } catch {
        /* already gone */
      }
      await this.until(() => this.exited, 2000);
    }
    if (!this.exited) this.child.kill('SIGKILL');
    this.connection.dispose();
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }
}

export function readStatusKiB(pid: number, field: string): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
