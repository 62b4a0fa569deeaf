/**
 * End-to-end tests in a real VS Code workbench: the packed .vsix installed
 * into a fresh code-server profile, driven in headless Chromium as a user
 * would (keyboard, command palette, Problems panel, webview). Each numbered
 * scenario of issue 5 is its own test; they share one workbench, in order.
 * The language core serves as the oracle for what the editor must show.
 * Run with `npm run test:e2e` (installs code-server first; docs/testing.md).
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkText } from '../../server/src/core/index';
import { computeViews } from '../../server/src/core/views/compute';
import { VIEW_NAMES } from '../../server/src/core/views/registry';
import type { RoadmapDiagnostic } from '../../server/src/core/language/types';
import { writeHostileCorpus } from '../fuzz/hostile-corpus';
import { generateRoadmap } from '../../bench/generate';
import {
  CODE_SERVER,
  RESULTS,
  ROOT,
  codeServerAvailable,
  createProfile,
  installExtension,
  packageExtension,
  pruneOldRuns,
  resultPath,
  sleep,
  startSession,
  stopSession,
  waitFor,
  type Profile,
  type Session,
} from './harness';
import type { FrameLocator, Locator } from 'playwright-core';
import { Workbench, escapeRegExp, scenarioRunner } from './workbench';

const CLEAN = 'nordlys.airoadmap.yaml';
const PROBLEMS = 'problems.airoadmap.yaml';
/** Written by scenario 10: a roadmap long enough that its register scrolls far. */
const LONG = 'long.airoadmap.yaml';

/** The example roadmaps, or the language's own example until they exist. */
function exampleSources(): Record<string, string> {
  const example = (name: string) => join(ROOT, 'examples', name);
  const fallback = join(ROOT, 'test', 'fixtures', 'dsl-example.airoadmap.yaml');
  return {
    [CLEAN]: existsSync(example(CLEAN)) ? example(CLEAN) : fallback,
    [PROBLEMS]: existsSync(example(PROBLEMS)) ? example(PROBLEMS) : fallback,
  };
}

/**
 * Hostile files from test/fuzz/hostile-corpus.ts, opened as a new user would
 * (scenario 8). Not those with NUL bytes (VS Code shows them as binary) nor
 * the 10–20 MB ones (VS Code turns its own features off for such files).
 */
const HOSTILE_NAMES = ['billion-laughs', 'self-anchors', 'aliased-entities', 'deep-nesting', 'tags', 'merge-keys', 'fifty-thousand-lines'].map((n) => `${n}.airoadmap.yaml`);
const hostile = writeHostileCorpus(mkdtempSync(join(tmpdir(), 'airoadmap-e2e-hostile-')));
const hostileSources = Object.fromEntries(hostile.files.filter((f) => HOSTILE_NAMES.includes(f.name)).map((f) => [f.name, f.path]));

const sources = exampleSources();
const textOf = (name: string) => readFileSync(sources[name]!, 'utf8');

function countBySeverity(diagnostics: readonly RoadmapDiagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

let session: Session | undefined;
let profile: Profile | undefined;
let wb: Workbench;

/** Runs a scenario; on failure keeps a screenshot of the workbench beside the logs. */
const scenario = scenarioRunner(() => wb, '');

describe('AI Roadmap in a real VS Code (code-server 4.100.3, Chromium)', { timeout: 300_000 }, () => {
  before(async () => {
    assert.ok(codeServerAvailable(), `code-server or Chromium missing: run \`bash test/e2e/install.sh\` (expects ${CODE_SERVER})`);
    pruneOldRuns();
    mkdirSync(RESULTS, { recursive: true });
    for (const name of readdirSync(RESULTS)) if (name.endsWith('.png')) rmSync(join(RESULTS, name));
    const vsix = packageExtension();
    profile = createProfile({ ...sources, ...hostileSources });
    installExtension(profile, vsix);
    session = await startSession(profile, 'code-server.log');
    wb = new Workbench(session.page);
    await wb.load(session.server.url, profile.workspace, CLEAN);
  });

  after(async () => {
    try {
      if (wb) writeFileSync(resultPath('browser-console.log'), wb.console.join('\n'));
    } finally {
      await stopSession(session).finally(() => rmSync(hostile.dir, { recursive: true, force: true }));
    }
  });

  test('1. opening a roadmap activates the extension and highlights the file', () =>
    scenario('1-activation', async () => {
      await wb.openFile(CLEAN);
      assert.match(await wb.languageMode(), /AI Roadmap/);
      // The extension host's log names what activated it; the activation event must be the language.
      const activation = await waitFor('the extension to activate', () => activationLine(profile!), 30_000);
      assert.match(activation, /onLanguage:airoadmap/);
      // Highlighting: the key and the value of the first line are different tokens.
      const classes = await waitFor('coloured tokens', async () => {
        const found = await wb.tokenClasses('airoadmap:');
        return new Set(found).size >= 2 ? found : undefined;
      });
      assert.ok(classes.some((c) => /\bmtk([2-9]|\d\d+)\b/.test(c)), `expected a non-default token colour, got ${classes.join(' ')}`);
    }));

  test('2. diagnostics appear as squiggles, Problems rows with their codes, and status bar counts', () =>
    scenario('2-diagnostics', async () => {
      const expected = checkText(textOf(PROBLEMS)).diagnostics;
      const clean = checkText(textOf(CLEAN)).diagnostics;
      assert.ok(expected.some((d) => d.severity === 'error') && expected.some((d) => d.severity === 'warning'), 'the problems example must hold errors and warnings');
      await wb.openFile(PROBLEMS);
      // Status bar: exactly the errors and warnings of the two open files.
      const want = countBySeverity([...expected, ...clean]);
      let seen = { errors: -1, warnings: -1 };
      await waitFor(`status bar counts ${JSON.stringify(want)} (last seen ${JSON.stringify(seen)})`, async () => {
        seen = await wb.problemCounts();
        return seen.errors === want.errors && seen.warnings === want.warnings;
      }, 30_000).catch((error: Error) => {
        throw new Error(`${error.message}; last seen ${JSON.stringify(seen)}`);
      });
      // Squiggles: the first error and the first warning, each on screen.
      for (const severity of ['error', 'warning'] as const) {
        const first = expected.find((d) => d.severity === severity)!;
        await wb.goTo(first.range.start.line + 1, first.range.start.character + 1);
        await wb.activeEditor.locator(`.squiggly-${severity}`).first().waitFor({ state: 'visible' });
      }
      // Problems panel: every code the core reports has a row showing it.
      const codes = [...new Set(expected.map((d) => d.code))];
      const missing: string[] = [];
      for (const code of codes) {
        const rows = await wb.problemRows(code);
        if (!rows.some((row) => row.includes(code))) missing.push(code);
      }
      assert.deepEqual(missing, [], `codes without a Problems row: ${missing.join(', ')}`);
      await wb.clearProblemFilter();
      const firstError = expected.find((d) => d.severity === 'error')!;
      await wb.goTo(firstError.range.start.line + 1, firstError.range.start.character + 1);
      await sleep(300);
      await wb.screenshot(resultPath('diagnostics.png'));
    }));

  test('3. `kpis: [` offers the KPI ids of the file; hovering `readiness` shows the guidance', () =>
    scenario('3-completion-hover', async () => {
      const { model } = checkText(textOf(CLEAN));
      const kpiIds = [...model.kpis.keys()];
      const otherIds = [...model.systems.keys(), ...model.team.keys(), ...model.risks.keys(), ...model.data_sources.keys()].filter((id) => !kpiIds.includes(id));
      const useCase = [...model.use_cases.values()][0];
      assert.ok(useCase && kpiIds.length > 0, 'the clean example must hold a use case and KPIs');
      await wb.openFile(CLEAN);
      // Below the use case's first field, on a new line with the same indentation.
      await wb.goTo(useCase.idRange.start.line + 2, 1);
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.press('Enter');
      await wb.page.keyboard.type('kpis: [', { delay: 30 });
      await sleep(800);
      const widget = wb.page.locator('.editor-widget.suggest-widget.visible');
      if (!(await widget.isVisible())) await wb.page.keyboard.press('Control+Space');
      const labels = await waitFor('KPI ids in the suggest widget', async () => {
        const found = await wb.suggestions();
        return kpiIds.every((id) => found.includes(id)) ? found : undefined;
      });
      const intruders = labels.filter((label) => otherIds.includes(label));
      assert.deepEqual(intruders, [], 'only KPI ids are offered inside `kpis: [`');
      // The items come without documentation; VS Code resolves the focused one (completionItem/resolve).
      const focused = labels[0]!;
      const details = await waitFor('the focused suggestion’s documentation', async () => {
        const text = await wb.suggestionDetails();
        return text.includes(focused) ? text : undefined;
      });
      assert.match(details, /KPI/, `the details pane shows the KPI's summary, got: ${details}`);
      // Accepting it inserts the id where the word was typed (the shared range of itemDefaults.editRange).
      await wb.page.keyboard.press('Enter');
      const line = await waitFor('the accepted id in the line', async () => {
        const text = await wb.lineText('kpis: [');
        return text.includes(`kpis: [${focused}`) ? text : undefined;
      });
      assert.match(line, new RegExp(`^\\s*kpis: \\[${escapeRegExp(focused)}\\]?\\s*$`), line);
      await wb.dismiss();
      await wb.runCommand('File: Revert File');
      await waitFor('the file to be reverted', async () => !(await wb.page.locator('.tab.active.dirty').count()));

      // Hover: on the first `readiness` key of a system.
      const system = [...model.systems.values()].find((s) => s.keyRange('readiness'));
      assert.ok(system, 'the clean example must score a system');
      const key = system.keyRange('readiness')!;
      await wb.goTo(key.start.line + 1, key.start.character + 3);
      await wb.runCommand('Show or Focus Hover');
      const hover = await wb.hoverText();
      assert.match(hover, /4\s*[–-]\s*5/, `hover should give the 4–5 guidance, got: ${hover}`);
      assert.match(hover, /early/i, `hover should say what 4–5 means, got: ${hover}`);
    }));

  test('4. the quick fix for a KPI without a baseline applies and its warning disappears', () =>
    scenario('4-quick-fix', async () => {
      const expected = checkText(textOf(PROBLEMS)).diagnostics.filter((d) => d.code === 'kpi-no-baseline');
      assert.ok(expected.length > 0, 'the problems example must hold a kpi-no-baseline warning');
      const target = expected[0]!;
      await wb.openFile(PROBLEMS);
      const before = await waitFor('kpi-no-baseline rows', async () => {
        const rows = (await wb.problemRows('kpi-no-baseline')).filter((r) => r.includes('kpi-no-baseline'));
        return rows.length === expected.length ? rows : undefined;
      });
      await wb.clearProblemFilter();
      await wb.openFile(PROBLEMS); // focus back in the editor
      await wb.goTo(target.range.start.line + 1, target.range.start.character + 1);
      await wb.page.keyboard.press('Control+.');
      await wb.chooseAction(/baseline/i);
      await wb.activeEditor.locator('.view-line', { hasText: /^\s*baseline:/ }).first().waitFor();
      await waitFor('the kpi-no-baseline warning to disappear', async () => {
        const rows = (await wb.problemRows('kpi-no-baseline')).filter((r) => r.includes('kpi-no-baseline'));
        return rows.length === before.length - 1;
      });
      await wb.clearProblemFilter();
      await wb.openFile(PROBLEMS);
      await wb.runCommand('File: Revert File');
    }));

  test('5. the preview opens to the side, shows the use cases, follows edits and reveals a clicked bubble', () =>
    scenario('5-preview', async () => {
      const { model } = checkText(textOf(CLEAN));
      const bubbles = computeViews(model, 'en').matrix.bubbles;
      assert.ok(bubbles.length >= 2, 'the clean example must place use cases in the matrix');
      await openPreviewToSide();
      const view = wb.webview();
      const bubble = (id: string) => view.locator(`svg.matrix [data-key="use_cases:${id}"], [data-key="use_cases:${id}"]`).first();
      for (const b of bubbles) await bubble(b.id).waitFor({ state: 'visible', timeout: 30_000 });

      // Editing `value` moves the bubble: up when the value rises, down when it falls.
      const moved = bubbles[0]!;
      const useCase = model.use_cases.get(moved.id)!;
      const valueRange = useCase.rangeOf('value')!;
      const newValue = moved.value <= 3 ? 5 : 1;
      const y0 = (await bubble(moved.id).boundingBox())!.y;
      await wb.page.locator('.editor-group-container', { has: wb.page.locator(`.tab[aria-label*="${CLEAN}"]`) }).locator('.monaco-editor').first().click({ position: { x: 200, y: 20 } });
      await wb.goTo(valueRange.start.line + 1, valueRange.start.character + 1);
      await wb.page.keyboard.press('Shift+End');
      await wb.page.keyboard.type(`${newValue}`);
      await waitFor(`the bubble of ${moved.id} to move`, async () => {
        const y = (await bubble(moved.id).boundingBox())?.y;
        return y !== undefined && (newValue > moved.value ? y < y0 - 5 : y > y0 + 5);
      });
      await wb.page.keyboard.press('Control+Z');

      // Clicking a bubble reveals its use case in the editor.
      const clicked = bubbles.find((b) => b.id !== moved.id) ?? moved;
      const idLine = model.use_cases.get(clicked.id)!.idRange.start.line + 1;
      await wb.goTo(1, 1).catch(() => undefined);
      await bubble(clicked.id).click();
      await waitFor(`the editor's cursor on line ${idLine}`, async () => (await activeLineNumber(wb)) === idLine);
      await hidePanel();
      await sleep(300);
      await wb.screenshot(resultPath('preview.png'));
    }));

  test('6. switching the colour theme re-renders the preview readably', () =>
    scenario('6-theme', async () => {
      await openPreviewToSide();
      const view = wb.webview();
      const dark = await previewColours(wb);
      assert.ok(dark.contrast >= 4.5, `dark theme text contrast ${dark.contrast.toFixed(2)} < 4.5 (${JSON.stringify(dark)})`);
      await wb.runCommand('Preferences: Color Theme', /Color Theme/i);
      const input = wb.page.locator('.quick-input-widget input');
      await input.fill('Light Modern');
      await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor();
      await wb.page.keyboard.press('Enter');
      await waitFor('the webview to switch to the light theme', async () => /vscode-light/.test((await view.locator('body').getAttribute('class')) ?? ''));
      const light = await waitFor('the preview to re-render in light colours', async () => {
        const colours = await previewColours(wb);
        return colours.text !== dark.text ? colours : undefined;
      });
      assert.ok(light.contrast >= 4.5, `light theme text contrast ${light.contrast.toFixed(2)} < 4.5 (${JSON.stringify(light)})`);
      await wb.screenshot(resultPath('preview-light.png'));
    }));

  test('7. screenshots of the diagnostics and the preview are kept as artefacts', () =>
    scenario('7-screenshots', async () => {
      for (const name of ['diagnostics.png', 'preview.png']) {
        const path = resultPath(name);
        assert.ok(existsSync(path), `${name} was not written`);
        const png = readFileSync(path);
        assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
        assert.equal(png.readUInt32BE(16), 1440, `${name} should be a full workbench screenshot`);
        assert.ok(statSync(path).size > 20_000, `${name} looks empty`);
        // `AIROADMAP_E2E_UPDATE_IMAGES=1 npm run test:e2e` refreshes the README's screenshots.
        if (process.env.AIROADMAP_E2E_UPDATE_IMAGES === '1') {
          mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
          copyFileSync(path, join(ROOT, 'docs', 'images', name));
        }
      }
    }));

  test('8. hostile files open in the editor and the preview: checked, previewed, no crash, nothing runs', () =>
    scenario('8-hostile', async () => {
      assert.equal(Object.keys(hostileSources).length, HOSTILE_NAMES.length, 'the corpus holds the files');
      const total = async () => {
        const c = await wb.problemCounts();
        return c.errors + c.warnings;
      };
      await wb.runCommand('View: Close All Editors');
      await waitFor('no problems once every editor is closed', async () => (await total()) === 0, 30_000);
      for (const name of HOSTILE_NAMES) {
        await wb.openFile(name);
        // The server checks it: its errors and warnings reach the status bar.
        await waitFor(`problems of ${name}`, async () => (await total()) > 0, 60_000);
        await wb.runCommand('AI Roadmap: Open Preview to the Side');
        const tabs = wb.webview().locator('[role="tab"]');
        await waitFor(`the preview of ${name}`, async () => (await tabs.count()) === VIEW_NAMES.length, 60_000);
        const shown = (await wb.webview().locator('body').textContent()) ?? '';
        assert.doesNotMatch(shown, new RegExp(hostile.marker), `${name}: no tag loaded the secret file into the preview`);
        await wb.runCommand('View: Close All Editors');
        await waitFor(`the problems of ${name} to clear once it is closed`, async () => (await total()) === 0, 30_000);
      }
      const toasts = (await wb.page.locator('.notifications-toasts .notification-toast').allTextContents()).join('\n');
      assert.doesNotMatch(toasts, /stopped unexpectedly|crashed|will not be restarted/i, 'the language server never crashed');
      assert.equal(existsSync(hostile.touched), false, 'no tag ran a command');
      // And it still serves: the clean example's preview draws its use cases.
      const { model } = checkText(textOf(CLEAN));
      const first = computeViews(model, 'en').matrix.bubbles[0]!;
      await openPreviewToSide();
      await wb.webview().locator(`[data-key="use_cases:${first.id}"]`).first().waitFor({ state: 'visible', timeout: 30_000 });
    }));

  test('9. dragging a bubble to another cell changes exactly its effort and value lines; Ctrl+Z gives the file back byte for byte', () =>
    scenario('9-drag-edit', async () => {
      const file = join(profile!.workspace, CLEAN);
      const original = readFileSync(file);
      const { model } = checkText(original.toString('utf8'));
      const views = computeViews(model, 'en');
      // A bubble and a cell it is not in (effort and value both change).
      const moved = views.matrix.bubbles.find((b) => b.effort !== 1 && b.value !== 1) ?? views.matrix.bubbles[0]!;
      const to = { effort: moved.effort === 1 ? 2 : 1, value: moved.value === 1 ? 2 : 1 };
      await openPreviewToSide();
      const view = wb.webview();
      const bubble = view.locator(`svg.matrix g.bubble[data-key="${moved.key}"] circle`).first();
      await bubble.waitFor({ state: 'visible', timeout: 30_000 });
      const svg = view.locator('svg.chart.matrix').first();
      const box = (await svg.boundingBox())!;
      const [vx, vy, vw, vh] = ((await svg.getAttribute('viewBox')) ?? '').split(/\s+/).map(Number) as [number, number, number, number];
      const at = (x: number, y: number) => ({ x: box.x + ((x - vx) / vw) * box.width, y: box.y + ((y - vy) / vh) * box.height });
      // The chart is laid out for the panel's width and says where its grid is.
      const [gx, gy, cell] = ((await svg.getAttribute('data-grid')) ?? '').split(' ').map(Number) as [number, number, number];
      const target = at(gx + (to.effort - 0.5) * cell, gy + (5 - to.value + 0.5) * cell);
      const from = (await bubble.boundingBox())!;
      await wb.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await wb.page.mouse.down();
      await wb.page.mouse.move(target.x, target.y, { steps: 12 });
      await wb.page.mouse.up();
      // The editor now has the edit (unsaved); save and read the file.
      const editor = wb.page.locator('.editor-group-container', { has: wb.page.locator(`.tab[aria-label*="${CLEAN}"]`) }).locator('.monaco-editor').first();
      await waitFor('the editor to show the edit', async () => (await wb.page.locator(`.tab.dirty[aria-label*="${CLEAN}"]`).count()) > 0, 30_000);
      // The preview follows the file: the bubble now sits in the target cell.
      await waitFor('the bubble in its new cell', async () => {
        const now = await bubble.boundingBox();
        return now !== null && Math.abs(now.x + now.width / 2 - target.x) < cell && Math.abs(now.y + now.height / 2 - target.y) < cell;
      }, 30_000);
      await wb.screenshot(resultPath('edit-drag.png'));
      // `AIROADMAP_E2E_UPDATE_IMAGES=1 npm run test:e2e` refreshes the editor guide's picture of it.
      if (process.env.AIROADMAP_E2E_UPDATE_IMAGES === '1') copyFileSync(resultPath('edit-drag.png'), join(ROOT, 'docs', 'images', 'edit-drag.png'));
      await editor.click({ position: { x: 200, y: 20 } });
      await wb.page.keyboard.press('Control+S');
      const edited = await waitFor('the saved edit', () => {
        const now = readFileSync(file);
        return now.equals(original) ? undefined : now.toString('utf8');
      }, 30_000);
      const before = original.toString('utf8').split('\n');
      const after = edited.split('\n');
      assert.equal(after.length, before.length, 'no line added or removed');
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
      const lineOf = (field: 'effort' | 'value') => model.use_cases.get(moved.id)!.rangeOf(field)!.start.line;
      assert.deepEqual(changed.sort((a, b) => a - b), [lineOf('value'), lineOf('effort')].sort((a, b) => a - b), 'exactly the value and effort lines');
      assert.match(after[lineOf('effort')]!, new RegExp(`effort: ${to.effort}\\b`));
      assert.match(after[lineOf('value')]!, new RegExp(`value: ${to.value}\\b`));
      // One undo step takes it back.
      await editor.click({ position: { x: 200, y: 20 } });
      await wb.page.keyboard.press('Control+Z');
      await wb.page.keyboard.press('Control+S');
      await waitFor('the file byte-identical to the original', () => readFileSync(file).equals(original) || undefined, 30_000);
    }));

  test('10. two locked previews side by side, Show Source, a PNG export, and the preview following the cursor far down a long roadmap', () =>
    scenario('10-locked-previews', async () => {
      // A long roadmap beside the example: 400 use cases, the register over 10,000 px tall.
      const long = generateRoadmap(400).text;
      writeFileSync(join(profile!.workspace, LONG), long);
      const cleanTitle = computeViews(checkText(textOf(CLEAN)).model, 'en').title;
      const longModel = checkText(long).model;
      const longTitle = computeViews(longModel, 'en').title;
      assert.notEqual(cleanTitle, longTitle);
      await wb.runCommand('View: Close All Editors');

      // Two locked previews, one per file, each in its own group: the example's beside its editor, then the
      // long file's editor split off to the left and its locked preview beside it (no preview is ever hidden).
      await wb.openFile(CLEAN);
      await wb.runCommand('AI Roadmap: Open Locked Preview to the Side');
      await wb.page.locator(`.tab[aria-label*="[Locked] Preview ${CLEAN}"]`).first().waitFor({ timeout: 30_000 });
      await wb.openFile(LONG);
      await wb.runCommand('View: Split Editor Left');
      await wb.runCommand('AI Roadmap: Open Locked Preview to the Side');
      await wb.page.locator(`.tab[aria-label*="[Locked] Preview ${LONG}"]`).first().waitFor({ timeout: 30_000 });
      const cleanPreview = await visiblePreview(cleanTitle);
      const longPreview = await visiblePreview(longTitle);
      const cleanFirst = [...checkText(textOf(CLEAN)).model.use_cases.keys()][0]!;
      const longFirst = [...longModel.use_cases.keys()][0]!;
      await cleanPreview.view.locator(`[data-key="use_cases:${cleanFirst}"]`).first().waitFor({ state: 'visible', timeout: 30_000 });
      // Attached, not visible: among 400 use cases the first may sit in a crowded cell's folded "+n" list.
      await longPreview.view.locator(`[data-key="use_cases:${longFirst}"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
      assert.equal(await cleanPreview.view.locator(`[data-key="use_cases:${longFirst}"]`).count(), 0, 'each preview shows its own file');
      assert.equal(await longPreview.view.locator(`[data-key="use_cases:${cleanFirst}"]`).count(), 0, 'each preview shows its own file');
      await wb.screenshot(resultPath('locked-previews.png'));

      // Show Source from the example's preview: its editor becomes the active one.
      await wb.page.locator(`.tab[aria-label*="[Locked] Preview ${CLEAN}"]`).first().click();
      await wb.runCommand('AI Roadmap: Show Source');
      await wb.page.locator(`.editor-group-container.active .tab.active[aria-label*="${CLEAN}"]:not([aria-label*="Preview"])`).first().waitFor({ timeout: 30_000 });
      await wb.activeEditor.locator('.view-lines .view-line').first().waitFor();

      // Export the example's preview as a PNG; the notification offers to open it.
      const png = join(profile!.workspace, 'nordlys-matrix.png');
      rmSync(png, { force: true });
      await wb.runCommand('AI Roadmap: Export Preview…', /Export the preview as/);
      await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'PNG' }).first().click();
      // code-server's save dialog is a quick input holding the proposed path.
      const input = wb.page.locator('.quick-input-widget input');
      await waitFor('the save dialog with the proposed name', async () => /nordlys-matrix\.png$/.test(await input.inputValue()));
      await wb.page.keyboard.press('Enter');
      const bytes = await waitFor('the exported PNG', () => (existsSync(png) && statSync(png).size > 0 ? readFileSync(png) : undefined), 30_000);
      assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG file');
      assert.ok(bytes.length > 5_000, 'not an empty image');
      const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Exported the preview' }).first();
      await toast.waitFor({ timeout: 30_000 });
      // code-server is VS Code for the Web: no OS file manager, the Explorer view instead.
      assert.equal(await toast.locator('.monaco-button', { hasText: /^Reveal in Explorer View$/ }).count(), 1, 'the reveal the web has');
      await toast.locator('.monaco-button', { hasText: /^Open$/ }).first().click();
      await wb.page.locator('.tab[aria-label*="nordlys-matrix.png"]').first().waitFor({ timeout: 30_000 });

      // The cursor on a use case far down the long roadmap brings its register row into the preview's view.
      await longPreview.view.locator('#tab-register').click();
      const row = longPreview.view.locator('#panel-register .el[data-key^="use_cases:"]').last();
      await row.waitFor({ state: 'attached', timeout: 30_000 });
      const key = (await row.getAttribute('data-key'))!;
      const farId = key.slice('use_cases:'.length);
      const frame = (await longPreview.iframe.boundingBox())!;
      const before = (await row.boundingBox())!;
      assert.ok(before.y > frame.y + frame.height, `${farId} starts below the preview's view (${before.y} > ${frame.y + frame.height})`);
      await wb.openFile(LONG);
      const idRange = longModel.use_cases.get(farId)!.idRange;
      await wb.goTo(idRange.start.line + 1, idRange.start.character + 1);
      await waitFor(`the register row of ${farId} inside the preview's view`, async () => {
        const box = await row.boundingBox();
        return box !== null && box.y >= frame.y && box.y + box.height <= frame.y + frame.height;
      }, 30_000);
      assert.match((await row.getAttribute('class')) ?? '', /highlighted/);

      // Hidden behind another tab of its group and shown again, the webview is rebuilt and draws its file again.
      const group = wb.page.locator('.editor-group-container', { has: wb.page.locator(`.tab[aria-label*="[Locked] Preview ${LONG}"]`) }).first();
      await group.locator(`.tab[aria-label*="${CLEAN}"]:not([aria-label*="Preview"])`).first().click();
      await group.locator(`.tab.active[aria-label*="${CLEAN}"]:not([aria-label*="Preview"])`).first().waitFor({ timeout: 30_000 });
      await waitFor('one preview left in view', async () => (await wb.page.locator('iframe.webview.ready:visible').count()) === 1 || undefined);
      await group.locator(`.tab[aria-label*="[Locked] Preview ${LONG}"]`).first().click();
      const again = await visiblePreview(longTitle);
      await again.view.locator(`#panel-register .el[data-key="${key}"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
      assert.equal(await again.view.locator('#tab-register').getAttribute('aria-selected'), 'true', 'on the tab it showed');
    }));
});

/** The visible preview whose document title is `title`: its webview document and the iframe around it. */
async function visiblePreview(title: string): Promise<{ view: FrameLocator; iframe: Locator }> {
  return waitFor(`a visible preview of ${title}`, async () => {
    const selector = 'iframe.webview.ready:visible';
    const n = await wb.page.locator(selector).count();
    for (let i = 0; i < n; i++) {
      const view = wb.page.frameLocator(selector).nth(i).frameLocator('#active-frame');
      const text = await view.locator('h1.doc-title').textContent({ timeout: 1_000 }).catch(() => null);
      if (text === title) return { view, iframe: wb.page.locator(selector).nth(i) };
    }
    return undefined;
  }, 60_000);
}

/** Hides the bottom panel (Problems), for an uncluttered screenshot. */
async function hidePanel(): Promise<void> {
  if (await wb.page.locator('.part.panel.bottom').isVisible()) await wb.runCommand('View: Hide Panel').catch(() => undefined);
}

/** Opens the preview of the clean example beside it, unless it is showing already. */
async function openPreviewToSide(): Promise<void> {
  const matrix = wb.webview().locator('svg.matrix').first();
  if (await matrix.isVisible().catch(() => false)) return;
  await wb.openFile(CLEAN);
  await wb.runCommand('AI Roadmap: Open Preview to the Side');
  await matrix.waitFor({ state: 'visible', timeout: 30_000 });
}

/** The extension host's log line recording our activation, once written. */
function activationLine(p: Profile): string | undefined {
  const logs = join(p.userData, 'logs');
  if (!existsSync(logs)) return undefined;
  const files = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('exthost.log'));
  for (const file of files) {
    const line = readFileSync(join(logs, file), 'utf8')
      .split('\n')
      .find((l) => l.includes('_doActivateExtension airoadmap.airoadmap'));
    if (line) return line;
  }
  return undefined;
}

/** The highlighted line number of the text editor (shown even when the webview has focus). */
async function activeLineNumber(w: Workbench): Promise<number | undefined> {
  const numbers = await w.page.locator('.monaco-editor .margin .active-line-number').allTextContents();
  const value = numbers.map((t) => Number(t.trim())).find((n) => Number.isInteger(n) && n > 0);
  return value;
}

interface PreviewColours {
  text: string;
  background: string;
  contrast: number;
}

/**
 * Text colour of the preview's main text against its background, and their
 * WCAG contrast ratio. Plain JavaScript in a string: tsx's helpers (`__name`)
 * do not exist inside the webview.
 */
const PREVIEW_COLOURS_SCRIPT = `(() => {
  const body = document.body;
  const parse = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0] || 0, p[1] || 0, p[2] || 0, p[3] === undefined ? 1 : p[3]];
  };
  const lin = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
  const luminance = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  const el = body.querySelector('svg.matrix text.q-label, svg.matrix text, h1, h2, p') || body;
  const style = getComputedStyle(el);
  const text = el instanceof SVGElement ? style.fill : style.color;
  let background = 'rgba(0, 0, 0, 0)';
  for (let node = el; node; node = node.parentElement) {
    const bg = getComputedStyle(node).backgroundColor;
    if (parse(bg)[3] > 0) { background = bg; break; }
  }
  if (parse(background)[3] === 0) {
    let v = getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim() || '#ffffff';
    if (v.startsWith('#')) v = 'rgb(' + parseInt(v.slice(1, 3), 16) + ', ' + parseInt(v.slice(3, 5), 16) + ', ' + parseInt(v.slice(5, 7), 16) + ')';
    background = v;
  }
  const l1 = luminance(parse(text));
  const l2 = luminance(parse(background));
  return { text, background, contrast: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) };
})()`;

async function previewColours(w: Workbench): Promise<PreviewColours> {
  const body = await w.webview().locator('body').elementHandle();
  const frame = await body?.ownerFrame();
  assert.ok(frame, 'the webview frame');
  // A string runs through the debugger protocol, so the webview's CSP does not forbid it.
  return (await frame.evaluate(PREVIEW_COLOURS_SCRIPT)) as PreviewColours;
}
