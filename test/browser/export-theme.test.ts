// Exports in the chosen colours (issue 13, item 7): in a dark editor theme a
// PNG asked for with theme 'light' has the light background, with 'editor'
// the editor's; the webview reports the theme's colours for an SVG in the
// editor's theme, and they pass the host's check.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { isFromWebview } from '../../server/src/shared/preview-protocol';
import { launch, openWebview, ROOT, skipReason, THEMES, viewsOf, type WebviewPage } from './harness';

const skip = skipReason();
const TEXT = readFileSync(path.join(ROOT, 'test/fixtures/dsl-example.airoadmap.yaml'), 'utf8');

/** The PNG the webview posts for a request, and the colour of its top-left pixel as [r, g, b]. */
async function png(w: WebviewPage, requestId: number, theme: 'light' | 'editor'): Promise<{ dataUrl: string; corner: number[] }> {
  await w.post({ type: 'export-png', requestId, theme });
  await w.page.waitForFunction((id) => (window as unknown as { __posted: { type: string; requestId?: number }[] }).__posted.some((m) => m.type === 'png' && m.requestId === id), requestId);
  const message = (await w.posted()).find((m) => (m as { type: string; requestId?: number }).type === 'png' && (m as { requestId: number }).requestId === requestId) as { dataUrl: string };
  const corner = await w.page.evaluate(async (url) => {
    const img = new Image();
    await new Promise((resolve) => {
      img.onload = resolve;
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return Array.from(ctx.getImageData(2, 2, 1, 1).data.slice(0, 3));
  }, message.dataUrl);
  return { dataUrl: message.dataUrl, corner };
}

const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('exports in the chosen theme', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('in a dark editor, a light PNG is light and an editor-theme PNG has the editor’s background', async () => {
    const w = await openWebview(browser, { theme: 'dark' });
    await w.post({ type: 'update', uri: 'file:///r.airoadmap.yaml', version: 1, hasErrors: false, views: viewsOf(TEXT) });
    const light = await png(w, 1, 'light');
    const editor = await png(w, 2, 'editor');
    assert.match(light.dataUrl, /^data:image\/png;base64,/);
    assert.equal(hex(light.corner), '#ffffff', 'the light palette');
    assert.equal(hex(editor.corner), THEMES.dark.vars['--vscode-editor-background'], 'the editor’s background');
    await w.page.close();
  });

  test('the webview reports the editor theme’s chart colours for an SVG, as the host accepts them', async () => {
    const w = await openWebview(browser, { theme: 'dark' });
    await w.post({ type: 'theme-vars', requestId: 5 });
    const answer = (await w.posted()).find((m) => (m as { type: string }).type === 'theme-vars') as { requestId: number; vars: Record<string, string> };
    assert.ok(answer, 'answered');
    assert.equal(answer.requestId, 5);
    assert.equal(answer.vars['--vscode-editor-background'], THEMES.dark.vars['--vscode-editor-background']);
    assert.equal(answer.vars['--vscode-foreground'], THEMES.dark.vars['--vscode-foreground']);
    assert.ok(isFromWebview(answer), 'the host’s check lets it through');
    await w.page.close();
  });
});
