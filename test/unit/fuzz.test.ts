/**
 * Property-based fuzzing of the core's `checkText` (issue 7, item 1), short
 * run: about 10,000 cases across the properties of test/fuzz/properties.ts,
 * plus the replay of every earlier failure in test/fixtures/fuzz/.
 * The seed is fixed so `npm test` is reproducible; FUZZ_SEED=<n> picks
 * another, FUZZ_SCALE=<x> multiplies the run counts. The long run is
 * `npm run fuzz -- --runs N`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { PositionMapper } from '../../server/src/core/language/positions';
import { mutate } from '../fuzz/arbitraries';
import { checkInvariants, EXAMPLE_PATH, FUZZ_WORK_FACTOR, lspLineLengths, rangeProblem, type CaseBounds } from '../fuzz/invariants';
import { timeBound, type Calibration } from '../../bench/fuzz-time';
import { foundCases, properties, violationsOf } from '../fuzz/properties';
import { workBaseline } from '../helpers/work';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261126);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);

/** Runs per property in the short run; together at least 10,000. */
const RUNS: Record<string, number> = {
  'any text': 3600,
  'yaml token soup': 3000,
  'valid roadmaps from the zod model': 800,
  'valid roadmaps written with merge keys': 600,
  'slightly invalid roadmaps from the zod model': 800,
  'examples mutated line by line': 1800,
};

describe('fuzz: the invariant checker itself', () => {
  it('splits lines the way LSP clients do (\\n, \\r\\n, lone \\r)', () => {
    assert.deepEqual(lspLineLengths('ab\ncd\r\nef\rg'), [2, 2, 2, 1]);
    assert.deepEqual(lspLineLengths(''), [0]);
    assert.deepEqual(lspLineLengths('x\n'), [1, 0]);
  });

  it('rejects ranges outside the document or reversed', () => {
    const lines = [3, 0];
    const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });
    assert.equal(rangeProblem(r(0, 0, 0, 3), lines), undefined);
    assert.equal(rangeProblem(r(1, 0, 1, 0), lines), undefined);
    assert.match(rangeProblem(r(0, 0, 0, 4), lines)!, /past the line's length/);
    assert.match(rangeProblem(r(2, 0, 2, 0), lines)!, /line count/);
    assert.match(rangeProblem(r(0, 2, 0, 1), lines)!, /after end/);
    assert.match(rangeProblem(r(0, -1, 0, 1), lines)!, /not a position/);
  });

  it('the time bound (npm run fuzz only) grows with the input and never drops below the example', () => {
    const c: Calibration = { msPerKChar: 0.5, exampleMs: 2 };
    assert.equal(timeBound(c, 10, 10), 20);
    assert.equal(timeBound(c, 100_000, 10), 500);
  });

  it('the work bound is live: a case over it is a violation', () => {
    const example = readFileSync(EXAMPLE_PATH, 'utf8');
    const baseline = workBaseline(example);
    assert.deepEqual(checkInvariants(example, {}, { work: { baseline, factor: 1 } }), []);
    const over = checkInvariants(example, {}, { work: { baseline, factor: 0.5 } });
    assert.deepEqual(over.map((v) => v.property), ['work']);
    assert.match(over[0]!.detail, /core work \d+ > \d+/);
  });

  it('line mutations do what they say', () => {
    assert.equal(mutate('a\nb\nc', [{ op: 'delete', line: 1 }]), 'a\nc');
    assert.equal(mutate('a\nb', [{ op: 'swap', line: 0, other: 1 }]), 'b\na');
    assert.equal(mutate('  k: v', [{ op: 'key-value-swap', line: 0 }]), '  v: k');
    assert.equal(mutate('    k: v', [{ op: 'tabs', line: 0 }]), '\t\tk: v');
    assert.equal(mutate('a\nb', [{ op: 'crlf-all' }]), 'a\r\nb');
    assert.equal(mutate('ab', [{ op: 'bad-bytes', at: 1, bytes: [0xff] }]), 'a\ufffdb');
  });
});

/** The work bound of every case (counted work: a busy machine cannot fail it; no clock is read). */
function workBounds(): CaseBounds {
  return { work: { baseline: workBaseline(readFileSync(EXAMPLE_PATH, 'utf8')), factor: FUZZ_WORK_FACTOR } };
}

describe('fuzz: checkText on generated input', () => {
  let bounds: CaseBounds;
  before(() => {
    bounds = workBounds();
  });

  for (const property of properties()) {
    const numRuns = Math.max(1, Math.round((RUNS[property.name] ?? 500) * SCALE));
    it(`${property.name}: never throws, ranges inside, deterministic, work ∝ size (${numRuns} cases, seed ${SEED})`, () => {
      fc.assert(
        fc.property(property.arbitrary, (c) => {
          const violations = violationsOf(property, c, bounds);
          assert.deepEqual(violations, [], `text ${JSON.stringify(c.text.slice(0, 300))}`);
        }),
        { numRuns, seed: SEED },
      );
    });
  }

  it('runs at least 10,000 cases in total', () => {
    const total = properties().reduce((sum, p) => sum + Math.max(1, Math.round((RUNS[p.name] ?? 500) * SCALE)), 0);
    assert.ok(SCALE < 1 || total >= 10_000, `${total} cases`);
  });
});

describe('fuzz: found cases stay fixed (test/fixtures/fuzz)', () => {
  let bounds: CaseBounds;
  before(() => {
    bounds = workBounds();
  });

  const cases = foundCases();
  it('has the fixtures', () => assert.ok(cases.length >= 3, `${cases.length} fixtures`));
  for (const found of cases) {
    it(`${found.file} (${found.property})`, () => {
      assert.deepEqual(checkInvariants(found.text, found.options, bounds), []);
    });
  }

  it('an offset between \\r and \\n maps to the end of its line', () => {
    const mapper = new PositionMapper('ab\r\ncd\re');
    assert.deepEqual(mapper.toLspPosition(3), { line: 0, character: 2 });
    assert.deepEqual(mapper.toLspPosition(4), { line: 1, character: 0 });
    assert.deepEqual(mapper.toLspPosition(7), { line: 2, character: 0 });
    assert.equal(mapper.lineCount, 3);
  });
});
