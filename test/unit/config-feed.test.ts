/**
 * The web client's feeds against a stand-in for `vscode`. The configuration
 * feed (client/src/config-feed.ts): before a document opens it reads each
 * candidate through workspace.fs (up to the document's workspace folder) and
 * sends what it found, and waits for the notification to be written; a
 * watched change, creation, deletion or save reads the file again and sends
 * it. The roadmap feed (client/src/roadmap-feed.ts): every roadmap file
 * findFiles lists, read and sent in batches; a watched change sends one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Module, { createRequire } from 'node:module';
import { URI } from 'vscode-uri';
import type { ConfigFeed as Feed } from '../../client/src/config-feed';
import type { RoadmapFeed as RFeed } from '../../client/src/roadmap-feed';
import { CONFIG_FILES_NOTIFICATION, ROADMAP_FILES_NOTIFICATION, type ClientFilesParams } from '../../server/src/shared/client-files-protocol';

const FOLDER = 'vscode-vfs://github/acme/plans';
type Listener = (uri: URI) => void;

/** The stand-in's files and what it was asked. */
const disk = new Map<string, string>();
const reads: string[] = [];
const found: { base: string; include: string; exclude: string; max: number }[] = [];
const listeners = { create: [] as Listener[], change: [] as Listener[], delete: [] as Listener[], save: [] as ((d: { uri: URI }) => void)[] };
const on = <T>(list: T[]) => (listener: T) => {
  list.push(listener);
  return { dispose: () => list.splice(list.indexOf(listener), 1) };
};
const fakeVscode = {
  Uri: { parse: (text: string) => URI.parse(text, true) },
  RelativePattern: class {
    constructor(
      readonly base: { uri: URI },
      readonly pattern: string,
    ) {}
  },
  workspace: {
    fs: {
      readFile: async (uri: URI): Promise<Uint8Array> => {
        reads.push(uri.toString());
        const text = disk.get(uri.toString());
        if (text === undefined) throw new Error('FileNotFound');
        return new TextEncoder().encode(text);
      },
    },
    workspaceFolders: [] as { uri: URI }[],
    findFiles: async (include: { base: { uri: URI }; pattern: string }, exclude: string, max: number): Promise<URI[]> => {
      const base = include.base.uri.toString();
      found.push({ base, include: include.pattern, exclude, max });
      return [...disk.keys()].filter((u) => u.startsWith(`${base}/`) && /\.airoadmap\.ya?ml$/.test(u)).map((u) => URI.parse(u));
    },
    getWorkspaceFolder: (uri: URI) => (uri.toString().startsWith(`${FOLDER}/`) ? { uri: URI.parse(FOLDER) } : undefined),
    onDidSaveTextDocument: on(listeners.save),
  },
};
const watcher = { onDidCreate: on(listeners.create), onDidChange: on(listeners.change), onDidDelete: on(listeners.delete) };

describe('the configuration feed (web client)', () => {
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  let ConfigFeed: typeof Feed;
  const sent: ClientFilesParams[] = [];
  let written = 0;
  const client = {
    sendNotification: async (method: string, params: ClientFilesParams) => {
      assert.equal(method, CONFIG_FILES_NOTIFICATION);
      await new Promise((r) => setTimeout(r, 5));
      sent.push(params);
      written++;
    },
  };

  before(() => {
    loader._load = function (request, parent, isMain) {
      return request === 'vscode' ? fakeVscode : original.call(this, request, parent, isMain);
    };
    ({ ConfigFeed } = createRequire(__filename)('../../client/src/config-feed') as { ConfigFeed: typeof Feed });
  });
  after(() => {
    loader._load = original;
  });

  const settle = () => new Promise((r) => setTimeout(r, 30));

  it('reads the candidates up to the workspace folder, sends them before the document opens, and reads each once', async () => {
    disk.set(`${FOLDER}/airoadmap.config.yaml`, 'locale: nb\n');
    const feed = new ConfigFeed(() => client as never, watcher as never);
    await feed.beforeOpen(URI.parse(`${FOLDER}/a/x.airoadmap.yaml`) as never);
    assert.equal(written, 1, 'the notification is written before beforeOpen resolves');
    assert.deepEqual(sent.at(-1), {
      files: [
        { uri: `${FOLDER}/a/airoadmap.config.yaml`, text: null },
        { uri: `${FOLDER}/airoadmap.config.yaml`, text: 'locale: nb\n' },
      ],
    });
    assert.deepEqual(reads.sort(), [`${FOLDER}/a/airoadmap.config.yaml`, `${FOLDER}/airoadmap.config.yaml`]);
    // Another document of the folder: sent again (a restarted server needs them), not read again.
    await feed.beforeOpen(URI.parse(`${FOLDER}/a/y.airoadmap.yaml`) as never);
    assert.equal(reads.length, 2);
    assert.equal(sent.length, 2);

    // A change on disk, a new file, a deletion: each read again and sent.
    disk.set(`${FOLDER}/airoadmap.config.yaml`, 'locale: en\n');
    for (const l of listeners.change) l(URI.parse(`${FOLDER}/airoadmap.config.yaml`));
    disk.set(`${FOLDER}/a/airoadmap.config.yaml`, 'rules: {}\n');
    for (const l of listeners.create) l(URI.parse(`${FOLDER}/a/airoadmap.config.yaml`));
    await settle();
    disk.delete(`${FOLDER}/airoadmap.config.yaml`);
    for (const l of listeners.save) l({ uri: URI.parse(`${FOLDER}/airoadmap.config.yaml`) });
    await settle();
    assert.deepEqual(sent.slice(2).map((p) => p.files), [
      [{ uri: `${FOLDER}/airoadmap.config.yaml`, text: 'locale: en\n' }],
      [{ uri: `${FOLDER}/a/airoadmap.config.yaml`, text: 'rules: {}\n' }],
      [{ uri: `${FOLDER}/airoadmap.config.yaml`, text: null }],
    ]);
    // A roadmap saved or changed is none of the feed's business.
    for (const l of listeners.save) l({ uri: URI.parse(`${FOLDER}/a/x.airoadmap.yaml`) });
    await settle();
    assert.equal(sent.length, 5);
    // An untitled document has nothing to send.
    await feed.beforeOpen(URI.parse('untitled:Untitled-1') as never);
    assert.equal(sent.length, 5);
    feed.dispose();
    assert.equal(listeners.change.length + listeners.create.length + listeners.delete.length + listeners.save.length, 0, 'disposed');
  });

  it('on the desktop, a document on disk sends nothing (the server reads its configuration itself)', async () => {
    const before = sent.length;
    const feed = new ConfigFeed(() => client as never, watcher as never, (uri) => uri.scheme !== 'file');
    await feed.beforeOpen(URI.parse('file:///home/u/plans/x.airoadmap.yaml') as never);
    for (const l of listeners.change) l(URI.parse('file:///home/u/plans/airoadmap.config.yaml'));
    await settle();
    assert.equal(sent.length, before);
    await feed.beforeOpen(URI.parse(`${FOLDER}/c/x.airoadmap.yaml`) as never);
    assert.equal(sent.length, before + 1, 'a virtual workspace’s document does');
    feed.dispose();
  });

  it('a client that is not running loses nothing but the message', async () => {
    const feed = new ConfigFeed(() => ({ sendNotification: () => Promise.reject(new Error('Client is not running')) }) as never, watcher as never);
    await feed.beforeOpen(URI.parse(`${FOLDER}/b/x.airoadmap.yaml`) as never);
    const none = new ConfigFeed(() => undefined, watcher as never);
    await none.beforeOpen(URI.parse(`${FOLDER}/b/x.airoadmap.yaml`) as never);
    feed.dispose();
    none.dispose();
  });
});

describe('the roadmap feed (web client)', () => {
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  let RoadmapFeed: typeof RFeed;
  const sent: { method: string; params: ClientFilesParams }[] = [];
  const client = {
    sendNotification: async (method: string, params: ClientFilesParams) => {
      sent.push({ method, params });
    },
  };

  before(() => {
    loader._load = function (request, parent, isMain) {
      return request === 'vscode' ? fakeVscode : original.call(this, request, parent, isMain);
    };
    ({ RoadmapFeed } = createRequire(__filename)('../../client/src/roadmap-feed') as { RoadmapFeed: typeof RFeed });
  });
  after(() => {
    loader._load = original;
  });

  it('sends every roadmap file findFiles lists (node_modules and dot-folders excluded, at most 2,000), in batches, and a watched change', async () => {
    disk.clear();
    for (let i = 0; i < 150; i++) disk.set(`${FOLDER}/r${String(i).padStart(3, '0')}.airoadmap.yaml`, `airoadmap: 1 # ${i}\n`);
    disk.set(`${FOLDER}/airoadmap.config.yaml`, 'rules: {}\n');
    fakeVscode.workspace.workspaceFolders = [{ uri: URI.parse(FOLDER) }];
    const feed = new RoadmapFeed(() => client as never, watcher as never);
    await feed.sendAll();
    assert.deepEqual(found, [{ base: FOLDER, include: '**/*.{airoadmap.yaml,airoadmap.yml}', exclude: '{**/node_modules/**,**/.*/**}', max: 2000 }]);
    assert.ok(sent.every((m) => m.method === ROADMAP_FILES_NOTIFICATION));
    assert.deepEqual(sent.map((m) => m.params.files.length), [100, 50]);
    const all = sent.flatMap((m) => m.params.files);
    assert.equal(all.length, 150);
    assert.deepEqual(all[7], { uri: `${FOLDER}/r007.airoadmap.yaml`, text: 'airoadmap: 1 # 7\n' });

    sent.length = 0;
    disk.set(`${FOLDER}/r007.airoadmap.yaml`, 'airoadmap: 1 # changed\n');
    for (const l of listeners.change) l(URI.parse(`${FOLDER}/r007.airoadmap.yaml`));
    disk.delete(`${FOLDER}/r008.airoadmap.yaml`);
    for (const l of listeners.delete) l(URI.parse(`${FOLDER}/r008.airoadmap.yaml`));
    // A configuration file is the other feed's.
    for (const l of listeners.change) l(URI.parse(`${FOLDER}/airoadmap.config.yaml`));
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(
      sent.map((m) => m.params.files).sort((a, b) => (a[0]!.uri < b[0]!.uri ? -1 : 1)),
      [[{ uri: `${FOLDER}/r007.airoadmap.yaml`, text: 'airoadmap: 1 # changed\n' }], [{ uri: `${FOLDER}/r008.airoadmap.yaml`, text: null }]],
    );
    feed.dispose();
  });

  it('on the desktop, only the folders the server cannot read (a virtual workspace’s) are listed, and only their changes sent', async () => {
    found.length = 0;
    sent.length = 0;
    disk.set('file:///home/u/plans/a.airoadmap.yaml', 'airoadmap: 1\n');
    fakeVscode.workspace.workspaceFolders = [{ uri: URI.parse('file:///home/u/plans') }, { uri: URI.parse(FOLDER) }];
    const feed = new RoadmapFeed(() => client as never, watcher as never, (uri) => uri.scheme !== 'file');
    await feed.sendAll();
    assert.deepEqual(found.map((f) => f.base), [FOLDER]);
    assert.ok(sent.flatMap((m) => m.params.files).every((f) => f.uri.startsWith(`${FOLDER}/`)));
    sent.length = 0;
    for (const l of listeners.change) l(URI.parse('file:///home/u/plans/a.airoadmap.yaml'));
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(sent, [], 'the server reads file: ones itself');
    feed.dispose();
  });
});
