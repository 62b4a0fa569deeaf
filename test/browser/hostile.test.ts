// Hostile content (script tags, event handlers, javascript: links, SVG
// payloads, CSS injection, remote url()s) in every kind of user string: in the
// webview page and in `airoadmap render`'s HTML, no script runs, no dialog
// opens, no request leaves the page, and the text shows literally. Then the
// hostile YAML corpus (test/fuzz/hostile-corpus.ts: alias bombs, deep nesting,
// 10 MB scalars, tags naming local files, …) previewed and rendered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderCommand } from '../../server/src/cli/render';
import { VIEW_NAMES } from '../../server/src/core/views/registry';
import { findWebviewBundle } from '../../server/src/cli/render';
import { writeHostileCorpus, type HostileCorpus } from '../fuzz/hostile-corpus';
import { launch, openWebview, ROOT, skipReason, viewsOf, watch, webviewBundle } from './harness';

const skip = skipReason();
const FIXTURE = path.join(ROOT, 'test/fixtures/hostile.airoadmap.yaml');
const TEXT = readFileSync(FIXTURE, 'utf8');
// Every tab of the preview (the registry's), so a new one is walked too.
const VIEWS = VIEW_NAMES;

/** Strings that must appear literally (or truncated from their start) somewhere in the page's text. */
const LITERALS = [
  "<script>window.__pwned='org';alert('org')</script>",
  "<script>alert('title')</script>",
  "javascript:alert('model')",
  "</script><script>window.__pwned='purpose'</script>",
  "<img src=x onerror=\"window.__pwned='img';alert('img')\">",
  '</style><style>body{background:url(http://evil.example/bg.png)}</style>',
  '<iframe src="http://evil.example/"></iframe>',
];

async function allText(page: Page): Promise<string> {
  let text = '';
  for (const view of VIEWS) {
    await page.click(`#tab-${view}`);
    text += await page.evaluate(() => document.body.textContent ?? '');
    text += await page.evaluate(() => Array.from(document.querySelectorAll('[aria-label]'), (e) => e.getAttribute('aria-label')).join('\n'));
  }
  return text;
}

async function assertInert(page: Page, w: ReturnType<typeof watch>, where: string) {
  const text = await allText(page);
  for (const literal of LITERALS) assert.ok(text.includes(literal), `${where}: shows ${literal}`);
  // No element the payloads would create exists.
  const injected = await page.evaluate(() => document.querySelectorAll('script:not([nonce]):not(#airoadmap-data), img, iframe, a[href], [onerror], [onload], [onmouseover], foreignObject').length);
  assert.equal(injected, 0, `${where}: no injected elements`);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null), null, `${where}: no script ran`);
  assert.deepEqual(w.dialogs, [], `${where}: no dialog`);
  assert.deepEqual(w.leaks, [], `${where}: no request left the page`);
  // The CSS payload did not apply: the page background is not an image.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundImage), 'none');
}

describe('hostile content', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('in the webview page', async () => {
    const w = await openWebview(browser);
    await w.post({ type: 'update', uri: 'file:///hostile.airoadmap.yaml', version: 1, hasErrors: false, views: viewsOf(TEXT) });
    assert.equal(await w.page.locator('g.bubble').count(), 3);
    // Hover and click the hostile elements too: no handler may fire.
    await w.page.hover('g.bubble[data-key="use_cases:z"] circle');
    await w.page.click('g.bubble[data-key="use_cases:x"] circle');
    await assertInert(w.page, w.watch, 'webview');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test("in render's standalone HTML, opened offline", async () => {
    await webviewBundle();
    assert.ok(findWebviewBundle(path.join(ROOT, 'server/src/cli')), 'dist/webview is built (npm run build)');
    const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-render-'));
    const out = path.join(dir, 'hostile.html');
    const stderr = new PassThrough();
    const code = await renderCommand([FIXTURE, '-o', out], { stdout: new PassThrough(), stderr, cwd: ROOT });
    assert.equal(code, 0);
    const html = readFileSync(out, 'utf8');
    // The embedded JSON cannot close its element.
    const embed = html.slice(html.indexOf('id="airoadmap-data"'), html.indexOf('</script>', html.indexOf('id="airoadmap-data"')));
    assert.ok(!/<\/script|<!--|\u2028/i.test(embed));
    const page = await browser.newPage();
    const w = watch(page, (url) => url === `file://${out}` || url.startsWith('data:'));
    await page.goto(`file://${out}`);
    await assertInert(page, w, 'render');
    assert.deepEqual(w.consoleErrors, [], 'no console errors (CSP violations included)');
    await page.close();
  });
});

describe('the hostile corpus in the preview and in render’s HTML', { skip }, () => {
  let browser: Browser;
  let corpus: HostileCorpus;
  let dir: string;
  before(async () => {
    browser = await launch();
    dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-hostile-corpus-'));
    corpus = writeHostileCorpus(dir);
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('each file previewed in turn: every tab drawn, no error, no request, nothing loaded', async () => {
    const w = await openWebview(browser);
    let version = 0;
    for (const file of corpus.files) {
      const views = viewsOf(file.text);
      await w.post({ type: 'update', uri: pathToFileURL(file.path).href, version: ++version, hasErrors: false, views });
      let shown = '';
      for (const view of VIEWS) {
        await w.page.click(`#tab-${view}`);
        shown += await w.page.evaluate(() => document.body.textContent ?? '');
      }
      assert.ok(shown.length > 0, `${file.name}: something is shown`);
      assert.doesNotMatch(shown, new RegExp(corpus.marker), `${file.name}: no tag loaded secret.txt`);
    }
    // The last update is on screen: the preview followed every one.
    assert.equal(await w.page.locator('[role="tab"]').count(), VIEWS.length);
    assert.deepEqual(w.watch.consoleErrors, [], 'no console errors');
    assert.deepEqual(w.watch.dialogs, []);
    assert.deepEqual(w.watch.leaks, []);
    assert.equal(await w.page.evaluate(() => (window as unknown as { __airoadmapPwned?: unknown }).__airoadmapPwned ?? null), null);
    await w.page.close();
  });

  test("each file through `render`, opened offline: no error, no request, nothing loaded", async () => {
    await webviewBundle();
    for (const file of corpus.files) {
      const out = path.join(dir, `${file.name}.html`);
      const code = await renderCommand([file.path, '-o', out], { stdout: new PassThrough(), stderr: new PassThrough(), cwd: dir });
      assert.equal(code, 0, file.name);
      const page = await browser.newPage();
      const w = watch(page, (url) => url === pathToFileURL(out).href || url.startsWith('data:'));
      await page.goto(pathToFileURL(out).href);
      const shown = await page.evaluate(() => document.body.textContent ?? '');
      assert.doesNotMatch(shown, new RegExp(corpus.marker), `${file.name}: no tag loaded secret.txt`);
      assert.deepEqual(w.consoleErrors, [], `${file.name}: no console errors`);
      assert.deepEqual(w.leaks, [], `${file.name}: no request left the page`);
      assert.deepEqual(w.dialogs, [], `${file.name}: no dialog`);
      await page.close();
    }
    assert.equal(existsSync(corpus.touched), false, 'no tag ran a command');
  });
});
