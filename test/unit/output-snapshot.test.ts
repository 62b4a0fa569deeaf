/**
 * `airoadmap check --format json` on examples/ and every fixture, in English
 * and Norwegian, is byte-identical to the recorded snapshot: a refactoring
 * (issue 11's regrouping of the core) must not change one byte of what users
 * and CI see. The snapshot keeps a SHA-256 per file and locale, so a change
 * names the files it touched; when a change is meant (a new rule, a better
 * message), re-record with `UPDATE_SNAPSHOTS=1 node --import tsx --test
 * test/unit/output-snapshot.test.ts` and review the diff of the snapshot.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';
import { buildCli, ROOT, runCli } from './cli-harness';
import { FIXTURE_TODAY } from '../helpers/fixtures';

const SNAPSHOT = join(ROOT, 'test', 'fixtures', 'snapshots', 'check-json.sha256');
const INPUTS = ['examples', 'test/fixtures'];
const LOCALES = ['en', 'nb'] as const;

interface Entry {
  file: string;
}

/** `locale path` → SHA-256 of that file's diagnostics as the JSON output prints them. */
function digests(): Map<string, string> {
  const out = new Map<string, string>();
  for (const locale of LOCALES) {
    // The fixtures' fixed today, so the date rules give the same output whatever day it runs.
    const result = runCli(['--locale', locale, 'check', '--format', 'json', '--today', FIXTURE_TODAY, ...INPUTS], { cwd: ROOT });
    assert.ok(result.status === 0 || result.status === 1, `check exited ${result.status}: ${result.stderr}`);
    const entries = JSON.parse(result.stdout) as Entry[];
    const byFile = new Map<string, Entry[]>();
    for (const e of entries) {
      const list = byFile.get(e.file) ?? [];
      list.push(e);
      byFile.set(e.file, list);
    }
    // Files without diagnostics are in the snapshot too (as an empty list), so a new finding on a clean file shows.
    const files = new Set(byFile.keys());
    for (const file of walked) files.add(file);
    for (const file of [...files].sort()) {
      const text = JSON.stringify(byFile.get(file) ?? [], null, 2);
      out.set(`${locale} ${file}`, createHash('sha256').update(text).digest('hex'));
    }
  }
  return out;
}

/** Every roadmap file under the inputs, as `check` names them. */
let walked: string[] = [];

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) found.push(...walk(rel));
    else if (/\.airoadmap\.ya?ml$/.test(name)) found.push(rel);
  }
  return found;
}

before(() => {
  buildCli();
  walked = INPUTS.flatMap((d) => walk(d));
});

test('check --format json on examples/ and the fixtures is byte-identical to the snapshot (en, nb)', () => {
  const now = digests();
  assert.ok(now.size > 400, `${now.size} outputs`);
  const text = [...now].map(([key, hash]) => `${hash}  ${key}`).join('\n') + '\n';
  if (process.env['UPDATE_SNAPSHOTS'] === '1' || !existsSync(SNAPSHOT)) {
    mkdirSync(dirname(SNAPSHOT), { recursive: true });
    writeFileSync(SNAPSHOT, text);
    if (process.env['UPDATE_SNAPSHOTS'] !== '1') assert.fail(`no snapshot yet: wrote ${SNAPSHOT}; review and commit it`);
    return;
  }
  const recorded = new Map(
    readFileSync(SNAPSHOT, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [hash, ...rest] = line.split('  ');
        return [rest.join('  '), hash!] as const;
      }),
  );
  const changed = [...now].filter(([key, hash]) => recorded.has(key) && recorded.get(key) !== hash).map(([key]) => key);
  const added = [...now.keys()].filter((key) => !recorded.has(key));
  const removed = [...recorded.keys()].filter((key) => !now.has(key));
  assert.deepEqual({ changed, added, removed }, { changed: [], added: [], removed: [] }, 'outputs differ from test/fixtures/snapshots/check-json.sha256');
});
