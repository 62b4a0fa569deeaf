/**
 * Resource-scoped settings over real JSON-RPC: severities and guides are
 * `scope: resource` in package.json, so the folders of a multi-root workspace
 * may differ. The server pulls each open roadmap's own section (`scopeUri`)
 * and checks it with that; a configuration change re-pulls every document's.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeConfigurationNotification, type ConfigurationParams, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspSession, ROOT } from './support/lsp-harness';

const EXAMPLE = readFileSync(join(ROOT, 'examples', 'problems.airoadmap.yaml'), 'utf8');
const FOLDER_A = 'file:///work/multi/team-a';
const FOLDER_B = 'file:///work/multi/team-b';
const IN_A = `${FOLDER_A}/roadmap.airoadmap.yaml`;
const IN_B = `${FOLDER_B}/roadmap.airoadmap.yaml`;
const severityOf = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.severity);
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { scope: string }> } } };

describe('settings per folder (resource scope)', () => {
  let s: LspSession;
  /** Team B turns kpi-no-baseline off (and, later, into an error); the window says nothing. */
  let teamB: unknown = { severity: { 'kpi-no-baseline': 'off' } };
  before(async () => {
    await ensureBuilt();
    s = await LspSession.start({
      workspaceFolders: [FOLDER_A, FOLDER_B],
      settingsFor: (scopeUri) => (scopeUri?.startsWith(`${FOLDER_B}/`) ? teamB : {}),
    });
  });
  after(async () => {
    await s.stop();
  });

  it('the manifest scopes severities and guides to the resource, the language to the window', () => {
    const scopes = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties).map(([k, v]) => [k, v.scope]));
    assert.deepEqual(scopes, {
      'airoadmap.severity': 'resource',
      'airoadmap.language': 'window',
      'airoadmap.guides.trainingBudget': 'resource',
      'airoadmap.guides.firstYearBudget': 'resource',
      'airoadmap.guides.runningCost': 'resource',
      // The preview's settings are read per file too (settingsOf(uri) in client/src/preview).
      'airoadmap.preview.scrollPreviewWithEditor': 'resource',
      'airoadmap.preview.exportTheme': 'resource',
    });
  });

  it("each roadmap is checked with its own folder's settings", async () => {
    await s.open(IN_A, EXAMPLE);
    await s.open(IN_B, EXAMPLE);
    const a = await s.waitForDiagnostics(IN_A, (p) => p.diagnostics.length > 0);
    assert.deepEqual(severityOf(a.diagnostics, 'kpi-no-baseline'), [2], 'team A: the default warning');
    const b = await s.waitForDiagnostics(IN_B, (p) => p.diagnostics.length > 0 && severityOf(p.diagnostics, 'kpi-no-baseline').length === 0);
    assert.ok(b.diagnostics.length > 0, 'team B still gets the other findings');
    const asked = s.configurationRequests.flatMap((r) => (r as ConfigurationParams).items.map((i) => i.scopeUri));
    assert.ok(asked.includes(IN_A) && asked.includes(IN_B), `each document's own section was asked for: ${JSON.stringify(asked)}`);
  });

  it("a configuration change re-pulls every document's section", async () => {
    teamB = { severity: { 'kpi-no-baseline': 'error' } };
    const from = s.published.length;
    await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const b = await s.waitForDiagnostics(IN_B, (p) => severityOf(p.diagnostics, 'kpi-no-baseline').length > 0, { from });
    assert.deepEqual(severityOf(b.diagnostics, 'kpi-no-baseline'), [1], 'team B: now an error');
    const a = s.publishedFor(IN_A).at(-1)!;
    assert.deepEqual(severityOf(a.diagnostics, 'kpi-no-baseline'), [2], 'team A unchanged');
  });
});
