/**
 * The Node.js server in a virtual workspace (the desktop with Remote
 * Repositories: `vscode-vfs:` documents it cannot read): the configuration
 * and roadmap files the client sends (airoadmap/configFiles,
 * airoadmap/roadmapFiles) apply to those documents and folders, while for
 * `file:` ones the disk stays the only source — a client cannot slip a
 * configuration in for a file on disk. Over real JSON-RPC.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceSymbolRequest, type PublishDiagnosticsParams, type SymbolInformation } from 'vscode-languageserver-protocol';
import { ensureBuilt, LspSession, ROOT } from './support/lsp-harness';

const FOLDER = 'vscode-vfs://github/acme/plans';
const PROBLEMS = readFileSync(join(ROOT, 'examples', 'problems.airoadmap.yaml'), 'utf8');
const NORDLYS = readFileSync(join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
const OFF = 'rules:\n  unknown-reference: off\n';
const codes = (p: PublishDiagnosticsParams) => new Set(p.diagnostics.map((d) => String(d.code)));

let dir = '';
let s: LspSession;

before(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'airoadmap-client-files-'));
  s = await LspSession.start({ workspaceFolders: [FOLDER, pathToFileURL(dir).href] });
});
after(async () => {
  await s?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('files the client sends, on the Node.js server', () => {
  it('a virtual workspace’s configuration file applies to its documents, and its removal too', async () => {
    const uri = `${FOLDER}/q1/problems.airoadmap.yaml`;
    await s.open(uri, PROBLEMS);
    assert.ok(codes(await s.waitForDiagnostics(uri)).has('unknown-reference'));
    let from = s.published.length;
    await s.connection.sendNotification('airoadmap/configFiles', { files: [{ uri: `${FOLDER}/q1/airoadmap.config.yaml`, text: null }, { uri: `${FOLDER}/airoadmap.config.yaml`, text: OFF }] });
    const off = codes(await s.waitForDiagnostics(uri, () => true, { from }));
    assert.ok(!off.has('unknown-reference') && off.has('wrong-type'), [...off].join(', '));
    from = s.published.length;
    await s.connection.sendNotification('airoadmap/configFiles', { files: [{ uri: `${FOLDER}/airoadmap.config.yaml`, text: null }] });
    assert.ok(codes(await s.waitForDiagnostics(uri, () => true, { from })).has('unknown-reference'));
  });

  it('for a document on disk, a configuration file the client sends is not used', async () => {
    const uri = pathToFileURL(join(dir, 'problems.airoadmap.yaml')).href;
    await s.open(uri, PROBLEMS);
    assert.ok(codes(await s.waitForDiagnostics(uri)).has('unknown-reference'));
    const from = s.published.length;
    // Accepted into the client's store (every open roadmap is re-checked), but the disk has no such file.
    await s.connection.sendNotification('airoadmap/configFiles', { files: [{ uri: pathToFileURL(join(dir, 'airoadmap.config.yaml')).href, text: OFF }] });
    assert.ok(codes(await s.waitForDiagnostics(uri, () => true, { from })).has('unknown-reference'), 'the disk decides');
  });

  it('the symbol search finds a virtual workspace’s roadmap that is not open, from the files the client sends', async () => {
    const closed = `${FOLDER}/nordlys.airoadmap.yaml`;
    const search = async (query: string) => ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[]).filter((x) => x.location.uri === closed);
    assert.deepEqual(await search('invoice-match'), []);
    await s.connection.sendNotification('airoadmap/roadmapFiles', { files: [{ uri: closed, text: NORDLYS }] });
    assert.ok((await search('invoice-match')).some((x) => x.name === 'invoice-match' && x.containerName === 'use_cases'));
    // A roadmap on disk cannot be sent in: the disk is listed for file: folders.
    await s.connection.sendNotification('airoadmap/roadmapFiles', { files: [{ uri: pathToFileURL(join(dir, 'ghost.airoadmap.yaml')).href, text: NORDLYS }] });
    const ghost = ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'invoice-match' })) as SymbolInformation[]).filter((x) => x.location.uri.endsWith('ghost.airoadmap.yaml'));
    assert.deepEqual(ghost, []);
  });
});
