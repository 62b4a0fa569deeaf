/**
 * `airoadmap report`: the quarterly steering report as Markdown, golden in
 * both languages on the full example (fixed today), every section there,
 * text from the file never markup (a hostile title stays one escaped cell),
 * and the command's usage. Re-record with UPDATE_SNAPSHOTS=1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { checkText } from '../../server/src/core/index';
import { reportMarkdown } from '../../server/src/core/views/report-markdown';
import { reportCsp, reportHtml } from '../../server/src/core/views/report-html';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../../server/src/cli/run';
import { ROOT, removeTree, tempTree } from './cli-harness';

const TODAY = '2027-02-15';
const GOLDEN = join(ROOT, 'test', 'fixtures', 'report');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');

function report(text: string, locale: 'en' | 'nb'): string {
  const { model, diagnostics } = checkText(text, { locale, today: TODAY });
  return reportMarkdown(model, diagnostics, locale, TODAY);
}

describe('the quarterly report', () => {
  for (const locale of ['en', 'nb'] as const) {
    it(`matches its golden file (${locale})`, () => {
      const file = join(GOLDEN, `nordlys.${locale}.md`);
      const actual = report(EXAMPLE, locale);
      if (process.env['UPDATE_SNAPSHOTS'] === '1') {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, actual);
      }
      assert.ok(existsSync(file), `${file} is recorded (UPDATE_SNAPSHOTS=1)`);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }

  it('has every section, in both languages', () => {
    const headings = { en: ['90-day plan', 'Budget', 'Portfolio', 'KPIs', 'Risks', 'Compliance', 'Open problems'], nb: ['90-dagersplanen', 'Budsjett', 'Porteføljen', 'KPI-er', 'Risikoer', 'Etterlevelse', 'Åpne problemer'] };
    for (const locale of ['en', 'nb'] as const) {
      const found = [...report(EXAMPLE, locale).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      assert.deepEqual(found, headings[locale]);
    }
    const en = report(EXAMPLE, 'en');
    assert.match(en, /\| \*\*Planned first-year cost\*\* \| \*\*133,400 EUR\*\* \|/, 'the budget sum the budget rules compute');
    assert.match(en, /3 overdue/, 'today decides what is overdue');
    assert.match(report(EXAMPLE, 'nb'), /133\u00a0400 EUR/);
  });

  it('shows text from the file literally: no HTML, no cell broken by |, no line started', () => {
    const hostile = EXAMPLE.replace(/title: Smart document search/, 'title: "Søk | <script>alert(1)</script> *bold* [x](javascript:alert(1))\\n# heading"');
    assert.notEqual(hostile, EXAMPLE);
    const markdown = report(hostile, 'en');
    const html = new MarkdownIt().render(markdown);
    assert.doesNotMatch(html, /<script|<a |<strong>bold|<h1>heading/);
    const row = markdown.split('\n').find((l) => l.includes('Søk'))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 6, `one cell for the title: ${row}`);
    assert.match(html, /Søk \| &lt;script&gt;/, 'shown as written');
  });
});

describe('the quarterly report as a page', () => {
  const page = (text: string, locale: 'en' | 'nb') => {
    const { model, diagnostics } = checkText(text, { locale, today: TODAY });
    return reportHtml(model, diagnostics, locale, TODAY, 'TESTNONCE');
  };

  it('has the Markdown report\'s headings, one <section> each, under a CSP that loads nothing and with no script', () => {
    for (const locale of ['en', 'nb'] as const) {
      const html = page(EXAMPLE, locale);
      const markdownHeadings = [...report(EXAMPLE, locale).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      const sections = [...html.matchAll(/<section>\n<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(sections, markdownHeadings);
      assert.equal((html.match(/<section>/g) ?? []).length, (html.match(/<\/section>/g) ?? []).length);
      assert.match(html, new RegExp(`<html lang="${locale}">`));
      assert.ok(html.includes(`content="${reportCsp('TESTNONCE')}"`));
      assert.equal(reportCsp('N'), "default-src 'none'; style-src 'nonce-N'; base-uri 'none'; form-action 'none'");
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|\shref=|url\(/i);
      assert.match(html, /<style nonce="TESTNONCE">[^]*@page \{ size: A4;[^]*section \+ section \{ break-before: page; \}/);
    }
    assert.match(page(EXAMPLE, 'en'), /<td><strong>Planned first-year cost<\/strong><\/td><td class="num"><strong>133,400 EUR<\/strong><\/td>/);
  });

  it('shows text from the file as text', () => {
    const hostile = EXAMPLE.replace(/title: Smart document search/, 'title: "Søk | <script>alert(1)</script> <img src=x onerror=alert(1)> *bold*\u0007\u009b"');
    const html = page(hostile, 'en');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /Søk \| &lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;img src=x onerror=alert\(1\)&gt; \*bold\*</);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(html, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/, 'no control character reaches the page');
  });
});

describe('airoadmap report', () => {
  async function run(args: readonly string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTTY: false, env: { AIROADMAP_TODAY: TODAY }, cwd, locale: args.includes('nb') ? 'nb' : 'en', localeGiven: args.includes('--locale'), streams: { stdout: process.stdout, stderr: process.stderr } };
    return { status: await runCli(['report', ...args], io), stdout, stderr };
  }

  it('writes the report to stdout or a file, never over the roadmap, and refuses what it cannot do', async () => {
    const dir = tempTree({ 'plan.airoadmap.yaml': EXAMPLE });
    try {
      const out = await run(['plan.airoadmap.yaml', '--locale', 'nb'], dir);
      assert.equal(out.status, 0);
      assert.equal(out.stdout, report(EXAMPLE, 'nb'));
      const file = await run(['plan.airoadmap.yaml', '-o', 'report.md'], dir);
      assert.equal(file.status, 0);
      assert.equal(readFileSync(join(dir, 'report.md'), 'utf8'), report(EXAMPLE, 'en'));
      const over = await run(['plan.airoadmap.yaml', '-o', 'plan.airoadmap.yaml'], dir);
      assert.equal(over.status, 2);
      assert.equal(readFileSync(join(dir, 'plan.airoadmap.yaml'), 'utf8'), EXAMPLE);
      const pdf = await run(['plan.airoadmap.yaml', '--format', 'pdf'], dir);
      assert.equal(pdf.status, 2);
      assert.match(pdf.stderr, /'pdf' is not a valid value for '--format'; use one of md, html/);
      // The format follows -o's extension, or --format; each run has its own nonce.
      assert.equal((await run(['plan.airoadmap.yaml', '-o', 'report.html'], dir)).status, 0);
      const written = readFileSync(join(dir, 'report.html'), 'utf8');
      assert.match(written, /^<!DOCTYPE html>\n<html lang="en">/);
      const stdoutHtml = await run(['plan.airoadmap.yaml', '--format', 'html'], dir);
      assert.equal(stdoutHtml.status, 0);
      assert.match(stdoutHtml.stdout, /<section>\n<h2>Budget<\/h2>/);
      const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
      assert.ok(nonce(written) && nonce(written) !== nonce(stdoutHtml.stdout), 'a fresh nonce per page');
      assert.equal((await run(['plan.airoadmap.yaml', '-o', 'report.html', '--format', 'md'], dir)).status, 0);
      assert.equal(readFileSync(join(dir, 'report.html'), 'utf8'), report(EXAMPLE, 'en'), '--format wins over the extension');
      assert.equal((await run([], dir)).status, 2);
    } finally {
      removeTree(dir);
    }
  });
});
