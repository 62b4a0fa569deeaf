/**
 * What the diagnostic memo keeps between checks (issue 17, item 3: memory):
 * its keys name a finding's code, severity, locale and range only, and the
 * rest (arguments, related places, suggestion, fix) is compared with what it
 * remembers, so it holds a few dozen characters of keys per diagnostic
 * however long the findings' arguments are (a key with them as JSON was
 * about 230 characters a diagnostic on the generated roadmap, made anew for
 * every finding on every check). Counted, not timed; and the reuse it is for
 * still holds: equal content gets the same diagnostic, any difference a new one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateRoadmap } from '../../bench/generate';
import { createIncrementalChecker } from '../../server/src/core/index';
import { DiagnosticMemo } from '../../server/src/core/language/diagnostic-memo';
import type { Finding, RoadmapDiagnostic } from '../../server/src/core/language/types';

const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 12 } };

function finding(extra: Partial<Finding> = {}): Finding {
  return { code: 'unknown-reference', range: { start: { ...range.start }, end: { ...range.end } }, args: { id: 'kpi-x', section: 'kpis', long: 'y'.repeat(2000) }, ...extra };
}

/** One check's worth: `begin`, then each finding's diagnostic; how many were built. */
function check(memo: DiagnosticMemo, findings: Finding[]): { built: number; diagnostics: RoadmapDiagnostic[] } {
  const before = memo.built;
  memo.begin();
  const diagnostics = findings.map((f) => memo.diagnostic(f, 'error', 'en', () => ({ code: f.code, severity: 'error', range: f.range, message: String(f.args['id']), ...(f.suggestion ? { suggestion: f.suggestion } : {}) })));
  return { built: memo.built - before, diagnostics };
}

test('the memo keeps a short key per diagnostic, not the findings\u2019 arguments', () => {
  const memo = new DiagnosticMemo();
  check(memo, [finding()]);
  check(memo, [finding()]);
  // Two checks' keys (the last one's and the current one's), each under 80 characters though the arguments are 2,000.
  assert.ok(memo.keyChars < 2 * 80, `${memo.keyChars} characters of keys`);

  const { text } = generateRoadmap(300, undefined, 'findings');
  const checker = createIncrementalChecker();
  const first = checker.check(text);
  const second = checker.check(`${text}\n`);
  assert.ok(second.diagnostics.length > 500, `${second.diagnostics.length} diagnostics`);
  const kept = (checker as unknown as { diagnostics: DiagnosticMemo }).diagnostics.keyChars;
  const perDiagnostic = kept / (first.diagnostics.length + second.diagnostics.length);
  assert.ok(perDiagnostic < 64, `${perDiagnostic.toFixed(1)} characters of keys per diagnostic`);
});

test('an equal finding made anew gets the same diagnostic; a different one a new one', () => {
  const memo = new DiagnosticMemo();
  const a = check(memo, [finding(), finding({ suggestion: 'kpi-y' })]);
  assert.equal(a.built, 2);
  const b = check(memo, [finding(), finding({ suggestion: 'kpi-y' })]);
  assert.equal(b.built, 0, 'equal content, new objects: reused');
  assert.equal(b.diagnostics[0], a.diagnostics[0]);
  assert.equal(b.diagnostics[1], a.diagnostics[1]);
  for (const changed of [
    finding({ args: { id: 'kpi-z', section: 'kpis', long: 'y'.repeat(2000) } }),
    finding({ args: { id: 'kpi-x', section: 'kpis' } }),
    finding({ suggestion: 'kpi-w' }),
    finding({ unnecessary: true }),
    finding({ related: [{ range, kind: 'referenced-entity', name: 'kpi-x' }] }),
    finding({ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 12 } } }),
  ]) {
    const c = check(memo, [changed]);
    assert.equal(c.built, 1, JSON.stringify({ ...changed, args: { ...changed.args, long: undefined } }));
    check(memo, [finding()]);
  }
  // A property left undefined is one left out, as in JSON.
  assert.equal(check(memo, [finding({ args: { id: 'kpi-x', section: 'kpis', long: 'y'.repeat(2000), extra: undefined as unknown as string } })]).built, 0);
});
