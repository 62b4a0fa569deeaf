/**
 * The preview's protocol, declared once: the custom LSP request the client
 * sends for the views, the messages between the extension and the webview,
 * and the webview's persisted state. Pure types plus small validators; both
 * ends check every incoming message with these and ignore anything else.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RoadmapViews } from '../core/views/compute';
import { DEFAULT_VIEW, isViewName, VIEW_NAMES, VIEWS, type ViewName } from '../core/views/registry';

// --- LSP: client → server ------------------------------------------------------

export const VIEWS_REQUEST = 'airoadmap/views';
export interface ViewsParams {
  uri: string;
}
/** null when the server does not know the document. */
export type ViewsResult = {
  uri: string;
  version: number;
  views: RoadmapViews;
  /** The file has YAML syntax errors (the preview keeps its last good render). */
  hasErrors: boolean;
} | null;

/**
 * The quarterly steering report of a document (*AI Roadmap: Export Report…*):
 * the same report as `airoadmap report`, of the server's current analysis
 * (its settings, configuration file and today).
 */
export const REPORT_REQUEST = 'airoadmap/report';
export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export interface ReportParams {
  uri: string;
  format: ReportFormat;
}
/** null when the server does not know the document or the params are not a `ReportParams`. */
export type ReportResult = {
  uri: string;
  version: number;
  format: ReportFormat;
  /** The whole Markdown file, or the whole HTML page. */
  text: string;
} | null;

/** The params as a `ReportParams`, or undefined when they are anything else. */
export function reportParams(raw: unknown): ReportParams | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { uri, format } = raw as { uri?: unknown; format?: unknown };
  if (typeof uri !== 'string' || typeof format !== 'string') return undefined;
  return (REPORT_FORMATS as readonly string[]).includes(format) ? { uri, format: format as ReportFormat } : undefined;
}

// --- LSP: server → client ------------------------------------------------------

/**
 * The local date changed while the server ran (midnight): the diagnostics are
 * republished, and an open preview asks for its views again (the timeline's
 * today line, the overdue items). No params but the new date.
 */
export const DAY_CHANGED_NOTIFICATION = 'airoadmap/dayChanged';
export interface DayChangedParams {
  today: string;
}

// --- webview messages ----------------------------------------------------------------

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export type ToWebview =
  | { type: 'update'; uri: string; version: number; hasErrors: boolean; views: RoadmapViews }
  | { type: 'cursor'; uri: string; position: LspPosition }
  | { type: 'export-png'; requestId: number }
  /** No roadmap to show (a restored panel with nothing valid to restore): the text says what to do. */
  | { type: 'nothing'; text: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; section: string; id: string; range: LspRange }
  | { type: 'view-changed'; view: ViewName }
  | { type: 'png'; requestId: number; dataUrl: string | null };

export interface ZoomState {
  /** Scale (1 = fit) and the top-left corner of the visible box in chart units. */
  k: number;
  x: number;
  y: number;
}

/** What the webview keeps with `setState`, restored after updates and window reloads. */
export interface PreviewState {
  uri: string | null;
  view: ViewName;
  /** By tab (only the zoomable ones have any). */
  zoom: Partial<Record<ViewName, ZoomState>>;
  scroll: Partial<Record<ViewName, { top: number; left: number }>>;
  /** Risk categories shown; null shows all. */
  riskFilter: string[] | null;
}

// --- validators ------------------------------------------------------------------------

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isNat(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

export function isPosition(x: unknown): x is LspPosition {
  return isObject(x) && isNat(x['line']) && isNat(x['character']);
}

export function isRange(x: unknown): x is LspRange {
  return isObject(x) && isPosition(x['start']) && isPosition(x['end']);
}

function hasArrays(x: unknown, keys: readonly string[]): boolean {
  return isObject(x) && keys.every((k) => Array.isArray(x[k]));
}

/** A shape check of the views (the host computes them; this guards against stray or foreign messages). */
export function isRoadmapViews(x: unknown): x is RoadmapViews {
  return (
    isObject(x) &&
    x['schema'] === 1 &&
    (x['locale'] === 'en' || x['locale'] === 'nb') &&
    typeof x['title'] === 'string' &&
    isObject(x['labels']) &&
    isObject(x['labels']['tabs']) &&
    VIEW_NAMES.every((v) => typeof (x['labels'] as { tabs: Record<string, unknown> }).tabs[v] === 'string') &&
    VIEWS.every((v) => hasArrays(x[v.name], v.arrays)) &&
    (x['tooLarge'] === undefined || isTooLargeMap(x['tooLarge']))
  );
}

/** `views.tooLarge`: view names to a count, a limit and a short message. */
function isTooLargeMap(x: unknown): boolean {
  return (
    isObject(x) &&
    Object.entries(x).every(
      ([view, t]) =>
        isViewName(view) &&
        isObject(t) &&
        (t['unit'] === 'entities' || t['unit'] === 'bytes') &&
        isNat(t['count']) &&
        isNat(t['limit']) &&
        typeof t['message'] === 'string' &&
        t['message'].length <= 1000
    )
  );
}

export function isToWebview(x: unknown): x is ToWebview {
  if (!isObject(x)) return false;
  switch (x['type']) {
    case 'update':
      return typeof x['uri'] === 'string' && typeof x['version'] === 'number' && typeof x['hasErrors'] === 'boolean' && isRoadmapViews(x['views']);
    case 'cursor':
      return typeof x['uri'] === 'string' && isPosition(x['position']);
    case 'export-png':
      return isNat(x['requestId']);
    case 'nothing':
      return typeof x['text'] === 'string' && x['text'].length <= 1000;
    default:
      return false;
  }
}

export function isFromWebview(x: unknown): x is FromWebview {
  if (!isObject(x)) return false;
  switch (x['type']) {
    case 'ready':
      return true;
    case 'reveal':
      return typeof x['uri'] === 'string' && typeof x['section'] === 'string' && typeof x['id'] === 'string' && isRange(x['range']);
    case 'view-changed':
      return isViewName(x['view']);
    case 'png':
      return isNat(x['requestId']) && (x['dataUrl'] === null || (typeof x['dataUrl'] === 'string' && x['dataUrl'].startsWith('data:image/png;base64,')));
    default:
      return false;
  }
}

export function isPreviewState(x: unknown): x is PreviewState {
  return isObject(x) && (x['uri'] === null || typeof x['uri'] === 'string') && isViewName(x['view']) && isObject(x['zoom']) && isObject(x['scroll']);
}

// --- restored panels --------------------------------------------------------------------

/**
 * The URI schemes a restored panel may show: the desktop client's document
 * selector (client/src/extension-node.ts: on disk, untitled, a virtual
 * workspace's `vscode-vfs:`), which the web client's (any scheme) includes.
 */
export const ROADMAP_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs'];
/** The longest saved URI a restored panel accepts. */
export const MAX_RESTORED_URI = 8192;
const ROADMAP_FILE = /\.airoadmap\.ya?ml$/i;
/** VS Code's name for a new, never saved document (`untitled:Untitled-1`). */
const UNTITLED_NAME = /^Untitled-\d+$/;
/** C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F). */
const CONTROL = /\p{Cc}/u;

/** A URI split into its parts, the path decoded; `vscode.Uri` has this shape too. */
export interface UriParts {
  scheme: string;
  authority: string;
  path: string;
  query: string;
  fragment: string;
}

/** Splits a URI as RFC 3986 (appendix B) does and decodes its path; null when malformed. */
export function splitUri(text: string): UriParts | null {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s.exec(text);
  if (!m) return null;
  let path: string;
  try {
    path = decodeURIComponent(m[3] ?? '');
  } catch {
    return null;
  }
  return { scheme: m[1]!, authority: m[2] ?? '', path, query: m[4] ?? '', fragment: m[5] ?? '' };
}

/**
 * Whether a URI names a roadmap the preview may show: a scheme the client
 * serves, a path ending in `.airoadmap.yaml` / `.yml` (or a new untitled
 * document), no query, fragment or control characters.
 */
export function isRoadmapLocation(u: UriParts): boolean {
  if (!ROADMAP_SCHEMES.includes(u.scheme) || u.query !== '' || u.fragment !== '') return false;
  if (CONTROL.test(u.path) || !/^[A-Za-z0-9._~-]*$/.test(u.authority)) return false;
  if (u.scheme === 'untitled') return u.authority === '' && (UNTITLED_NAME.test(u.path) || ROADMAP_FILE.test(u.path));
  return ROADMAP_FILE.test(u.path);
}

/**
 * What a restored panel may take from the webview's saved state (untrusted:
 * the webview wrote it): the document and the tab, or null when the state is
 * malformed, its URI too long or not a roadmap location.
 */
export function restorablePreview(state: unknown): { uri: string; view: ViewName } | null {
  if (!isPreviewState(state) || !Object.hasOwn(state, 'uri') || !Object.hasOwn(state, 'view')) return null;
  const uri = state.uri;
  if (uri === null || uri.length > MAX_RESTORED_URI || CONTROL.test(uri)) return null;
  const parts = splitUri(uri);
  return parts && isRoadmapLocation(parts) ? { uri, view: state.view } : null;
}

export function defaultPreviewState(uri: string | null = null): PreviewState {
  return { uri, view: DEFAULT_VIEW, zoom: {}, scroll: {}, riskFilter: null };
}
