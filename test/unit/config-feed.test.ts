/**
 * The web client's configuration feed (client/src/config-feed.ts) against a
 * stand-in for `vscode`: before a document opens it reads each candidate
 * through workspace.fs (up to the document's workspace folder) and sends what
 * it found, and waits for the notification to be written; a watched change,
 * creation, deletion or save reads the file again and sends it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Module, { createRequire } from 'node:module';
import { URI } from 'vscode-uri';
import type { ConfigFeed as Feed } from '../../client/src/config-feed';
import { CONFIG_FILES_NOTIFICATION, type ConfigFilesParams } from '../../server/src/shared/config-protocol';

const FOLDER = 'vscode-vfs://github/acme/plans';
type Listener = (uri: URI) => void;

/** The stand-in's files and what it was asked. */
const disk = new Map<string, string>();
const reads: string[] = [];
const listeners = { create: [] as Listener[], change: [] as Listener[], delete: [] as Listener[], save: [] as ((d: { uri: URI }) => void)[] };
const on = <T>(list: T[]) => (listener: T) => {
  list.push(listener);
  return { dispose: () => list.splice(list.indexOf(listener), 1) };
};
const fakeVscode = {
  Uri: { parse: (text: string) => URI.parse(text, true) },
  workspace: {
    fs: {
      readFile: async (uri: URI): Promise<Uint8Array> => {
        reads.push(uri.toString());
        const text = disk.get(uri.toString());
        if (text === undefined) throw new Error('FileNotFound');
        return new TextEncoder().encode(text);
      },
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
  const sent: ConfigFilesParams[] = [];
  let written = 0;
  const client = {
    sendNotification: async (method: string, params: ConfigFilesParams) => {
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

  it('a client that is not running loses nothing but the message', async () => {
    const feed = new ConfigFeed(() => ({ sendNotification: () => Promise.reject(new Error('Client is not running')) }) as never, watcher as never);
    await feed.beforeOpen(URI.parse(`${FOLDER}/b/x.airoadmap.yaml`) as never);
    const none = new ConfigFeed(() => undefined, watcher as never);
    await none.beforeOpen(URI.parse(`${FOLDER}/b/x.airoadmap.yaml`) as never);
    feed.dispose();
    none.dispose();
  });
});
