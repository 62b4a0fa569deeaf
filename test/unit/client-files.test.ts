/**
 * The files the web client sends (shared/client-files-protocol.ts,
 * lsp/client-files.ts): the configuration files' candidates both ends walk,
 * and the server's keeping of what the client sent: the nearest
 * configuration file applies, the roadmap files are listed and stamped for
 * the symbol search, a removal goes, malformed, foreign or oversized entries
 * are ignored.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { configCandidates } from '../../server/src/shared/client-files-protocol';
import { ClientConfigFiles, ClientRoadmapFiles, MAX_CONFIG_FILES } from '../../server/src/lsp/client-files';
import { MAX_FILE_BYTES, MAX_FILES } from '../../server/src/lsp/workspace-roadmaps';

const REPO = 'vscode-vfs://github/acme/plans';

describe('configCandidates', () => {
  it('each folder from the document’s up to the root of the path, nearest first', () => {
    assert.deepEqual(configCandidates(`${REPO}/a/b/x.airoadmap.yaml`), [
      `${REPO}/a/b/airoadmap.config.yaml`,
      `${REPO}/a/airoadmap.config.yaml`,
      `${REPO}/airoadmap.config.yaml`,
      'vscode-vfs://github/acme/airoadmap.config.yaml',
      'vscode-vfs://github/airoadmap.config.yaml',
    ]);
    assert.deepEqual(configCandidates('file:///x.airoadmap.yaml'), ['file:///airoadmap.config.yaml']);
  });

  it('stops at the workspace folder the document is in (a trailing slash or not), not at one it is outside', () => {
    const within = [`${REPO}/a/b/airoadmap.config.yaml`, `${REPO}/a/airoadmap.config.yaml`, `${REPO}/airoadmap.config.yaml`];
    assert.deepEqual(configCandidates(`${REPO}/a/b/x.airoadmap.yaml`, REPO), within);
    assert.deepEqual(configCandidates(`${REPO}/a/b/x.airoadmap.yaml`, `${REPO}/`), within);
    assert.equal(configCandidates(`${REPO}/a/b/x.airoadmap.yaml`, 'vscode-vfs://github/other').length, 5);
    // A folder whose name only begins the same is not the document's.
    assert.equal(configCandidates(`${REPO}-old/x.airoadmap.yaml`, REPO).length, 3);
  });

  it('drops query and fragment, and has none for a URI without a path', () => {
    assert.deepEqual(configCandidates(`${REPO}/x.airoadmap.yaml?ref=main#L3`, REPO), [`${REPO}/airoadmap.config.yaml`]);
    assert.deepEqual(configCandidates('untitled:Untitled-1'), []);
    assert.deepEqual(configCandidates('not a uri'), []);
  });
});

describe('ClientConfigFiles', () => {
  const doc = `${REPO}/a/b/x.airoadmap.yaml`;

  it('the nearest file the client sent applies; a null removes it', () => {
    const files = new ClientConfigFiles();
    assert.equal(files.nearest(doc), undefined);
    assert.equal(files.accept({ files: [{ uri: `${REPO}/airoadmap.config.yaml`, text: 'locale: nb\n' }] }), true);
    assert.deepEqual(files.nearest(doc), { uri: `${REPO}/airoadmap.config.yaml`, text: 'locale: nb\n' });
    assert.equal(files.accept({ files: [{ uri: `${REPO}/a/airoadmap.config.yaml`, text: 'locale: en\n' }, { uri: `${REPO}/a/b/airoadmap.config.yaml`, text: null }] }), true);
    assert.equal(files.nearest(doc)?.uri, `${REPO}/a/airoadmap.config.yaml`);
    // The same again changes nothing, so the server checks nothing again.
    assert.equal(files.accept({ files: [{ uri: `${REPO}/a/airoadmap.config.yaml`, text: 'locale: en\n' }] }), false);
    assert.equal(files.accept({ files: [{ uri: `${REPO}/a/airoadmap.config.yaml`, text: null }] }), true);
    assert.equal(files.nearest(doc)?.uri, `${REPO}/airoadmap.config.yaml`);
    assert.equal(files.nearest('untitled:Untitled-1'), undefined);
  });

  it('ignores what is not a configuration file or not well formed, and a file too large', () => {
    const files = new ClientConfigFiles();
    for (const params of [null, 7, {}, { files: 'x' }, { files: [null, 3, { uri: 5, text: 'a' }, { uri: `${REPO}/a/b/x.airoadmap.yaml`, text: 'a' }, { uri: `${REPO}/airoadmap.config.yaml`, text: 42 }] }]) {
      assert.equal(files.accept(params), false, JSON.stringify(params));
    }
    assert.equal(files.accept({ files: [{ uri: `${REPO}/airoadmap.config.yaml`, text: 'x'.repeat(MAX_FILE_BYTES + 1) }] }), false);
    assert.equal(files.nearest(doc), undefined);
    // Too large replaces a smaller one: the file as it is cannot be used.
    files.accept({ files: [{ uri: `${REPO}/airoadmap.config.yaml`, text: 'locale: nb\n' }] });
    assert.equal(files.accept({ files: [{ uri: `${REPO}/airoadmap.config.yaml`, text: 'x'.repeat(MAX_FILE_BYTES + 1) }] }), true);
    assert.equal(files.nearest(doc), undefined);
  });

  it('keeps at most MAX_CONFIG_FILES', () => {
    const files = new ClientConfigFiles();
    const many = (from: number) => ({ files: Array.from({ length: MAX_CONFIG_FILES }, (_, i) => ({ uri: `${REPO}/d${from + i}/airoadmap.config.yaml`, text: 'rules: {}\n' })) });
    assert.equal(files.accept(many(0)), true);
    assert.equal(files.accept(many(MAX_CONFIG_FILES)), false, 'no room for more');
    assert.equal(files.nearest(`${REPO}/d${MAX_CONFIG_FILES}/x.airoadmap.yaml`), undefined);
    assert.ok(files.nearest(`${REPO}/d0/x.airoadmap.yaml`));
  });
});

describe('ClientRoadmapFiles', () => {
  it('lists what the client sent below a folder, stamps each version, reads it, and forgets a null', () => {
    const files = new ClientRoadmapFiles();
    assert.equal(files.accept({ files: [{ uri: `${REPO}/b.airoadmap.yaml`, text: 'airoadmap: 1\n' }, { uri: `${REPO}/sub/a.airoadmap.yml`, text: 'airoadmap: 1\n' }, { uri: `${REPO}-old/c.airoadmap.yaml`, text: 'x' }] }), true);
    assert.deepEqual(files.list(REPO), [`${REPO}/b.airoadmap.yaml`, `${REPO}/sub/a.airoadmap.yml`]);
    assert.deepEqual(files.list(`${REPO}/`), files.list(REPO));
    const stamp = files.stamp(`${REPO}/b.airoadmap.yaml`);
    assert.ok(stamp !== undefined);
    assert.equal(files.read(`${REPO}/b.airoadmap.yaml`), 'airoadmap: 1\n');
    // The same text keeps the stamp; a new one changes it.
    assert.equal(files.accept({ files: [{ uri: `${REPO}/b.airoadmap.yaml`, text: 'airoadmap: 1\n' }] }), false);
    assert.equal(files.stamp(`${REPO}/b.airoadmap.yaml`), stamp);
    assert.equal(files.accept({ files: [{ uri: `${REPO}/b.airoadmap.yaml`, text: 'airoadmap: 1\norganization: {}\n' }] }), true);
    assert.notEqual(files.stamp(`${REPO}/b.airoadmap.yaml`), stamp);
    assert.equal(files.accept({ files: [{ uri: `${REPO}/b.airoadmap.yaml`, text: null }] }), true);
    assert.equal(files.stamp(`${REPO}/b.airoadmap.yaml`), undefined);
    assert.equal(files.read(`${REPO}/b.airoadmap.yaml`), undefined);
    assert.deepEqual(files.list(REPO), [`${REPO}/sub/a.airoadmap.yml`]);
  });

  it('takes roadmap files only, well formed, within the bounds', () => {
    const files = new ClientRoadmapFiles();
    assert.equal(files.accept({ files: [{ uri: `${REPO}/airoadmap.config.yaml`, text: 'rules: {}\n' }, { uri: `${REPO}/x.yaml`, text: 'a' }, { uri: 3, text: 'a' }, null] }), false);
    assert.equal(files.accept({ files: [{ uri: `${REPO}/big.airoadmap.yaml`, text: 'x'.repeat(MAX_FILE_BYTES + 1) }] }), false);
    assert.deepEqual(files.list(REPO), []);
    const many = { files: Array.from({ length: MAX_FILES + 5 }, (_, i) => ({ uri: `${REPO}/f${i}.airoadmap.yaml`, text: 'airoadmap: 1\n' })) };
    assert.equal(files.accept(many), true);
    assert.equal(files.list(REPO).length, MAX_FILES);
  });
});
