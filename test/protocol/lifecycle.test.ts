/**
 * Protocol tests: the LSP lifecycle (issue 18, item 10). Before `initialize`
 * requests are refused with ServerNotInitialized and notifications dropped,
 * `initialize` is accepted once, after `shutdown` requests are refused with
 * InvalidRequest, and `exit` ends the process with 0 after `shutdown`, 1
 * without. Each test drives its own `node dist/server.js --stdio`.
 */
import { afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ResponseError,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type InitializeParams,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ensureBuilt, fixtureUri, ROOT, SERVER_JS } from './support/lsp-harness';

const INITIALIZE: InitializeParams = { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null };
const TEXT = 'airoadmap: 1\norganization:\n  name: Lifecycle AS\nuse_cases:\n  a:\n    title: A\n    owner: nobody\n';

interface Server {
  child: ChildProcessWithoutNullStreams;
  connection: ProtocolConnection;
  published: PublishDiagnosticsParams[];
  /** Resolves with the exit code (a deadline only as a safety net). */
  exited: Promise<number | null>;
}

/** Every server started, so that one a failed test leaves behind is killed. */
const started: ChildProcessWithoutNullStreams[] = [];

function start(): Server {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
  started.push(child);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
  });
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, connection, published, exited };
}

async function exitCode(server: Server): Promise<number | null | 'still running'> {
  const code = await Promise.race([server.exited, sleep(10_000).then(() => 'still running' as const)]);
  if (code === 'still running') server.child.kill();
  server.connection.dispose();
  return code;
}

/** `initialize` then `initialized`: the server's answer to `initialize`. */
async function initialize(server: Server): Promise<InitializeResult> {
  const result = await server.connection.sendRequest(InitializeRequest.type, INITIALIZE);
  await server.connection.sendNotification(InitializedNotification.type, {});
  return result;
}

function open(server: Server, uri: string): Promise<void> {
  return server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'airoadmap', version: 1, text: TEXT } });
}

function symbols(server: Server, uri: string): Promise<unknown> {
  return server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
}

/** `shutdown` then `exit`: the exit code. */
async function shutdownAndExit(server: Server): Promise<number | null | 'still running'> {
  await server.connection.sendRequest(ShutdownRequest.type);
  await server.connection.sendNotification(ExitNotification.type);
  return exitCode(server);
}

/** The error a request is answered with (fails when it is answered with a result). */
async function refusal(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    const result = await promise;
    assert.fail(`expected an error, got ${JSON.stringify(result)}`);
  } catch (error) {
    assert.ok(error instanceof ResponseError, String(error));
    return error;
  }
}

describe('LSP lifecycle', () => {
  before(async () => {
    await ensureBuilt();
  });
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
  });

  it('refuses requests before initialize with ServerNotInitialized and drops notifications', async () => {
    const s = start();
    const uri = fixtureUri('lifecycle-early.airoadmap.yaml');
    const hover = await refusal(s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }));
    assert.equal(hover.code, ErrorCodes.ServerNotInitialized);
    assert.match(hover.message, /not initialized/);
    assert.equal((await refusal(s.connection.sendRequest('no/suchMethod', {}))).code, ErrorCodes.ServerNotInitialized);
    assert.equal((await refusal(s.connection.sendRequest(ShutdownRequest.type))).code, ErrorCodes.ServerNotInitialized);
    // Dropped: the document is never opened.
    await open(s, uri);

    const result = await initialize(s);
    assert.ok(result.capabilities.hoverProvider);
    assert.equal(await symbols(s, uri), null);
    assert.deepEqual(s.published, []);

    // Now the same notification is served.
    await open(s, uri);
    const served = await symbols(s, uri);
    assert.ok(Array.isArray(served) && served.length > 0);

    assert.equal(await shutdownAndExit(s), 0);
  });

  it('refuses a second initialize with InvalidRequest and keeps serving', async () => {
    const s = start();
    await initialize(s);
    const again = await refusal(s.connection.sendRequest(InitializeRequest.type, INITIALIZE));
    assert.equal(again.code, ErrorCodes.InvalidRequest);
    assert.match(again.message, /only once/);
    const uri = fixtureUri('lifecycle-twice.airoadmap.yaml');
    await open(s, uri);
    const served = await symbols(s, uri);
    assert.ok(Array.isArray(served) && served.length > 0);
    assert.equal(await shutdownAndExit(s), 0);
  });

  it('refuses requests after shutdown with InvalidRequest; exit then ends with code 0', async () => {
    const s = start();
    await initialize(s);
    const uri = fixtureUri('lifecycle-late.airoadmap.yaml');
    await open(s, uri);
    assert.equal(await s.connection.sendRequest(ShutdownRequest.type), null);
    const late = await refusal(symbols(s, uri));
    assert.equal(late.code, ErrorCodes.InvalidRequest);
    assert.match(late.message, /shut down/);
    assert.equal((await refusal(s.connection.sendRequest(ShutdownRequest.type))).code, ErrorCodes.InvalidRequest);
    assert.equal((await refusal(s.connection.sendRequest(InitializeRequest.type, INITIALIZE))).code, ErrorCodes.InvalidRequest);
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 0);
  });

  it('exit without shutdown ends with code 1', async () => {
    const s = start();
    await initialize(s);
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 1);
  });

  it('exit before initialize is obeyed (code 1)', async () => {
    const s = start();
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 1);
  });

  it('the method that carries refusals is not found when a client calls it', async () => {
    const s = start();
    await s.connection.sendRequest(InitializeRequest.type, INITIALIZE);
    const direct = await refusal(s.connection.sendRequest('$/airoadmap/refused', { refusal: 'shut-down', method: 'x' }));
    assert.equal(direct.code, ErrorCodes.MethodNotFound);
    assert.equal(await shutdownAndExit(s), 0);
  });
});
