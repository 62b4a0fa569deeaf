/**
 * The standalone HTML page of the views: the preview's page (page.ts) with
 * the webview bundle's CSS and JS inlined under a nonce'd CSP, the views
 * embedded as inert JSON, light defaults for the `--vscode-*` variables.
 * Opens offline, loads nothing. Shared by `airoadmap render` and the
 * editor's "Export Preview…".
 * Must not depend on vscode, Node or the DOM (the caller reads the bundle
 * and makes the nonce).
 */
import { CHART_CSS, LIGHT_THEME, themeRule } from './chart-css';
import type { RoadmapViews } from './compute';
import { buildPage, pageCsp } from './page';
import type { ViewName } from './registry';

export interface StandaloneOptions {
  views: RoadmapViews;
  css: string;
  js: string;
  nonce: string;
  /** Views to show; all when empty or absent. */
  only?: readonly ViewName[];
}

export function buildStandaloneHtml(o: StandaloneOptions): string {
  return buildPage({
    locale: o.views.locale,
    csp: pageCsp(o.nonce),
    nonce: o.nonce,
    title: `${o.views.title} — ${o.views.labels.documentTitle}`,
    styles: [{ text: themeRule(LIGHT_THEME) }, { text: o.css }, { text: CHART_CSS }],
    script: { text: o.js },
    bodyClass: 'standalone',
    embedded: { views: o.views, only: o.only ?? [] },
  });
}
