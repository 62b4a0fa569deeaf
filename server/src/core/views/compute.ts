/**
 * The derived views of a roadmap (dsl.md, "Derived views"): every tab's part
 * (registry.ts lists them; each computes its own in `<tab>/compute.ts`)
 * computed as one plain JSON object. The webview, the HTML/SVG export and the
 * tests all draw from this; nothing downstream re-reads the model.
 *
 * Coordinates are final (the matrix in a unit square, the timeline in weeks
 * and rows). Every element carries its entity's section, id, the range of its
 * id key (for "reveal") and of the whole entity (for "highlight at cursor"),
 * and an aria label in the locale.
 * Must not depend on vscode or the LSP connection.
 */
import { cutText } from '../language/cut';
import { localIsoDate } from '../language/dates';
import type { EntitySection } from '../../../../schemas/model';
import type { RoadmapModel } from '../language/model';
import type { GuideRanges, Locale } from '../language/types';
import { textOf } from './common';
import { tooLargeText, viewLabels, type ViewLabels } from './labels';
import { type AnyView, type ViewDataOf, type ViewName, VIEWS } from './registry';
import type { ComputeContext } from './view';

/** Each tab's part of the views, under its name. */
export type ViewsData = { [N in ViewName]: ViewDataOf<N> };

export interface RoadmapViews extends ViewsData {
  /** Bumped when the shape changes; the webview ignores shapes it does not know. */
  schema: 1;
  locale: Locale;
  title: string;
  labels: ViewLabels;
  /**
   * Views left empty because they are too large to draw (only when computed
   * with limits): the preview shows the message instead.
   */
  tooLarge?: Partial<Record<ViewName, TooLarge>>;
}

/** Why a view is not drawn: too many entities, or too much text, for one answer. */
export interface TooLarge {
  /** What was counted: the view's entities (use cases, plan items, risks or KPIs), or the bytes of its JSON. */
  unit: 'entities' | 'bytes';
  count: number;
  limit: number;
  /** In the views' locale, e.g. "Too large to draw: 12,345 use cases (the preview draws up to 2,000)". */
  message: string;
}

export interface ViewLimits {
  /** The most entities one view draws. */
  maxEntities: number;
  /** The most bytes (UTF-8 JSON) the views take together; the largest views give way first. */
  maxBytes: number;
}

/** What one `airoadmap/views` answer carries at most. */
export const PREVIEW_LIMITS: ViewLimits = { maxEntities: 2000, maxBytes: 8_000_000 };

// ---------------------------------------------------------------------------------

const TABS: readonly AnyView[] = VIEWS;

function computeParts(source: (view: AnyView) => RoadmapModel, context: ComputeContext): ViewsData {
  const parts: Partial<Record<ViewName, unknown>> = {};
  for (const view of TABS) parts[view.name] = view.compute(source(view), context);
  return parts as ViewsData;
}

/**
 * Every view of the model in one JSON-serialisable object. `today` (YYYY-MM-DD)
 * places today's line on the timeline; without it there is none, so the
 * function stays pure. With `limits`, a view over them is left empty and
 * named in `tooLarge` (see boundedViews).
 */
export function computeViews(model: RoadmapModel, locale: Locale, today?: string, limits?: ViewLimits, guides?: GuideRanges): RoadmapViews {
  const labels = viewLabels(locale);
  const context: ComputeContext = { locale, labels, today, ...(guides ? { guides } : {}) };
  if (limits) return boundedViews(model, context, limits);
  return {
    schema: 1,
    locale,
    title: textOf(model.organization.data.name) ?? labels.documentTitle,
    labels,
    ...computeParts(() => model, context),
  };
}

// --- bounded views ------------------------------------------------------------------

/** The model seen without one section's entities (the rest read through from the model itself). */
function withoutEntities(model: RoadmapModel, section: EntitySection): RoadmapModel {
  return Object.create(model, { [section]: { value: new Map() } }) as RoadmapModel;
}

/** The longest document title a bounded answer carries. */
const MAX_TITLE = 1000;

function cutTitle(title: string): string {
  return cutText(title, MAX_TITLE);
}

/** Bytes of a string in UTF-8 (JSON.stringify escapes lone surrogates, so pairs are all there is). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** Room for the keys and commas that join the parts of the answer. */
const JOINS = 1024;

/**
 * The views of `computeViews`, bounded for one answer: a view with more
 * than `maxEntities` entities is not computed at all, and while the whole
 * answer would exceed `maxBytes` the largest view still drawn gives way.
 * Each view left empty is named in `tooLarge` with a message in the locale.
 */
function boundedViews(model: RoadmapModel, context: ComputeContext, limits: ViewLimits): RoadmapViews {
  const { head, parts, tooLarge } = boundedParts(model, context, limits, TABS);
  return { ...head, ...(parts as ViewsData), tooLarge };
}

/** What the views say besides their tabs: the shape's number, the locale, the document's title and the labels. */
export type ViewsHead = Pick<RoadmapViews, 'schema' | 'locale' | 'title' | 'labels'>;

/** Some tabs of the views, bounded together as one answer (the preview asks for the tab it shows). */
export interface ViewParts {
  head: ViewsHead;
  parts: Partial<ViewsData>;
  tooLarge: Partial<Record<ViewName, TooLarge>>;
}

/**
 * The named tabs only, bounded like `computeViews` with limits, the bound
 * applying to these tabs together: what the preview asks for after an edit
 * (the tab it shows), so the other tabs cost nothing.
 */
export function computeViewParts(model: RoadmapModel, locale: Locale, today: string | undefined, limits: ViewLimits, names: readonly ViewName[], guides?: GuideRanges): ViewParts {
  const labels = viewLabels(locale);
  return boundedParts(model, { locale, labels, today, ...(guides ? { guides } : {}) }, limits, TABS.filter((v) => names.includes(v.name)));
}

function boundedParts(model: RoadmapModel, context: ComputeContext, limits: ViewLimits, tabs: readonly AnyView[]): ViewParts {
  const { locale, labels } = context;
  const tooLarge: Partial<Record<ViewName, TooLarge>> = {};
  const refuse = (view: AnyView, unit: TooLarge['unit'], count: number, limit: number): RoadmapModel => {
    tooLarge[view.name] = { unit, count, limit, message: tooLargeText(view.name, unit, count, limit, locale) };
    return withoutEntities(model, view.section);
  };
  const source = (view: AnyView): RoadmapModel => {
    const count = view.count?.(model) ?? model[view.section].size;
    return count > limits.maxEntities ? refuse(view, 'entities', count, limits.maxEntities) : model;
  };
  const parts: Partial<Record<ViewName, unknown>> = {};
  for (const view of tabs) parts[view.name] = view.compute(source(view), context);
  const head: ViewsHead = { schema: 1 as const, locale, title: cutTitle(textOf(model.organization.data.name) ?? labels.documentTitle), labels };
  const sizes = new Map<ViewName, number>(tabs.map((v) => [v.name, jsonBytes(parts[v.name])]));
  const total = (): number => jsonBytes(head) + jsonBytes(tooLarge) + JOINS + [...sizes.values()].reduce((a, b) => a + b, 0);
  while (total() > limits.maxBytes) {
    const drawn = tabs.filter((v) => !tooLarge[v.name]).sort((a, b) => sizes.get(b.name)! - sizes.get(a.name)!);
    const largest = drawn[0];
    if (largest === undefined) break;
    const empty = refuse(largest, 'bytes', sizes.get(largest.name)!, limits.maxBytes);
    parts[largest.name] = largest.compute(empty, context);
    sizes.set(largest.name, jsonBytes(parts[largest.name]));
  }
  return { head, parts: parts as Partial<ViewsData>, tooLarge };
}

/** Today's date as YYYY-MM-DD in local time (for callers that place today's line). */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}
