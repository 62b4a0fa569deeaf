/**
 * The preview's protocol, declared once: the custom LSP request the client
 * sends for the views, the messages between the extension and the webview,
 * and the webview's persisted state. Pure types plus small validators; both
 * ends check every incoming message with these and ignore anything else.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RoadmapViews, TooLarge } from '../core/views/compute';
import { isPatch, type PatchOp } from '../core/views/patch';
import type { ReportDocument } from '../core/views/report';
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
 * The tabs a preview shows, each answered as what changed since the value the
 * client holds (`have`: the part's id from an earlier answer): a patch
 * (views/patch.ts) when the server still has that value, else the part whole.
 * The preview asks for every tab when it opens, then for the tab it shows
 * after each edit, and for a tab when it is shown; `head` (the title, the
 * labels) is always answered. `airoadmap/views` still answers everything whole.
 */
export const VIEW_PARTS_REQUEST = 'airoadmap/viewParts';
export type PartName = ViewName | 'head';
export const PART_NAMES: readonly PartName[] = ['head', ...VIEW_NAMES];
export interface ViewPartsParams {
  uri: string;
  tabs: ViewName[];
  have?: Partial<Record<PartName, number>>;
  /** The server that gave the ids in `have` (a restarted server knows none of them, and may give the same numbers to other values). */
  server?: string;
}
/** One part: whole, or the patch from `base` (the id the client holds) to `id`; an empty patch: unchanged. */
export type PartAnswer = { id: number; data: unknown; tooLarge?: TooLarge } | { id: number; base: number; patch: PatchOp[]; tooLarge?: TooLarge };
/** null when the server does not know the document or the params are not a `ViewPartsParams`. */
export type ViewPartsResult = {
  uri: string;
  version: number;
  hasErrors: boolean;
  /** This server's instance: ids are its own. */
  server: string;
  parts: Partial<Record<PartName, PartAnswer>>;
} | null;

/** The params as a `ViewPartsParams` (known tabs, each once; ids as numbers), or undefined. */
export function viewPartsParams(raw: unknown): ViewPartsParams | undefined {
  if (!isObject(raw) || typeof raw['uri'] !== 'string' || !Array.isArray(raw['tabs']) || !raw['tabs'].every(isViewName)) return undefined;
  const tabs = VIEW_NAMES.filter((v) => (raw['tabs'] as unknown[]).includes(v));
  const have: Partial<Record<PartName, number>> = {};
  if (raw['have'] !== undefined) {
    if (!isObject(raw['have'])) return undefined;
    for (const name of PART_NAMES) {
      const id = Object.prototype.hasOwnProperty.call(raw['have'], name) ? raw['have'][name] : undefined;
      if (id === undefined) continue;
      if (!isNat(id)) return undefined;
      have[name] = id;
    }
  }
  const server = raw['server'];
  if (server !== undefined && (typeof server !== 'string' || server.length > 100)) return undefined;
  return { uri: raw['uri'], tabs, have, ...(server !== undefined ? { server } : {}) };
}

/** Whether an answer has the shape of a `ViewPartsResult` (the client checks the server's word before applying it). */
export function isViewPartsResult(x: unknown): x is NonNullable<ViewPartsResult> {
  return (
    isObject(x) &&
    typeof x['uri'] === 'string' &&
    typeof x['version'] === 'number' &&
    typeof x['hasErrors'] === 'boolean' &&
    typeof x['server'] === 'string' &&
    isObject(x['parts']) &&
    Object.entries(x['parts']).every(
      ([name, p]) =>
        (PART_NAMES as readonly string[]).includes(name) &&
        isObject(p) &&
        isNat(p['id']) &&
        (p['tooLarge'] === undefined || isTooLargeMap({ [name === 'head' ? 'matrix' : name]: p['tooLarge'] })) &&
        (Object.prototype.hasOwnProperty.call(p, 'data') || (isNat(p['base']) && isPatch(p['patch']))),
    )
  );
}

/**
 * The quarterly steering report of a document (*AI Roadmap: Export Report…*):
 * the report of `airoadmap report` as its document model (headings,
 * paragraphs, tables, lists; views/report.ts), computed from the server's
 * current analysis (its settings, configuration file and today); the client
 * writes it as Markdown or as the HTML page with the core's writers.
 */
export const REPORT_REQUEST = 'airoadmap/report';
export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export interface ReportParams {
  uri: string;
}
/** null when the server does not know the document or the params are not a `ReportParams`. */
export type ReportResult = {
  uri: string;
  version: number;
  document: ReportDocument;
} | null;

/** The params as a `ReportParams`, or undefined when they are anything else. */
export function reportParams(raw: unknown): ReportParams | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { uri } = raw as { uri?: unknown };
  return typeof uri === 'string' ? { uri } : undefined;
}

/** Whether an answer is a report document as the core builds it (the client checks the server's word before writing a file). */
export function isReportDocument(x: unknown): x is ReportDocument {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as { locale?: unknown; title?: unknown; blocks?: unknown };
  return (d.locale === 'en' || d.locale === 'nb') && typeof d.title === 'string' && Array.isArray(d.blocks);
}

/**
 * Values set from a preview (a bubble dropped in another cell, Alt+arrow on a
 * risk): the server plans the edit with the core's edit engine on its
 * analysis of that version and answers the text edits, which the client
 * applies as one workspace edit; or it refuses, saying why.
 */
export const EDIT_REQUEST = 'airoadmap/edit';
export interface EditParams {
  uri: string;
  /** The version the preview showed; refused when the server's analysis is of another. */
  version: number;
  changes: { path: string; value: number | boolean | string }[];
}
export type EditAnswer =
  | { applied: true; version: number; edits: { range: LspRange; newText: string }[] }
  | { applied: false; message: string };

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
  | {
      type: 'update';
      uri: string;
      version: number;
      hasErrors: boolean;
      views: RoadmapViews;
      /** Why the preview may not edit the file (an untrusted workspace, a read-only file); absent: it may. */
      editOff?: string;
      /** The tabs whose views changed since the last update of the same file (only these are drawn again); absent: all. */
      fresh?: ViewName[];
    }
  /** The editor's cursor; with `scroll` the entity's element is scrolled into view (`airoadmap.preview.scrollPreviewWithEditor`). */
  | { type: 'cursor'; uri: string; position: LspPosition; scroll?: boolean }
  /** `theme`: `light` draws in the light palette, `editor` in the webview's (the editor's) colours (`airoadmap.preview.exportTheme`). */
  | { type: 'export-png'; requestId: number; theme?: ExportTheme }
  /** Asks for the editor theme's chart colours (an SVG export in the editor's theme). */
  | { type: 'theme-vars'; requestId: number }
  /** Whether the panel is locked to its file; kept in the saved state so a reload restores it locked. */
  | { type: 'locked'; locked: boolean }
  /** No roadmap to show (a restored panel with nothing valid to restore): the text says what to do. */
  | { type: 'nothing'; text: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; section: string; id: string; range: LspRange }
  | { type: 'view-changed'; view: ViewName }
  | { type: 'png'; requestId: number; dataUrl: string | null }
  /** The `--vscode-*` chart colours the webview sees (checked: only such names, plain colour values). */
  | { type: 'theme-vars'; requestId: number; vars: Record<string, string> }
  /** An intent to set values of one element (never text, never a path outside the roadmap's entities). */
  | { type: 'edit'; uri: string; version: number; key: string; changes: PreviewEditChange[] };

/** What a preview may set, by section: the matrix's scores, the heat map's, a plan item's done. */
export const PREVIEW_EDITS = {
  use_cases: { value: 'score', effort: 'score' },
  risks: { likelihood: 'score', impact: 'score' },
  plan: { done: 'boolean', weeks: 'weeks' },
  /** Fields `actuals.YYYY-Qn` (a measurement for a quarter), any finite number. */
  kpis: {},
} as const satisfies Record<string, Record<string, 'score' | 'boolean' | 'weeks'>>;
/** A KPI measurement's field: `actuals.2027-Q1`. */
const ACTUALS_FIELD = /^actuals\.\d{4}-Q[1-4]$/;
export type PreviewEditSection = keyof typeof PREVIEW_EDITS;
export interface PreviewEditChange {
  field: string;
  /** A plan item's weeks as the language writes them: `5` or `"5-6"`. */
  value: number | boolean | string;
}

/** The section and id of an element key (`use_cases:doc-search`) a preview may edit, else undefined. */
export function editableKey(key: string): { section: PreviewEditSection; id: string } | undefined {
  const colon = key.indexOf(':');
  const section = key.slice(0, colon);
  const id = key.slice(colon + 1);
  return colon > 0 && id.length > 0 && id.length <= 1000 && Object.prototype.hasOwnProperty.call(PREVIEW_EDITS, section) ? { section: section as PreviewEditSection, id } : undefined;
}

function isEditChanges(section: PreviewEditSection, changes: unknown): changes is PreviewEditChange[] {
  if (!Array.isArray(changes) || changes.length === 0 || changes.length > 2) return false;
  const fields: Record<string, 'score' | 'boolean' | 'weeks'> = PREVIEW_EDITS[section];
  const seen = new Set<string>();
  return changes.every((c: unknown) => {
    if (!isObject(c) || typeof c['field'] !== 'string' || seen.has(c['field'])) return false;
    seen.add(c['field']);
    const kind = Object.prototype.hasOwnProperty.call(fields, c['field']) ? fields[c['field']] : undefined;
    const v = c['value'];
    if (section === 'kpis') return ACTUALS_FIELD.test(c['field']) && typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e15;
    if (kind === 'weeks') return (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12) || (typeof v === 'string' && /^(1[0-2]|[1-9])-(1[0-2]|[1-9])$/.test(v));
    return kind === 'score' ? typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 : kind === 'boolean' ? typeof v === 'boolean' : false;
  });
}

export interface ZoomState {
  /** Scale (1 = fit) and the top-left corner of the visible box in chart units. */
  k: number;
  x: number;
  y: number;
}

/** The colours of exported images: the light palette, or the editor's theme. */
export const EXPORT_THEMES = ['light', 'editor'] as const;
export type ExportTheme = (typeof EXPORT_THEMES)[number];

/** What the webview keeps with `setState`, restored after updates and window reloads. */
export interface PreviewState {
  uri: string | null;
  view: ViewName;
  /** Locked to its file (*Toggle Preview Locking*); absent: it follows the active roadmap editor. */
  locked?: boolean;
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
      return (
        typeof x['uri'] === 'string' &&
        typeof x['version'] === 'number' &&
        typeof x['hasErrors'] === 'boolean' &&
        isRoadmapViews(x['views']) &&
        (x['fresh'] === undefined || (Array.isArray(x['fresh']) && x['fresh'].every(isViewName))) &&
        (x['editOff'] === undefined || (typeof x['editOff'] === 'string' && x['editOff'].length <= 500))
      );
    case 'cursor':
      return typeof x['uri'] === 'string' && isPosition(x['position']) && (x['scroll'] === undefined || typeof x['scroll'] === 'boolean');
    case 'export-png':
      return isNat(x['requestId']) && (x['theme'] === undefined || isExportTheme(x['theme']));
    case 'theme-vars':
      return isNat(x['requestId']);
    case 'locked':
      return typeof x['locked'] === 'boolean';
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
    case 'theme-vars':
      return isNat(x['requestId']) && isThemeVars(x['vars']);
    case 'edit': {
      const target = typeof x['key'] === 'string' ? editableKey(x['key']) : undefined;
      return typeof x['uri'] === 'string' && isNat(x['version']) && target !== undefined && isEditChanges(target.section, x['changes']);
    }
    default:
      return false;
  }
}

export function isExportTheme(x: unknown): x is ExportTheme {
  return typeof x === 'string' && (EXPORT_THEMES as readonly string[]).includes(x);
}

/** The most theme variables a webview may report. */
const MAX_THEME_VARS = 64;
const THEME_VAR_NAME = /^--vscode-[A-Za-z0-9-]{1,80}$/;
/** A colour, length or font list as VS Code sets them: nothing that could end the SVG's style rule or open markup. */
const THEME_VAR_VALUE = /^[^;{}<>&\\\p{Cc}]{0,200}$/u;

/**
 * Theme variables reported by the webview, written into an exported SVG's
 * style: own keys only, `--vscode-*` names, values that cannot break out of
 * the rule (no `;`, braces, angle brackets, backslashes or control characters).
 */
export function isThemeVars(x: unknown): x is Record<string, string> {
  if (!isObject(x)) return false;
  const entries = Object.entries(x);
  return entries.length <= MAX_THEME_VARS && entries.every(([k, v]) => THEME_VAR_NAME.test(k) && typeof v === 'string' && THEME_VAR_VALUE.test(v));
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
export function restorablePreview(state: unknown): { uri: string; view: ViewName; locked: boolean } | null {
  if (!isPreviewState(state) || !Object.hasOwn(state, 'uri') || !Object.hasOwn(state, 'view')) return null;
  const uri = state.uri;
  if (uri === null || uri.length > MAX_RESTORED_URI || CONTROL.test(uri)) return null;
  const parts = splitUri(uri);
  // Locked only when the state says so itself, as a boolean true (not inherited, not "true").
  const locked = Object.hasOwn(state, 'locked') && state.locked === true;
  return parts && isRoadmapLocation(parts) ? { uri, view: state.view, locked } : null;
}

export function defaultPreviewState(uri: string | null = null): PreviewState {
  return { uri, view: DEFAULT_VIEW, zoom: {}, scroll: {}, riskFilter: null };
}
