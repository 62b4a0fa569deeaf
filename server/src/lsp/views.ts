/**
 * The `airoadmap/views` request: the preview asks for a document's views and
 * gets them computed by the core from the server's current model.
 * Must not depend on vscode (the extension host API); the connection is
 * passed in.
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { computeViews, localToday, PREVIEW_LIMITS } from '../core/index';
import type { RoadmapModel } from '../core/index';
import type { Locale } from '../core/index';
import { VIEWS_REQUEST, type ViewsParams, type ViewsResult } from '../shared/preview-protocol';
import { guardRequest, type GuardedHandler, type Logger } from './guard';

export type ViewsLookup = (uri: string) => { model: RoadmapModel; version: number; locale: Locale } | undefined;

/** Whether the file has YAML syntax errors (not just structure or checklist findings): part of the analysis, never a parse of its own. */
export function hasSyntaxErrors(model: RoadmapModel): boolean {
  return model.syntaxErrors;
}

export function viewsFor(lookup: ViewsLookup, params: unknown, today: string = localToday()): ViewsResult {
  if (typeof params !== 'object' || params === null || typeof (params as { uri?: unknown }).uri !== 'string') return null;
  const uri = (params as ViewsParams).uri;
  const entry = lookup(uri);
  if (!entry) return null;
  // Bounded: a view too large to draw comes empty, with a message saying so.
  return { uri, version: entry.version, views: computeViews(entry.model, entry.locale, today, PREVIEW_LIMITS), hasErrors: hasSyntaxErrors(entry.model) };
}

/**
 * `ready(uri)`, when given, is a promise while the document is still being
 * analysed (a long one, in slices): the answer waits for it, so it is of the
 * text the editor shows, and the server answers other requests meanwhile.
 * Behind the same error boundary as every other request (`guardRequest`).
 * `today()` is the server's today (the timeline's today line), the date the
 * diagnostics are checked with.
 */
export function registerViewsHandler(
  connection: Connection,
  logger: Logger,
  lookup: ViewsLookup,
  ready?: (uri: string) => Promise<void> | undefined,
  today: () => string = () => localToday(),
): void {
  connection.onRequest(VIEWS_REQUEST, afterAnalysis(ready, guardRequest(logger, VIEWS_REQUEST, (params: unknown) => viewsFor(lookup, params, today()))));
}

/**
 * A request handler that answers once the document named by `params.uri` is
 * analysed (`ready(uri)` resolved), so it answers of the text the editor
 * shows; params without a string `uri` are answered at once (by `answer`,
 * which refuses them).
 */
export function afterAnalysis<R>(
  ready: ((uri: string) => Promise<void> | undefined) | undefined,
  answer: GuardedHandler<unknown, R>,
): (params: unknown, token: CancellationToken) => ReturnType<GuardedHandler<unknown, R>> | Promise<ReturnType<GuardedHandler<unknown, R>>> {
  type Answer = ReturnType<GuardedHandler<unknown, R>>;
  const handler = (params: unknown, token: CancellationToken): Answer | Promise<Answer> => {
    const uri: unknown = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
    const waiting = typeof uri === 'string' ? ready?.(uri) : undefined;
    return waiting ? waiting.then(() => handler(params, token)) : answer(params, token);
  };
  return handler;
}
