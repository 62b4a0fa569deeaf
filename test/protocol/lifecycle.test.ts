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
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'airoadmap', version: 1, text: TEXT } });

    const result = await s.connection.sendRequest(InitializeRequest.type, INITIALIZE);
    assert.ok(result.capabilities.hoverProvider);
    await s.connection.sendNotification(InitializedNotification.type, {});
    assert.equal(await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
    assert.deepEqual(s.published, []);

    // Now the same notification is served.
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'airoadmap', version: 1, text: TEXT } });
    const symbols = await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);

    await s.connection.sendRequest(ShutdownRequest.type);
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 0);
  });

  it('refuses a second initialize with InvalidRequest and keeps serving', async () => {
    const s = start();
    await s.connection.sendRequest(InitializeRequest.type, INITIALIZE);
    await s.connection.sendNotification(InitializedNotification.type, {});
    const again = await refusal(s.connection.sendRequest(InitializeRequest.type, INITIALIZE));
    assert.equal(again.code, ErrorCodes.InvalidRequest);
    assert.match(again.message, /only once/);
    const uri = fixtureUri('lifecycle-twice.airoadmap.yaml');
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'airoadmap', version: 1, text: TEXT } });
    const symbols = await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
    await s.connection.sendRequest(ShutdownRequest.type);
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 0);
  });

  it('refuses requests after shutdown with InvalidRequest; exit then ends with code 0', async () => {
    const s = start();
    await s.connection.sendRequest(InitializeRequest.type, INITIALIZE);
    await s.connection.sendNotification(InitializedNotification.type, {});
    const uri = fixtureUri('lifecycle-late.airoadmap.yaml');
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'airoadmap', version: 1, text: TEXT } });
    assert.equal(await s.connection.sendRequest(ShutdownRequest.type), null);
    const symbols = await refusal(s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
    assert.equal(symbols.code, ErrorCodes.InvalidRequest);
    assert.match(symbols.message, /shut down/);
    assert.equal((await refusal(s.connection.sendRequest(ShutdownRequest.type))).code, ErrorCodes.InvalidRequest);
    assert.equal((await refusal(s.connection.sendRequest(InitializeRequest.type, INITIALIZE))).code, ErrorCodes.InvalidRequest);
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 0);
  });

  it('exit without shutdown ends with code 1', async () => {
    const s = start();
    await s.connection.sendRequest(InitializeRequest.type, INITIALIZE);
    await s.connection.sendNotification(InitializedNotification.type, {});
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
    await s.connection.sendRequest(ShutdownRequest.type);
    await s.connection.sendNotification(ExitNotification.type);
    assert.equal(await exitCode(s), 0);
  });
});
