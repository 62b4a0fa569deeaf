/**
 * The web build in a real workbench, offline: code-server 4.100.3 runs the
 * packed extension's `browser` entry (dist/web/extension.js) in its web
 * worker extension host when user settings say so
 * (`remote.extensionKind: { "airoadmap.airoadmap": ["web"] }`), and the
 * language server in a web worker (dist/web/server.js) — no Node.js
 * process of ours runs. What a user of vscode.dev gets, less the marketplace:
 * diagnostics, the workspace's airoadmap.config.yaml read through
 * workspace.fs and re-read when it changes, the symbol search of a roadmap
 * that is not open, and the preview.
 * Run with `npm run test:e2e` (docs/testing.md, docs/editor.md).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkText, type CheckOptions } from '../../server/src/core/index';
import {
  CODE_SERVER,
  ROOT,
  USER_SETTINGS,
  codeServerAvailable,
  createProfile,
  installExtension,
  packageExtension,
  pruneOldRuns,
  resultPath,
  startSession,
  stopSession,
  waitFor,
  type Profile,
  type Session,
} from './harness';
import { Workbench, scenarioRunner } from './workbench';

const PROBLEMS = 'problems.airoadmap.yaml';
const CLEAN = 'nordlys.airoadmap.yaml';
const CONFIG = 'rules:\n  unknown-reference: off\n';
const text = readFileSync(join(ROOT, 'examples', PROBLEMS), 'utf8');

let session: Session | undefined;
let profile: Profile | undefined;
let wb: Workbench;

function counts(options: CheckOptions): { errors: number; warnings: number } {
  const found = checkText(text, options).diagnostics;
  return { errors: found.filter((d) => d.severity === 'error').length, warnings: found.filter((d) => d.severity === 'warning').length };
}

async function statusCounts(want: { errors: number; warnings: number }, what: string): Promise<void> {
  let seen = { errors: -1, warnings: -1 };
  await waitFor(`${what}: status bar counts ${JSON.stringify(want)}`, async () => {
    seen = await wb.problemCounts();
    return seen.errors === want.errors && seen.warnings === want.warnings;
  }, 30_000).catch((error: Error) => {
    throw new Error(`${error.message}; last seen ${JSON.stringify(seen)}`);
  });
}

/** Runs a scenario; on failure keeps a screenshot of the workbench beside the logs. */
const scenario = scenarioRunner(() => wb, 'web-');

describe('the web build in code-server’s web worker extension host', { timeout: 300_000 }, () => {
  before(async () => {
    assert.ok(codeServerAvailable(), `code-server or Chromium missing: run \`bash test/e2e/install.sh\` (expects ${CODE_SERVER})`);
    pruneOldRuns();
    const vsix = packageExtension();
    profile = createProfile({ [PROBLEMS]: join(ROOT, 'examples', PROBLEMS), [CLEAN]: join(ROOT, 'examples', CLEAN) });
    writeFileSync(join(profile.workspace, 'airoadmap.config.yaml'), CONFIG);
    const settings = { ...USER_SETTINGS, 'remote.extensionKind': { 'airoadmap.airoadmap': ['web'] } };
    writeFileSync(join(profile.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    installExtension(profile, vsix);
    session = await startSession(profile, 'code-server-web.log');
    wb = new Workbench(session.page);
    await wb.load(session.server.url, profile.workspace, PROBLEMS);
  });

  after(async () => {
    try {
      if (wb) writeFileSync(resultPath('browser-console-web.log'), wb.console.join('\n'));
    } finally {
      await stopSession(session);
    }
  });

  test('1. the roadmap is checked in the browser, with the workspace’s configuration file applied', () =>
    scenario('1-diagnostics', async () => {
      await wb.openFile(PROBLEMS);
      const withConfig = counts({ severities: { 'unknown-reference': 'off' } });
      assert.notDeepEqual(withConfig, counts({}), 'the configuration must change the counts');
      await statusCounts(withConfig, 'with airoadmap.config.yaml');
      assert.deepEqual(await wb.problemRows('unknown-reference'), [], 'the rule the file turns off');
      assert.ok((await wb.problemRows('wrong-type')).length > 0, 'the others are there');
      await wb.clearProblemFilter();
      // The web entry ran in the browser: activated there, its server a worker, no Node.js process of ours.
      assert.ok(wb.console.some((l) => l.includes('[Extension Host]') && l.includes('[airoadmap] extension activated')), 'activated in the web worker extension host');
      assert.ok(!wb.console.some((l) => /couldn't create connection/.test(l)), 'the worker started');
      const ours = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes(profile!.extensions) && /server\.js/.test(l));
      assert.deepEqual(ours, [], 'no Node.js language server');
    }));

  test('2. a change of the configuration file on disk re-checks the open roadmap', () =>
    scenario('2-config-change', async () => {
      writeFileSync(join(profile!.workspace, 'airoadmap.config.yaml'), 'rules: {}\n');
      await statusCounts(counts({}), 'after the rule is back');
      assert.ok((await wb.problemRows('unknown-reference')).length > 0, 'the rule is back');
      await wb.clearProblemFilter();
    }));

  test('3. the symbol search finds an id of a roadmap that is not open (the files the client read and sent)', () =>
    scenario('3-symbols', async () => {
      await wb.page.keyboard.press('Control+T');
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill('#invoice-match');
      await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'invoice-match' }).first().waitFor({ timeout: 30_000 });
      const rows = await wb.page.locator('.quick-input-list .monaco-list-row').allTextContents();
      assert.ok(rows.some((r) => r.includes('invoice-match') && r.includes(CLEAN)), rows.join(' | '));
      await wb.page.keyboard.press('Escape');
    }));

  test('4. the preview opens and draws the matrix', () =>
    scenario('4-preview', async () => {
      await wb.openFile(CLEAN);
      await wb.runCommand('AI Roadmap: Open Preview to the Side');
      await wb.webview().locator('svg.matrix').first().waitFor({ state: 'visible', timeout: 30_000 });
      await wb.screenshot(resultPath('web-preview.png'));
    }));
});
