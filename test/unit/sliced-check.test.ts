/**
 * The check in steps (`IncrementalChecker.checkSteps`, what the server runs
 * in slices on a long document) gives exactly `checkText`'s result, yields
 * once per chunk it walks, loses no walked chunk when it is abandoned, and
 * leaves the checker consistent for the next text. `SlicedTask` gives the
 * event loop a turn between slices, can be cancelled and finished at once.
 * Work is counted (steps, walks, slices), never timed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRoadmap } from '../../bench/generate';
import { checkText, type CheckResult } from '../../server/src/core/index';
import { splitChunks } from '../../server/src/core/language/incremental/checker';
import { createIncrementalChecker } from '../../server/src/core/index';
import { RULES } from '../../server/src/core/rules/index';
import { SlicedTask } from '../../server/src/lsp/sliced-task';
import { entityCount } from '../helpers/work';

const root = join(__dirname, '..', '..');
const DSL = readFileSync(join(root, 'test', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');
const BIG = generateRoadmap(120).text;

/** Runs a stepped check to its end; returns the result and the number of steps. */
function run(steps: Generator<void, CheckResult, void>): { result: CheckResult; steps: number } {
  let n = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, steps: n };
    n++;
  }
}

/** The rules' steps: one per whole-model rule, one per 500 entities the entity rules look at. */
function ruleSteps(result: CheckResult): number {
  return RULES.filter((r) => r.check).length + Math.floor(entityCount(result.model) / 500);
}

function same(actual: CheckResult, expected: CheckResult, what: string): void {
  assert.deepEqual(actual.diagnostics, expected.diagnostics, `${what}: diagnostics`);
  assert.deepEqual(actual.findings, expected.findings, `${what}: findings`);
}

const texts: [string, string][] = [
  ['the DSL example', DSL],
  ['a generated roadmap of 120 use cases', BIG],
  ['anchors and aliases (the whole-document parse)', `${DSL}\nextra: &a [1]\nmore: *a\n`],
  ['a chunk with a syntax error', DSL.replace('use_cases:\n', 'use_cases:\n  broken: [unclosed\n')],
  ['duplicate entities and sections', `${DSL}\n${DSL.slice(DSL.indexOf('risks:'))}`],
  ['an empty text', ''],
  ['a BOM and CRLF line ends', `\uFEFF${DSL.replace(/\n/g, '\r\n')}`],
];

test('the check in steps equals checkText, for every kind of text', () => {
  for (const [what, text] of texts) {
    same(run(createIncrementalChecker().checkSteps(text, { locale: 'nb' })).result, checkText(text, { locale: 'nb' }), what);
  }
});

test('it yields once per run of entities or other chunk walked, then once after the parse, once per whole-model rule and per 500 entities', () => {
  const chunks = splitChunks(BIG)!.filter((c) => c.kind !== 'preamble').length;
  const checker = createIncrementalChecker();
  const first = run(checker.checkSteps(BIG));
  const rules = ruleSteps(first.result);
  assert.ok(rules < RULES.length, 'the entity rules run together');
  // The entities in runs of up to 16 KiB, one step each; the other chunks (sections, heads) a step each.
  assert.ok(checker.lastBatched > chunks * 0.9, `${checker.lastBatched} of ${chunks} chunks walked in runs`);
  assert.ok(checker.lastBatches <= Math.ceil(BIG.length / (16 * 1024)) + 8, `${checker.lastBatches} runs`);
  assert.equal(first.steps, chunks - checker.lastBatched + checker.lastBatches + 1 + rules, 'every run and every other chunk walked is a step of its own');
  assert.equal(checker.lastWalked, 0, 'the parse found every chunk walked already');
  const again = run(checker.checkSteps(BIG));
  assert.equal(again.steps, 1 + rules, 'the same text again walks nothing');
  const edited = BIG.replace(/title: [^\n]+/, 'title: Renamed');
  const third = run(checker.checkSteps(edited));
  assert.equal(third.steps, 1 + 1 + rules, 'an edit inside one entity walks that entity only');
  same(third.result, checkText(edited), 'after the edit');
});

test('a line added near the top moves every chunk below: they are placed again in steps of 256, before the assembly', () => {
  const chunks = splitChunks(BIG)!.filter((c) => c.kind !== 'preamble').length;
  const checker = createIncrementalChecker();
  run(checker.checkSteps(BIG));
  // A line more in organization (the second chunk): that chunk is walked, the chunks - 2 after it move down a line.
  const moved = BIG.replace('organization:\n', 'organization:\n  # a comment\n');
  const steps = run(checker.checkSteps(moved));
  assert.equal(steps.steps, 1 + Math.floor((chunks - 1) / 256) + 1 + ruleSteps(steps.result));
  same(steps.result, checkText(moved), 'after the move');
});

test('an abandoned check loses no walked chunk and leaves the checker right for another text', () => {
  const chunks = splitChunks(BIG)!.filter((c) => c.kind !== 'preamble').length;
  const checker = createIncrementalChecker();
  const abandoned = checker.checkSteps(BIG);
  // Steps until 40 chunks are cached (the first runs of entities).
  while (checker.size < 40) assert.equal(abandoned.next().done, false);
  const walked = checker.size;
  assert.ok(walked < chunks / 2);
  // A newer text arrives (an edit near the end, past what was walked): checked at once, synchronously, on the same checker.
  const at = BIG.lastIndexOf('title: ');
  const edited = `${BIG.slice(0, at)}title: Renamed${BIG.slice(BIG.indexOf('\n', at))}`;
  same(checker.check(edited), checkText(edited), 'the newer text');
  assert.equal(checker.lastWalked, chunks - walked, 'the chunks the abandoned check walked are not walked again');
  // And the first text once more, in steps, from a cache that has moved on.
  same(run(checker.checkSteps(BIG)).result, checkText(BIG), 'the first text again');
});

test('a sliced task gives the event loop a turn between slices, and ends once', async () => {
  const order: string[] = [];
  function* job(): Generator<void, number, void> {
    for (let i = 0; i < 5; i++) {
      order.push(`step ${i}`);
      yield;
    }
    return 42;
  }
  const results: number[] = [];
  // sliceMs 0: one step per slice, so the turns are counted, not timed.
  const task = new SlicedTask(job(), () => -1, (r) => results.push(r), 0);
  setImmediate(() => order.push('other work'));
  await task.done;
  assert.deepEqual(results, [42]);
  assert.ok(order.indexOf('other work') > 0 && order.indexOf('other work') < order.length - 1, `other work ran between the steps: ${order.join(', ')}`);
  assert.equal(task.slices, 5, 'a turn after each of the 5 steps');
  assert.equal(task.running, false);
});

test('a cancelled sliced task never delivers; finishNow delivers at once; a throwing step falls back', async () => {
  function* steps(n: number): Generator<void, string, void> {
    for (let i = 0; i < n; i++) yield;
    return 'done';
  }
  const delivered: string[] = [];
  const cancelled = new SlicedTask(steps(1000), () => 'fallback', (r) => delivered.push(`cancelled ${r}`), 0);
  cancelled.cancel();
  await cancelled.done;
  const finished = new SlicedTask(steps(1000), () => 'fallback', (r) => delivered.push(`finished ${r}`), 0);
  finished.finishNow();
  assert.deepEqual(delivered, ['finished done'], 'finishNow delivers before returning');
  await finished.done;
  function* throwing(): Generator<void, string, void> {
    yield;
    throw new Error('boom');
  }
  const fallen = new SlicedTask(throwing(), () => 'fallback', (r) => delivered.push(`throwing ${r}`), 0);
  await fallen.done;
  assert.deepEqual(delivered, ['finished done', 'throwing fallback']);
});

test('results walked in runs equal those walked alone, through later edits', () => {
  for (const text of [BIG, generateRoadmap(80, undefined, 'findings').text, BIG.replace(/\n/g, '\r\n')]) {
    const stepped = createIncrementalChecker();
    run(stepped.checkSteps(text));
    assert.ok(stepped.lastBatched > 0);
    let current = text;
    let seed = 7;
    for (let i = 0; i < 25; i++) {
      seed = (seed * 48271) % 2147483647;
      // A character typed, or one deleted, somewhere in the file (at a line's content, so most edits stay in one chunk).
      const nl = current.indexOf('\n', seed % current.length);
      const at = nl === -1 ? current.length : Math.max(0, nl - 1);
      const insert = i % 3 === 2 ? '' : 'x';
      const end = i % 3 === 2 ? at + 1 : at;
      const next = `${current.slice(0, at)}${insert}${current.slice(end)}`;
      const result = stepped.check(next, {}, { from: current, changes: [{ start: at, end, text: insert }] });
      same(result, checkText(next), `edit ${i}`);
      current = next;
    }
  }
});
