/**
 * The one HTML page shell: the editor's webview (client/src/preview/html.ts),
 * the standalone page of `airoadmap render` and "Export Preview…"
 * (standalone.ts) and the quarterly report (report-html.ts) are this shell
 * with different parameters: the CSP, where the styles and the script come
 * from, the views embedded as inert JSON for the standalone page, and the
 * report's own body and no script.
 * Must not depend on vscode, Node or the DOM.
 */
import type { Locale } from '../language/types';
import type { RoadmapViews } from './compute';
import type { ViewName } from './registry';
import { escapeAttribute, escapeXml } from './vdom';

/** A stylesheet: a URL the CSP allows, or text inlined under the nonce. */
export type PageStyle = { href: string } | { text: string };
/** The preview's script: a URL loaded under the nonce, or its text inlined under it. */
export type PageScript = { src: string } | { text: string };

export interface PageOptions {
  locale: Locale;
  /** The page's Content-Security-Policy (pageCsp). */
  csp: string;
  nonce: string;
  /** Plain text; escaped here. */
  title: string;
  styles: readonly PageStyle[];
  /** The page's script; none for the report, which runs nothing. */
  script?: PageScript;
  /** The body's markup, every text in it already escaped (the report's); the preview's `<div id="app">` when absent. */
  body?: string;
  /** Said in a meta element (the report is always light). */
  colorScheme?: 'light';
  /** Classes of the body (the standalone page's `standalone`). */
  bodyClass?: string;
  /** Views embedded in the page, and the tabs it shows (all when empty). */
  embedded?: { views: RoadmapViews; only: readonly ViewName[] };
}

/**
 * The CSP: nothing but nonce'd styles and scripts, images as data URLs, and,
 * when given, files from `source` (the webview's bundle folder, its
 * `cspSource`). base-uri and form-action do not fall back to default-src, so
 * they are said too.
 */
export function pageCsp(nonce: string, source?: string): string {
  const from = source === undefined ? '' : `${source} `;
  return `default-src 'none'; img-src ${from}data:; style-src ${from}'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

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

export function buildPage(o: PageOptions): string {
  const nonce = escapeXml(o.nonce);
  const lang = o.locale === 'nb' ? 'nb' : 'en';
  const styles = o.styles.map((s) => ('href' in s ? `<link rel="stylesheet" href="${escapeXml(s.href)}">` : `<style nonce="${nonce}">${inlineSafe(s.text, 'style')}</style>`));
  const body = o.bodyClass === undefined ? `<body data-locale="${lang}">` : `<body class="${escapeXml(o.bodyClass)}" data-locale="${lang}">`;
  const embedded = o.embedded
    ? [`<script type="application/json" id="airoadmap-data" data-views="${escapeXml(o.embedded.only.join(','))}">${jsonForScript(o.embedded.views)}</script>`]
    : [];
  const script =
    o.script === undefined ? [] : ['src' in o.script ? `<script nonce="${nonce}" src="${escapeXml(o.script.src)}"></script>` : `<script nonce="${nonce}">${inlineSafe(o.script.text, 'script')}</script>`];
  return `${[
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(o.csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(o.colorScheme ? [`<meta name="color-scheme" content="${o.colorScheme}">`] : []),
    `<title>${escapeXml(o.title)}</title>`,
    ...styles,
    '</head>',
    body,
    o.body ?? '<div id="app"></div>',
    ...embedded,
    ...script,
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
