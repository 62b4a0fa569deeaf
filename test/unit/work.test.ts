/**
 * The work meter (issue 18): what the core counts when asked, so that tests
 * bound work instead of time. The counts are exact and deterministic; a
 * check without a meter gives the same result.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/core/index';
import { createIncrementalChecker } from '../../server/src/core/index';
import { MAX_NESTING } from '../../server/src/core/language/parse';
import { splitChunks } from '../../server/src/core/language/incremental/checker';
import { newWorkMeter, totalWork } from '../../server/src/core/language/work';
import { bigRoadmap, HEAD, manyDanglingReferences } from '../fuzz/hostile-inputs';
import { generateRoadmap } from '../../bench/generate';
import { countRuleReads, measureWork, ruleUnits, workBaseline, workBound, workProblem } from '../helpers/work';

const example = readFileSync('test/fixtures/dsl-example.airoadmap.yaml', 'utf8');

describe('work meter', () => {
  it('counts a check of the example, and the check is the same without a meter', () => {
    const meter = newWorkMeter();
    const withMeter = checkText(example, { work: meter });
    assert.deepEqual(withMeter.diagnostics, checkText(example).diagnostics);
    assert.equal(meter.parsedChars, example.length);
    assert.ok(meter.cstTokens > 100, `${meter.cstTokens} CST tokens`);
    assert.ok(meter.walkedNodes > 100 && meter.walkedNodes < example.length, `${meter.walkedNodes} nodes walked`);
    assert.equal(meter.referenceLookups, withMeter.model.references.length);
    assert.ok(meter.composeDepth >= 3 && meter.composeDepth <= 6, `depth ${meter.composeDepth}`);
    assert.equal(totalWork(meter), meter.parsedChars + meter.cstTokens + meter.walkedNodes + meter.aliasTableNodes + meter.aliasHops + meter.mergedKeys + meter.referenceLookups + meter.suggestionCandidates + meter.suggestionCells);
  });

  it('adds up over several checks (the depth is the deepest of them)', () => {
    const one = newWorkMeter();
    checkText(example, { work: one });
    const two = newWorkMeter();
    checkText(example, { work: two });
    checkText(example, { work: two });
    for (const key of Object.keys(one) as (keyof typeof one)[]) {
      assert.equal(two[key], key === 'composeDepth' ? one[key] : 2 * one[key], key);
    }
  });

  it('counts alias hops, the alias table and "did you mean" candidates', () => {
    const meter = newWorkMeter();
    checkText(`${HEAD}x: &a {name: A}\nteam:\n  p: *a\n  q: *a\n  r: {nmae: B}\n`, { work: meter });
    assert.equal(meter.aliasHops, 2);
    assert.ok(meter.aliasTableNodes >= 10, `${meter.aliasTableNodes} nodes in the alias table`);
    assert.ok(meter.suggestionCandidates > 0, 'the misspelt key was compared with the known ones');
    const dangling = newWorkMeter();
    checkText(manyDanglingReferences(10), { work: dangling });
    // Ten dangling KPI references, each compared with the ten KPI ids (and the unknown top-level keys none).
    assert.equal(dangling.referenceLookups, 10);
    assert.equal(dangling.suggestionCandidates, 100);
    // Each comparison of two 2-character names fills a 2 × 2 edit-distance table.
    assert.equal(dangling.suggestionCells, 100 * 4);
  });

  it('counts the keys examined to merge maps (`<<`), nothing without a merge', () => {
    const meter = newWorkMeter();
    checkText(`${HEAD}x-a: &a {name: A, title: T}\nx-b: &b {<<: *a, skills: [llm]}\nteam:\n  p: {<<: *b}\n  q: {<<: [*b, *a]}\n`, { work: meter });
    // Worked out once per map: b's two items, a's two, a's two pairs taken into b; then p takes b's three, q b's three and a's two.
    assert.equal(meter.mergedKeys, 2 + 2 + 2 + 3 + 3 + 2);
    const none = newWorkMeter();
    checkText(example, { work: none });
    assert.equal(none.mergedKeys, 0);
  });

  it('records the nesting handed to the YAML composer, at most MAX_NESTING', () => {
    const meter = newWorkMeter();
    checkText(`${HEAD}team: ${'['.repeat(1000)}${']'.repeat(1000)}\n`, { work: meter });
    assert.equal(meter.composeDepth, MAX_NESTING);
  });

  it('the incremental path counts only what it parses again: one changed entity, not the file', () => {
    const text = bigRoadmap(200);
    const checker = createIncrementalChecker();
    const first = newWorkMeter();
    checker.check(text, { work: first });
    // The open parses the whole document once; each entity section's head line is parsed alone too (a few characters).
    const heads = splitChunks(text)!.filter((c) => c.kind === 'head');
    assert.equal(first.parsedChars, text.length + heads.reduce((n, c) => n + c.text.length, 0), 'the first check parses the document once');
    assert.equal(first.yamlParses, 1 + heads.length);
    const edited = text.replace('    name: Person 7\n', '    name: Person seven\n');
    const second = newWorkMeter();
    checker.check(edited, { work: second });
    assert.equal(checker.lastFallback, false);
    assert.ok(second.parsedChars > 0 && second.parsedChars < 200, `${second.parsedChars} characters parsed again for a one-line edit`);
    assert.ok(second.walkedNodes < 20, `${second.walkedNodes} nodes walked again`);
    // Every reference is still resolved: that part is not incremental.
    assert.equal(second.referenceLookups, first.referenceLookups);
  });
});

describe('"did you mean" for dangling references, between checks of one document', () => {
  it('an edit compares no candidates again while the ids stay; a new id makes its section compare again', () => {
    const text = generateRoadmap(200, undefined, 'findings').text;
    const checker = createIncrementalChecker();
    const open = newWorkMeter();
    const first = checker.check(text, { work: open });
    assert.ok(first.diagnostics.filter((d) => d.code === 'unknown-reference').length > 20);
    assert.ok(open.suggestionCandidates > 1000, `${open.suggestionCandidates} candidates compared on open`);
    const at = text.indexOf('    title: ', text.length >> 1) + '    title: '.length;
    const typed = `${text.slice(0, at)}X${text.slice(at)}`;
    const edit = newWorkMeter();
    const second = checker.check(typed, { work: edit });
    assert.equal(edit.suggestionCandidates, 0);
    assert.equal(edit.suggestionCells, 0);
    assert.deepEqual(second.diagnostics, checkText(typed).diagnostics);
    // A KPI added: the dangling references to KPIs are compared with the new ids, the others are not.
    const kpis = typed.indexOf('\nkpis:\n') + '\nkpis:\n'.length;
    const added = `${typed.slice(0, kpis)}  zz-new-kpi:\n    name: New\n${typed.slice(kpis)}`;
    const third = newWorkMeter();
    const result = checker.check(added, { work: third });
    assert.ok(third.suggestionCandidates > 0 && third.suggestionCandidates < open.suggestionCandidates, `${third.suggestionCandidates} candidates compared`);
    assert.deepEqual(result.diagnostics, checkText(added).diagnostics);
  });
});

describe('references between checks of one document', () => {
  const told = (checker: ReturnType<typeof createIncrementalChecker>, from: string, at: number, remove: number, insert: string) => {
    const next = `${from.slice(0, at)}${insert}${from.slice(at + remove)}`;
    const meter = newWorkMeter();
    const result = checker.check(next, { work: meter }, { from, changes: [{ start: at, end: at + remove, text: insert }] });
    return { next, meter, result };
  };

  it('an edit told as one that changes no id resolves only the references of the chunks it cut again', () => {
    for (const shape of ['valid', 'findings'] as const) {
      const text = generateRoadmap(200, undefined, shape).text;
      const checker = createIncrementalChecker();
      const open = newWorkMeter();
      const first = checker.check(text, { work: open });
      const all = first.model.references.length;
      assert.equal(open.referenceLookups, all);
      // A letter typed into a title in the middle of the use cases.
      const at = text.indexOf('    title: ', text.indexOf('\nuse_cases:\n') + (text.length >> 3)) + '    title: '.length;
      const typed = told(checker, text, at, 0, 'X');
      assert.ok(typed.meter.referenceLookups > 0 && typed.meter.referenceLookups < 40, `${shape}: ${typed.meter.referenceLookups} references resolved of ${all}`);
      assert.deepEqual(typed.result.diagnostics, checkText(typed.next).diagnostics, shape);
      // A reference changed: that one is resolved again, and found dangling (or defined) as a whole check finds it.
      const ref = typed.next.indexOf('    kpis: [', at) + '    kpis: ['.length;
      const dangling = told(checker, typed.next, ref, 0, 'zz-');
      assert.ok(dangling.meter.referenceLookups < 40);
      assert.deepEqual(dangling.result.diagnostics, checkText(dangling.next).diagnostics, `${shape}: a reference made dangling`);
      // An id changed: every reference is resolved again.
      const id = dangling.next.indexOf('\n  ', dangling.next.indexOf('\nkpis:\n') + 1) + 3;
      const renamed = told(checker, dangling.next, id, 0, 'q');
      assert.equal(renamed.meter.referenceLookups, renamed.result.model.references.length);
      assert.deepEqual(renamed.result.diagnostics, checkText(renamed.next).diagnostics, `${shape}: an id renamed`);
    }
  });

  it('past the "did you mean" budget every reference is resolved again, in order', () => {
    // More dangling references × ids than the budget (250,000): which get a suggestion depends on the order.
    const text = manyDanglingReferences(700);
    const checker = createIncrementalChecker();
    const first = checker.check(text);
    assert.deepEqual(first.diagnostics, checkText(text).diagnostics);
    const at = text.lastIndexOf('name: ') + 'name: '.length;
    const typed = told(checker, text, at, 0, 'X');
    assert.equal(typed.meter.referenceLookups, typed.result.model.references.length);
    assert.deepEqual(typed.result.diagnostics, checkText(typed.next).diagnostics);
  });
});

describe('work bounds of the tests', () => {
  it('count the rules’ reads of entities, sections and references', () => {
    const result = checkText(bigRoadmap(50));
    const units = ruleUnits(result.model);
    assert.equal(units, 1 + result.model.sections.size + result.model.references.length + 7 * 50);
    const reads = countRuleReads(result.model);
    assert.ok(reads > units && reads < 20 * units, `${reads} reads of ${units} units`);
    // The counting copy changes nothing the rules report.
    assert.equal(measureWork(bigRoadmap(50)).result.diagnostics.length, result.diagnostics.length);
  });

  it('grow with the input and never drop below the example', () => {
    const baseline = { perChar: 2, example: 1000 };
    assert.equal(workBound(baseline, 10, 1, 10).core, 10_000);
    assert.equal(workBound(baseline, 100_000, 1, 10).core, 2_000_000);
    assert.ok(workBound(baseline, 10, 1000, 10).rules > workBound(baseline, 10, 10, 10).rules);
  });

  it('pass a normal roadmap and catch work over the bound', () => {
    const baseline = workBaseline(example);
    const { work } = measureWork(example);
    assert.equal(workProblem(work, baseline, example.length, 2), undefined);
    assert.match(workProblem(work, baseline, example.length, 0.5) ?? '', /core work .* > /);
    assert.match(workProblem({ ...work, rules: 1e9 }, baseline, example.length, 2) ?? '', /rule reads/);
    assert.match(workProblem({ ...work, meter: { ...work.meter, composeDepth: MAX_NESTING + 1 } }, baseline, example.length, 2) ?? '', /nesting/);
    assert.match(workProblem({ ...work, meter: { ...work.meter, walkedNodes: 10_001 + 2 * example.length } }, baseline, example.length, 2) ?? '', /walked/);
  });
});
