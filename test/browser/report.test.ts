// `airoadmap report --format html` in Chromium: the page of every example,
// in both languages, opens offline with no console error (the CSP would log
// one for anything it blocks) and no request leaving it, even with markup in
// the file's titles; printed to PDF on A4 it gives one page per section.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../../server/src/cli/run';
import { launch, ROOT, skipReason, watch } from './harness';

const skip = skipReason();
const TODAY = '2027-02-15';
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.airoadmap.yaml')).map((f) => path.join(ROOT, 'examples', f));

async function report(args: readonly string[]): Promise<number> {
  const io: CliIo = { stdout: () => undefined, stderr: () => undefined, stdoutIsTTY: false, env: { AIROADMAP_TODAY: TODAY }, cwd: ROOT, locale: args.includes('nb') ? 'nb' : 'en', localeGiven: args.includes('--locale'), streams: { stdout: process.stdout, stderr: process.stderr } };
  return runCli(['report', ...args], io);
}

/** Pages of a PDF as Chromium writes it (page objects are not compressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe('the HTML report in Chromium', { skip }, () => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-report-'));
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('opens offline with no console error or request, in both languages, and prints one section per page', async () => {
    assert.ok(EXAMPLES.length > 0);
    for (const file of EXAMPLES) {
      for (const locale of ['en', 'nb'] as const) {
        const out = path.join(dir, `${path.basename(file)}.${locale}.html`);
        assert.equal(await report([file, '-o', out, '--locale', locale]), 0);
        const page = await browser.newPage();
        const w = watch(page, (url) => url === `file://${out}`);
        await page.goto(`file://${out}`);
        const sections = await page.locator('main > section').count();
        assert.equal(sections, 7, `${file} ${locale}: sections`);
        assert.equal(await page.locator('html').getAttribute('lang'), locale);
        // Nothing wider than the page on a narrow screen either.
        await page.setViewportSize({ width: 640, height: 900 });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${file} ${locale}: no horizontal scroll at 640 px`);
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        const pages = pdfPages(pdf);
        // Every section starts a page; nordlys's each fit on one, so there is one page per section exactly.
        if (file.endsWith('nordlys.airoadmap.yaml')) assert.equal(pages, sections, `${file} ${locale}: ${pages} PDF pages for ${sections} sections`);
        else assert.ok(pages >= sections, `${file} ${locale}: ${pages} PDF pages for ${sections} sections`);
        if (locale === 'en' && file.endsWith('nordlys.airoadmap.yaml')) {
          // The page breaks are the print stylesheet's: without its rule the report takes fewer pages than it has sections.
          const unbroken = path.join(dir, 'unbroken.html');
          writeFileSync(unbroken, readFileSync(out, 'utf8').replace('section + section { break-before: page; }', ''));
          const plain = await browser.newPage();
          await plain.goto(`file://${unbroken}`);
          assert.ok(pdfPages(await plain.pdf({ format: 'A4', printBackground: true })) < sections);
          await plain.close();
        }
        assert.deepEqual(w.consoleErrors, [], `${file} ${locale}`);
        assert.deepEqual(w.leaks, [], `${file} ${locale}`);
        await page.close();
      }
    }
  });

  test('markup in the file stays text: no element, no request, no dialog', async () => {
    const source = readFileSync(path.join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
    const hostile = source.replace(/title: Smart document search/, `title: "<img src='http://evil.test/x.png' onerror='alert(1)'><script>alert(2)</script><style>body{background:url(http://evil.test/y)}</style>"`);
    assert.notEqual(hostile, source);
    const input = path.join(dir, 'hostile.airoadmap.yaml');
    writeFileSync(input, hostile);
    const out = path.join(dir, 'hostile.html');
    assert.equal(await report([input, '-o', out]), 0);
    const page = await browser.newPage();
    const w = watch(page, (url) => url === `file://${out}`);
    await page.goto(`file://${out}`);
    assert.equal(await page.locator('img, script, main style').count(), 0);
    assert.match((await page.locator('main').textContent()) ?? '', /<img src='http:\/\/evil\.test\/x\.png'/);
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.leaks, []);
    assert.deepEqual(w.consoleErrors, []);
    await page.close();
  });
});
