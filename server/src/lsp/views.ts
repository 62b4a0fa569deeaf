/**
 * The `airoadmap/views` request: the preview asks for a document's views and
 * gets them computed by the core from the server's current model.
 * Must not depend on vscode (the extension host API); the connection is
 * passed in.
 */
import type { Connection } from 'vscode-languageserver';
import { computeViews, localToday, PREVIEW_LIMITS } from '../core/index';
import { computeViewParts, type TooLarge } from '../core/views/compute';
import { diffJson } from '../core/views/patch';
import type { RoadmapModel } from '../core/index';
import type { GuideRanges, Locale } from '../core/index';
import {
  VIEW_PARTS_REQUEST,
  viewPartsParams,
  VIEWS_REQUEST,
  type PartAnswer,
  type PartName,
  type ViewPartsParams,
  type ViewPartsResult,
  type ViewsParams,
  type ViewsResult,
} from '../shared/preview-protocol';
import { onDocumentRequest } from './after-analysis';
import type { Logger } from './guard';

export type ViewsLookup = (uri: string) => ViewsEntry | undefined;
/** A document's analysis as the views need it: the guides are those its diagnostics were checked with. */
export interface ViewsEntry {
  model: RoadmapModel;
  version: number;
  locale: Locale;
  guides?: GuideRanges;
}

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
  return { uri, version: entry.version, views: computeViews(entry.model, entry.locale, today, PREVIEW_LIMITS, entry.guides), hasErrors: hasSyntaxErrors(entry.model) };
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
  onDocumentRequest(connection, logger, VIEWS_REQUEST, ready, (params) => viewsFor(lookup, params, today()));
}

// --- the tabs a preview shows, with what changed since the answer it holds ------------------

/** The server's answers for one document: each part's latest value and a few before it, by id (the bases of patches). */
interface DocumentParts {
  /** What the latest values are of: the model, the locale and today (a new one for any of them computes again). */
  model: RoadmapModel;
  locale: Locale;
  today: string;
  /** The guides as JSON (the settings' and the configuration file's change apart from the text). */
  guides: string;
  latest: Map<PartName, PartValue>;
  history: Map<PartName, PartValue[]>;
}

interface PartValue {
  id: number;
  data: unknown;
  tooLarge?: TooLarge;
}

/**
 * Values a part keeps as bases, its latest included (two previews of one file, a tab switched to
 * after a few edits). Every tab of a 1,000-use-case roadmap takes 3.5 MiB of heap: at most 14 MiB a document.
 */
const HISTORY = 4;
/** A patch over this many bytes goes as the whole part when that is smaller. */
const PATCH_BYTES = 64 * 1024;

/**
 * The `airoadmap/viewParts` answers: each document's parts computed once per
 * model (two previews of a file, or a repeat, compute nothing again) and
 * answered as the patch from the part the client holds when the server still
 * has that one; a part that did not change keeps its id, so its answer is an
 * empty patch. Bounded: a few values per part and document, dropped when the
 * document closes.
 */
export class ViewPartsCache {
  private readonly documents = new Map<string, DocumentParts>();
  private nextId = 1;
  /** This cache's instance: a client's ids from another (a server before a restart) are not this one's. */
  readonly instance = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  /** Parts computed, for the tests: an answer after an edit computes only the tabs asked for. */
  computed = 0;

  forget(uri: string): void {
    this.documents.delete(uri);
  }

  answer(uri: string, entry: ViewsEntry, params: ViewPartsParams, today: string): ViewPartsResult {
    const guides = JSON.stringify(entry.guides ?? null);
    let doc = this.documents.get(uri);
    if (!doc) this.documents.set(uri, (doc = { model: entry.model, locale: entry.locale, today, guides, latest: new Map(), history: new Map() }));
    if (doc.model !== entry.model || doc.locale !== entry.locale || doc.today !== today || doc.guides !== guides) {
      // Another text, locale, day or guides: every latest value stays only as a base.
      doc.model = entry.model;
      doc.locale = entry.locale;
      doc.today = today;
      doc.guides = guides;
      doc.latest = new Map();
    }
    const wanted = params.tabs.filter((t) => !doc.latest.has(t));
    if (wanted.length > 0 || !doc.latest.has('head')) {
      const { head, parts, tooLarge } = computeViewParts(entry.model, entry.locale, today, PREVIEW_LIMITS, wanted, entry.guides);
      this.computed += wanted.length;
      this.settle(doc, 'head', head, undefined);
      for (const tab of wanted) this.settle(doc, tab, parts[tab], tooLarge[tab]);
    }
    const parts: Partial<Record<PartName, PartAnswer>> = {};
    for (const name of ['head', ...params.tabs] as PartName[]) {
      const value = doc.latest.get(name)!;
      const have = params.server === this.instance ? params.have?.[name] : undefined;
      const base = have === undefined ? undefined : have === value.id ? value : doc.history.get(name)?.find((v) => v.id === have);
      parts[name] = base ? patchAnswer(base, value) : fullAnswer(value);
    }
    return { uri, version: entry.version, hasErrors: hasSyntaxErrors(entry.model), server: this.instance, parts };
  }

  /** A part's new value: the latest one again when nothing in it changed (its id stays, so clients holding it get an empty patch). */
  private settle(doc: DocumentParts, name: PartName, data: unknown, tooLarge: TooLarge | undefined): void {
    const history = doc.history.get(name) ?? [];
    const previous = history.at(-1);
    if (previous && sameTooLarge(previous.tooLarge, tooLarge) && diffJson(previous.data, data, 0)?.length === 0) {
      doc.latest.set(name, previous);
      return;
    }
    const value: PartValue = { id: this.nextId++, data, ...(tooLarge ? { tooLarge } : {}) };
    doc.latest.set(name, value);
    doc.history.set(name, [...history, value].slice(-HISTORY));
  }
}

function sameTooLarge(a: TooLarge | undefined, b: TooLarge | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.message === b.message);
}

function fullAnswer(value: PartValue): PartAnswer {
  return { id: value.id, data: value.data, ...(value.tooLarge ? { tooLarge: value.tooLarge } : {}) };
}

function patchAnswer(base: PartValue, value: PartValue): PartAnswer {
  if (base === value) return { id: value.id, base: base.id, patch: [] };
  const patch = diffJson(base.data, value.data);
  if (patch === null) return fullAnswer(value);
  const bytes = JSON.stringify(patch).length;
  if (bytes > PATCH_BYTES && bytes >= JSON.stringify(value.data).length) return fullAnswer(value);
  return { id: value.id, base: base.id, patch, ...(value.tooLarge ? { tooLarge: value.tooLarge } : {}) };
}

/**
 * `airoadmap/viewParts`: the tabs the preview asks for (the one it shows,
 * after an edit), each as a patch from the value the client holds, or whole.
 * Waits for the document's analysis like `airoadmap/views`.
 */
export function registerViewPartsHandler(
  connection: Connection,
  logger: Logger,
  cache: ViewPartsCache,
  lookup: ViewsLookup,
  ready?: (uri: string) => Promise<void> | undefined,
  today: () => string = () => localToday(),
): void {
  onDocumentRequest(connection, logger, VIEW_PARTS_REQUEST, ready, (raw): ViewPartsResult => {
    const params = viewPartsParams(raw);
    const entry = params ? lookup(params.uri) : undefined;
    return params && entry ? cache.answer(params.uri, entry, params, today()) : null;
  });
}
