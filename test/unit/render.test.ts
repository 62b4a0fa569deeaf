// `airoadmap render`: options, formats, views, exit statuses and the
// standalone page's CSP and embedded data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { findWebviewBundle, renderCommand } from '../../server/src/cli/render';

const ROOT = path.resolve(__dirname, '..', '..');
const FILE = 'test/fixtures/dsl-example.airoadmap.yaml';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await renderCommand(args, { stdout, stderr, cwd: ROOT });
  return { code, stdout: out, stderr: err };
}

test('SVG of each view, to stdout, escaped and well-formed', async () => {
  for (const view of ['matrix', 'timeline', 'risks', 'register', 'kpis']) {
    const r = await run([FILE, '--format', 'svg', '--view', view, '--today', '2027-02-10']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart /);
    assert.match(r.stdout, new RegExp(`class="chart ${view}"`));
    assert.ok(!/<script|<foreignObject|\son[a-z]+=/i.test(r.stdout));
  }
  const matrix = await run([FILE, '--format', 'svg']);
  assert.match(matrix.stdout, /data-key="use_cases:doc-search"/, 'svg defaults to the matrix');
  const timeline = await run([FILE, '--format', 'svg', '--view', 'timeline', '--today', '2027-02-10']);
  assert.match(timeline.stdout, /class="today"/);
  assert.match(timeline.stdout, /Today 10 Feb/);
});

test('standalone HTML with CSP, nonce and the views embedded', { skip: findWebviewBundle(path.join(ROOT, 'server/src/cli')) ? undefined : 'dist/webview not built' }, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-render-'));
  const out = path.join(dir, 'roadmap.html');
  const r = await run([FILE, '-o', out, '--locale', 'nb']);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  const nonce = /nonce-([A-Za-z0-9]+)/.exec(html)?.[1];
  assert.ok(nonce && nonce.length >= 16);
  assert.ok(html.includes(`<script nonce="${nonce}">`));
  assert.match(html, /default-src 'none'/);
  assert.equal(html.match(/<script nonce=/g)?.length, 1);
  assert.ok(!/<link|src="http|href="http/.test(html), 'no external resources');
  assert.ok(!html.includes('sourceMappingURL'));
  const json = html.slice(html.indexOf('>', html.indexOf('id="airoadmap-data"')) + 1, html.indexOf('</script>', html.indexOf('id="airoadmap-data"')));
  const views = JSON.parse(json);
  assert.equal(views.locale, 'nb');
  assert.equal(views.matrix.bubbles[0].id, 'doc-search');
  assert.match(html, /<html lang="nb">/);
  const one = await run([FILE, '--view', 'risks']);
  assert.match(one.stdout, /data-views="risks"/);
});

test('usage errors and unusable paths exit 2 with one message', async () => {
  for (const args of [[], [FILE, FILE], [FILE, '--view', 'pie'], [FILE, '--format', 'pdf'], [FILE, '--format', 'svg', '--view', 'all'], [FILE, '--bogus'], [FILE, '-o'], [FILE, '--today', 'soon'], [FILE, '--locale', 'de']]) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    // One line, as every command's usage errors: the message and where the help is.
    assert.match(r.stderr, /^airoadmap: [^\n]+ Run 'airoadmap render --help' for usage\.\n$/, args.join(' '));
    assert.equal(r.stdout, '');
  }
  const missing = await run(['no/such.airoadmap.yaml']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^airoadmap: 'no\/such\.airoadmap\.yaml' does not exist\.\n$/);
  const nb = await run(['--locale', 'nb', FILE, '--view', 'pie']);
  assert.equal(nb.stderr, "airoadmap: 'pie' er ikke en gyldig verdi for '--view'; bruk en av matrix, timeline, risks, register, kpis, budget, all. Kjør 'airoadmap render --help' for bruk.\n");
  const typo = await run([FILE, '--veiw', 'risks']);
  assert.equal(typo.stderr, "airoadmap: unknown option '--veiw'. Did you mean '--view'? Run 'airoadmap render --help' for usage.\n");
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /airoadmap render <file>/);
  const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-render-'));
  const svgByName = await run([FILE, '-o', path.join(dir, 'x.svg')]);
  assert.equal(svgByName.code, 0);
  assert.ok(existsSync(path.join(dir, 'x.svg')) && readFileSync(path.join(dir, 'x.svg'), 'utf8').includes('<svg'), 'format from the .svg name');
});

test('a file with syntax errors still renders, with a warning', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-render-'));
  const { writeFileSync } = await import('node:fs');
  const file = path.join(dir, 'broken.airoadmap.yaml');
  writeFileSync(file, 'airoadmap: 1\norganization:\n  name: "open\nuse_cases: [\n');
  const r = await run([file, '--format', 'svg']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /syntax errors/);
  assert.match(r.stdout, /<svg/);
});
