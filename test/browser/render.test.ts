// `airoadmap render` output in Chromium: the standalone HTML of every view
// opens offline with no console errors and draws the views; each view's SVG
// parses as an image.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Browser } from 'playwright-core';
import { renderCommand } from '../../server/src/cli/render';
import { VIEW_NAMES } from '../../server/src/core/views/registry';
import { launch, ROOT, skipReason, viewsOf, watch } from './harness';

const skip = skipReason();
const FILES = [
  path.join(ROOT, 'test/fixtures/dsl-example.airoadmap.yaml'),
  ...(() => {
    try {
      return readdirSync(path.join(ROOT, 'examples'))
        .filter((f) => f.endsWith('.airoadmap.yaml'))
        .map((f) => path.join(ROOT, 'examples', f));
    } catch {
      return [];
    }
  })(),
];

async function render(args: string[]): Promise<number> {
  return renderCommand(args, { stdout: new PassThrough(), stderr: new PassThrough(), cwd: ROOT });
}

describe('render output in Chromium', { skip }, () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-render-'));
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('standalone HTML opens offline with no console errors, all views and single views', async () => {
    for (const file of FILES) {
      const views = viewsOf(readFileSync(file, 'utf8'));
      for (const view of ['all', ...VIEW_NAMES]) {
        const out = path.join(dir, `${path.basename(file)}-${view}.html`);
        assert.equal(await render([file, '-o', out, '--view', view]), 0);
        const page = await browser.newPage();
        const w = watch(page, (url) => url === `file://${out}`);
        await page.goto(`file://${out}`);
        const visibleTabs = await page.locator('.tab:not([hidden])').count();
        assert.equal(visibleTabs, view === 'all' ? VIEW_NAMES.length : 1, `${file} ${view}: tabs`);
        if (view === 'all' || view === 'matrix') {
          // Drawn, or counted in its crowded cell's "+n" chip.
          const hidden = await page.locator('[data-more]').evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0));
          assert.equal((await page.locator('g.bubble').count()) + hidden, views.matrix.bubbles.length);
        }
        if (view === 'timeline') assert.equal(await page.locator('g.item').count(), views.timeline.items.length);
        if (view === 'register') assert.equal(await page.locator('tr[data-key]').count(), views.register.rows.length);
        assert.equal(await page.locator('.doc-title').textContent(), views.title);
        assert.deepEqual(w.consoleErrors, [], `${file} ${view}`);
        assert.deepEqual(w.leaks, [], `${file} ${view}`);
        await page.close();
      }
    }
  });

  test('printing the standalone page to PDF gives one A4 landscape page per tab', async () => {
    const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
    for (const file of [...FILES, path.join(ROOT, 'test/fixtures/legibility/crowded.airoadmap.yaml')]) {
      for (const view of ['all', 'risks']) {
        const out = path.join(dir, `${path.basename(file)}-${view}-print.html`);
        assert.equal(await render([file, '-o', out, '--view', view, '--today', '2027-02-15']), 0);
        const page = await browser.newPage();
        const w = watch(page, (url) => url === `file://${out}`);
        await page.goto(`file://${out}`);
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const tabs = view === 'all' ? VIEW_NAMES.length : 1;
        // The examples' tabs each fit a page; the crowded fixture's matrix, taller than a page even at the
        // smallest print zoom, flows over a second (text stays readable rather than shrinking further).
        if (FILES.includes(file)) assert.equal(pdfPages(pdf), tabs, `${path.basename(file)} ${view}: ${pdfPages(pdf)} pages for ${tabs} tabs`);
        else assert.ok(pdfPages(pdf) >= tabs && pdfPages(pdf) <= tabs + 2, `${path.basename(file)} ${view}: ${pdfPages(pdf)} pages for ${tabs} tabs`);
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
        assert.ok(box && Math.abs(Number(box[1]) - 841.9) < 2 && Math.abs(Number(box[2]) - 595.3) < 2, `A4 landscape: ${box?.[0]}`);
        // Printing leaves the page as it was: one tab shown, the tab bar back.
        assert.equal(await page.locator('.panel:not([hidden])').count(), 1);
        assert.equal(await page.evaluate(() => document.body.classList.contains('printing')), false);
        assert.deepEqual(w.consoleErrors, []);
        await page.close();
        if (view === 'all' && file === FILES[0]) {
          // The breaks are the stylesheet's: without the rule the tabs share pages.
          const unbroken = path.join(dir, 'unbroken.html');
          writeFileSync(unbroken, readFileSync(out, 'utf8').replace(/break-before: page;/g, ''));
          const plain = await browser.newPage();
          await plain.goto(`file://${unbroken}`);
          assert.ok(pdfPages(await plain.pdf({ preferCSSPageSize: true, printBackground: true })) < tabs, 'fewer pages without the break');
          await plain.close();
        }
      }
    }
  });

  test('each view as SVG loads as an image', async () => {
    const page = await browser.newPage();
    for (const view of ['matrix', 'timeline', 'risks', 'register', 'kpis']) {
      const out = path.join(dir, `${view}.svg`);
      assert.equal(await render([FILES[0]!, '-o', out, '--view', view]), 0);
      const svg = readFileSync(out, 'utf8');
      const size = await page.evaluate(async (text) => {
        const img = new Image();
        const ok = await new Promise<boolean>((resolve) => {
          img.onload = () => resolve(true);
          img.onerror = () => resolve(false);
          img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
        });
        return ok ? img.naturalWidth : 0;
      }, svg);
      assert.ok(size > 100, `${view}: the SVG is a valid image`);
    }
    await page.close();
  });

  test('the matrix SVG carries its key: every ranked title with its number and the legend, and loads as an image', async () => {
    const page = await browser.newPage();
    const file = path.join(ROOT, 'test/fixtures/legibility/crowded.airoadmap.yaml');
    for (const locale of ['nb', 'en'] as const) {
      const out = path.join(dir, `crowded-matrix-${locale}.svg`);
      assert.equal(await render([file, '-o', out, '--format', 'svg', '--view', 'matrix', '--locale', locale, '--today', '2027-02-15']), 0);
      const svg = readFileSync(out, 'utf8');
      const views = viewsOf(readFileSync(file, 'utf8'), locale, '2027-02-15');
      const read = await page.evaluate(async (text) => {
        const img = new Image();
        const ok = await new Promise<boolean>((resolve) => {
          img.onload = () => resolve(true);
          img.onerror = () => resolve(false);
          img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
        });
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          width: ok ? img.naturalWidth : 0,
          height: ok ? img.naturalHeight : 0,
          key: Array.from(doc.querySelectorAll('.key-entry'), (t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()),
          legend: (doc.querySelector('.legend')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        };
      }, svg);
      assert.ok(read.width > 100 && read.height > 700, `${locale}: the SVG is an image, taller with its key`);
      assert.deepEqual(read.key, views.matrix.ranked.map((k) => views.matrix.bubbles.find((b) => b.key === k)!).map((b) => `${b.rank}. ${b.title}`), `${locale}: the key`);
      for (const word of [...Object.values(views.labels.riskLevels), views.labels.legendIdea, views.labels.legendSize]) assert.ok(read.legend.includes(word), `${locale}: ${word}`);
    }
    await page.close();
  });
});
