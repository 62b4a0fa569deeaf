// The preview webview in real Chromium: placement of bubbles, bars and
// heat-map cells for the DSL example and the shipped examples; click and
// Enter post "reveal" with the entity's range; updates keep zoom and drop
// stale versions; the syntax-error notice; cursor highlighting; three themes
// (screenshots in test-results/screenshots/).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { generateRoadmap } from '../../bench/generate';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews, PREVIEW_LIMITS } from '../../server/src/core/views/compute';
import { MATRIX_LAYOUT, matrixPixel } from '../../server/src/core/views/matrix/draw';
import { RISK_LAYOUT } from '../../server/src/core/views/risks/draw';
import { launch, lineOf, openWebview, ROOT, skipReason, viewsOf, type WebviewPage } from './harness';

const skip = skipReason();
const MATRIX_GRID_X = MATRIX_LAYOUT.left;
const MATRIX_GRID_Y = MATRIX_LAYOUT.top;
const MATRIX_CELL = MATRIX_LAYOUT.plot / 5;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const DSL_EXAMPLE = readFileSync(path.join(ROOT, 'test/fixtures/dsl-example.airoadmap.yaml'), 'utf8');
const CROWDED = readFileSync(path.join(ROOT, 'test/fixtures/legibility/crowded.airoadmap.yaml'), 'utf8');

/** Whether a circle lies inside the matrix cell of (effort, value). */
function inCell(cx: number, cy: number, r: number, effort: number, value: number): boolean {
  const x0 = MATRIX_LAYOUT.left + (effort - 1) * MATRIX_CELL;
  const y0 = MATRIX_LAYOUT.top + (5 - value) * MATRIX_CELL;
  const e = 0.01;
  return cx - r >= x0 - e && cx + r <= x0 + MATRIX_CELL + e && cy - r >= y0 - e && cy + r <= y0 + MATRIX_CELL + e;
}

function exampleFiles(): { name: string; text: string }[] {
  const dir = path.join(ROOT, 'examples');
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.airoadmap.yaml'));
  } catch {
    names = [];
  }
  return [{ name: 'dsl-example', text: DSL_EXAMPLE }, ...names.map((n) => ({ name: n, text: readFileSync(path.join(dir, n), 'utf8') }))];
}

async function update(w: WebviewPage, text: string, version = 1, hasErrors = false, uri = 'file:///roadmap.airoadmap.yaml') {
  await w.post({ type: 'update', uri, version, hasErrors, views: viewsOf(text, 'en', '2027-02-10') });
}

/** Where the timeline's weeks are: it is laid out for its width and says so on the chart. */
async function timelineWeeks(page: WebviewPage['page']): Promise<{ x0: number; week: number }> {
  const svg = page.locator('svg.chart.timeline');
  return { x0: Number(await svg.getAttribute('data-x0')), week: Number(await svg.getAttribute('data-week')) };
}

/** To two decimals, as the drawing rounds its coordinates. */
function two(v: number): number {
  return Math.round(v * 100) / 100;
}

async function selectTab(w: WebviewPage, view: string) {
  await w.page.click(`#tab-${view}`);
}

describe('preview webview', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  test('DSL example: bubble, bar and heat-map cell where the file puts them', async () => {
    const w = await openWebview(browser);
    await update(w, DSL_EXAMPLE);
    // doc-search: effort 3, value 5, alone in its cell → in that cell (centred across, below the quadrant's title), in "Major projects".
    const circle = w.page.locator('g.bubble[data-key="use_cases:doc-search"] circle');
    const expected = matrixPixel((3 - 0.5) / 5, 1 - (5 - 0.5) / 5);
    assert.ok(Math.abs(Number(await circle.getAttribute('cx')) - expected.px) < 0.01);
    assert.ok(inCell(Number(await circle.getAttribute('cx')), Number(await circle.getAttribute('cy')), Number(await circle.getAttribute('r')), 3, 5));
    const inQuadrant = await w.page.evaluate(() => {
      const c = document.querySelector('g.bubble[data-key="use_cases:doc-search"] circle')!.getBoundingClientRect();
      const q = document.querySelector('rect.q-major-projects')!.getBoundingClientRect();
      const cx = c.x + c.width / 2;
      const cy = c.y + c.height / 2;
      return cx > q.left && cx < q.right && cy > q.top && cy < q.bottom;
    });
    assert.ok(inQuadrant, 'the bubble is drawn inside the Major projects quadrant');
    assert.equal(await w.page.locator('ol.ranked li').first().locator('.ranked-title').textContent(), 'Smart document search');

    await selectTab(w, 'timeline');
    const bar = w.page.locator('g.item[data-key="plan:prototype"] rect.bar');
    const L = await timelineWeeks(w.page);
    assert.equal(Number(await bar.getAttribute('x')), two(L.x0 + 6 * L.week + 3), 'starts in week 7');
    assert.equal(Number(await bar.getAttribute('width')), two(2 * L.week - 6), 'spans weeks 7–8');
    assert.equal(await w.page.locator('g.item[data-key="plan:roadmap-12m"] polygon.diamond').count(), 1, 'a milestone is a diamond');
    assert.match((await w.page.locator('g.item[data-key="plan:interviews"]').getAttribute('class')) ?? '', /\bdone\b/);
    assert.equal(await w.page.locator('.today').count(), 1, 'today (10 Feb 2027) is inside the plan');
    assert.match((await w.page.locator('.week-head').first().textContent()) ?? '', /W1\s*4 Jan/);

    await selectTab(w, 'risks');
    assert.equal(await w.page.locator('[data-cell="cell:3-4"] .risk-entry[data-key="risks:hallucination"]').count(), 1);
    assert.equal(await w.page.locator('.risk-entry').count(), 1);
    assert.match((await w.page.locator('[data-cell="cell:3-4"]').getAttribute('class')) ?? '', /sev-high/);

    await selectTab(w, 'register');
    const row = w.page.locator('tr[data-key="use_cases:doc-search"]');
    assert.match((await row.textContent()) ?? '', /GPT-4o \(Azure OpenAI, EU region\).*Document archive.*Anna Berg/);
    await selectTab(w, 'kpis');
    assert.equal(await w.page.locator('.kpi[data-key="kpis:search-time"]').getAttribute('data-progress'), '0.833333');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('every example: bubbles, bars and risks match the computed views', async () => {
    for (const { name, text } of exampleFiles()) {
      const views = viewsOf(text, 'en', '2027-02-10');
      const w = await openWebview(browser);
      await update(w, text);
      for (const b of views.matrix.bubbles) {
        const c = w.page.locator(`g.bubble[data-key="${b.key}"] circle`);
        // Drawn in its cell at its true size, or counted in the cell's "+n" chip.
        if ((await c.count()) === 0) {
          assert.ok(Number(await w.page.locator(`[data-more="${b.effort}-${b.value}"]`).getAttribute('data-count')) > 0, `${name}: ${b.id} in its cell's chip`);
          continue;
        }
        const cx = Number(await c.getAttribute('cx'));
        const cy = Number(await c.getAttribute('cy'));
        assert.equal(Number(await c.getAttribute('r')), Math.round(b.r * MATRIX_LAYOUT.plot * 100) / 100, `${name}: ${b.id} r`);
        assert.ok(inCell(cx, cy, b.r * MATRIX_LAYOUT.plot, b.effort, b.value), `${name}: ${b.id} in its cell`);
        // Value ≥ 3 is the top 60 %, effort ≤ 2 the left 40 %.
        assert.equal(b.y < 0.6, b.value >= 3, `${name}: ${b.id} row`);
        assert.equal(b.x < 0.4, b.effort <= 2, `${name}: ${b.id} column`);
      }
      const hidden = await w.page.locator('[data-more]').evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));
      assert.equal((await w.page.locator('g.bubble').count()) + hidden, views.matrix.bubbles.length);
      await selectTab(w, 'timeline');
      const L = await timelineWeeks(w.page);
      for (const item of views.timeline.items.filter((i) => !i.milestone)) {
        const bar = w.page.locator(`g.item[data-key="${item.key}"] rect.bar`);
        assert.equal(Number(await bar.getAttribute('x')), two(L.x0 + (item.startWeek - 1) * L.week + 3), `${name}: ${item.id} start`);
        assert.equal(Number(await bar.getAttribute('width')), two(L.week + (item.endWeek - item.startWeek) * L.week - 6), `${name}: ${item.id} span`);
      }
      await selectTab(w, 'risks');
      for (const cell of views.risks.cells) {
        const shown = await w.page.locator(`[data-cell="${cell.key}"]`).getAttribute('data-count');
        assert.equal(Number(shown), cell.risks.length, `${name}: ${cell.key}`);
        for (const r of cell.risks.slice(0, 3)) assert.equal(await w.page.locator(`[data-cell="${cell.key}"] .risk-entry[data-key="${r.key}"]`).count(), 1, `${name}: ${r.id} in ${cell.key}`);
      }
      await w.page.screenshot({ path: path.join(SHOTS, `example-${name.replace(/\.airoadmap\.yaml$/, '')}-risks.png`) });
      assert.deepEqual(w.watch.consoleErrors, [], name);
      await w.page.close();
    }
  });

  test('click and Enter post "reveal" with the range of the id key', async () => {
    const w = await openWebview(browser);
    await update(w, DSL_EXAMPLE);
    await w.page.click('g.bubble[data-key="use_cases:doc-search"] circle');
    const line = lineOf(DSL_EXAMPLE, '  doc-search:');
    let reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
    assert.deepEqual(reveals.at(-1), {
      type: 'reveal',
      uri: 'file:///roadmap.airoadmap.yaml',
      section: 'use_cases',
      id: 'doc-search',
      range: { start: { line, character: 2 }, end: { line, character: 12 } },
    });
    await selectTab(w, 'timeline');
    await w.page.focus('g.item[data-key="plan:prototype"]');
    await w.page.keyboard.press('Enter');
    reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
    const planLine = lineOf(DSL_EXAMPLE, '  prototype:');
    assert.deepEqual((reveals.at(-1) as { range: unknown }).range, { start: { line: planLine, character: 2 }, end: { line: planLine, character: 11 } });
    // The use-case link on the bar reveals the use case.
    await w.page.click('g.link[data-key="use_cases:doc-search"]');
    reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
    assert.equal((reveals.at(-1) as { id: string }).id, 'doc-search');
    // Register rows and heat-map entries too.
    await selectTab(w, 'risks');
    await w.page.click('.risk-entry[data-key="risks:hallucination"]');
    reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
    assert.equal((reveals.at(-1) as { id: string }).id, 'hallucination');
    // The tab choice is kept in the webview state.
    assert.equal((await w.state() as { view: string }).view, 'risks');
    await w.page.close();
  });

  test('updates re-render without losing zoom; a lower version with new text is drawn; syntax errors keep the last render', async () => {
    const w = await openWebview(browser);
    await update(w, DSL_EXAMPLE, 1);
    await w.page.click('#panel-matrix button[data-zoom="in"]');
    await w.page.click('#panel-matrix button[data-zoom="in"]');
    const zoomed = await w.page.locator('svg.chart.matrix').getAttribute('viewBox');
    assert.notEqual(zoomed, '0 0 590 620');
    // The user edits value 5 → 2: the bubble moves, the zoom stays.
    const edited = DSL_EXAMPLE.replace('    value: 5  ', '    value: 2  ');
    assert.notEqual(edited, DSL_EXAMPLE);
    await update(w, edited, 2);
    assert.equal(await w.page.locator('svg.chart.matrix').getAttribute('viewBox'), zoomed);
    const cy = Number(await w.page.locator('g.bubble[data-key="use_cases:doc-search"] circle').getAttribute('cy'));
    const r = Number(await w.page.locator('g.bubble[data-key="use_cases:doc-search"] circle').getAttribute('r'));
    assert.ok(cy - r >= matrixPixel(0, 1 - 2 / 5).py && cy + r <= matrixPixel(0, 1 - 1 / 5).py, 'moved to value 2');
    // A lower version with other text (the document closed and opened again, or a client that repeats
    // versions) is drawn: the extension orders its answers itself, so the webview goes by what it is sent.
    await update(w, DSL_EXAMPLE, 1);
    assert.notEqual(Number(await w.page.locator('g.bubble[data-key="use_cases:doc-search"] circle').getAttribute('cy')), cy);
    await update(w, edited, 2);
    // Syntax errors: the last good render stays, with a notice.
    await update(w, 'airoadmap: 1\norganization: [\n', 3, true);
    assert.equal(await w.page.locator('.notice').isVisible(), true);
    assert.match((await w.page.locator('.notice').textContent()) ?? '', /syntax errors/);
    assert.equal(await w.page.locator('g.bubble[data-key="use_cases:doc-search"]').count(), 1);
    await update(w, edited, 4);
    assert.equal(await w.page.locator('.notice').isVisible(), false);
    // The state survives a reload: a new page started with it restores tab and zoom.
    await selectTab(w, 'timeline');
    await w.page.click('#panel-timeline button[data-zoom="in"]');
    const tlZoom = await w.page.locator('svg.chart.timeline').getAttribute('viewBox');
    const state = await w.state();
    const w2 = await openWebview(browser, { state });
    await update(w2, edited, 4);
    assert.equal(await w2.page.locator('#tab-timeline').getAttribute('aria-selected'), 'true');
    assert.equal(await w2.page.locator('svg.chart.timeline').getAttribute('viewBox'), tlZoom);
    await w.page.close();
    await w2.page.close();
  });

  test('an update names the tabs that changed: only those are drawn again, the tab shown at once, the others when shown', async () => {
    const w = await openWebview(browser);
    await update(w, DSL_EXAMPLE, 1);
    await selectTab(w, 'timeline');
    await selectTab(w, 'matrix');
    const mark = () =>
      w.page.evaluate(() => {
        for (const id of ['panel-matrix', 'panel-timeline', 'panel-kpis']) {
          const first = document.getElementById(id)!.firstElementChild;
          if (first) (first as HTMLElement).dataset['mark'] = 'old';
        }
      });
    const old = (id: string) => w.page.evaluate((panel) => (document.getElementById(panel)!.firstElementChild as HTMLElement | null)?.dataset['mark'] === 'old', id);
    await mark();
    // Both the matrix and the timeline change (a use case's title), but the extension says only the matrix did.
    const edited = DSL_EXAMPLE.replace(/title: ([^\n]+)/, 'title: Fresh title');
    assert.notEqual(edited, DSL_EXAMPLE);
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 2, hasErrors: false, views: viewsOf(edited, 'en', '2027-02-10'), fresh: ['matrix'] });
    assert.equal(await old('panel-matrix'), false, 'the tab shown is drawn again');
    assert.equal(await old('panel-timeline'), true, 'a tab that did not change is not');
    await selectTab(w, 'timeline');
    assert.equal(await old('panel-timeline'), true, 'shown, it keeps its drawing until its update comes');
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 2, hasErrors: false, views: viewsOf(edited, 'en', '2027-02-10'), fresh: ['timeline'] });
    assert.equal(await old('panel-timeline'), false);
    // An update with nothing fresh draws nothing; after one it skipped (syntax errors), every tab is drawn.
    await mark();
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 3, hasErrors: false, views: viewsOf(edited, 'en', '2027-02-10'), fresh: [] });
    assert.equal(await old('panel-timeline'), true);
    await update(w, 'airoadmap: 1\norganization: [\n', 4, true);
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 5, hasErrors: false, views: viewsOf(edited, 'en', '2027-02-10'), fresh: [] });
    assert.equal(await old('panel-timeline'), false);
    // A malformed `fresh` is not an update at all.
    await mark();
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 6, hasErrors: false, views: viewsOf(DSL_EXAMPLE, 'en', '2027-02-10'), fresh: ['nope'] } as never);
    assert.equal(await old('panel-timeline'), true);
    await w.page.close();
  });

  test('the editor cursor highlights its entity; foreign messages are ignored', async () => {
    const w = await openWebview(browser);
    await update(w, DSL_EXAMPLE);
    const line = lineOf(DSL_EXAMPLE, '    effort: 3');
    await w.post({ type: 'cursor', uri: 'file:///roadmap.airoadmap.yaml', position: { line, character: 6 } });
    assert.match((await w.page.locator('g.bubble[data-key="use_cases:doc-search"]').getAttribute('class')) ?? '', /highlighted/);
    assert.match((await w.page.locator('li[data-key="use_cases:doc-search"]').getAttribute('class')) ?? '', /highlighted/);
    await w.post({ type: 'cursor', uri: 'file:///roadmap.airoadmap.yaml', position: { line: 0, character: 0 } });
    assert.equal(await w.page.locator('.highlighted').count(), 0);
    // Malformed messages change nothing.
    await w.page.evaluate(() => {
      window.postMessage({ type: 'update', uri: 'x', version: 99, hasErrors: false, views: { schema: 1 } }, '*');
      window.postMessage('<img src=x onerror=alert(1)>', '*');
      window.postMessage({ type: 'export-png', requestId: -1 }, '*');
    });
    // Messages are handled in order: once a valid one after them has taken effect, the malformed ones have been seen.
    await w.post({ type: 'cursor', uri: 'file:///roadmap.airoadmap.yaml', position: { line, character: 6 } });
    await w.page.waitForFunction(() => document.querySelector('g.bubble.highlighted') !== null);
    assert.equal(await w.page.locator('g.bubble').count(), 1);
    assert.deepEqual(w.watch.dialogs, []);
    await w.page.close();
  });

  test('PNG export draws the current view to a canvas and posts a data URL', async () => {
    const w = await openWebview(browser);
    await update(w, DSL_EXAMPLE);
    await w.post({ type: 'export-png', requestId: 7 });
    await w.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'png'));
    const png = (await w.posted()).find((m) => (m as { type: string }).type === 'png') as { requestId: number; dataUrl: string };
    assert.equal(png.requestId, 7);
    assert.match(png.dataUrl, /^data:image\/png;base64,/);
    assert.ok(png.dataUrl.length > 5000, 'not an empty image');
    // The matrix's PNG carries its key below the legend: the chart drawn 2× and taller than the panel's.
    const size = await w.page.evaluate(async (url) => {
      const img = new Image();
      await new Promise((resolve) => {
        img.onload = resolve;
        img.src = url;
      });
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, png.dataUrl);
    assert.equal(size.w, 2 * MATRIX_LAYOUT.left + 2 * MATRIX_LAYOUT.plot + 2 * MATRIX_LAYOUT.right);
    assert.ok(size.h > 2 * (MATRIX_LAYOUT.top + MATRIX_LAYOUT.plot + MATRIX_LAYOUT.bottom), `the key below the legend: ${size.h}`);
    assert.deepEqual(w.watch.leaks, []);
    await w.page.close();
  });

  test('light, dark and high-contrast themes render (screenshots)', async () => {
    const backgrounds: string[] = [];
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const w = await openWebview(browser, { theme });
      await update(w, exampleFiles().at(-1)!.text);
      for (const view of ['matrix', 'timeline', 'risks', 'register', 'kpis']) {
        await selectTab(w, view);
        await w.page.screenshot({ path: path.join(SHOTS, `${theme}-${view}.png`), fullPage: true });
      }
      backgrounds.push(await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      // The focus ring is visible: a focused bubble gets a stroke in the theme's focus colour.
      await selectTab(w, 'matrix');
      await w.page.focus('#panel-matrix button[data-zoom="reset"]');
      await w.page.keyboard.press('Tab');
      const stroke = await w.page.evaluate(() => getComputedStyle(document.querySelector('g.bubble:focus-visible circle')!).strokeWidth);
      assert.equal(stroke, '3px', theme);
      assert.deepEqual(w.watch.consoleErrors, [], theme);
      await w.page.close();
    }
    assert.equal(new Set(backgrounds).size, 3, 'each theme has its own background');
  });

  test('Norwegian labels in the page', async () => {
    const w = await openWebview(browser, { locale: 'nb' });
    await w.post({ type: 'update', uri: 'file:///x.airoadmap.yaml', version: 1, hasErrors: false, views: viewsOf(DSL_EXAMPLE, 'nb') });
    assert.equal(await w.page.locator('#tab-matrix').textContent(), 'Prioriteringsmatrise');
    assert.equal(await w.page.locator('svg.matrix .q-label').first().textContent(), 'Raske gevinster');
    assert.equal(await w.page.evaluate(() => document.documentElement.lang), 'nb');
    await w.page.close();
  });

  test('a view too large to draw says so with the count, in English and Norwegian; the others are drawn', async () => {
    // 30 use cases and 30 KPIs over a limit of 20 (the server's limit is 2,000; the state is the same).
    const model = parseRoadmap(generateRoadmap(30).text).model;
    const cases = [
      ['en', 'Too large to draw: 30 use cases (the preview draws up to 20)', 'Too large to draw: 30 KPIs (the preview draws up to 20)'],
      ['nb', 'For stort til å tegnes: 30 brukstilfeller (forhåndsvisningen tegner opptil 20)', 'For stort til å tegnes: 30 KPI-er (forhåndsvisningen tegner opptil 20)'],
    ] as const;
    for (const [locale, matrixText, kpisText] of cases) {
      const w = await openWebview(browser, { locale });
      const views = computeViews(model, locale, undefined, { maxEntities: 20, maxBytes: PREVIEW_LIMITS.maxBytes });
      await w.post({ type: 'update', uri: 'file:///big.airoadmap.yaml', version: 1, hasErrors: false, views });
      const matrix = w.page.locator('#panel-matrix .too-large');
      assert.equal(await matrix.textContent(), matrixText, locale);
      assert.equal(await matrix.getAttribute('role'), 'status');
      assert.equal(await w.page.locator('#panel-matrix svg, #panel-matrix .toolbar').count(), 0, 'no chart, no zoom buttons');
      await selectTab(w, 'kpis');
      assert.equal(await w.page.locator('#panel-kpis .too-large').textContent(), kpisText, locale);
      await selectTab(w, 'risks');
      assert.equal(await w.page.locator('#panel-risks .too-large').count(), 0, 'the 15 risks are drawn');
      assert.equal(await w.page.locator('#panel-risks .risk-entry').count(), 15);
      await selectTab(w, 'timeline');
      assert.equal(await w.page.locator('#panel-timeline g.item').count(), 13, 'so are the 13 plan items');
      assert.deepEqual(w.watch.consoleErrors, [], locale);
      await w.page.close();
    }
  });
  test('the budget tab: every use case in full, no horizontal scroll at 640 px, rows and the budget line reveal their lines', async () => {
    const text = readFileSync(path.join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
    for (const locale of ['en', 'nb'] as const) {
      const w = await openWebview(browser, { locale, viewport: { width: 640, height: 900 } });
      const views = viewsOf(text, locale, '2027-02-15');
      await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views });
      await selectTab(w, 'budget');
      const panel = w.page.locator('#panel-budget');
      const shown = (await panel.textContent()) ?? '';
      for (const c of views.budget.contributions) assert.ok(shown.includes(c.title), `${locale}: ${c.title} in full`);
      assert.ok(shown.includes(views.budget.totalText), 'the planned cost');
      assert.equal(await panel.locator('.budget-contributions tbody tr.el').count(), views.budget.contributions.length);
      const overflow = await w.page.evaluate(() => {
        const p = document.getElementById('panel-budget')!;
        return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, panel: p.scrollWidth - p.clientWidth };
      });
      assert.deepEqual(overflow, { page: 0, panel: 0 }, `${locale}: nothing wider than 640 px`);
      const smallest = await w.page.evaluate(() => Math.min(...Array.from(document.querySelectorAll('#panel-budget td, #panel-budget th, #panel-budget p')).map((e) => parseFloat(getComputedStyle(e).fontSize))));
      assert.ok(smallest >= 11, `text at least 11 px (smallest ${smallest})`);
      await w.page.screenshot({ path: path.join(SHOTS, `budget-${locale}-640.png`), fullPage: true });
      const first = views.budget.contributions[0]!;
      await panel.locator(`tr.el[data-key="${first.key}"]`).click();
      let reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
      assert.deepEqual(reveals.at(-1), { type: 'reveal', uri: 'file:///roadmap.airoadmap.yaml', section: 'use_cases', id: first.id, range: first.range });
      await panel.locator('tr.el[data-key="budget:first_year"]').click();
      reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
      assert.deepEqual(reveals.at(-1), { type: 'reveal', uri: 'file:///roadmap.airoadmap.yaml', section: 'budget', id: 'first_year', range: views.budget.firstYearLine!.range });
      assert.deepEqual(w.watch.consoleErrors, [], locale);
      await w.page.close();
    }
  });
});

describe('editing from the preview', { skip }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  const URI_ = 'file:///roadmap.airoadmap.yaml';
  const NORDLYS = readFileSync(path.join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
  const edits = async (w: WebviewPage) => (await w.posted()).filter((m) => (m as { type: string }).type === 'edit');
  /** The screen point of a cell's centre in a chart (grid in SVG units). */
  async function cellCentre(w: WebviewPage, chart: string, x: number, y: number): Promise<{ x: number; y: number }> {
    return w.page.evaluate(
      ([sel, px, py]) => {
        const svg = document.querySelector(sel as string) as SVGSVGElement;
        const p = new DOMPoint(px as number, py as number).matrixTransform(svg.getScreenCTM()!);
        return { x: p.x, y: p.y };
      },
      [chart, x, y] as const,
    );
  }

  test('matrix: Alt+arrow moves a bubble one cell; a drag drops it in another cell; a drop outside sends nothing', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 7, hasErrors: false, views });
    const bubble = views.matrix.bubbles.find((b) => b.value < 5 && b.effort > 1)!;
    const sel = `g.bubble[data-key="${bubble.key}"]`;
    await w.page.focus(sel);
    await w.page.keyboard.press('Alt+ArrowUp');
    await w.page.keyboard.press('Alt+ArrowLeft');
    assert.deepEqual(await edits(w), [
      { type: 'edit', uri: URI_, version: 7, key: bubble.key, changes: [{ field: 'value', value: bubble.value + 1 }] },
      { type: 'edit', uri: URI_, version: 7, key: bubble.key, changes: [{ field: 'effort', value: bubble.effort - 1 }] },
    ]);
    // Drag to the cell effort 5, value 1 (bottom right), showing the target while dragging.
    const box = (await w.page.locator(`${sel} circle`).boundingBox())!;
    const to = await cellCentre(w, 'svg.chart.matrix', MATRIX_GRID_X + 4.5 * MATRIX_CELL, MATRIX_GRID_Y + 4.5 * MATRIX_CELL);
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(to.x, to.y, { steps: 8 });
    assert.match((await w.page.locator('svg.chart.matrix .drop-target text').textContent()) ?? '', /Effort 5 · Value 1/);
    await w.page.mouse.up();
    assert.equal(await w.page.locator('.drop-target').count(), 0, 'the target goes with the drop');
    const changes = (await edits(w)).at(-1) as { changes: { field: string; value: number }[] };
    assert.deepEqual(changes.changes, [...(bubble.effort !== 5 ? [{ field: 'effort', value: 5 }] : []), ...(bubble.value !== 1 ? [{ field: 'value', value: 1 }] : [])]);
    const count = (await edits(w)).length;
    // A drop outside the plot: nothing; and a plain click still reveals.
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(2, 2, { steps: 8 });
    await w.page.mouse.up();
    assert.equal((await edits(w)).length, count, 'dropped outside: no intent');
    await w.page.click(`${sel} circle`);
    assert.equal(((await w.posted()).at(-1) as { type: string }).type, 'reveal');
    assert.equal((await edits(w)).length, count, 'a click is no edit');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('heat map: laid out for the panel\'s width, drawn again when the window is resized, text never scaled', async () => {
    const w = await openWebview(browser, { viewport: { width: 640, height: 900 } });
    await w.post({ type: 'update', uri: URI_, version: 1, hasErrors: false, views: viewsOf(DSL_EXAMPLE, 'en', '2027-02-10') });
    await selectTab(w, 'risks');
    const layout = () =>
      w.page.evaluate(() => {
        const svg = document.querySelector('#panel-risks svg.chart.risks') as SVGSVGElement;
        return { cell: Number(svg.getAttribute('data-grid')!.split(' ')[2]), scale: svg.getBoundingClientRect().width / Number(svg.getAttribute('width')), fits: svg.getBoundingClientRect().right <= document.documentElement.clientWidth };
      });
    const narrow = await layout();
    assert.equal(narrow.scale, 1, 'drawn at its own size at 640 px');
    assert.ok(narrow.fits, 'inside the window');
    await w.page.setViewportSize({ width: 1400, height: 900 });
    await w.page.waitForFunction((before) => Number(document.querySelector('#panel-risks svg.chart.risks')!.getAttribute('data-grid')!.split(' ')[2]) > before, narrow.cell);
    const wide = await layout();
    assert.ok(wide.cell > narrow.cell * 1.5, `wider cells at 1,400 px (${narrow.cell} → ${wide.cell})`);
    assert.equal(wide.scale, 1, 'and still its own size');
    assert.equal(await w.page.locator('.risk-entry[data-key="risks:hallucination"]').count(), 1, 'the risk is still drawn');
    await w.page.close();
  });

  test('heat map: Alt+arrow and a drag set likelihood and impact', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(DSL_EXAMPLE, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 2, hasErrors: false, views });
    await selectTab(w, 'risks');
    const cell = views.risks.cells.find((c) => c.risks.length > 0 && c.likelihood < 5)!;
    const risk = cell.risks[0]!;
    const sel = `.risk-entry[data-key="${risk.key}"]`;
    await w.page.focus(sel);
    await w.page.keyboard.press('Alt+ArrowUp');
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 2, key: risk.key, changes: [{ field: 'likelihood', value: cell.likelihood + 1 }] });
    const box = (await w.page.locator(`${sel} rect.hit`).boundingBox())!;
    // The heat map is laid out for the panel's width: its grid is on the SVG, and wider than the export's here.
    const [gx, gy, gw, gh] = ((await w.page.locator('svg.chart.risks').getAttribute('data-grid')) ?? '').split(' ').map(Number) as [number, number, number, number];
    assert.ok(gw > RISK_LAYOUT.cellWidth, `cells ${gw} wide at 1,280 px (the export's ${RISK_LAYOUT.cellWidth})`);
    const to = await cellCentre(w, 'svg.chart.risks', gx + 0.5 * gw, gy + 0.5 * gh);
    await w.page.mouse.move(box.x + 10, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(to.x, to.y, { steps: 8 });
    await w.page.mouse.up();
    const last = (await edits(w)).at(-1) as { changes: { field: string; value: number }[] };
    assert.deepEqual(last.changes, [...(cell.impact !== 1 ? [{ field: 'impact', value: 1 }] : []), ...(cell.likelihood !== 5 ? [{ field: 'likelihood', value: 5 }] : [])], 'top-left: likelihood 5, impact 1');
    await w.page.close();
  });

  test('timeline: a plan item’s checkbox toggles its done, by click and by keyboard; a click on the item still reveals', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 4, hasErrors: false, views });
    await selectTab(w, 'timeline');
    const done = views.timeline.items.find((i) => i.done)!;
    const open = views.timeline.items.find((i) => !i.done)!;
    const box = (key: string) => w.page.locator(`.done-toggle[data-toggle="${key}"]`);
    assert.equal(await box(done.key).getAttribute('aria-checked'), 'true');
    assert.equal(await box(open.key).getAttribute('aria-checked'), 'false');
    assert.equal(await box(open.key).getAttribute('role'), 'checkbox');
    await box(open.key).click();
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 4, key: open.key, changes: [{ field: 'done', value: true }] });
    await box(done.key).focus();
    await w.page.keyboard.press('Space');
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 4, key: done.key, changes: [{ field: 'done', value: false }] });
    const count = (await edits(w)).length;
    await w.page.click(`g.item[data-key="${open.key}"] rect.hit`, { position: { x: 200, y: 10 } });
    assert.equal(((await w.posted()).at(-1) as { type: string }).type, 'reveal', 'the item itself reveals');
    assert.equal((await edits(w)).length, count);
    await w.page.close();
  });

  test('KPI board: a card per KPI, baseline → latest → target, progress in words, a chart with a point per measurement; a card reveals', async () => {
    const w = await openWebview(browser, { viewport: { width: 640, height: 900 } });
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 3, hasErrors: false, views });
    await selectTab(w, 'kpis');
    assert.equal(await w.page.locator('.kpi-card').count(), views.kpis.cards.length);
    for (const c of views.kpis.cards) {
      const card = w.page.locator(`.kpi-card[data-key="${c.key}"]`);
      assert.equal(await card.locator('.kpi-name').textContent(), c.name);
      assert.deepEqual(await card.locator('.kpi-values dt').allTextContents(), ['Baseline', 'Latest', 'Target']);
      assert.equal(await card.locator('.kpi-words').textContent(), c.progressLabel);
      const chart = card.locator('svg.kpi-chart');
      assert.equal(await chart.getAttribute('role'), 'img');
      assert.match((await chart.getAttribute('aria-label')) ?? '', /^Measurements by quarter: /);
      const points = await chart.locator('circle.kpi-point').evaluateAll((els) => els.map((e) => [e.getAttribute('data-quarter'), Number(e.getAttribute('data-value'))]));
      assert.deepEqual(points, c.actuals.map((a) => [a.quarter, a.value]), `${c.id}: a point per measurement`);
      if (c.actuals.length === 0) {
        assert.equal(c.progressLabel, 'no measurement yet', `${c.id}: nothing measured yet is not "not computable"`);
        assert.equal(await chart.locator('.kpi-none').textContent(), 'no measurement yet');
      }
      // Drawn 1:1: its 11 px labels are 11 px on screen.
      const scale = await chart.evaluate((svg) => (svg as SVGSVGElement).getScreenCTM()!.a);
      assert.ok(Math.abs(scale - 1) < 0.01, `${c.id}: chart at scale ${scale}`);
    }
    assert.ok(views.kpis.cards.some((c) => c.actuals.length === 0) && views.kpis.cards.some((c) => c.actuals.length > 1), 'the example has both');
    const first = views.kpis.cards[0]!;
    await w.page.click(`.kpi-card[data-key="${first.key}"] svg.kpi-chart`);
    assert.deepEqual(((await w.posted()).at(-1) as { type: string; id: string }).id, first.id, 'a click on the card, even on its chart, reveals the KPI');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('timeline: laid out for the panel’s width, drawn again when it changes, text 1:1', async () => {
    const w = await openWebview(browser, { viewport: { width: 640, height: 900 } });
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 3, hasErrors: false, views });
    await selectTab(w, 'timeline');
    const fit = () =>
      w.page.evaluate(() => {
        const svg = document.querySelector('svg.chart.timeline') as SVGSVGElement;
        return { width: Number(svg.getAttribute('width')), shown: svg.getBoundingClientRect().width, week: Number(svg.getAttribute('data-week')), scale: svg.getScreenCTM()!.a };
      });
    const narrow = await fit();
    assert.ok(Math.abs(narrow.scale - 1) < 0.01, `scale ${narrow.scale} at 640 px`);
    assert.ok(Math.abs(narrow.shown - narrow.width) < 1);
    await w.page.setViewportSize({ width: 1400, height: 900 });
    await w.page.waitForFunction((before) => Number(document.querySelector('svg.chart.timeline')?.getAttribute('width')) > before, narrow.width);
    const wide = await fit();
    assert.ok(wide.week > narrow.week, 'wider weeks');
    assert.ok(Math.abs(wide.scale - 1) < 0.01, `scale ${wide.scale} at 1,400 px`);
    assert.equal(await w.page.locator('g.item').count(), views.timeline.items.length);
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('KPI board: the form adds a measurement for a quarter; a bad quarter or value sends nothing', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 9, hasErrors: false, views });
    await selectTab(w, 'kpis');
    const form = w.page.locator('form.kpi-measure');
    assert.equal(await form.locator('input[name="quarter"]').inputValue(), '2027-Q1', "today's quarter by default");
    const kpi = views.kpis.cards[1]!;
    await form.locator('select[name="kpi"]').selectOption(kpi.key);
    await form.locator('input[name="value"]').fill('7.5');
    await form.locator('button[type="submit"]').click();
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 9, key: kpi.key, changes: [{ field: 'actuals.2027-Q1', value: 7.5 }] });
    const count = (await edits(w)).length;
    await form.locator('input[name="quarter"]').fill('2027-Q5');
    await form.locator('input[name="quarter"]').press('Enter');
    await form.locator('input[name="quarter"]').fill('2027-Q2');
    await form.locator('input[name="value"]').fill('');
    await form.locator('input[name="value"]').press('Enter');
    assert.equal((await edits(w)).length, count, 'no intent for 2027-Q5 or an empty value');
    assert.equal(await w.page.evaluate(() => location.href.endsWith('/index.html')), true, 'no navigation');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('timeline: a bar dragged moves its weeks, an end dragged resizes it, Alt+arrows do the same by keyboard', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 5, hasErrors: false, views });
    await selectTab(w, 'timeline');
    const item = views.timeline.items.find((i) => !i.milestone && i.endWeek <= 9 && i.endWeek > i.startWeek)!;
    const weeks = (a: number, b: number) => (a === b ? a : `${a}-${b}`);
    const bar = w.page.locator(`g.item[data-key="${item.key}"] rect.bar`);
    const box = (await bar.boundingBox())!;
    const week = await w.page.evaluate((ww) => {
      const svg = document.querySelector('svg.chart.timeline') as SVGSVGElement;
      const m = svg.getScreenCTM()!;
      return ww * m.a;
    }, (await timelineWeeks(w.page)).week);
    // Move: grab the middle, two weeks to the right.
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 + 2 * week, box.y + box.height / 2, { steps: 8 });
    assert.match((await w.page.locator('svg.chart.timeline .drop-target text').textContent()) ?? '', new RegExp(`Weeks ${item.startWeek + 2}–${item.endWeek + 2}`));
    await w.page.mouse.up();
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 5, key: item.key, changes: [{ field: 'weeks', value: weeks(item.startWeek + 2, item.endWeek + 2) }] });
    // Resize: grab the right end, one week further.
    await w.page.mouse.move(box.x + box.width - 3, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width - 3 + week, box.y + box.height / 2, { steps: 8 });
    await w.page.mouse.up();
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 5, key: item.key, changes: [{ field: 'weeks', value: weeks(item.startWeek, item.endWeek + 1) }] });
    await w.page.focus(`g.item[data-key="${item.key}"]`);
    await w.page.keyboard.press('Alt+ArrowRight');
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 5, key: item.key, changes: [{ field: 'weeks', value: weeks(item.startWeek + 1, item.endWeek + 1) }] });
    await w.page.keyboard.press('Alt+Shift+ArrowLeft');
    assert.deepEqual((await edits(w)).at(-1), { type: 'edit', uri: URI_, version: 5, key: item.key, changes: [{ field: 'weeks', value: weeks(item.startWeek, item.endWeek - 1) }] });
    const count = (await edits(w)).length;
    await bar.click();
    assert.equal((await edits(w)).length, count, 'a click is no edit');
    assert.equal(((await w.posted()).at(-1) as { type: string }).type, 'reveal');
    await w.page.close();
  });

  test('with editing off the preview says why and sends nothing', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(NORDLYS, 'en', '2027-02-10');
    await w.post({ type: 'update', uri: URI_, version: 1, hasErrors: false, views, editOff: 'this workspace is not trusted.' });
    const bubble = views.matrix.bubbles.find((b) => b.value < 5)!;
    await w.page.focus(`g.bubble[data-key="${bubble.key}"]`);
    await w.page.keyboard.press('Alt+ArrowUp');
    assert.deepEqual(await edits(w), []);
    assert.equal(await w.page.locator('.notice').textContent(), `${views.labels.editOff} this workspace is not trusted.`);
    await w.page.close();
  });
  test('matrix: a crowded cell\'s "+n" chip opens its list by click, Enter and Space, and its entries reveal', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(CROWDED, 'nb', '2027-02-10');
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views });
    const chip = w.page.locator('[data-more="2-4"]');
    assert.equal(await chip.getAttribute('role'), 'button');
    assert.equal(await chip.getAttribute('tabindex'), '0');
    assert.equal(await chip.getAttribute('aria-expanded'), 'false');
    const n = Number(await chip.getAttribute('data-count'));
    const inCellNow = views.matrix.bubbles.filter((b) => b.effort === 2 && b.value === 4);
    assert.equal(n + (await w.page.locator('g.bubble[data-key]').evaluateAll((els, keys) => els.filter((e) => keys.includes(e.getAttribute('data-key') ?? '')).length, inCellNow.map((b) => b.key))), inCellNow.length, 'shown + hidden = the cell');
    assert.equal((await chip.textContent())?.endsWith(`+${n}`), true);
    const list = w.page.locator(`#${await chip.getAttribute('aria-controls')}`);
    assert.equal(await list.isVisible(), false);
    await chip.click();
    assert.equal(await chip.getAttribute('aria-expanded'), 'true');
    assert.equal(await list.isVisible(), true);
    assert.equal(await list.locator('li.el[data-key]').count(), n);
    await w.page.screenshot({ path: path.join(SHOTS, 'matrix-chip-open.png'), fullPage: true });
    await chip.click();
    assert.equal(await chip.getAttribute('aria-expanded'), 'false');
    assert.equal(await list.isVisible(), false);
    // By keyboard: Enter opens, Space closes, Enter again opens.
    await chip.focus();
    await w.page.keyboard.press('Enter');
    assert.equal(await chip.getAttribute('aria-expanded'), 'true');
    await w.page.keyboard.press(' ');
    assert.equal(await chip.getAttribute('aria-expanded'), 'false');
    await w.page.keyboard.press('Enter');
    assert.equal(await list.isVisible(), true);
    // An entry reveals its use case, by click and by Enter.
    const entry = list.locator('li.el[data-key]').first();
    const key = (await entry.getAttribute('data-key'))!;
    await entry.click();
    let reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
    assert.equal(`use_cases:${(reveals.at(-1) as { id: string }).id}`, key);
    await list.locator('li.el[data-key]').last().focus();
    await w.page.keyboard.press('Enter');
    reveals = (await w.posted()).filter((m) => (m as { type: string }).type === 'reveal');
    assert.equal(`use_cases:${(reveals.at(-1) as { id: string }).id}`, await list.locator('li.el[data-key]').last().getAttribute('data-key'));
    // The open list survives an update.
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 2, hasErrors: false, views });
    assert.equal(await w.page.locator('[data-more="2-4"]').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });

  test('matrix: the toggle shows retired use cases greyed and unranked; zoom keeps the labels\' screen size', async () => {
    const w = await openWebview(browser);
    const views = viewsOf(CROWDED, 'nb', '2027-02-10');
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views });
    const key = 'use_cases:gammel-chatbot';
    const toggle = w.page.locator('[data-show-retired]');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await w.page.locator(`svg.chart [data-key="${key}"]`).count(), 0);
    assert.equal(await w.page.locator(`ol.ranked [data-key="${key}"]`).count(), 0);
    await toggle.click();
    assert.equal(await w.page.locator('[data-show-retired]').getAttribute('aria-pressed'), 'true');
    const drawn = w.page.locator(`svg.chart g.bubble.retired[data-key="${key}"]`);
    const chipped = await w.page.locator('[data-more]').evaluateAll((els, k) => els.some((e) => (e.getAttribute('aria-label') ?? '').includes(k)), 'Den gamle regelbaserte chatboten');
    assert.ok((await drawn.count()) === 1 || chipped, 'drawn greyed or counted in its chip');
    if ((await drawn.count()) === 1) {
      assert.equal(await drawn.locator('.rank').count(), 0);
      assert.equal(await drawn.locator('circle').evaluate((c) => getComputedStyle(c).fill), 'rgb(201, 201, 201)');
    }
    assert.equal(await w.page.locator(`ol.ranked [data-key="${key}"]`).count(), 0, 'never ranked');
    assert.match((await w.page.locator('svg.chart .legend').textContent()) ?? '', /Grå: avviklet, ikke rangert/);
    await w.page.screenshot({ path: path.join(SHOTS, 'matrix-retired-shown.png'), fullPage: true });
    // Keyboard: Enter on the toggle hides them again.
    await w.page.locator('[data-show-retired]').focus();
    await w.page.keyboard.press('Enter');
    assert.equal(await w.page.locator('[data-show-retired]').getAttribute('aria-pressed'), 'false');
    assert.equal(await w.page.locator(`svg.chart [data-key="${key}"]`).count(), 0);
    // Ideas are hollow.
    const idea = views.matrix.bubbles.find((b) => b.stage === 'idea')!;
    const ideaCircle = w.page.locator(`g.bubble.idea[data-key="${idea.key}"] circle`);
    if ((await ideaCircle.count()) === 1) assert.notEqual(await ideaCircle.evaluate((c) => getComputedStyle(c).fill), 'rgb(127, 201, 127)');
    // Zoom: the labels stay the same size on screen (the chart re-lays them out), the circles grow.
    const px = () => w.page.locator('svg.chart g.bubble .label').first().evaluate((t) => (t as SVGGraphicsElement).getBoundingClientRect().height);
    const rPx = () => w.page.locator('svg.chart g.bubble circle').first().evaluate((c) => c.getBoundingClientRect().width);
    const before = { label: await px(), r: await rPx() };
    await w.page.click('#panel-matrix button[data-zoom="in"]');
    await w.page.click('#panel-matrix button[data-zoom="in"]');
    const after = { label: await px(), r: await rPx() };
    assert.ok(after.r > before.r * 1.4, `circles grow: ${before.r} → ${after.r}`);
    assert.ok(Math.abs(after.label - before.label) < 1.5, `labels keep their size: ${before.label} → ${after.label}`);
    // The focus stays on the zoom button after the re-layout.
    assert.equal(await w.page.evaluate(() => document.activeElement?.getAttribute('data-zoom')), 'in');
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
  });
});
