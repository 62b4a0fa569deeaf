/**
 * The `airoadmap/edit` request: values set from a preview, planned by the
 * core's edit engine (`editRoadmapAll`) on the server's analysis of the
 * document, refused when that analysis is of another version than the one
 * the preview showed. The answer is the text edits (one, over the lines the
 * values changed) or the engine's refusal in the analysis' language; the
 * client applies the edits as one workspace edit. Null for a document the
 * server does not know or params that are no edit.
 * Must not depend on vscode or on Node: the connection is passed in.
 */
import type { Connection } from 'vscode-languageserver';
import { editRoadmapAll, type EditIntent } from '../core/index';
import { EDIT_REQUEST, type EditAnswer, type EditParams } from '../shared/preview-protocol';
import type { DocumentStore } from './document-store';
import type { Logger } from './guard';
import { onDocumentRequest } from './after-analysis';

/** The params as `EditParams` (at most four changes, paths of reasonable length), or undefined. */
export function editParams(raw: unknown): EditParams | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { uri, version, changes } = raw as { uri?: unknown; version?: unknown; changes?: unknown };
  if (typeof uri !== 'string' || typeof version !== 'number' || !Number.isInteger(version) || !Array.isArray(changes) || changes.length === 0 || changes.length > 4) return undefined;
  const valid = changes.every((c: unknown) => {
    const { path, value } = (c ?? {}) as { path?: unknown; value?: unknown };
    return typeof path === 'string' && path.length > 0 && path.length <= 2000 && (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.length <= 100));
  });
  return valid ? { uri, version, changes: changes as EditParams['changes'] } : undefined;
}

export function editFor(store: DocumentStore, raw: unknown): EditAnswer | null {
  const params = editParams(raw);
  if (!params) return null;
  const analysis = store.analysis(params.uri);
  if (!analysis) return null;
  const intents: EditIntent[] = params.changes.map((c, i) => (i === 0 ? { path: c.path, value: c.value, expectedVersion: params.version } : { path: c.path, value: c.value }));
  const result = editRoadmapAll(analysis, intents, { version: analysis.version });
  return result.ok ? { applied: true, version: analysis.version, edits: result.edits } : { applied: false, message: result.message };
}

export function registerEditHandler(connection: Connection, logger: Logger, store: DocumentStore): void {
  onDocumentRequest(connection, logger, EDIT_REQUEST, (uri) => store.ready(uri), (params): EditAnswer | null => editFor(store, params));
}
