/**
 * The preview webview's HTML shell: a strict CSP (nothing but our bundle
 * folder and nonce'd inline styles/scripts), the bundle's CSS and JS, and the
 * chart styles shared with the exports. Pure, so tests can build the same page.
 * Must not depend on vscode.
 */
import { CHART_CSS } from '../../../server/src/core/views/chart-css';
import { viewLabels } from '../../../server/src/core/views/labels';
import { escapeAttribute, escapeXml } from '../../../server/src/core/views/vdom';
import type { Locale } from '../../../server/src/core/language/types';

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  locale: Locale;
}

export function previewCsp(cspSource: string, nonce: string): string {
  // base-uri and form-action do not fall back to default-src: said here, as the standalone export does.
  return `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

/**
 * The webview's options, for a new panel and a restored one alike: scripts
 * (our bundle only, by the CSP) and files from the bundle folder alone; no
 * forms (VS Code enables them with scripts unless told), no command links.
 */
export function previewWebviewOptions<U>(bundleRoot: U): { enableScripts: true; enableForms: false; enableCommandUris: false; localResourceRoots: U[] } {
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [bundleRoot] };
}

export function buildPreviewHtml(o: ShellOptions): string {
  const nonce = escapeXml(o.nonce);
  return `<!DOCTYPE html>
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewCsp(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeXml(o.styleUri)}">
<style nonce="${nonce}">${CHART_CSS}</style>
<title>${escapeXml(viewLabels(o.locale).documentTitle)}</title>
</head>
<body data-locale="${o.locale}">
<div id="app"></div>
<script nonce="${nonce}" src="${escapeXml(o.scriptUri)}"></script>
</body>
</html>
`;
}

/** 32 random base-64 characters. */
export function makeNonce(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(24)).toString('base64').replace(/[+/=]/g, 'x');
}
