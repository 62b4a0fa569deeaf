/**
 * Files the client reads for a language server that cannot (VS Code for the
 * Web: the server is a web worker with no file system), sent as
 * notifications of the same shape:
 * - `airoadmap/configFiles`: the airoadmap.config.yaml files that may apply
 *   to a document, sent before the document is opened and again when one
 *   changes (client/src/config-feed.ts); the server applies the nearest one
 *   as it applies a file from disk on Node.js.
 * - `airoadmap/roadmapFiles`: the workspace's roadmap files, for the symbol
 *   search of the roadmaps that are not open (client/src/roadmap-feed.ts).
 * The server keeps them (lsp/client-files.ts). For the configuration files
 * both ends walk the same candidates (`configCandidates`), on the URI's
 * text, so they agree on the spelling of every URI.
 * Must not depend on vscode, the LSP connection or Node.js.
 */
import { CONFIG_FILE_NAME } from '../core/features/config';

// --- LSP: client → server ------------------------------------------------------

export const CONFIG_FILES_NOTIFICATION = 'airoadmap/configFiles';
export const ROADMAP_FILES_NOTIFICATION = 'airoadmap/roadmapFiles';
export interface ClientFilesParams {
  /** Each file the client looked at: its text, or null when there is no such file (or it went). */
  files: { uri: string; text: string | null }[];
}

/**
 * The places an airoadmap.config.yaml applying to a document may be, nearest
 * first: one in each folder from the document's up to the root of its URI's
 * path, or up to `within` (a workspace folder's URI) when given and the
 * document is in it. None for a URI without a hierarchical path
 * (`untitled:Untitled-1`). Query and fragment are dropped.
 */
export function configCandidates(documentUri: string, within?: string): string[] {
  const m = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?)(\/[^?#]*)/i.exec(documentUri);
  if (!m) return [];
  const prefix = m[1]!;
  const segments = m[2]!.split('/').slice(1, -1);
  const root = within?.replace(/\/+$/, '');
  // The shortest folder walked: the workspace folder when the document is in it, else the path's root.
  const shortest = root !== undefined && `${prefix}${m[2]!}`.startsWith(`${root}/`) ? root.length : 0;
  const found: string[] = [];
  for (let n = segments.length; n >= 0; n--) {
    const folder = `${prefix}${segments.slice(0, n).map((s) => `/${s}`).join('')}`;
    if (folder.length < shortest) break;
    found.push(`${folder}/${CONFIG_FILE_NAME}`);
  }
  return found;
}
