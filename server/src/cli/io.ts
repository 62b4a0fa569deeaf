/**
 * What a command may touch of the process: its output streams, whether
 * stdout is a terminal, the environment and the working directory. Passing
 * this in keeps the commands free of globals.
 * Must not depend on the LSP connection or vscode.
 */
import type { Locale } from '../core/index';
import type { StdinReader } from './safe-files';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdoutIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly locale: Locale;
  /** The language was chosen with --locale (which beats a configuration file's). */
  readonly localeGiven?: boolean;
  /** The raw streams, for commands that write through them (render). */
  readonly streams: { readonly stdout: NodeJS.WritableStream; readonly stderr: NodeJS.WritableStream };
  /** Standard input, read for the path `-` (check, render); none: there is nothing to read. */
  readonly stdin?: StdinReader;
}

/**
 * Colour only for a terminal that shows it: never when NO_COLOR is set to
 * anything but the empty string (https://no-color.org), nor when FORCE_COLOR
 * is "0" or "false", nor on TERM=dumb; another FORCE_COLOR value turns it
 * on, also for pipes and dumb terminals (as chalk and Node.js read it).
 */
export function useColour(io: Pick<CliIo, 'env' | 'stdoutIsTTY'>): boolean {
  const noColour = io.env['NO_COLOR'];
  if (noColour !== undefined && noColour !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  if (io.env['TERM'] === 'dumb') return false;
  return io.stdoutIsTTY;
}
