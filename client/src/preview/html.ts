/**
 * The preview webview's HTML: the preview's page (core/views/page.ts, the
 * standalone export's too) with a strict CSP (nothing but our bundle folder
 * and nonce'd inline styles/scripts), the bundle's CSS and JS from that
 * folder, and the chart styles shared with the exports. Pure, so tests can
 * build the same page.
 * Must not depend on vscode.
 */
import { CHART_CSS } from '../../../server/src/core/views/chart-css';
import { viewLabels } from '../../../server/src/core/views/labels';
import { buildPage, pageCsp } from '../../../server/src/core/views/page';
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
  return pageCsp(nonce, cspSource);
}

/**
 * The webview's options, for a new panel and a restored one alike: scripts
 * (our bundle only, by the CSP) and files from the bundle folder alone; no
 * forms (VS Code enables them with scripts unless told), no command links;
 * the find widget (Ctrl+F), as in the Markdown preview.
 */
export function previewWebviewOptions<U>(bundleRoot: U): { enableScripts: true; enableForms: false; enableCommandUris: false; localResourceRoots: U[]; enableFindWidget: true } {
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [bundleRoot], enableFindWidget: true };
}

export function buildPreviewHtml(o: ShellOptions): string {
  return buildPage({
    locale: o.locale,
    csp: previewCsp(o.cspSource, o.nonce),
    nonce: o.nonce,
    title: viewLabels(o.locale).documentTitle,
    styles: [{ href: o.styleUri }, { text: CHART_CSS }],
    script: { src: o.scriptUri },
  });
}

/** 32 random base-64 characters. */
export function makeNonce(random: (n: number) => Uint8Array): string {
  return btoa(String.fromCharCode(...random(24))).replace(/[+/=]/g, 'x');
}

/** n cryptographically random bytes (Web Crypto: Node.js and the browser alike). */
export function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** The bytes of a base-64 text (a data: URL's payload). */
export function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
