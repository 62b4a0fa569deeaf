// The webview keeps a panel's lock in its saved state (what a reload
// restores): locked on the host's word, kept across updates of its file; a
// restored state's own claim does not carry over to another file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { defaultPreviewState, restorablePreview } from '../../server/src/shared/preview-protocol';
import { launch, openWebview, ROOT, skipReason, viewsOf } from './harness';

const skip = skipReason();
const views = viewsOf(readFileSync(path.join(ROOT, 'test/fixtures/dsl-example.airoadmap.yaml'), 'utf8'));
const A = 'file:///a.airoadmap.yaml';
const B = 'file:///b.airoadmap.yaml';

describe('the saved lock', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a panel the host locks is saved locked, with its file and tab, and unlocked when told', async () => {
    const w = await openWebview(browser);
    await w.post({ type: 'locked', locked: true });
    await w.post({ type: 'update', uri: A, version: 1, hasErrors: false, views });
    await w.page.click('#tab-timeline');
    assert.deepEqual(restorablePreview(await w.state()), { uri: A, view: 'timeline', locked: true });
    await w.post({ type: 'update', uri: A, version: 2, hasErrors: false, views });
    assert.equal(restorablePreview(await w.state())?.locked, true, 'kept across updates');
    await w.post({ type: 'locked', locked: false });
    assert.deepEqual(restorablePreview(await w.state()), { uri: A, view: 'timeline', locked: false });
    await w.page.close();
  });

  test('a restored locked state shown another file (the host refused it) is not saved locked', async () => {
    const w = await openWebview(browser, { state: { ...defaultPreviewState(B), locked: true } });
    await w.post({ type: 'update', uri: A, version: 1, hasErrors: false, views });
    assert.deepEqual(restorablePreview(await w.state()), { uri: A, view: 'matrix', locked: false });
    await w.page.close();
  });
});
