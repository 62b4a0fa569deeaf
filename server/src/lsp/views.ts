/**
 * The `airoadmap/views` request: the preview asks for a document's views and
 * gets them computed by the core from the server's current model.
 * Must not depend on vscode (the extension host API); the connection is
 * passed in.
 */
import type { Connection } from 'vscode-languageserver';
import { computeViews, localToday } from '../core/views';
import type { RoadmapModel } from '../core/model';
import type { Locale } from '../core/types';
import { VIEWS_REQUEST, type ViewsParams, type ViewsResult } from '../shared/preview-protocol';

export type ViewsLookup = (uri: string) => { model: RoadmapModel; version: number; locale: Locale } | undefined;

/** Whether the file has YAML syntax errors (not just structure or checklist findings). */
export function hasSyntaxErrors(model: RoadmapModel): boolean {
  if (!model.usable) return true;
  return (model.document?.errors ?? []).some((e) => e.code !== 'DUPLICATE_KEY');
}

export function viewsFor(lookup: ViewsLookup, params: unknown, today: string = localToday()): ViewsResult {
  if (typeof params !== 'object' || params === null || typeof (params as { uri?: unknown }).uri !== 'string') return null;
  const uri = (params as ViewsParams).uri;
  const entry = lookup(uri);
  if (!entry) return null;
  return { uri, version: entry.version, views: computeViews(entry.model, entry.locale, today), hasErrors: hasSyntaxErrors(entry.model) };
}

export function registerViewsHandler(connection: Connection, lookup: ViewsLookup): void {
  connection.onRequest(VIEWS_REQUEST, (params: unknown): ViewsResult => {
    try {
      return viewsFor(lookup, params);
    } catch (err) {
      connection.console.error(`airoadmap/views failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return null;
    }
  });
}
