/**
 * The one way the command line reads a roadmap file and writes an output
 * file. Reading: regular files only (after following symbolic links), at most
 * MAX_INPUT_BYTES, opened without blocking (O_NONBLOCK) and checked on the
 * opened descriptor, so a FIFO, a device (`/dev/zero`), a socket or a
 * directory is refused at once — also when it replaces a file between the
 * search and the read. Writing: the output is opened without truncating and
 * compared (device and inode) with every input before anything is written,
 * so `render x.yaml -o x.yaml`, a symbolic link or a hard link to the input
 * never overwrites it.
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
