/**
 * The tabs' drawings, one per tab of the registry (registry.ts) and in its
 * order: the webview's panels, the SVG and PNG exports and the standalone
 * page draw through these. Apart from the registry so that the language
 * server, which computes the views and draws nothing, bundles none of it.
 * A new tab is its folder, a line in registry.ts and a line here (the type
 * refuses a tab without its drawing).
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import { budgetDrawing } from './budget/draw';
import { kpisDrawing } from './kpis/draw';
import { matrixDrawing } from './matrix/draw';
import { registerDrawing } from './register/draw';
import { risksDrawing } from './risks/draw';
import { timelineDrawing } from './timeline/draw';
import { VIEW_NAMES, type ViewName } from './registry';
import type { ViewDrawing } from './view';

export const DRAWINGS: { readonly [N in ViewName]: ViewDrawing<N> } = {
  matrix: matrixDrawing,
  timeline: timelineDrawing,
  risks: risksDrawing,
  register: registerDrawing,
  kpis: kpisDrawing,
  budget: budgetDrawing,
};

export function drawingOf(name: ViewName): ViewDrawing {
  return DRAWINGS[name];
}

/** The tabs with zoom and pan. */
export const ZOOMABLE: readonly ViewName[] = VIEW_NAMES.filter((name) => DRAWINGS[name].zoomable);
