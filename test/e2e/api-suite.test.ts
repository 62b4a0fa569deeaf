/**
 * Runs the VS Code API suite of test/vscode/ offline, inside code-server's
 * extension host (VS Code 1.100.3), instead of a downloaded desktop VS Code:
 * the workbench is opened with a `payload` naming the installed extension
 * as the development extension and the bundled suite as the tests, the way
 * VS Code for the web runs extension tests. The suite writes its report to
 * a file (AIROADMAP_VSCODE_RESULTS), which this test reads.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { ROOT, codeServerAvailable, createProfile, installExtension, packageExtension, startSession, stopSession, waitFor, type Session } from './harness';

let session: Session | undefined;

after(() => stopSession(session));

let report = '';

before(async () => {
  assert.ok(codeServerAvailable(), 'code-server or Chromium missing: run `bash test/e2e/install.sh`');
  const vsix = packageExtension();
  const examples = ['nordlys.airoadmap.yaml', 'problems.airoadmap.yaml'];
  const base = createProfile(Object.fromEntries(examples.map((n) => [n, join(ROOT, 'examples', n)])));
  const results = join(base.base, 'vscode-results.txt');
  const profile = { ...base, env: { ...base.env, AIROADMAP_VSCODE_RESULTS: results } };
  installExtension(profile, vsix);
  const installed = readdirSync(profile.extensions).find((name) => name.startsWith('airoadmap.airoadmap-'));
  assert.ok(installed, 'the extension was not installed');
  const suite = join(base.base, 'vscode-tests', 'index.js');
  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts')],
    outfile: suite,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  session = await startSession(profile, 'api-suite-code-server.log');
  const { server, page } = session;
  const host = new URL(server.url).host;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${host}${join(profile.extensions, installed)}`],
    ['extensionTestsPath', `vscode-remote://${host}${suite}`],
  ]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(profile.workspace)}&payload=${encodeURIComponent(payload)}`);
  report = await waitFor(
    'the API suite to finish',
    () => {
      const text = existsSync(results) ? readFileSync(results, 'utf8') : '';
      return /\d+ passing, \d+ failing/.test(text) ? text : undefined;
    },
    150_000,
    500,
  );
});

test('the VS Code API suite (test/vscode) passes in code-server’s extension host', { timeout: 300_000 }, () => {
  const summary = /(\d+) passing, (\d+) failing/.exec(report);
  const registered = (readFileSync(join(ROOT, 'test', 'vscode', 'suite', 'extension.test.ts'), 'utf8').match(/^\s+test\('/gm) ?? []).length;
  assert.ok(summary, report);
  assert.equal(Number(summary[2]), 0, report);
  assert.equal(Number(summary[1]), registered, `every test of the suite ran:\n${report}`);
});
