/**
 * What one preview tab is: its name, labels, computation and drawing, in one
 * object. Each tab's folder exports one (`<tab>/index.ts`); registry.ts lists
 * them, and everything that knows the tabs (the views' JSON, the webview's
 * tab bar, the exports, `render --view`, the protocol's checks, the bound on
 * one answer) loops over that list.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { EntitySection } from '../../../../schemas/model';
import type { RoadmapModel } from '../language/model';
import type { GuideRanges, Locale } from '../language/types';
import type { RevealTarget } from './common';
import type { RoadmapViews } from './compute';
import type { ViewLabels } from './labels';
import type { VChild, VNode } from './vdom';

export interface ComputeContext {
  locale: Locale;
  /** All the views' labels in the locale. */
  labels: ViewLabels;
  /** YYYY-MM-DD, when the views place today. */
  today: string | undefined;
  /** The guides the diagnostics were checked with (the settings', the configuration file's); absent: the framework's EUR guides for an EUR file. */
  guides?: GuideRanges;
}

export interface DrawOptions {
  /** The categories the tab's filter chips let through; null: all (the risk heat map's). */
  filter: readonly string[] | null;
  /** The CSS pixels the panel has for its chart, for a tab laid out for its width (`fitsWidth`); absent: the export's width. */
  width?: number;
  /** SVG units per screen pixel of the chart (below 1 when zoomed in): the matrix lays its labels out at their screen size. */
  textScale?: number;
  /** The matrix's toggle: retired use cases shown greyed. */
  showRetired?: boolean;
}

/** A tab's words in one locale. */
export interface TabWords<L extends object = object> {
  /** The tab's name. */
  readonly tab: string;
  /** What the tab counts when too large to draw ("use cases"). */
  readonly counts: string;
  /** The labels it adds to `ViewLabels`. */
  readonly labels: L;
}

/** A tab's words in each locale (its `labels.ts` exports them as `<TAB>_TEXTS`). */
export type TabTexts<L extends object = object> = Readonly<Record<Locale, TabWords<L>>>;

/**
 * A tab: `N` its name (a key of the views' JSON), `D` its computed part of
 * that JSON, `L` the labels it adds to `ViewLabels` (merged flat, in the
 * registry's order, so a tab may read another's).
 */
export interface ViewDefinition<N extends string = string, D = unknown, L extends object = object> {
  readonly name: N;
  /** Its name, what it counts and its labels, in each locale. */
  readonly texts: TabTexts<L>;
  /** The section whose entities it draws (left out when it is too large). */
  readonly section: EntitySection;
  /** How many entities it would draw; without it, all of `section`'s. */
  count?(model: RoadmapModel): number;
  compute(model: RoadmapModel, context: ComputeContext): D;
  /** Keys of its JSON that must be arrays (the protocol's shape check). */
  readonly arrays: readonly string[];
  /** The elements the preview reveals and highlights, in order (the first of a key wins). */
  targets(data: D): Iterable<RevealTarget>;
}

/**
 * How a tab is drawn, kept apart from what it computes (its `draw.ts`
 * exports it; views/drawings.ts lists them), so the language server, which
 * only computes the views, bundles none of the drawing.
 */
export interface ViewDrawing<N extends string = string> {
  readonly name: N;
  /** The SVG chart, for the exports and the PNG. */
  chart(views: RoadmapViews, options: DrawOptions): VNode;
  /** What the webview's panel shows (below the zoom bar when zoomable). */
  panel(views: RoadmapViews, options: DrawOptions): VChild[];
  /** Whether the panel has zoom and pan. */
  readonly zoomable: boolean;
  /** Whether the panel is laid out for the width it has (drawn again when that changes) rather than scaled. */
  readonly fitsWidth?: boolean;
}
