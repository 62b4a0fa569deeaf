/**
 * Protocol tests: raw bytes on the server's stdin (issue 18, item 6). A
 * message the server cannot frame or read ends the process with code 1 and
 * the reason on stderr, so that the client's crash policy restarts it;
 * well-framed input (also split at every byte) is answered.
 * Each case drives its own `node dist/server.js --stdio`.
 */
import { afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureBuilt, ROOT, SERVER_JS } from './support/lsp-harness';

function frame(message: unknown, header = ''): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`${header}Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

const INITIALIZE = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

interface Outcome {
  /** The exit code, or 'running' when the process still runs after it answered (or after the safety deadline). */
  code: number | null | 'running';
  answered: boolean;
  stderr: string;
}

const started: ChildProcessWithoutNullStreams[] = [];

/** Writes `chunks` (in separate writes) then waits for the process to exit or to answer request 1. */
async function feed(chunks: Buffer[]): Promise<Outcome> {
  const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
  started.push(child);
  let stdout = '';
  let stderr = '';
  let wake: () => void = () => undefined;
  const answered = (): boolean => stdout.includes('"id":1,"result"');
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (answered()) wake();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.on('error', () => undefined); // the server may exit before reading everything
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const sawAnswer = new Promise<void>((resolve) => (wake = resolve));
  for (const chunk of chunks) {
    if (child.exitCode !== null) break;
    await new Promise<void>((resolve) => child.stdin.write(chunk, () => resolve()));
  }
  const first = await Promise.race([exited, sawAnswer.then(() => 'answered' as const), sleep(10_000).then(() => 'deadline' as const)]);
  const code = typeof first === 'number' || first === null ? first : 'running';
  child.kill();
  return { code, answered: answered(), stderr };
}

async function exitsWith(bytes: Buffer, reason: RegExp): Promise<void> {
  const outcome = await feed([Buffer.concat([bytes, INITIALIZE])]);
  assert.equal(outcome.code, 1, `expected exit code 1, got ${String(outcome.code)}; stderr: ${outcome.stderr}`);
  assert.equal(outcome.answered, false);
  assert.match(outcome.stderr, /airoadmap-language-server: cannot read the client's message 1: /);
  assert.match(outcome.stderr, reason);
  assert.match(outcome.stderr, /so that the client can restart the server/);
}

describe('framing on stdio', () => {
  before(async () => {
    await ensureBuilt();
  });
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
  });

  it('Content-Length: abc ends the process with the reason on stderr', async () => {
    await exitsWith(Buffer.from('Content-Length: abc\r\n\r\n'), /Content-Length "abc" is not a number of bytes/);
  });

  it('Content-Length: abc followed by a body ends the process', async () => {
    await exitsWith(Buffer.from('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}'), /"abc"/);
  });

  it('a header line without a colon ends the process', async () => {
    await exitsWith(Buffer.from('Content-Length 10\r\n\r\n'), /a header line without a name and ':' \("Content-Length 10"\)/);
  });

  it('a negative Content-Length ends the process', async () => {
    await exitsWith(Buffer.from('Content-Length: -5\r\n\r\n{}'), /Content-Length "-5" is not a number of bytes/);
  });

  it('a 10 GB Content-Length ends the process at once, without waiting for (or holding) the body', async () => {
    await exitsWith(Buffer.from('Content-Length: 10737418240\r\n\r\n{"jsonrpc":'), /Content-Length 10737418240 is over the limit of 268435456 bytes/);
  });

  it('a header that never ends ends the process', async () => {
    await exitsWith(Buffer.from(`X-Padding: ${'x'.repeat(10_000)}`), /a header longer than 8192 bytes/);
  });

  it('a header without Content-Length ends the process', async () => {
    await exitsWith(Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'), /a header without Content-Length/);
  });

  it('a body that is not JSON ends the process', async () => {
    await exitsWith(Buffer.from('Content-Length: 9\r\n\r\nnot json!'), /the body is not a JSON-RPC message \(a JSON object\); it starts with "n"/);
  });

  it('a body that starts with { but is not JSON ends the process (the reader would drop it unseen)', async () => {
    await exitsWith(Buffer.from('Content-Length: 9\r\n\r\n{not json'), /the body \(9 bytes\) is not valid JSON/);
  });

  it('a well-framed but truncated JSON body ends the process', async () => {
    await exitsWith(Buffer.from('Content-Length: 17\r\n\r\n{"jsonrpc":"2.0",'), /the body \(17 bytes\) is not valid JSON/);
  });

  it('a C1 control byte in a header is escaped on stderr, not written raw', async () => {
    const header = Buffer.concat([Buffer.from('Content-Length: 1'), Buffer.from([0x9b]), Buffer.from('2\r\n\r\n')]);
    const outcome = await feed([Buffer.concat([header, INITIALIZE])]);
    assert.equal(outcome.code, 1, outcome.stderr);
    assert.match(outcome.stderr, /Content-Length "1\\u009b2" is not a number of bytes/);
    assert.doesNotMatch(outcome.stderr, /[\u0080-\u009f]/);
  });

  it('a charset other than UTF-8 in Content-Type ends the process', async () => {
    const body = Buffer.from('{"jsonrpc":"2.0","method":"initialized","params":{}}', 'latin1');
    await exitsWith(Buffer.concat([Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=latin1\r\nContent-Length: ${body.length}\r\n\r\n`), body]), /charset "latin1" in Content-Type: only utf-8 is read/);
  });

  it('a bare line feed in the header ends the process', async () => {
    await exitsWith(Buffer.from('Content-Length: 2\n\n{}'), /a line feed without CR in the header/);
  });

  it('well-framed input is answered: UTF-8 charset, lower-case names, other headers, a body after a valid message', async () => {
    const initialized = frame({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const withHeaders = frame(
      { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { note: 'æøå ✓' } } },
      'content-type: application/vscode-jsonrpc; charset="UTF-8"\r\nX-Other: 1\r\n',
    );
    const outcome = await feed([Buffer.concat([withHeaders, initialized])]);
    assert.deepEqual(outcome, { code: 'running', answered: true, stderr: '' });
  });

  it('well-framed input split at every byte is answered', async () => {
    const bytes = Buffer.concat([frame({ jsonrpc: '2.0', method: '$/setTrace', params: { value: 'off' } }), INITIALIZE]);
    const outcome = await feed([...bytes].map((byte) => Buffer.from([byte])));
    assert.deepEqual(outcome, { code: 'running', answered: true, stderr: '' });
  });
});
