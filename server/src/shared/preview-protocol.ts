/**
 * The preview's protocol, declared once: the custom LSP request the client
 * sends for the views, the messages between the extension and the webview,
 * and the webview's persisted state. Pure types plus small validators; both
 * ends check every incoming message with these and ignore anything else.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RoadmapViews } from '../core/views';
import type { ViewName } from '../core/views/labels';

export const VIEW_NAMES_LIST: readonly ViewName[] = ['matrix', 'timeline', 'risks', 'register', 'kpis'];

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
  | { type: 'export-png'; requestId: number };

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
  zoom: Partial<Record<'matrix' | 'timeline', ZoomState>>;
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

export function isViewName(x: unknown): x is ViewName {
  return typeof x === 'string' && (VIEW_NAMES_LIST as readonly string[]).includes(x);
}

function hasArrays(x: unknown, keys: string[]): boolean {
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
    VIEW_NAMES_LIST.every((v) => typeof (x['labels'] as { tabs: Record<string, unknown> }).tabs[v] === 'string') &&
    hasArrays(x['matrix'], ['quadrants', 'bubbles', 'ranked', 'notPlaced']) &&
    hasArrays(x['timeline'], ['weeks', 'tracks', 'items', 'notPlaced']) &&
    hasArrays(x['risks'], ['cells', 'notPlaced', 'categories']) &&
    hasArrays(x['register'], ['columns', 'rows']) &&
    hasArrays(x['kpis'], ['cards'])
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

export function defaultPreviewState(uri: string | null = null): PreviewState {
  return { uri, view: 'matrix', zoom: {}, scroll: {}, riskFilter: null };
}

/** Whether a position lies in a range (inclusive). */
export function rangeHas(range: LspRange, p: LspPosition): boolean {
  if (p.line < range.start.line || p.line > range.end.line) return false;
  if (p.line === range.start.line && p.character < range.start.character) return false;
  if (p.line === range.end.line && p.character > range.end.character) return false;
  return true;
}
