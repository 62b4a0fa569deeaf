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
  /** The raw streams, for commands that write through them (render). */
  readonly streams: { readonly stdout: NodeJS.WritableStream; readonly stderr: NodeJS.WritableStream };
  /** Standard input, read for the path `-` (check, render); none: there is nothing to read. */
  readonly stdin?: StdinReader;
}

/**
 * Colour only for a terminal, and never when NO_COLOR is set
 * (https://no-color.org); FORCE_COLOR (not "0") turns it on for pipes.
 */
export function useColour(io: CliIo): boolean {
  if (io.env['NO_COLOR'] !== undefined) return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return io.stdoutIsTTY;
}
