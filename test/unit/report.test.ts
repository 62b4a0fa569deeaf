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
import { reportMarkdown } from '../../server/src/core/views/report';
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
      const html = await run(['plan.airoadmap.yaml', '--format', 'pdf'], dir);
      assert.equal(html.status, 2);
      assert.match(html.stderr, /'pdf' is not a valid value for '--format'; use one of md/);
      assert.equal((await run([], dir)).status, 2);
    } finally {
      removeTree(dir);
    }
  });
});
