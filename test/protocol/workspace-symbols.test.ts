/**
 * Ctrl+T finds entities in the workspace folders' roadmaps that are not open
 * (read from disk, bounded, again when the file changes), and the open
 * documents' own text for those that are. Over real JSON-RPC.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWorkspaceFoldersNotification, WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol';
import { ensureBuilt, LspSession } from './support/lsp-harness';

const roadmap = (useCase: string, title: string) => `airoadmap: 1\norganization:\n  name: Test AS\nuse_cases:\n  ${useCase}:\n    title: ${title}\n`;

let root = '';
let other = '';
let s: LspSession;
const uriOf = (path: string) => pathToFileURL(path).href;
const search = async (query: string) => ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as SymbolInformation[];
const names = (found: SymbolInformation[]) => found.map((f) => `${f.name} ${f.location.uri.slice(uriOf(root).length)}`).sort();

before(async () => {
  await ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'airoadmap-ws-'));
  other = mkdtempSync(join(tmpdir(), 'airoadmap-ws2-'));
  mkdirSync(join(root, 'plans', 'q1'), { recursive: true });
  mkdirSync(join(root, 'node_modules', 'dep'), { recursive: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  writeFileSync(join(root, 'plans', 'main.airoadmap.yaml'), roadmap('invoice-bot', 'Invoice matching'));
  writeFileSync(join(root, 'plans', 'q1', 'extra.airoadmap.yml'), roadmap('route-ideas', 'Route suggestions'));
  writeFileSync(join(root, 'plans', 'notes.yaml'), roadmap('not-a-roadmap', 'Plain YAML'));
  writeFileSync(join(root, 'node_modules', 'dep', 'x.airoadmap.yaml'), roadmap('vendored', 'Vendored'));
  writeFileSync(join(root, '.git', 'y.airoadmap.yaml'), roadmap('hidden', 'Hidden'));
  writeFileSync(join(root, 'broken.airoadmap.yaml'), 'airoadmap: 1\nuse_cases:\n  half-typed:\n    title: "open\n');
  writeFileSync(join(other, 'far.airoadmap.yaml'), roadmap('far-away', 'Another folder'));
  s = await LspSession.start({ workspaceFolders: [uriOf(root)] });
});

after(async () => {
  await s.stop();
  rmSync(root, { recursive: true, force: true });
  rmSync(other, { recursive: true, force: true });
});

describe('workspace symbols', () => {
  it("finds the entities of the folder's roadmaps that are not open, and not those of node_modules, dot-folders or other YAML", async () => {
    const found = await search('');
    assert.deepEqual(names(found).filter((n) => !n.startsWith('half-typed')), ['invoice-bot /plans/main.airoadmap.yaml', 'route-ideas /plans/q1/extra.airoadmap.yml']);
    assert.ok(names(await search('matching')).includes('invoice-bot /plans/main.airoadmap.yaml'), 'by title too');
    assert.deepEqual(names(await search('rte')), ['route-ideas /plans/q1/extra.airoadmap.yml'], 'the id by its characters in order');
    const bot = found.find((f) => f.name === 'invoice-bot')!;
    assert.deepEqual(bot.location.range.start, { line: 4, character: 2 });
  });

  it('an open roadmap is searched in its editor text, once', async () => {
    const uri = uriOf(join(root, 'plans', 'main.airoadmap.yaml'));
    await s.open(uri, roadmap('invoice-bot-renamed', 'Invoice matching'));
    const found = names(await search('invoice'));
    assert.deepEqual(found, ['invoice-bot-renamed /plans/main.airoadmap.yaml']);
    await s.close(uri);
    assert.deepEqual(names(await search('invoice')), ['invoice-bot /plans/main.airoadmap.yaml'], 'closed: the disk again');
  });

  it('reads a changed file again', async () => {
    const path = join(root, 'plans', 'q1', 'extra.airoadmap.yml');
    writeFileSync(path, roadmap('route-planner', 'Route planner, longer title'));
    const later = new Date('2030-01-01T00:00:00Z'); // a later mtime than the first read's, whatever today is
    utimesSync(path, later, later);
    assert.deepEqual(names(await search('route')), ['route-planner /plans/q1/extra.airoadmap.yml']);
  });

  it('follows the folders the client adds and removes', async () => {
    await s.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [{ uri: uriOf(root), name: 'root' }] } });
    const found = await search('');
    assert.deepEqual(found.map((f) => f.name), ['far-away']);
    // A malformed notification is ignored, and the server still answers.
    await s.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: 'nope', removed: [null, 7] } });
    await s.connection.sendNotification('workspace/didChangeWorkspaceFolders', null);
    assert.deepEqual((await search('')).map((f) => f.name), ['far-away']);
  });
});
