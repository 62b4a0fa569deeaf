/**
 * The four date rules of catalogue 2 (rules.md Part 2): exactly where each
 * diagnostic sits (the fixtures assert the start line only), its message
 * arguments, both languages' dates and numbers, and silence without a today.
 * Every today is written out; nothing reads the clock.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText, createIncrementalChecker, effectiveGuides, parseRoadmap, runRules, type RoadmapDiagnostic } from '../../server/src/core/index';

const ROADMAP = `airoadmap: 1
organization:
  name: Fjordtest AS
  start: 2027-01-04
use_cases:
  doc-search:
    title: Smart document search
    stage: pilot
    kpis: [search-time, handling]
plan:
  kickoff:
    title: Kick-off
    weeks: "2-3"
  later:
    title: Later
    weeks: 12
    done: true
kpis:
  search-time:
    name: Time to find a document
    baseline: 1500
    baseline_date: 2027-02-01
    direction: decrease
    actuals:
      2027-Q2: 1600.5
      2027-Q1: 1400
  handling:
    name: Handling time
    baseline: 10
`;

function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return line;
}

function only(diagnostics: readonly RoadmapDiagnostic[], code: string): RoadmapDiagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code}: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  return found[0]!;
}

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

describe('date rules', () => {
  const late = checkText(ROADMAP, { today: '2027-07-04' });

  it('plan-item-overdue sits on the item id key, names its last week and the day it ended', () => {
    const d = only(late.diagnostics, 'plan-item-overdue');
    assert.deepEqual(d.range, range(lineOf(ROADMAP, 'kickoff:'), 2, 9));
    assert.equal(d.severity, 'warning');
    const finding = late.findings.find((f) => f.code === 'plan-item-overdue');
    assert.deepEqual(finding?.args, { id: 'kickoff', week: 3, end: '2027-01-24' });
    assert.match(d.message, /'kickoff'.*week 3.*24 January 2027/);
    const nb = only(checkText(ROADMAP, { today: '2027-07-04', locale: 'nb' }).diagnostics, 'plan-item-overdue');
    assert.match(nb.message, /'kickoff'.*uke 3.*24\. januar 2027/);
  });

  it('plan-item-overdue: the day after the last day fires, the last day itself does not', () => {
    assert.equal(checkText(ROADMAP, { today: '2027-01-24' }).diagnostics.filter((d) => d.code === 'plan-item-overdue').length, 0);
    assert.equal(checkText(ROADMAP, { today: '2027-01-25' }).diagnostics.filter((d) => d.code === 'plan-item-overdue').length, 1);
  });

  it('kpi-baseline-late sits on the value of baseline_date and does not need today', () => {
    for (const options of [{}, { today: '2027-07-04' }]) {
      const d = only(checkText(ROADMAP, options).diagnostics, 'kpi-baseline-late');
      assert.deepEqual(d.range, range(lineOf(ROADMAP, 'baseline_date:'), 19, 29));
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /'search-time'.*1 February 2027.*4 January 2027/);
    }
    const nb = only(checkText(ROADMAP, { locale: 'nb' }).diagnostics, 'kpi-baseline-late');
    assert.match(nb.message, /'search-time'.*1\. februar 2027.*4\. januar 2027/);
  });

  it('kpi-no-actuals sits on the KPI id key and names the use case and its stage', () => {
    const d = only(late.diagnostics, 'kpi-no-actuals');
    assert.deepEqual(d.range, range(lineOf(ROADMAP, '  handling:'), 2, 10));
    assert.equal(d.severity, 'info');
    const finding = late.findings.find((f) => f.code === 'kpi-no-actuals');
    assert.deepEqual(finding?.args, { id: 'handling', use_case: 'doc-search', stage: 'pilot', start: '2027-01-04' });
    const nb = only(checkText(ROADMAP, { today: '2027-07-04', locale: 'nb' }).diagnostics, 'kpi-no-actuals');
    assert.match(nb.message, /'handling'.*'doc-search' har status pilot.*4\. januar 2027/);
  });

  it('kpi-no-progress sits on the value of the latest actual by quarter (not the last written) and formats its numbers per locale', () => {
    const d = only(late.diagnostics, 'kpi-no-progress');
    assert.deepEqual(d.range, range(lineOf(ROADMAP, '2027-Q2:'), 15, 21));
    assert.equal(d.severity, 'info');
    const finding = late.findings.find((f) => f.code === 'kpi-no-progress');
    assert.deepEqual(finding?.args, { id: 'search-time', direction: 'decrease', quarter: '2027-Q2', actual: 1600.5, baseline: 1500, start: '2027-01-04' });
    assert.match(d.message, /1,600\.5 in 2027-Q2.*not below the baseline 1,500/);
    const nb = only(checkText(ROADMAP, { today: '2027-07-04', locale: 'nb' }).diagnostics, 'kpi-no-progress');
    assert.match(nb.message, /1[\s\u00a0\u202f]600,5 i 2027-Q2.*ikke lavere enn utgangsverdien 1[\s\u00a0\u202f]500/);
  });

  it('the six-month rules start on the day six months after the start, not the day before', () => {
    const codes = (today: string) => checkText(ROADMAP, { today }).diagnostics.map((d) => d.code).filter((c) => c === 'kpi-no-actuals' || c === 'kpi-no-progress');
    assert.deepEqual(codes('2027-07-03'), []);
    assert.deepEqual(codes('2027-07-04').sort(), ['kpi-no-actuals', 'kpi-no-progress']);
  });

  it('without a today, or with one that is not a date, the rules that need it are silent', () => {
    for (const options of [{}, { today: '2027-02-30' }, { today: 'soon' }]) {
      const codes = checkText(ROADMAP, options).diagnostics.map((d) => d.code);
      for (const code of ['plan-item-overdue', 'kpi-no-actuals', 'kpi-no-progress']) assert.ok(!codes.includes(code as never), `${code} with ${JSON.stringify(options)}`);
    }
  });

  it('the incremental checker reports the same, and follows a new today on the same text', () => {
    const checker = createIncrementalChecker();
    const early = checker.check(ROADMAP, { today: '2027-01-10' }).diagnostics.map((d) => d.code);
    assert.ok(!early.includes('plan-item-overdue'));
    const after = checker.check(ROADMAP, { today: '2027-07-04' }).diagnostics;
    assert.deepEqual(after, late.diagnostics);
  });

  it('runRules passes today through as well', () => {
    const { model } = parseRoadmap(ROADMAP);
    const codes = runRules(model, effectiveGuides(model, undefined), undefined, '2027-07-04').map((f) => f.code);
    assert.ok(codes.includes('plan-item-overdue'));
  });
});
