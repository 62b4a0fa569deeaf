/**
 * No test decides pass or fail by the clock (issue 18, item 1): a busy
 * machine must not fail `npm test`. Tests bound counted work instead
 * (test/helpers/work.ts); the wall-clock bounds live in `npm run bench` and
 * `npm run fuzz`. A deadline to wait for something (the language server's
 * publish, a build lock) is not a bound on speed and is allowed where listed.
 * test/e2e and test/vscode drive a real editor and only wait with deadlines;
 * they are not part of `npm test`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(__dirname, '..', '..');
/** What `npm test` runs, and the helpers it imports. */
const DIRS = ['test/unit', 'test/protocol', 'test/browser', 'test/fuzz', 'test/helpers'];

/** Reading an interval clock: the start of every speed measurement. */
const CLOCK = /performance\.now|process\.hrtime|Date\.now|cpuUsage|console\.time|timerify|monitorEventLoopDelay/;

/** Clock reads that are not speed bounds, by file and line. */
const ALLOWED: { file: string; line: RegExp; why: string }[] = [
  { file: 'test/protocol/support/lsp-harness.ts', line: /deadline|mtimeMs > 120_000/, why: 'deadlines to wait for a publish and for the build lock' },
  { file: 'test/unit/hostile.test.ts', line: /MARKER-\$\{process\.pid\}-\$\{Date\.now\(\)\}/, why: 'a unique marker string' },
  { file: 'test/fuzz/hostile-corpus.ts', line: /MARKER-\$\{process\.pid\}-\$\{Date\.now\(\)\}/, why: 'a unique marker string' },
  { file: 'test/unit/clock-free.test.ts', line: /.*/, why: 'this test' },
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = DIRS.flatMap((d) => tsFiles(join(root, d))).map((f) => relative(root, f));

describe('tests read no clock', () => {
  it('no test or test helper reads a clock, but for the deadlines and markers listed', () => {
    assert.ok(files.length > 40, `${files.length} files`);
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!CLOCK.test(line)) return;
          if (ALLOWED.some((a) => a.file === file && a.line.test(line))) return;
          offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(offenders, [], 'bound counted work instead (test/helpers/work.ts); speed belongs in npm run bench / npm run fuzz');
  });

  it('no test file uses the long run’s time bound (calibrate, checkTime, a time factor)', () => {
    const offenders = files.filter((f) => f.endsWith('.test.ts') && f !== 'test/unit/clock-free.test.ts').filter((f) => /\b(calibrate|checkTime)\b|time: \{ calibration/.test(readFileSync(join(root, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('a work-bounded check reads no clock (checked by counting calls)', async () => {
    // Imported here, so that the file scans above still run where these helpers are missing.
    const { checkInvariants, EXAMPLE_PATH, FUZZ_WORK_FACTOR } = await import('../fuzz/invariants');
    const { measureWork, workBaseline } = await import('../helpers/work');
    const perf = performance as { now: () => number };
    const saved = { perfNow: perf.now, dateNow: Date.now };
    let reads = 0;
    const count = <T>(f: T): T => {
      reads++;
      return f;
    };
    try {
      perf.now = () => count(saved.perfNow.call(performance));
      Date.now = () => count(saved.dateNow());
      const example = readFileSync(join(root, EXAMPLE_PATH), 'utf8');
      const baseline = workBaseline(example);
      measureWork(`${example}\nbogus: 1\n`);
      assert.deepEqual(checkInvariants(example, {}, { work: { baseline, factor: FUZZ_WORK_FACTOR } }), []);
    } finally {
      perf.now = saved.perfNow;
      Date.now = saved.dateNow;
    }
    assert.equal(reads, 0);
    // The counters are live: reading the clock through them counts.
    perf.now = () => count(saved.perfNow.call(performance));
    try {
      perf.now();
    } finally {
      perf.now = saved.perfNow;
    }
    assert.equal(reads, 1);
  });
});
