/**
 * A check of the byte stream a stdio client writes, run beside the
 * JSON-RPC reader on the same chunks: each message is a header
 * (`Name: value` lines ended by CRLF, an empty line last) with a
 * `Content-Length`, then that many bytes of JSON.
 *
 * vscode-jsonrpc's reader, given a header it cannot use (`Content-Length:
 * abc`, a line without a colon), reports it on an event
 * vscode-languageserver does not expose and waits for more input, with the
 * rest of the chunk still unread; a negative length derails it; a huge one
 * makes it wait for (and buffer) bytes that never come. The server then
 * answers nothing and never exits. Once a header is wrong the boundary of
 * the next message is unknown, and any message lost may have been an edit,
 * after which the server's copy of a document is wrong for good. So the
 * first problem found here ends the process (server.ts): the client sees it
 * exit, restarts it and opens its documents again.
 *
 * Stricter than the reader: whatever passes here the reader reads the same
 * way. Only header bytes are looked at one by one; a body's first non-blank
 * byte must be `{`, and once all its bytes are in it must parse as JSON (the
 * reader drops a body it cannot parse without a word: a lost edit). Must not
 * depend on vscode.
 */

import { escapeJsonText } from '../shared/terminal-text';

/** Far above any roadmap (the 20,000-use-case benchmark file is 21 MB), below V8's longest string (~512 MiB). */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** A real header is under 100 bytes. */
export const MAX_HEADER_BYTES = 8 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const OPEN_BRACE = 0x7b;

function isBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === CR || byte === LF;
}

/**
 * `text` as a JSON string, cut at 60 characters, for stderr, with every
 * character that could steer a terminal escaped (the terminal escape the
 * command line uses: latin1-decoded header bytes 0x80–0x9f are C1 controls,
 * and U+009B is CSI on some terminals).
 */
function quoted(text: string): string {
  return escapeJsonText(JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text));
}

/** The charset named by a Content-Type value, lower-cased, if any. */
function charsetOf(contentType: string): string | undefined {
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    return part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
  }
  return undefined;
}

export class FramingCheck {
  private header: Buffer[] = [];
  private headerBytes = 0;
  /** Bytes in the header line being read (without its CR). */
  private lineBytes = 0;
  private afterCr = false;
  /** Body bytes still to come; -1 while a header is read. */
  private remaining = -1;
  private bodyStarted = false;
  /** The body's bytes read so far, parsed as JSON once it is complete. */
  private body: Buffer[] = [];
  /** Messages whose header was complete (for the report: "message 3"). */
  private count = 0;
  private failed = false;

  /** Reads the next chunk; the first problem found (and nothing after it), or undefined. */
  push(chunk: Buffer): string | undefined {
    if (this.failed) return undefined;
    const problem = this.read(chunk);
    if (problem === undefined) return undefined;
    this.failed = true;
    return `message ${this.count + (this.remaining === -1 ? 1 : 0)}: ${problem}`;
  }

  private read(chunk: Buffer): string | undefined {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining === -1) {
        const start = i;
        let complete = false;
        for (; i < chunk.length && !complete; i++) {
          const byte = chunk[i]!;
          if (this.afterCr && byte !== LF) return 'a CR not followed by LF in the header';
          if (byte === CR) this.afterCr = true;
          else if (byte === LF) {
            if (!this.afterCr) return 'a line feed without CR in the header';
            this.afterCr = false;
            complete = this.lineBytes === 0;
            this.lineBytes = 0;
          } else this.lineBytes++;
        }
        this.headerBytes += i - start;
        if (this.headerBytes > MAX_HEADER_BYTES) return `a header longer than ${MAX_HEADER_BYTES} bytes`;
        this.header.push(chunk.subarray(start, i));
        if (!complete) return undefined;
        const problem = this.startBody();
        if (problem !== undefined) return problem;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - i);
      for (let j = i; !this.bodyStarted && j < i + take; j++) {
        const byte = chunk[j]!;
        if (isBlank(byte)) continue;
        if (byte !== OPEN_BRACE) return `the body is not a JSON-RPC message (a JSON object); it starts with ${quoted(String.fromCharCode(byte))}`;
        this.bodyStarted = true;
      }
      this.body.push(chunk.subarray(i, i + take));
      this.remaining -= take;
      i += take;
      if (this.remaining === 0) {
        if (!this.bodyStarted) return 'the body is blank';
        const problem = this.parseBody();
        if (problem !== undefined) return problem;
        this.remaining = -1;
      }
    }
    return undefined;
  }

  /** The body is complete: it must be JSON (its first byte was `{`, so the value is an object). */
  private parseBody(): string | undefined {
    const bytes = Buffer.concat(this.body);
    this.body = [];
    try {
      JSON.parse(bytes.toString('utf8'));
    } catch {
      // The parser's message quotes the body: not shown, the body may be anything.
      return `the body (${bytes.length} bytes) is not valid JSON`;
    }
    return undefined;
  }

  /** The header is complete: checks it and starts its body. */
  private startBody(): string | undefined {
    const text = Buffer.concat(this.header).toString('latin1');
    this.header = [];
    this.headerBytes = 0;
    // The header ends with CRLF CRLF: the last two pieces are empty.
    const lines = text.split('\r\n').slice(0, -2);
    let length: number | undefined;
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `a header line without a name and ':' (${quoted(line)})`;
      const name = line.slice(0, colon).toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') {
        if (length !== undefined) return 'two Content-Length headers';
        if (!/^\d+$/.test(value)) return `Content-Length ${quoted(value)} is not a number of bytes`;
        length = Number(value);
        if (length > MAX_MESSAGE_BYTES) return `Content-Length ${value} is over the limit of ${MAX_MESSAGE_BYTES} bytes`;
        if (length === 0) return 'Content-Length 0: an empty body';
      } else if (name === 'content-type') {
        const charset = charsetOf(value);
        if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return `charset ${quoted(charset)} in Content-Type: only utf-8 is read`;
      }
    }
    if (length === undefined) return 'a header without Content-Length';
    this.count++;
    this.remaining = length;
    this.bodyStarted = false;
    this.body = [];
    return undefined;
  }
}
