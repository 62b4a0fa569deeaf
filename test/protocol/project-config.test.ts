/**
 * airoadmap.config.yaml over the language server: the nearest file above a
 * document applies over the editor's settings (its rules over
 * airoadmap.severity, its guides making the range checks run in NOK), and a
 * change reported by workspace/didChangeWatchedFiles re-checks the open
 * roadmaps. Over real JSON-RPC.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt, LspSession } from './support/lsp-harness';

const NOK = `airoadmap: 1
organization:
  name: Fjordkraft AS
  currency: NOK
budget:
  first_year: 90000
kpis:
  speed:
    name: Speed
    unit: minutes
    baseline: 10
    target: 5
`;

let root = '';
let s: LspSession;
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${String(d.code)}:${d.severity}`).sort();

before(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'airoadmap-config-'));
  mkdirSync(join(root, 'plans', 'q1'), { recursive: true });
  writeFileSync(join(root, 'airoadmap.config.yaml'), 'rules:\n  kpi-unused: error\nguides:\n  budget_first_year: [500000, 1500000]\n');
  // The editor's settings say kpi-unused is a hint; the file's rule wins.
  s = await LspSession.start({ settings: { severity: { 'kpi-unused': 'hint' } } });
});
after(async () => {
  await s.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the project configuration in the editor', () => {
  it('applies the nearest file over the settings, and follows its changes', async () => {
    const uri = pathToFileURL(join(root, 'plans', 'q1', 'nok.airoadmap.yaml')).href;
    await s.open(uri, NOK);
    const first = await s.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(first), ['budget-first-year-range:3', 'kpi-unused:1'], 'error (1) from the file over hint from the settings; the NOK guide fires (info, 3)');

    // The file changes: rules off, no guides. Reported as the client's watcher does.
    const from = s.published.length;
    writeFileSync(join(root, 'airoadmap.config.yaml'), 'rules:\n  kpi-unused: off\n');
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(root, 'airoadmap.config.yaml')).href, type: FileChangeType.Changed }] });
    const second = await s.waitForDiagnostics(uri, () => true, { from });
    assert.deepEqual(codes(second), [], 'kpi-unused off, and without guides no range check in NOK');

    // Deleted: the settings alone apply again.
    const later = s.published.length;
    rmSync(join(root, 'airoadmap.config.yaml'));
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(root, 'airoadmap.config.yaml')).href, type: FileChangeType.Deleted }] });
    const third = await s.waitForDiagnostics(uri, () => true, { from: later });
    assert.deepEqual(codes(third), ['kpi-unused:4'], 'the hint of the settings');
  });

  it('publishes a configuration file’s own findings on it, and treats it as no roadmap', async () => {
    const uri = pathToFileURL(join(root, 'plans', 'airoadmap.config.yaml')).href;
    await s.open(uri, 'ruls:\n  kpi-unused: off\nrules:\n  kpi-unusd: off\n');
    const p = await s.waitForDiagnostics(uri);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
      [
        [0, 2, "Unknown key 'ruls' in the configuration: did you mean 'rules'? It is ignored."],
        [3, 2, "Unknown diagnostic code 'kpi-unusd': did you mean 'kpi-unused'? It is ignored."],
      ],
    );
    const hover = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.equal(hover, null, 'no roadmap hover in a configuration file (and none on an unknown key)');
    const own = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } })) as { contents: { value: string } } | null;
    assert.match(own?.contents.value ?? '', /A severity per diagnostic code/, "the file's own hover on `rules`");
    const list = (await s.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 2 } })) as { items: { label: string }[] };
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('kpi-no-baseline') && labels.includes('data-silo'), 'the codes under rules');
    assert.ok(!labels.some((l) => /use_cases|kpis|section/.test(l)), `no roadmap completion: ${labels.slice(0, 5).join(', ')}`);
  });

  it('ignores a malformed change notification and a file that is not a configuration', async () => {
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'nope' });
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', null);
    const uri = pathToFileURL(join(root, 'other.airoadmap.yaml')).href;
    await s.open(uri, NOK);
    const p = await s.waitForDiagnostics(uri);
    assert.deepEqual(codes(p), ['kpi-unused:4']);
  });
});
