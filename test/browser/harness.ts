// Shared set-up of the browser tests: Chromium via playwright-core, the
// webview bundle built fresh into a temp folder and served from memory under
// http://airoadmap.test/ (nothing touches the network), a stand-in for
// `acquireVsCodeApi` that records posted messages and state, and watchers for
// dialogs, requests leaving the page and console errors.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPreviewHtml } from '../../client/src/preview/html';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews, type RoadmapViews } from '../../server/src/core/views/compute';
import type { ToWebview } from '../../server/src/shared/preview-protocol';

export const CHROMIUM = '/usr/bin/chromium';
export const ORIGIN = 'http://airoadmap.test';
export const ROOT = path.resolve(__dirname, '..', '..');

/** Why the browser tests cannot run here, or undefined when they can. Fails instead when tools are required. */
export function skipReason(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const why = `Chromium not found at ${CHROMIUM}; browser tests skipped (install Debian's chromium, or set AIROADMAP_REQUIRE_TOOLS=1 to make this a failure).`;
  if (process.env['AIROADMAP_REQUIRE_TOOLS'] === '1') throw new Error(why);
  console.log(`# ${why}`);
  return why;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

let bundle: { js: string; css: string } | undefined;

/** The webview bundle, built once per run from the sources (what esbuild.mjs ships as dist/webview). */
export async function webviewBundle(): Promise<{ js: string; css: string }> {
  if (bundle) return bundle;
  const outdir = mkdtempSync(path.join(tmpdir(), 'airoadmap-webview-'));
  await esbuild.build({ entryPoints: [path.join(ROOT, 'client/webview/preview.ts')], bundle: true, outdir, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'error' });
  bundle = { js: readFileSync(path.join(outdir, 'preview.js'), 'utf8'), css: readFileSync(path.join(outdir, 'preview.css'), 'utf8') };
  return bundle;
}

export function viewsOf(text: string, locale: 'en' | 'nb' = 'en', today?: string): RoadmapViews {
  return computeViews(parseRoadmap(text).model, locale, today);
}

export interface Watch {
  dialogs: string[];
  leaks: string[];
  consoleErrors: string[];
}

export function watch(page: Page, allowed: (url: string) => boolean): Watch {
  const w: Watch = { dialogs: [], leaks: [], consoleErrors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!allowed(r.url())) w.leaks.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(e.message));
  return w;
}

export const THEMES: Record<'light' | 'dark' | 'high-contrast', { bodyClass: string; vars: Record<string, string> }> = {
  light: {
    bodyClass: 'vscode-light',
    vars: { '--vscode-editor-background': '#ffffff', '--vscode-foreground': '#3b3b3b', '--vscode-focusBorder': '#005fb8', '--vscode-panel-border': '#e5e5e5' },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-foreground': '#cccccc',
      '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-focusBorder': '#0078d4',
      '--vscode-panel-border': '#2b2b2b',
      '--vscode-editorWidget-background': '#202020',
      '--vscode-editor-selectionBackground': '#264f78',
      '--vscode-button-background': '#0078d4',
      '--vscode-button-foreground': '#ffffff',
      '--vscode-button-secondaryBackground': '#313131',
      '--vscode-button-secondaryForeground': '#cccccc',
      '--vscode-list-hoverBackground': '#2a2d2e',
      '--vscode-badge-background': '#616161',
      '--vscode-badge-foreground': '#f8f8f8',
      '--vscode-textLink-foreground': '#4daafc',
      '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-inputValidation-warningBackground': '#352a05',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      '--vscode-editor-background': '#000000',
      '--vscode-foreground': '#ffffff',
      '--vscode-descriptionForeground': '#ffffff',
      '--vscode-focusBorder': '#f38518',
      '--vscode-panel-border': '#6fc3df',
      '--vscode-contrastBorder': '#6fc3df',
      '--vscode-editorWidget-background': '#0c141f',
      '--vscode-editor-selectionBackground': '#ffffff',
      '--vscode-button-background': '#000000',
      '--vscode-button-foreground': '#ffffff',
      '--vscode-button-secondaryBackground': '#000000',
      '--vscode-button-secondaryForeground': '#ffffff',
      '--vscode-list-hoverBackground': '#000000',
      '--vscode-badge-background': '#000000',
      '--vscode-badge-foreground': '#ffffff',
      '--vscode-textLink-foreground': '#21a6ff',
      '--vscode-editorWarning-foreground': '#ff8800',
      '--vscode-inputValidation-warningBackground': '#000000',
    },
  },
};

export interface WebviewPage {
  page: Page;
  watch: Watch;
  post(message: ToWebview): Promise<void>;
  posted(): Promise<unknown[]>;
  state(): Promise<unknown>;
}

/**
 * Opens the webview page as VS Code would show it: the client's HTML shell
 * with its CSP, the bundle, and a stand-in for acquireVsCodeApi.
 */
export async function openWebview(browser: Browser, options: { theme?: keyof typeof THEMES; state?: unknown; locale?: 'en' | 'nb'; viewport?: { width: number; height: number } } = {}): Promise<WebviewPage> {
  const { js, css } = await webviewBundle();
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const files: Record<string, { body: string; type: string }> = {
    '/index.html': {
      body: buildPreviewHtml({ cspSource: ORIGIN, nonce: 'testnonce123', scriptUri: `${ORIGIN}/preview.js`, styleUri: `${ORIGIN}/preview.css`, locale: options.locale ?? 'en' }),
      type: 'text/html',
    },
    '/preview.js': { body: js, type: 'text/javascript' },
    '/preview.css': { body: css, type: 'text/css' },
  };
  const w = watch(page, (url) => url.startsWith('data:') || Object.keys(files).some((f) => url === `${ORIGIN}${f}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (file) return route.fulfill({ status: 200, contentType: file.type, body: file.body });
    return route.abort();
  });
  const theme = THEMES[options.theme ?? 'light'];
  // A string, not a function: tsx would wrap a function with helpers the page lacks.
  await page.addInitScript(`(() => {
    const w = window;
    w.__posted = [];
    w.__state = ${JSON.stringify(options.state ?? null)};
    w.acquireVsCodeApi = () => ({
      postMessage: (m) => { w.__posted.push(m); },
      getState: () => w.__state,
      setState: (s) => { w.__state = s; },
    });
    // What VS Code does: theme variables on <html>, a theme class on <body>.
    document.addEventListener('DOMContentLoaded', () => {
      for (const [k, v] of Object.entries(${JSON.stringify(theme.vars)})) document.documentElement.style.setProperty(k, v);
      document.body.classList.add(${JSON.stringify(theme.bodyClass)});
    });
  })();`);
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => ((window as unknown as { __posted: { type: string }[] }).__posted ?? []).some((m) => m.type === 'ready'));
  return {
    page,
    watch: w,
    post: async (message) => {
      await page.evaluate((m) => window.postMessage(m, '*'), message);
      // Let the message handler run and the DOM settle.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    },
    posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
    // The webview saves its state in the next animation frame: read it after one.
    state: async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      return page.evaluate(() => (window as unknown as { __state: unknown }).__state);
    },
  };
}

/** The zero-based line of a line of text, for independent range expectations. */
export function lineOf(text: string, line: string): number {
  const i = text.split('\n').findIndex((l) => l.replace(/\s+#.*$/, '') === line);
  if (i < 0) throw new Error(`line not found: ${line}`);
  return i;
}
