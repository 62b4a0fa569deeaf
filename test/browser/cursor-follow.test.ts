// The preview follows the editor's cursor (issue 13, item 5): a cursor
// message for an entity far down a long roadmap scrolls its element into the
// viewport (an HTML row in the register, an SVG bar in the timeline); with
// `scroll: false` (airoadmap.preview.scrollPreviewWithEditor off) the
// element is highlighted and nothing scrolls; a visible element is not moved.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { generateRoadmap } from '../../bench/generate';
import { VIEWS, type ViewName } from '../../server/src/core/views/registry';
import type { RoadmapViews } from '../../server/src/core/views/compute';
import type { RevealTarget } from '../../server/src/core/views/common';
import { launch, openWebview, skipReason, viewsOf, type WebviewPage } from './harness';

const skip = skipReason();
const URI = 'file:///long.airoadmap.yaml';

function targetsOf(views: RoadmapViews, name: ViewName): RevealTarget[] {
  const view = VIEWS.find((v) => v.name === name)!;
  return [...(view.targets as (data: unknown) => Iterable<RevealTarget>)(views[name])];
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  innerHeight: number;
  innerWidth: number;
  scrollTop: number;
}

/** The first element of a key in the shown panel: its box against the window, and the panel's scroll. */
async function boxOf(w: WebviewPage, key: string): Promise<Box> {
  return w.page.evaluate((k) => {
    const panel = document.querySelector('.panel:not([hidden])')!;
    const el = panel.querySelector(`.el[data-key="${CSS.escape(k)}"]`)!;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, innerHeight: window.innerHeight, innerWidth: window.innerWidth, scrollTop: panel.scrollTop };
  }, key);
}

/** Its whole height in the window, and some of its width (a timeline row is as wide as the chart). */
const inViewport = (b: Box) => b.top >= 0 && b.bottom <= b.innerHeight && b.right > 0 && b.left < b.innerWidth;

/** The target whose element is drawn lowest in the shown panel. */
async function lowest(w: WebviewPage, targets: readonly RevealTarget[]): Promise<RevealTarget> {
  const keys = targets.map((t) => t.key);
  const key = await w.page.evaluate((ks) => {
    const panel = document.querySelector('.panel:not([hidden])')!;
    let best = '';
    let bottom = -Infinity;
    for (const k of ks) {
      const el = panel.querySelector(`.el[data-key="${CSS.escape(k)}"]`);
      const b = el?.getBoundingClientRect().bottom ?? -Infinity;
      if (b > bottom) {
        bottom = b;
        best = k;
      }
    }
    return best;
  }, keys);
  return targets.find((t) => t.key === key)!;
}

async function settle(w: WebviewPage): Promise<void> {
  await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
}

describe('the preview follows the editor’s cursor', { skip }, () => {
  let browser: Browser;
  const text = generateRoadmap(400).text;
  const views = viewsOf(text, 'en', '2027-02-10');
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  async function open(tab: ViewName): Promise<WebviewPage> {
    const w = await openWebview(browser, { viewport: { width: 1000, height: 700 } });
    await w.post({ type: 'update', uri: URI, version: 1, hasErrors: false, views });
    await w.page.click(`#tab-${tab}`);
    return w;
  }

  test('a use case 10,000 px down the register comes into the viewport', async () => {
    const w = await open('register');
    const far = await lowest(w, targetsOf(views, 'register').filter((t) => t.section === 'use_cases'));
    const before = await boxOf(w, far.key);
    assert.ok(before.top > 10_000, `the use case starts far below the viewport (${before.top} px)`);
    await w.post({ type: 'cursor', uri: URI, position: far.entityRange.start, scroll: true });
    await settle(w);
    const after = await boxOf(w, far.key);
    assert.ok(inViewport(after), `in the viewport: ${JSON.stringify(after)}`);
    assert.ok(after.scrollTop > 9_000, 'the panel scrolled');
    assert.match((await w.page.locator(`#panel-register .el[data-key="${far.key}"]`).first().getAttribute('class')) ?? '', /highlighted/);
    // Moving within the same entity again does not fight the user's own scrolling.
    await w.page.evaluate(() => document.querySelector('#panel-register')!.scrollTo({ top: 0 }));
    await w.post({ type: 'cursor', uri: URI, position: { line: far.entityRange.start.line, character: far.entityRange.start.character + 1 }, scroll: true });
    await settle(w);
    assert.equal((await boxOf(w, far.key)).scrollTop, 0, 'same entity: no scroll');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('with the setting off (scroll: false) the entity is highlighted and nothing scrolls', async () => {
    const w = await open('register');
    const far = await lowest(w, targetsOf(views, 'register').filter((t) => t.section === 'use_cases'));
    await w.post({ type: 'cursor', uri: URI, position: far.entityRange.start, scroll: false });
    await settle(w);
    const after = await boxOf(w, far.key);
    assert.equal(after.scrollTop, 0, 'not scrolled');
    assert.ok(!inViewport(after), 'still below the viewport');
    assert.match((await w.page.locator(`#panel-register .el[data-key="${far.key}"]`).first().getAttribute('class')) ?? '', /highlighted/, 'highlighted all the same');
    // A message without the field does not scroll either.
    const other = targetsOf(views, 'register').filter((t) => t.section === 'use_cases').at(-2)!;
    await w.post({ type: 'cursor', uri: URI, position: other.entityRange.start });
    await settle(w);
    assert.equal((await boxOf(w, other.key)).scrollTop, 0);
    await w.page.close();
  });

  test('an SVG element (a timeline bar far down) comes into the viewport by scrolling its panel', async () => {
    const w = await open('timeline');
    const far = await lowest(w, targetsOf(views, 'timeline'));
    const before = await boxOf(w, far.key);
    assert.ok(before.bottom > before.innerHeight, `the bar starts below the viewport (${before.top} px)`);
    await w.post({ type: 'cursor', uri: URI, position: far.entityRange.start, scroll: true });
    await settle(w);
    const after = await boxOf(w, far.key);
    assert.ok(inViewport(after), `in the viewport: ${JSON.stringify(after)}`);
    assert.ok(after.scrollTop > 0);
    await w.page.close();
  });

  test('an element already in view is not moved', async () => {
    const w = await open('register');
    const first = targetsOf(views, 'register').find((t) => t.section === 'use_cases')!;
    const before = await boxOf(w, first.key);
    assert.ok(inViewport(before), 'the first use case is in view');
    await w.post({ type: 'cursor', uri: URI, position: first.entityRange.start, scroll: true });
    await settle(w);
    assert.equal((await boxOf(w, first.key)).scrollTop, 0);
    await w.page.close();
  });
});
