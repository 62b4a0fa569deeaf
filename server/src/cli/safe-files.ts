/**
 * The one way the command line reads a roadmap file and writes an output
 * file. Reading: regular files only (after following symbolic links), at most
 * MAX_INPUT_BYTES, opened without blocking (O_NONBLOCK) and checked on the
 * opened descriptor, so a FIFO, a device (`/dev/zero`), a socket or a
 * directory is refused at once — also when it replaces a file between the
 * search and the read. Writing: the output is opened without truncating and
 * compared (device and inode) with every input before anything is written,
 * so `render x.yaml -o x.yaml`, a symbolic link or a hard link to the input
 * never overwrites it. Standard input (the path `-`) is read through the
 * caller's StdinReader with the same limit, and named `<stdin>`.
 * Must not depend on the LSP connection or vscode.
 */
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { PathError, errorCode } from './errors';
import type { CliMessages } from './messages';

/** The largest roadmap file read: 32 MiB, thousands of times a real roadmap. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Which file an input was: its device and inode, as the opened descriptor said. */
export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
}

export interface InputFile {
  readonly text: string;
  readonly identity: FileIdentity;
}

/** `O_NONBLOCK` where the platform has it (not on Windows, where FIFOs are not files anyway). */
const NONBLOCK = (constants as Partial<typeof constants>).O_NONBLOCK ?? 0;
const NOCTTY = (constants as Partial<typeof constants>).O_NOCTTY ?? 0;

/** The reason a non-regular file is refused, as a localised one-line message. */
function refusal(stats: { isDirectory(): boolean; isFile(): boolean }, display: string, text: CliMessages): PathError | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return new PathError(text.cannotRead(display, text.fsReason('EISDIR', 'EISDIR')));
  return new PathError(text.notAFile(display));
}

function readFailure(error: unknown, display: string, text: CliMessages): PathError {
  const code = errorCode(error);
  if (code === 'ENOENT') return new PathError(text.notFound(display));
  return new PathError(text.cannotRead(display, text.fsReason(code, String(error))));
}

/**
 * Reads the roadmap file at `absolute` as UTF-8. Throws PathError with a
 * localised one-line message naming `display` when it is missing,
 * unreadable, not a regular file, or larger than `maxBytes`.
 */
export function readInputFile(absolute: string, display: string, text: CliMessages, maxBytes: number = MAX_INPUT_BYTES): InputFile {
  // A first look through the path, so a device or FIFO is not even opened.
  let pathStats;
  try {
    pathStats = statSync(absolute);
  } catch (error) {
    throw readFailure(error, display, text);
  }
  const early = refusal(pathStats, display, text);
  if (early) throw early;
  const tooLarge = () => new PathError(text.tooLarge(display, `${maxBytes / (1024 * 1024)} MiB`));
  if (pathStats.size > maxBytes) throw tooLarge();

  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | NONBLOCK | NOCTTY);
  } catch (error) {
    throw readFailure(error, display, text);
  }
  try {
    // What was opened decides: the path may have changed since the look above.
    const stats = fstatSync(fd, { bigint: true });
    const refused = refusal(stats, display, text);
    if (refused) throw refused;
    if (stats.size > BigInt(maxBytes)) throw tooLarge();
    // Read to the end, but never more than the limit (the file may grow while it is read).
    let buffer = Buffer.allocUnsafe(Math.min(Number(stats.size), maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge();
        const larger = Buffer.allocUnsafe(Math.min(length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { text: buffer.toString('utf8', 0, length), identity: { dev: stats.dev, ino: stats.ino } };
  } catch (error) {
    if (error instanceof PathError) throw error;
    throw readFailure(error, display, text);
  } finally {
    closeSync(fd);
  }
}

/** The output is one of the inputs; `index` says which. */
export class OutputIsInputError extends Error {
  constructor(readonly index: number) {
    super('the output file is an input file');
    this.name = 'OutputIsInputError';
  }
}

/**
 * Writes `content` to `absolute` (created if missing), unless it is one of
 * `inputs` (the same device and inode: the same path, a symbolic link to it
 * or a hard link): then throws OutputIsInputError and the file is untouched.
 * File-system failures are thrown as they are.
 */
/** Thrown when the output names a FIFO or a socket: opening one for writing would wait for a reader. */
export class OutputNotAFileError extends Error {}

export function writeOutputFile(absolute: string, content: string, inputs: readonly FileIdentity[]): void {
  // A FIFO or socket is refused before it is opened (opening a FIFO blocks until something reads it);
  // regular files and character devices (/dev/null, a terminal) are written. To write to a pipe, leave out -o.
  let existing;
  try {
    existing = statSync(absolute);
  } catch {
    existing = undefined; // created below
  }
  if (existing && (existing.isFIFO() || existing.isSocket())) throw new OutputNotAFileError();
  // No O_TRUNC: nothing changes until the descriptor is known not to be an input.
  const fd = openSync(absolute, constants.O_WRONLY | constants.O_CREAT | NOCTTY, 0o666);
  try {
    const stats = fstatSync(fd, { bigint: true });
    const index = inputs.findIndex((input) => input.dev === stats.dev && input.ino === stats.ino);
    if (index >= 0) throw new OutputIsInputError(index);
    if (stats.isFile()) ftruncateSync(fd, 0);
    const bytes = Buffer.from(content, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, null);
  } finally {
    closeSync(fd);
  }
}

/** How standard input is shown in every output and message. */
export const STDIN_NAME = '<stdin>';

/** What a StdinReader read: the bytes, and the file behind standard input if it is a regular file (`< x.yaml`). */
export interface StdinBytes {
  readonly bytes: Buffer;
  readonly identity?: FileIdentity;
}

/**
 * Reads standard input to its end, but never more than `limit` bytes (a
 * reader may stop there; one byte over the file limit is enough to refuse).
 * Throws the system error it meets.
 */
export type StdinReader = (limit: number) => StdinBytes;

/**
 * Standard input as a roadmap text, named `<stdin>`: throws PathError when
 * there is none to read, it fails, or it is larger than `maxBytes`.
 */
export function readStdinInput(reader: StdinReader | undefined, text: CliMessages, maxBytes: number = MAX_INPUT_BYTES): { text: string; identity?: FileIdentity } {
  if (reader === undefined) throw new PathError(text.cannotRead(STDIN_NAME, text.fsReason('EBADF', 'EBADF')));
  let read: StdinBytes;
  try {
    read = reader(maxBytes + 1);
  } catch (error) {
    throw new PathError(text.cannotRead(STDIN_NAME, text.fsReason(errorCode(error), String(error))));
  }
  if (read.bytes.length > maxBytes) throw new PathError(text.tooLarge(STDIN_NAME, `${maxBytes / (1024 * 1024)} MiB`));
  return { text: read.bytes.toString('utf8'), ...(read.identity ? { identity: read.identity } : {}) };
}

/** Waits `ms` milliseconds without spinning (for a descriptor that says "try again"). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A StdinReader on a file descriptor (0 for the process's standard input):
 * reads until the end or `limit` bytes, whatever the descriptor is (pipe,
 * file, terminal), waiting briefly when a non-blocking pipe has nothing yet.
 */
export function descriptorReader(fd: number): StdinReader {
  return (limit) => {
    let identity: FileIdentity | undefined;
    try {
      const stats = fstatSync(fd, { bigint: true });
      if (stats.isFile()) identity = { dev: stats.dev, ino: stats.ino };
    } catch {
      identity = undefined; // the read below reports what is wrong
    }
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EAGAIN') {
          pause(5);
          continue;
        }
        if (code === 'EOF') break; // Windows: the pipe was closed
        throw error;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
    }
    return { bytes: Buffer.concat(chunks, total), ...(identity ? { identity } : {}) };
  };
}

/** Thrown when the file to rewrite is no longer the one that was read (replaced, or not a regular file). */
export class InputReplacedError extends Error {
  constructor() {
    super('the file is not the one that was read');
    this.name = 'InputReplacedError';
  }
}

/**
 * Rewrites the roadmap file read as `identity` (`airoadmap set`) with
 * `content`, in place: opened without creating or truncating it, and written
 * only when the opened file is still that regular file (the same device and
 * inode), so its mode, owner and links stay. File-system failures are thrown
 * as they are.
 */
export function rewriteInputFile(absolute: string, content: string, identity: FileIdentity): void {
  const fd = openSync(absolute, constants.O_WRONLY | NONBLOCK | NOCTTY);
  try {
    const stats = fstatSync(fd, { bigint: true });
    if (!stats.isFile() || stats.dev !== identity.dev || stats.ino !== identity.ino) throw new InputReplacedError();
    const bytes = Buffer.from(content, 'utf8');
    ftruncateSync(fd, 0);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, written);
  } finally {
    closeSync(fd);
  }
}
