/**
 * Hostile files tried as a new user would (issue 7's acceptance): the corpus
 * of test/fuzz/hostile-corpus.ts handed to the real command line, `check` on
 * the whole folder in every format and `render` on each file. Nothing
 * crashes (no stack trace, the documented exit codes), nothing runs (no tag
 * loads its file or touches a path), and the inputs are left as they were.
 * The same files go through the language server in test/protocol/hostile.test.ts
 * and through the preview in Chromium in test/browser/hostile.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writeHostileCorpus, type HostileCorpus } from '../fuzz/hostile-corpus';
import { assertNoStackTrace, buildCli, removeTree, runCli, tempTree } from './cli-harness';

interface JsonFinding {
  file: string;
  code: string;
  severity: string;
  message: string;
}

describe('hostile files tried with the command line', () => {
  let root: string;
  let corpus: HostileCorpus;
  let before_: Map<string, { bytes: Buffer; mtimeMs: number }>;
  before(() => {
    buildCli();
    root = tempTree();
    corpus = writeHostileCorpus(join(root, 'roadmaps'));
    before_ = new Map(corpus.files.map((f) => [f.path, { bytes: readFileSync(f.path), mtimeMs: statSync(f.path).mtimeMs }]));
  });
  after(() => removeTree(root));

  const assertNothingRan = (output: string, where: string) => {
    assert.doesNotMatch(output, new RegExp(corpus.marker), `${where}: no tag loaded secret.txt`);
    assert.equal(existsSync(corpus.touched), false, `${where}: no tag ran a command`);
    assert.equal((globalThis as Record<string, unknown>)['__airoadmapPwned'], undefined);
  };

  it('`check` on the folder, as JSON: every file checked, findings for the broken ones, exit 1', () => {
    const result = runCli(['check', 'roadmaps', '--format', 'json'], { cwd: root });
    assertNoStackTrace(result.stderr);
    assert.equal(result.status, 1, result.stderr);
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    const byFile = new Map<string, JsonFinding[]>();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const errorsOf = (name: string) => (byFile.get(`roadmaps/${name}.airoadmap.yaml`) ?? []).filter((f) => f.severity === 'error').map((f) => f.code);
    // Each hostile shape gets the clear diagnostic the core promises for it.
    assert.ok(errorsOf('billion-laughs').includes('wrong-type'), errorsOf('billion-laughs').join());
    assert.ok(errorsOf('self-anchors').length > 0);
    assert.ok(errorsOf('aliased-entities').includes('unknown-reference'));
    assert.ok(errorsOf('deep-nesting').includes('yaml-syntax'));
    assert.ok(errorsOf('fifty-thousand-lines').includes('unknown-reference'));
    assert.ok(errorsOf('tags').includes('yaml-syntax'));
    // `<<: *base` merges (the organisation's name comes from it); `<<: {…}` written in place is wrong-type.
    assert.deepEqual(errorsOf('merge-keys'), ['wrong-type']);
    assert.ok(errorsOf('random-bytes').length > 0);
    assert.ok(errorsOf('control-characters').length > 0);
    // The 10 MB scalars and the 100,000 members are valid: no error, and no message quotes them whole.
    assert.deepEqual(errorsOf('big-scalar'), []);
    assert.deepEqual(errorsOf('many-keys'), []);
    for (const f of findings) assert.ok(f.message.length <= 1000, `${f.file} ${f.code}: a message of ${f.message.length} characters`);
    assertNothingRan(result.stdout, 'check --format json');
  });

  it('`check` as text and as SARIF: the same exit code, no stack trace', () => {
    for (const format of ['text', 'sarif']) {
      const result = runCli(['check', 'roadmaps', '--format', format], { cwd: root });
      assertNoStackTrace(result.stderr);
      assert.equal(result.status, 1, `${format}: ${result.stderr}`);
      if (format === 'sarif') assert.equal((JSON.parse(result.stdout) as { version: string }).version, '2.1.0');
      assertNothingRan(result.stdout, `check --format ${format}`);
    }
  });

  it('`render` on each file: a page for every one, syntax errors said in one line, exit 0', () => {
    for (const file of corpus.files) {
      const out = join(root, `${file.name}.html`);
      const result = runCli(['render', `roadmaps/${file.name}`, '-o', out], { cwd: root });
      assertNoStackTrace(result.stderr);
      assert.equal(result.status, 0, `${file.name} (${file.about}): ${result.stderr}`);
      for (const line of result.stderr.split('\n').filter((l) => l.length > 0)) assert.match(line, /^(airoadmap: .* has YAML syntax errors; the views show what could be read\.|wrote .*)$/, `${file.name}: ${line}`);
      const html = readFileSync(out, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/i, file.name);
      assertNothingRan(html, `render ${file.name}`);
    }
  });

  it('leaves every input as it was', () => {
    for (const file of corpus.files) {
      const was = before_.get(file.path)!;
      assert.ok(readFileSync(file.path).equals(was.bytes), `${file.name} unchanged`);
      assert.equal(statSync(file.path).mtimeMs, was.mtimeMs, `${file.name} not rewritten`);
    }
  });
});
