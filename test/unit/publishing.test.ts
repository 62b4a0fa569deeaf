/**
 * Publishing after an edit costs work for the changed diagnostics only
 * (issue 17, item 4): the incremental checker gives an unchanged finding the
 * same diagnostic object again (its message not formatted anew), and the
 * server's `LspDiagnostics` converts each object once. Counted, not timed:
 * diagnostics built and LSP conversions after a one-character edit in one
 * entity stay a small constant while the file grows, and what is published
 * equals a fresh conversion of a full check.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateRoadmap } from '../../bench/generate';
import { checkText, createIncrementalChecker } from '../../server/src/core/index';
import { newWorkMeter } from '../../server/src/core/language/work';
import { LspDiagnostics, toLspDiagnostic } from '../../server/src/lsp/convert';

const URI = 'file:///roadmap.airoadmap.yaml';

/** Types one character after `field: ` of the use case nearest the middle of the file. */
function typeInto(text: string, field: string): string {
  const at = text.indexOf(`    ${field}: `, text.indexOf('\n  uc-', Math.floor(text.length / 2))) + `    ${field}: `.length;
  return `${text.slice(0, at)}X${text.slice(at)}`;
}

/**
 * Opens a generated roadmap, publishes, types one character, publishes
 * again: what the second publish cost. Into the title, nothing changes; into
 * the stage, its value becomes invalid (a new diagnostic, and the rules that
 * read the stage may say something else of that use case).
 */
function editCost(n: number, field: 'title' | 'stage'): { diagnostics: number; built: number; converted: number; published: unknown; expected: unknown } {
  const { text } = generateRoadmap(n, undefined, 'findings');
  const checker = createIncrementalChecker();
  const lsp = new LspDiagnostics();
  lsp.all(checker.check(text).diagnostics, URI);
  const edited = typeInto(text, field);
  const meter = newWorkMeter();
  const before = lsp.conversions;
  const result = checker.check(edited, { work: meter });
  const published = lsp.all(result.diagnostics, URI);
  return {
    diagnostics: result.diagnostics.length,
    built: meter.diagnosticsBuilt,
    converted: lsp.conversions - before,
    published,
    expected: checkText(edited).diagnostics.map((d) => toLspDiagnostic(d, URI)),
  };
}

test('after a one-character edit in one entity, only a constant few diagnostics are built and converted, at any size', () => {
  for (const field of ['title', 'stage'] as const) {
    const small = editCost(100, field);
    const large = editCost(800, field);
    assert.ok(large.diagnostics > 1000, `the large file has ${large.diagnostics} diagnostics`);
    assert.ok(large.diagnostics > 6 * small.diagnostics, `${large.diagnostics} vs ${small.diagnostics} diagnostics`);
    for (const cost of [small, large]) {
      assert.deepEqual(cost.published, cost.expected, 'what is published is what a full check converts');
      assert.ok(cost.built <= 4, `${field}: ${cost.built} of ${cost.diagnostics} diagnostics built after the edit`);
      if (field === 'stage') assert.ok(cost.built >= 1, 'the new diagnostic is built');
      assert.equal(cost.converted, cost.built, `${field}: ${cost.converted} converted, ${cost.built} built`);
    }
    // Not proportional to the file: eight times the diagnostics, no more work.
    assert.ok(large.built <= small.built + 2, `${field}: built ${large.built} at N=800 vs ${small.built} at N=100`);
  }
});

test('a diagnostic whose finding changed is built again; its unchanged neighbours are reused', () => {
  const { text } = generateRoadmap(100, undefined, 'findings');
  const checker = createIncrementalChecker();
  const first = checker.check(text).diagnostics;
  // A line inserted near the top moves every diagnostic below it: those are new (their ranges changed).
  const at = text.indexOf('\n', text.indexOf('use_cases:')) + 1;
  const moved = checker.check(`${text.slice(0, at)}  # a note\n${text.slice(at)}`).diagnostics;
  const line = text.slice(0, at).split('\n').length - 1;
  const above = first.filter((d) => d.range.start.line < line);
  const below = moved.filter((d) => d.range.start.line > line);
  assert.ok(above.length > 0 && below.length > 10);
  for (const d of above) assert.ok(moved.includes(d), `${d.code} above the edit is the same object`);
  for (const d of below) assert.ok(!first.includes(d), `${d.code} below the edit is rebuilt (its range moved)`);
  // The locale is part of a diagnostic: the same text in Bokmål builds every message again.
  const meter = newWorkMeter();
  const norwegian = checker.check(`${text.slice(0, at)}  # a note\n${text.slice(at)}`, { locale: 'nb', work: meter });
  assert.equal(meter.diagnosticsBuilt, norwegian.diagnostics.length);
  assert.deepEqual(norwegian.diagnostics, checkText(`${text.slice(0, at)}  # a note\n${text.slice(at)}`, { locale: 'nb' }).diagnostics);
});

test('LspDiagnostics converts an object again for another URI', () => {
  const { diagnostics } = checkText(generateRoadmap(20, undefined, 'findings').text);
  const lsp = new LspDiagnostics();
  lsp.all(diagnostics, URI);
  lsp.all(diagnostics, URI);
  assert.equal(lsp.conversions, diagnostics.length);
  const other = lsp.all(diagnostics, 'file:///other.airoadmap.yaml');
  assert.equal(lsp.conversions, 2 * diagnostics.length);
  assert.deepEqual(other, diagnostics.map((d) => toLspDiagnostic(d, 'file:///other.airoadmap.yaml')));
});
