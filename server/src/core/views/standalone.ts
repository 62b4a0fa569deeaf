/**
 * The standalone HTML page of the views: the webview bundle's CSS and JS
 * inlined under a nonce'd CSP, the views embedded as inert JSON, light
 * defaults for the `--vscode-*` variables. Opens offline, loads nothing.
 * Shared by `airoadmap render` and the editor's "Export Preview…".
 * Must not depend on vscode, Node or the DOM (the caller reads the bundle
 * and makes the nonce).
 */
import type { RoadmapViews } from './compute';
import { CHART_CSS, LIGHT_THEME, themeRule } from './chart-css';
import type { ViewName } from './labels';
import { escapeAttribute, escapeXml } from './vdom';

/** JSON that is safe inside a <script> element: no `<`, `>`, `&` or line separators left raw. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    // DEL, C1 and the invisible bidi and line-separator characters as \u escapes: the page reads the same
    // values, and the file stays plain text in a terminal (`render` to stdout).
    .replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Our own bundle text, made safe to sit inside a raw-text element (and without source-map links). */
export function inlineSafe(code: string, element: 'script' | 'style'): string {
  const withoutMaps = code.replace(/\/[/*][#@] sourceMappingURL=[^\n]*/g, '');
  return element === 'script'
    ? withoutMaps.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
    : withoutMaps.replace(/<\/(style)/gi, '<\\/$1');
}

export interface StandaloneOptions {
  views: RoadmapViews;
  css: string;
  js: string;
  nonce: string;
  /** Views to show; all when empty or absent. */
  only?: readonly ViewName[];
}

export function buildStandaloneHtml(o: StandaloneOptions): string {
  const nonce = escapeXml(o.nonce);
  const csp = `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
  const only = (o.only ?? []).join(',');
  return `<!DOCTYPE html>
<html lang="${o.views.locale === 'nb' ? 'nb' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(o.views.title)} — ${escapeXml(o.views.labels.documentTitle)}</title>
<style nonce="${nonce}">${themeRule(LIGHT_THEME)}</style>
<style nonce="${nonce}">${inlineSafe(o.css, 'style')}</style>
<style nonce="${nonce}">${inlineSafe(CHART_CSS, 'style')}</style>
</head>
<body class="standalone" data-locale="${o.views.locale === 'nb' ? 'nb' : 'en'}">
<div id="app"></div>
<script type="application/json" id="airoadmap-data" data-views="${escapeXml(only)}">${jsonForScript(o.views)}</script>
<script nonce="${nonce}">${inlineSafe(o.js, 'script')}</script>
</body>
</html>
`;
}
