/**
 * The stdio framing check (server/src/lsp/framing.ts) on its own: chunk
 * boundaries anywhere, bodies read by length and parsed as JSON, the first
 * problem named with its message number and nothing reported after it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FramingCheck } from '../../server/src/lsp/framing';

function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

/** Feeds `bytes` in chunks of the given sizes (cycled); every problem reported. */
function problems(bytes: Buffer, sizes: number[]): string[] {
  const check = new FramingCheck();
  const found: string[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    const problem = check.push(bytes.subarray(offset, offset + size));
    if (problem !== undefined) found.push(problem);
    offset += size;
  }
  return found;
}

describe('FramingCheck', () => {
  const big = `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"${'ø'.repeat(300_000)}"}}`;
  const stream = Buffer.concat([frame(big), frame('{"jsonrpc":"2.0","id":1,"method":"shutdown"}'), frame('  \r\n{"jsonrpc":"2.0","method":"exit"}')]);

  it('passes well-framed messages whatever the chunking', () => {
    for (const sizes of [[stream.length], [1], [2, 3, 5, 7], [4096], [65_536, 1, 13]]) assert.deepEqual(problems(stream, sizes), [], String(sizes));
  });

  it('names the first bad message by its number and reports nothing after it', () => {
    const bad = Buffer.concat([stream, Buffer.from('Content-Length: 12x\r\n\r\n'), Buffer.from('garbage')]);
    for (const sizes of [[bad.length], [1], [3, 1000]]) {
      assert.deepEqual(problems(bad, sizes), ['message 4: Content-Length "12x" is not a number of bytes'], String(sizes));
    }
  });

  it('finds a body that is not an object even when it starts in a later chunk', () => {
    const bad = Buffer.concat([frame('{}'), Buffer.from('Content-Length: 4\r\n\r\n'), Buffer.from(' [1]')]);
    assert.deepEqual(problems(bad, [1]), ['message 2: the body is not a JSON-RPC message (a JSON object); it starts with "["']);
  });

  it('finds a blank body and an empty one', () => {
    assert.deepEqual(problems(Buffer.from('Content-Length: 3\r\n\r\n \r\n'), [1]), ['message 1: the body is blank']);
    assert.deepEqual(problems(Buffer.from('Content-Length: 0\r\n\r\n'), [5]), ['message 1: Content-Length 0: an empty body']);
  });

  it('finds two Content-Length headers and a CR without LF', () => {
    assert.deepEqual(problems(Buffer.from('Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}'), [100]), ['message 1: two Content-Length headers']);
    assert.deepEqual(problems(Buffer.from('Content-Length: 2\r\r\n\r\n{}'), [1]), ['message 1: a CR not followed by LF in the header']);
  });

  it('finds a body that starts with { but is not JSON, however it is chunked (issue 18)', () => {
    for (const body of ['{not json', '{"jsonrpc":"2.0",']) {
      const bad = Buffer.concat([frame('{}'), frame(body), frame('{"jsonrpc":"2.0","method":"exit"}')]);
      const length = Buffer.byteLength(body);
      for (const sizes of [[bad.length], [1], [3, 7]]) {
        assert.deepEqual(problems(bad, sizes), [`message 2: the body (${length} bytes) is not valid JSON`], `${body} ${String(sizes)}`);
      }
    }
  });

  it('escapes C1 controls (and DEL) in the header text it quotes', () => {
    const header = Buffer.concat([Buffer.from('Content-Length: 1'), Buffer.from([0x9b, 0x7f]), Buffer.from('2\r\n\r\n{}')]);
    const found = problems(header, [header.length]);
    assert.deepEqual(found, ['message 1: Content-Length "1\\u009b\\u007f2" is not a number of bytes']);
    assert.doesNotMatch(found[0]!, /[\u007f-\u009f]/);
    const line = Buffer.concat([Buffer.from('X'), Buffer.from([0x9d]), Buffer.from('0;title\r\n\r\n')]);
    assert.deepEqual(problems(line, [1]), ['message 1: a header line without a name and \':\' ("X\\u009d0;title")']);
  });
});
