/**
 * Drawing the views as a virtual DOM: pure functions from `RoadmapViews` to
 * SVG charts and HTML text alternatives, each tab's in `<tab>/draw.ts`
 * (shared pieces in drawing.ts). The webview turns the result into DOM
 * nodes; the CLI and the export turn it into markup. Every interactive
 * element is `.el` with `data-key` (section:id), `tabindex`, `role` and an
 * `aria-label`; user text only ever appears as text or escaped values.
 * Must not depend on anything but the views' types.
 */
import { CHART_CSS, LIGHT_THEME, themeRule } from './chart-css';
import type { RoadmapViews } from './compute';
import { drawingOf } from './drawings';
import type { ViewName } from './registry';
import { h, toMarkup, type VNode } from './vdom';

/** The SVG chart of one view (the register as an SVG table), with the risk filter applied. */
export function drawChart(views: RoadmapViews, view: ViewName, riskFilter: readonly string[] | null = null, showRetired = false): VNode {
  return drawingOf(view).chart(views, { filter: riskFilter, showRetired });
}

/** A standalone SVG document of one view, styled with the given theme variables (light by default). */
export function exportSvg(views: RoadmapViews, view: ViewName, options: { vars?: Readonly<Record<string, string>>; riskFilter?: readonly string[] | null; showRetired?: boolean } = {}): string {
  const chart = drawChart(views, view, options.riskFilter ?? null, options.showRetired === true);
  const vars = { ...LIGHT_THEME, ...(options.vars ?? {}) };
  const background = vars['--vscode-editor-background'] ?? '#ffffff';
  const width = Number(chart.attrs['width']);
  const height = Number(chart.attrs['height']);
  chart.attrs = { xmlns: 'http://www.w3.org/2000/svg', ...chart.attrs };
  chart.children.splice(1, 0, h('style', {}, `${themeRule(vars, 'svg')}${CHART_CSS}`), h('rect', { x: 0, y: 0, width, height, fill: background }));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(chart, 'xml')}\n`;
}
