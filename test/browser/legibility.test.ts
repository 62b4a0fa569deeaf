// Legibility of every tab, measured (issue 13, item 1): in the editor's panel
// (640 px wide) and at 1,400 px, in the dark and light themes, and in the
// standalone page of `airoadmap render` (1,400 px): no two text boxes
// overlap, no text under 11 CSS px, nothing clipped, no horizontal scroll,
// every title in full somewhere on its tab, and a shortened label carries its
// full text. On the examples and on a crowded fixture (25 long Norwegian
// use-case titles, six in one matrix cell and four in another, a 14-item plan
// with long titles and owners, 8 risks with several in one cell, 7 KPIs).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { RoadmapViews } from '../../server/src/core/views/compute';
import { VIEW_NAMES, type ViewName } from '../../server/src/core/views/registry';
import { buildStandaloneHtml } from '../../server/src/core/views/standalone';
import { launch, openWebview, ROOT, skipReason, viewsOf, watch, webviewBundle, type THEMES } from './harness';
import { generateRoadmap } from '../../bench/generate';
import { counts, measureLegibility, type LegibilityReport } from './legibility';

const skip = skipReason();
const TODAY = '2027-02-15';
const SHOTS = path.join(ROOT, 'test-results', 'screenshots', 'legibility');

/** The full titles each tab must show somewhere (a new tab must say which). */
const TITLES: { [N in ViewName]: (v: RoadmapViews) => string[] } = {
  matrix: (v) => [...v.matrix.bubbles.map((b) => b.title), ...v.matrix.notPlaced.map((n) => n.title)],
  timeline: (v) => [...v.timeline.items.map((i) => i.title), ...v.timeline.notPlaced.map((n) => n.title)],
  risks: (v) => [...v.risks.cells.flatMap((c) => c.risks.map((r) => r.title)), ...v.risks.notPlaced.map((n) => n.title)],
  register: (v) => v.register.rows.map((r) => r.title),
  kpis: (v) => v.kpis.cards.map((c) => c.name),
  budget: (v) => v.budget.contributions.map((c) => c.title),
};

interface Fixture {
  name: string;
  text: string;
  locale: 'en' | 'nb';
}

function fixtures(): Fixture[] {
  const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');
  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.airoadmap.yaml'));
  return [
    { name: 'crowded-nb', text: read('test/fixtures/legibility/crowded.airoadmap.yaml'), locale: 'nb' },
    { name: 'crowded-en', text: read('test/fixtures/legibility/crowded.airoadmap.yaml'), locale: 'en' },
    { name: 'dsl-example', text: read('test/fixtures/dsl-example.airoadmap.yaml'), locale: 'en' },
    ...examples.flatMap((f) => (['en', 'nb'] as const).map((locale) => ({ name: `${f.replace('.airoadmap.yaml', '')}-${locale}`, text: read(`examples/${f}`), locale }))),
  ];
}

type Setting = { kind: 'panel'; width: 640 | 1400; theme: keyof typeof THEMES } | { kind: 'standalone'; width: 1400; theme: 'light' };
const SETTINGS: Setting[] = [
  { kind: 'panel', width: 640, theme: 'light' },
  { kind: 'panel', width: 640, theme: 'dark' },
  { kind: 'panel', width: 1400, theme: 'dark' },
  { kind: 'standalone', width: 1400, theme: 'light' },
];

function settingName(s: Setting): string {
  return `${s.kind}-${s.width}-${s.theme}`;
}

function failures(r: LegibilityReport): string[] {
  return (Object.keys(r) as (keyof LegibilityReport)[]).flatMap((k) => r[k].slice(0, 8).map((x) => `${k}: ${x}`));
}

describe('legibility of every tab', { skip }, () => {
  let browser: Browser;
  const all = fixtures();
  before(async () => {
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });

  /** Measures one tab in every setting and fixture; returns the offenders, one line each, with the counts. */
  async function measureTab(view: ViewName): Promise<{ lines: string[]; table: string[] }> {
    const lines: string[] = [];
    const table: string[] = [];
    const { css, js } = await webviewBundle();
    for (const f of all) {
      const views = viewsOf(f.text, f.locale, TODAY);
      const titles = TITLES[view](views);
      for (const s of SETTINGS) {
        const where = `${view} ${f.name} ${settingName(s)}`;
        let report: LegibilityReport;
        if (s.kind === 'panel') {
          const w = await openWebview(browser, { theme: s.theme, locale: f.locale, viewport: { width: s.width, height: 900 } });
          await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views });
          await w.page.click(`#tab-${view}`);
          await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
          report = await measureLegibility(w.page, `#panel-${view}`, titles);
          if (f.name.startsWith('crowded')) await w.page.screenshot({ path: path.join(SHOTS, `${view}-${f.name}-${settingName(s)}.png`), fullPage: true });
          assert.deepEqual(w.watch.consoleErrors, [], where);
          await w.page.close();
        } else {
          const html = buildStandaloneHtml({ views, css, js, nonce: 'legibility1', only: [view] });
          const page = await browser.newPage({ viewport: { width: s.width, height: 900 } });
          const w = watch(page, (url) => url.startsWith('data:') || url === 'http://airoadmap.test/');
          await page.route('**/*', (route) => (route.request().url() === 'http://airoadmap.test/' ? route.fulfill({ status: 200, contentType: 'text/html', body: html }) : route.abort()));
          await page.goto('http://airoadmap.test/');
          report = await measureLegibility(page, `#panel-${view}`, titles);
          if (f.name.startsWith('crowded')) await page.screenshot({ path: path.join(SHOTS, `${view}-${f.name}-${settingName(s)}.png`), fullPage: true });
          assert.deepEqual(w.consoleErrors, [], where);
          await page.close();
        }
        table.push(`${where}: ${JSON.stringify(counts(report))}`);
        for (const line of failures(report)) lines.push(`${where}: ${line}`);
      }
    }
    return { lines, table };
  }

  for (const view of VIEW_NAMES) {
    test(`${view}: 0 overlaps, 0 small texts, 0 clipped, no horizontal scroll, every title in full`, async () => {
      const { lines, table } = await measureTab(view);
      writeFileSync(path.join(SHOTS, `${view}-counts.txt`), `${table.join('\n')}\n`);
      assert.deepEqual(lines, [], `${view}:\n${lines.slice(0, 40).join('\n')}`);
    });
  }

  // Two previews side by side leave each about 380 px: the matrix is laid out for that width (a smaller plot, text at its size).
  test('matrix in a 380 px panel (two previews side by side): laid out for its width, the same counts, crowded and at 300 use cases', async () => {
    const lines: string[] = [];
    const table: string[] = [];
    const cases = [
      { name: 'crowded-nb', views: viewsOf(readFileSync(path.join(ROOT, 'test/fixtures/legibility/crowded.airoadmap.yaml'), 'utf8'), 'nb', TODAY), locale: 'nb' as const },
      { name: '300', views: viewsOf(generateRoadmap(300).text, 'en', TODAY), locale: 'en' as const },
    ];
    for (const c of cases) {
      const w = await openWebview(browser, { theme: 'light', locale: c.locale, viewport: { width: 380, height: 900 } });
      await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views: c.views });
      await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const fit = await w.page.evaluate(() => {
        const svg = document.querySelector('#panel-matrix svg.chart.matrix')!;
        return { drawn: Number(svg.getAttribute('width')), shown: svg.getBoundingClientRect().width };
      });
      assert.ok(fit.drawn < 590 && Math.abs(fit.drawn - fit.shown) <= 1, `${c.name}: drawn for the ${fit.shown} px it has (${fit.drawn})`);
      const report = await measureLegibility(w.page, '#panel-matrix', TITLES.matrix(c.views));
      await w.page.screenshot({ path: path.join(SHOTS, `matrix-${c.name}-panel-380-light.png`), fullPage: true });
      table.push(`matrix ${c.name} panel-380-light: ${JSON.stringify(counts(report))}`);
      lines.push(...failures(report).map((l) => `${c.name}: ${l}`));
      assert.deepEqual(w.watch.consoleErrors, []);
      await w.page.close();
    }
    writeFileSync(path.join(SHOTS, 'matrix-380-counts.txt'), `${table.join('\n')}\n`);
    assert.deepEqual(lines, [], lines.slice(0, 40).join('\n'));
  });

  // The matrix at 300 use cases (bench/generate.ts): three-digit ranks, every cell crowded.
  test('matrix at 300 use cases: the same counts in the panel (640 px) and the standalone page (1,400 px)', async () => {
    const { css, js } = await webviewBundle();
    const views = viewsOf(generateRoadmap(300).text, 'en', TODAY);
    const titles = TITLES.matrix(views);
    const lines: string[] = [];
    const table: string[] = [];
    const w = await openWebview(browser, { theme: 'light', locale: 'en', viewport: { width: 640, height: 900 } });
    await w.post({ type: 'update', uri: 'file:///roadmap.airoadmap.yaml', version: 1, hasErrors: false, views });
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    let report = await measureLegibility(w.page, '#panel-matrix', titles);
    await w.page.screenshot({ path: path.join(SHOTS, 'matrix-300-panel-640-light.png') });
    table.push(`matrix 300 panel-640-light: ${JSON.stringify(counts(report))}`);
    lines.push(...failures(report).map((l) => `panel: ${l}`));
    assert.deepEqual(w.watch.consoleErrors, []);
    await w.page.close();
    const html = buildStandaloneHtml({ views, css, js, nonce: 'legibility1', only: ['matrix'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/*', (route) => (route.request().url() === 'http://airoadmap.test/' ? route.fulfill({ status: 200, contentType: 'text/html', body: html }) : route.abort()));
    await page.goto('http://airoadmap.test/');
    report = await measureLegibility(page, '#panel-matrix', titles);
    await page.screenshot({ path: path.join(SHOTS, 'matrix-300-standalone-1400-light.png') });
    table.push(`matrix 300 standalone-1400-light: ${JSON.stringify(counts(report))}`);
    lines.push(...failures(report).map((l) => `standalone: ${l}`));
    await page.close();
    writeFileSync(path.join(SHOTS, 'matrix-300-counts.txt'), `${table.join('\n')}\n`);
    assert.deepEqual(lines, [], lines.slice(0, 40).join('\n'));
  });
});
