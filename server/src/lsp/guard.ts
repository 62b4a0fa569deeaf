/**
 * The error boundary around every handler: a throw becomes a logged
 * `ResponseError` (requests) or a logged no-op (notifications), so one bad
 * input never takes the server down. Also turns a cancelled token into the
 * protocol's `RequestCancelled` answer.
 * Must not depend on vscode or on the language core.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

/**
 * Test hook, inert unless the entry names methods (server.ts, from
 * `AIROADMAP_TEST_THROW=textDocument/hover,…`): those handlers throw, so the
 * protocol tests can show that a throwing handler leaves the server serving.
 * Set by the entry, not read here, so this module runs without Node.js too.
 */
const THROWING = new Set<string>();

/** The methods whose handlers throw (a comma-separated list; empty or undefined: none). */
export function throwInHandlers(methods: string | undefined): void {
  THROWING.clear();
  for (const method of (methods ?? '').split(',')) if (method !== '') THROWING.add(method);
}

function testThrow(method: string): void {
  if (THROWING.has(method)) throw new Error(`${method} threw (AIROADMAP_TEST_THROW)`);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function cancelled(method: string): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
}

export type GuardedHandler<P, R> = (params: P, token: CancellationToken) => R | ResponseError<never>;

/** Wraps a synchronous request handler. */
export function guardRequest<P, R>(logger: Logger, method: string, handler: (params: P, token: CancellationToken) => R): GuardedHandler<P, R> {
  return (params, token) => {
    if (token?.isCancellationRequested) return cancelled(method);
    try {
      testThrow(method);
      const result = handler(params, token);
      if (token?.isCancellationRequested) return cancelled(method);
      return result;
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<never>;
      logger.error(`[${method}] ${describe(error)}`);
      const message = error instanceof Error ? error.message : String(error);
      return new ResponseError<never>(ErrorCodes.InternalError, `${method} failed: ${message}`);
    }
  };
}

/** Wraps a notification or event listener: errors are logged and swallowed. */
export function guardNotification<P>(logger: Logger, method: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      testThrow(method);
      const result = handler(params);
      if (result instanceof Promise) result.catch((error: unknown) => logger.error(`[${method}] ${describe(error)}`));
    } catch (error) {
      logger.error(`[${method}] ${describe(error)}`);
    }
  };
}
