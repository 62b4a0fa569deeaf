/**
 * The preview's tabs, listed once and in order. Everything that knows the
 * tabs derives from this list: the views' JSON (compute.ts) and its bound,
 * the labels (labels.ts), the webview's tab bar, the standalone page,
 * `render --view`, and the preview protocol's checks; their drawings (the
 * panels, the SVG export) are listed beside it in drawings.ts, so the
 * language server bundles no drawing. A new tab is a folder like `matrix/`,
 * one line here and one there.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import { budget } from './budget';
import { kpis } from './kpis';
import { matrix } from './matrix';
import { register } from './register';
import { risks } from './risks';
import { timeline } from './timeline';
import type { ViewDefinition } from './view';

export const VIEWS = [
  matrix,
  timeline,
  risks,
  register,
  kpis,
  budget,
] as const;

type Tab = (typeof VIEWS)[number];
export type ViewName = Tab['name'];
/** The tabs as one type (their methods take the views whole, so any tab's data fits). */
export type AnyView = ViewDefinition<ViewName, unknown, object>;

/** The tabs' names in order. */
export const VIEW_NAMES: readonly ViewName[] = VIEWS.map((v) => v.name);
/** The tab a new preview and `render --format svg` start with. */
export const DEFAULT_VIEW: ViewName = VIEWS[0].name;

/** A tab's part of the views' JSON, by name. */
export type ViewDataOf<N extends ViewName> = ReturnType<Extract<Tab, { name: N }>['compute']>;
/** The labels the tabs add, each tab's (merged flat into ViewLabels). */
export type TabLabels = Tab['texts']['en']['labels'];

export function isViewName(x: unknown): x is ViewName {
  return typeof x === 'string' && (VIEW_NAMES as readonly string[]).includes(x);
}

export function viewDefinition(name: ViewName): AnyView {
  return (VIEWS as readonly AnyView[]).find((v) => v.name === name)!;
}
