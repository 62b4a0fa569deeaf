/**
 * A request on a document that is being analysed (a long one, in slices)
 * waits for that analysis, so the answer matches the text the editor shows;
 * requests on other documents are answered meanwhile. A cancelled request
 * stops waiting (its guarded handler then answers RequestCancelled without
 * touching the analysis). One wrapper for every request that names a
 * document: the editor features (`textDocument.uri`) and the preview's,
 * report's and edit's custom requests (`uri`).
 * Must not depend on vscode.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { guardRequest, type Logger } from './guard';

export type Ready = (uri: string) => Promise<void> | undefined;

export function afterAnalysis<P, R>(
  ready: Ready | undefined,
  uriOf: (params: P) => unknown,
  handler: (params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R | Promise<R> {
  const run = (params: P, token: CancellationToken): R | Promise<R> => {
    const uri = uriOf(params);
    const waiting = token?.isCancellationRequested || typeof uri !== 'string' ? undefined : ready?.(uri);
    return waiting ? untilDoneOrCancelled(waiting, token).then(() => run(params, token)) : handler(params, token);
  };
  return run;
}

/**
 * Registers a custom request on one document (params `{ uri, … }`): behind
 * the error boundary, answered once that document is analysed.
 */
export function onDocumentRequest(connection: Connection, logger: Logger, method: string, ready: Ready | undefined, answer: (params: unknown) => unknown): void {
  connection.onRequest(method, afterAnalysis(ready, paramsUri, guardRequest(logger, method, answer)));
}

/** The `uri` of a custom request's params (`{ uri }`), if it has one. */
export function paramsUri(params: unknown): unknown {
  return typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
}

/** The `textDocument.uri` of an LSP request's params, if it has one. */
export function textDocumentUri(params: unknown): unknown {
  return typeof params === 'object' && params !== null ? (params as { textDocument?: { uri?: unknown } }).textDocument?.uri : undefined;
}

/** Resolves when `waiting` does, or as soon as the request is cancelled (the analysis goes on for the others). */
function untilDoneOrCancelled(waiting: Promise<void>, token: CancellationToken | undefined): Promise<void> {
  if (!token) return waiting;
  return new Promise<void>((resolve) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve();
    });
    void waiting.then(() => {
      listener.dispose();
      resolve();
    });
  });
}
