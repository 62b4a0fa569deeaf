/**
 * The errors the command line turns into exit status 2 and one line on
 * stderr: bad usage (with a pointer to --help) and paths it cannot use.
 * Must not depend on the LSP connection or vscode.
 */
import type { CliMessages } from './messages';
import { terminalLine } from '../shared/terminal-text';

/** Exit statuses of every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The command line was used wrongly; the message is already localised. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the user should read, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A path could not be used (missing, unreadable, matching nothing); localised. */
export class PathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathError';
  }
}

/** The `code` of a Node.js system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** The first line of an error's message, for the one-line reports. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/**
 * The one line on stderr for an error of any command: `airoadmap: <message>`,
 * with a pointer to the command's help after a usage error; anything else is
 * an internal error, still one line.
 */
export function errorLine(error: unknown, text: CliMessages): string {
  if (error instanceof UsageError) return terminalLine(`airoadmap: ${error.message} ${text.seeHelp(error.command)}`);
  if (error instanceof PathError) return terminalLine(`airoadmap: ${error.message}`);
  return terminalLine(`airoadmap: ${text.internalError(firstLine(error))}`);
}
