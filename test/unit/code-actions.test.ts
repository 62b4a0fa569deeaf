/**
 * Quick fixes applied to golden files: each fixture `<name>.airoadmap.yaml`
 * is checked, the fix for the named diagnostic is applied, the result must
 * equal `<name>.expected.airoadmap.yaml`, and checking it again must show the
 * diagnostic gone and no new problem. `UPDATE_FIXTURES=1` rewrites the
 * expected files (review the diff before committing).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, checkText, FEATURES } from '../../server/src/core/index';
import { codeActions, type RoadmapCodeAction } from '../../server/src/core/features/code-actions';
import { isoDate, nextMonday } from '../../server/src/core/texts/starter';
import { documentHighlights, findDefinition, findReferences } from '../../server/src/core/features/navigation';
import { prepareRename, rename } from '../../server/src/core/features/rename';
import { documentSymbols, workspaceSymbols } from '../../server/src/core/features/symbols';
import { foldingRanges, selectionRanges } from '../../server/src/core/features/ranges';
import { useCaseInlayHints } from '../../server/src/core/features/lenses';
import type { RoadmapDiagnostic } from '../../server/src/core/language/types';
import { FIXTURE_TODAY } from '../helpers/fixtures';

const DIR = join(__dirname, '..', 'fixtures', 'code-actions');
/** The quick fixes run with the fixtures' fixed today (Tuesday 1 December 2026): a new plan start is the Monday after it. */
const NEXT_MONDAY = '2026-12-07';

interface Case {
  name: string;
  code: string;
  /** Which action: the quick fix (default) or "disable for this line". */
  pick?: 'fix' | 'disable';
  title: string;
  /** Codes the fix may newly bring (a placeholder that still needs work). */
  allowNew?: string[];
}

const CASES: Case[] = [
  { name: 'unknown-key', code: 'unknown-key', title: "Change to 'owner'" },
  { name: 'unknown-reference-suggest', code: 'unknown-reference', title: "Change to 'handling-time'" },
  { name: 'invalid-value-enum', code: 'invalid-value', title: "Change to 'cloud'" },
  // Typical input (rules.md, "Digit grouping" and "Hints for typical input"): the value meant.
  { name: 'number-format-quoted', code: 'number-format', title: "Change to '95000'" },
  { name: 'number-format-kpi-decimal-comma', code: 'number-format', title: "Change to '3.1'" },
  { name: 'wrong-type-boolean-word', code: 'wrong-type', title: "Change to 'true'" },
  { name: 'invalid-value-dotted-date', code: 'invalid-value', title: "Change to '2027-01-04'" },
  { name: 'invalid-value-norwegian', code: 'invalid-value', title: "Change to 'organizational'" },
  { name: 'kpi-no-baseline', code: 'kpi-no-baseline', title: "Add 'baseline'" },
  { name: 'kpi-no-target-crlf', code: 'kpi-no-target', title: "Add 'target'", allowNew: ['kpi-target-direction'] },
  { name: 'kpi-no-unit', code: 'kpi-no-unit', title: "Add 'unit'" },
  { name: 'risk-no-mitigation', code: 'risk-no-mitigation', title: "Add 'mitigation'" },
  { name: 'risk-no-owner', code: 'risk-no-owner', title: "Add 'owner'" },
  { name: 'use-case-no-owner', code: 'use-case-no-owner', title: "Add 'owner'" },
  { name: 'use-case-no-kpi', code: 'use-case-no-kpi', title: "Add 'kpis'" },
  { name: 'use-case-no-risk', code: 'use-case-no-risk', title: "Add 'risks'" },
  { name: 'ai-act-unclassified-flow', code: 'ai-act-unclassified', title: "Add 'ai_act'" },
  { name: 'running-cost-missing-with-costs', code: 'running-cost-missing', title: "Add 'costs.monthly'", allowNew: ['running-cost-range'] },
  { name: 'running-cost-missing-no-costs', code: 'running-cost-missing', title: "Add 'costs.monthly'", allowNew: ['budget-missing'] },
  { name: 'system-no-readiness', code: 'system-no-readiness', title: "Add 'readiness'" },
  { name: 'data-source-unrated', code: 'data-source-unrated', title: "Add 'completeness', 'consistency'" },
  { name: 'use-case-unscored', code: 'use-case-unscored', title: "Add 'feasibility', 'value', 'effort'" },
  { name: 'register-incomplete', code: 'register-incomplete', title: "Add 'model', 'purpose', 'data_sources'" },
  { name: 'role-missing-no-section', code: 'role-missing', title: "Add 'ai_owner', 'data_steward', 'business_contact'" },
  { name: 'role-missing-in-section', code: 'role-missing', title: "Add 'data_steward'" },
  { name: 'role-missing-indent4', code: 'role-missing', title: "Add 'data_steward', 'business_contact'" },
  { name: 'governance-missing', code: 'governance-missing', title: "Add 'approver', 'review'" },
  { name: 'governance-missing-null', code: 'governance-missing', title: "Add 'approver', 'review'" },
  { name: 'governance-missing-flow', code: 'governance-missing', title: "Add 'approver', 'review'" },
  { name: 'data-policy-missing', code: 'data-policy-missing', title: "Add 'data_policy'" },
  { name: 'hosting-region-missing', code: 'hosting-region-missing', title: "Add 'hosting_region'" },
  { name: 'quick-win-mismatch', code: 'quick-win-mismatch', title: "Change to 'false'" },
  { name: 'plan-no-start', code: 'plan-no-start', title: "Add 'start'" },
  { name: 'personal-data-no-purpose', code: 'personal-data-no-purpose', title: "Add 'purpose'" },
  { name: 'create-kpi', code: 'unknown-reference', title: "Create KPI 'customer-satisfaction'", allowNew: ['kpi-target-direction'] },
  { name: 'create-risk-no-section', code: 'unknown-reference', title: "Create risk 'misrouting'" },
  { name: 'risk-category-missing-no-section', code: 'risk-category-missing', title: 'Add a risk for each missing category' },
  { name: 'risk-category-missing-in-section', code: 'risk-category-missing', title: 'Add a risk for each missing category' },
  { name: 'risk-category-missing-indent4', code: 'risk-category-missing', title: 'Add a risk for each missing category' },
  { name: 'disable-next-line', code: 'kpi-no-baseline', pick: 'disable', title: 'Disable kpi-no-baseline for this line' },
  { name: 'disable-append', code: 'kpi-no-baseline', pick: 'disable', title: 'Disable kpi-no-baseline for this line' },
];

function applyEdits(text: string, action: RoadmapCodeAction): string {
  return TextDocument.applyEdits(TextDocument.create('file:///fixture.airoadmap.yaml', 'airoadmap', 1, text), action.edits);
}

function countCodes(diagnostics: readonly RoadmapDiagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

/** Runs a case on `text`; returns the text after the fix. */
function runCase(c: Case, text: string): string {
  const before = checkText(text, { today: FIXTURE_TODAY });
  const diagnostic = before.diagnostics.find((d) => d.code === c.code);
  assert.ok(diagnostic, `${c.name}: expected a ${c.code} diagnostic, got ${before.diagnostics.map((d) => d.code).join(', ')}`);
  const actions = codeActions(before.model, before.diagnostics, diagnostic.range, 'en', FIXTURE_TODAY);
  const isDisable = (a: RoadmapCodeAction) => a.title.startsWith('Disable');
  const action = actions.find((a) => a.diagnostic === diagnostic && (c.pick === 'disable' ? isDisable(a) : !isDisable(a)));
  assert.ok(action, `${c.name}: no ${c.pick ?? 'fix'} action among ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(action.title, c.title);
  assert.equal(action.kind, 'quickfix');
  const after = applyEdits(text, action);

  const recheck = checkText(after, { today: FIXTURE_TODAY });
  const beforeCounts = countCodes(before.diagnostics);
  const afterCounts = countCodes(recheck.diagnostics);
  assert.ok((afterCounts.get(c.code) ?? 0) < (beforeCounts.get(c.code) ?? 0), `${c.name}: ${c.code} is still reported after the fix`);
  for (const [code, count] of afterCounts) {
    if (c.allowNew?.includes(code)) continue;
    assert.ok(count <= (beforeCounts.get(code) ?? 0), `${c.name}: the fix brought a new ${code}: ${recheck.diagnostics.filter((d) => d.code === code).map((d) => d.message).join(' / ')}`);
  }
  return after;
}

function expectedFor(c: Case): string {
  const path = join(DIR, `${c.name}.expected.airoadmap.yaml`);
  return readFileSync(path, 'utf8').replaceAll('NEXT-MONDAY', NEXT_MONDAY);
}

for (const c of CASES) {
  test(`quick fix: ${c.name}`, () => {
    const text = readFileSync(join(DIR, `${c.name}.airoadmap.yaml`), 'utf8');
    const after = runCase(c, text);
    const expectedPath = join(DIR, `${c.name}.expected.airoadmap.yaml`);
    if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(expectedPath, after.replaceAll(NEXT_MONDAY, 'NEXT-MONDAY'));
    assert.ok(existsSync(expectedPath), `${expectedPath} is missing (UPDATE_FIXTURES=1 writes it)`);
    assert.equal(after, expectedFor(c));
  });
}

test('quick fix keeps CRLF line endings', () => {
  const c = CASES.find((x) => x.name === 'kpi-no-target-crlf')!;
  const crlf = readFileSync(join(DIR, `${c.name}.airoadmap.yaml`), 'utf8').replace(/\r?\n/g, '\r\n');
  const after = runCase(c, crlf);
  assert.equal(after, expectedFor(c).replace(/\r?\n/g, '\r\n'));
  assert.doesNotMatch(after, /[^\r]\n/, 'a bare LF was written into a CRLF file');
});

test('the cases cover every fix kind and every add-field rule', () => {
  const addField = [
    'kpi-no-baseline', 'kpi-no-target', 'kpi-no-unit', 'risk-no-mitigation', 'risk-no-owner', 'use-case-no-owner', 'use-case-no-kpi',
    'use-case-no-risk', 'ai-act-unclassified', 'running-cost-missing', 'system-no-readiness', 'data-source-unrated', 'use-case-unscored',
    'register-incomplete', 'role-missing', 'governance-missing', 'plan-no-start', 'personal-data-no-purpose', 'data-policy-missing',
    'hosting-region-missing',
  ];
  const covered = new Set(CASES.map((c) => c.code));
  for (const code of addField) assert.ok(covered.has(code), `no case for ${code}`);
  const kinds = new Set<string>();
  for (const c of CASES) {
    const { diagnostics } = checkText(readFileSync(join(DIR, `${c.name}.airoadmap.yaml`), 'utf8'));
    const fix = diagnostics.find((d) => d.code === c.code)?.fix;
    if (fix && c.pick !== 'disable') kinds.add(fix.kind);
  }
  assert.deepEqual([...kinds].sort(), ['add-field', 'create-entities', 'create-entity', 'replace']);
});

/** The risk-category-missing fix of `text` in `locale`, applied. */
function addRiskPerCategory(text: string, locale: 'en' | 'nb' = 'en'): string {
  const { model, diagnostics } = checkText(text, { today: FIXTURE_TODAY });
  const d = diagnostics.find((x) => x.code === 'risk-category-missing');
  assert.ok(d, 'no risk-category-missing diagnostic');
  const title = locale === 'en' ? 'Add a risk for each missing category' : 'Legg til en risiko for hver kategori som mangler';
  const action = codeActions(model, diagnostics, d.range, locale, FIXTURE_TODAY).find((a) => a.title === title);
  assert.ok(action, `no '${title}' action`);
  return applyEdits(text, action);
}

const noRiskCategoryMissing = (text: string): void =>
  assert.deepEqual(checkText(text, { today: FIXTURE_TODAY }).diagnostics.filter((d) => d.code === 'risk-category-missing').map((d) => d.message), []);

test('the risk-category-missing fix leaves no risk-category-missing behind', () => {
  for (const name of ['risk-category-missing-no-section', 'risk-category-missing-in-section', 'risk-category-missing-indent4']) {
    noRiskCategoryMissing(addRiskPerCategory(readFileSync(join(DIR, `${name}.airoadmap.yaml`), 'utf8')));
  }
});

test('the risk-category-missing fix comments in Norwegian in a Norwegian editor', () => {
  const after = addRiskPerCategory(readFileSync(join(DIR, 'risk-category-missing-in-section.airoadmap.yaml'), 'utf8'), 'nb');
  assert.match(after, /\n {2}legal-risk:\n {4}title: TODO\n {4}category: legal\n {4}likelihood: 3 {2}# TODO: gi poeng 1–5\n/);
  assert.match(after, /\n {4}mitigation: TODO {2}# TODO: tiltaket som reduserer risikoen\n {4}owner: anna {2}# TODO: id-en til et teammedlem\n/);
  assert.doesNotMatch(after, /score 1–5|the measure/);
  noRiskCategoryMissing(after);
});

test('the risk-category-missing fix makes taken ids unique', () => {
  const text = readFileSync(join(DIR, 'risk-category-missing-in-section.airoadmap.yaml'), 'utf8')
    .replace('risks: [misrouting]', 'risks: [legal-risk]')
    .replace('  misrouting:', '  legal-risk:');
  const after = addRiskPerCategory(text);
  assert.match(after, /\n {2}legal-risk:\n {4}title: Tickets sent to the wrong team\n/);
  assert.match(after, /\n {2}legal-risk-2:\n {4}title: TODO\n {4}category: legal\n/);
  assert.match(after, /\n {2}organizational-risk:\n {4}title: TODO\n {4}category: organizational\n/);
  noRiskCategoryMissing(after);
});

test('the risk-category-missing fix writes into an empty flow map `risks: {}`, and into an empty `risks:`', () => {
  const fixture = readFileSync(join(DIR, 'risk-category-missing-no-section.airoadmap.yaml'), 'utf8');
  const flow = addRiskPerCategory(`${fixture}risks: {}\n`);
  assert.match(flow, /\nrisks: \{technical-risk: \{title: TODO, category: technical, likelihood: 3, impact: 3, mitigation: TODO, owner: anna\}, legal-risk: \{[^}]*category: legal[^}]*\}, organizational-risk: \{[^}]*category: organizational[^}]*\}\}\n$/);
  noRiskCategoryMissing(flow);
  const empty = addRiskPerCategory(`${fixture}risks:\n`);
  assert.match(empty, /\nrisks:\n {2}technical-risk:\n {4}title: TODO\n {4}category: technical\n/);
  noRiskCategoryMissing(empty);
});

test('a flow-map entity gets only the fields that have a placeholder value', () => {
  const text = readFileSync(join(DIR, 'ai-act-unclassified-flow.airoadmap.yaml'), 'utf8');
  const { model, diagnostics } = checkText(text);
  const owner = diagnostics.find((d) => d.code === 'use-case-no-owner');
  assert.ok(owner);
  // No team, so no owner to propose; a flow map has no room for an empty key with a comment.
  assert.deepEqual(codeActions(model, [owner], owner.range, 'en').map((a) => a.title), ['Disable use-case-no-owner for this line']);
});

test('every diagnostic gets a "disable for this line" action, in Norwegian too', () => {
  const text = readFileSync(join(DIR, 'kpi-no-baseline.airoadmap.yaml'), 'utf8');
  const { model, diagnostics } = checkText(text);
  const everything = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
  const actions = codeActions(model, diagnostics, everything, 'nb');
  for (const d of diagnostics) {
    assert.ok(actions.some((a) => a.diagnostic === d && a.title === `Slå av ${d.code} for denne linjen`), `no disable action for ${d.code}`);
  }
  assert.ok(actions.some((a) => a.title === "Legg til 'baseline'"));
});

test('diagnostics outside the requested range get no actions', () => {
  const text = readFileSync(join(DIR, 'kpi-no-baseline.airoadmap.yaml'), 'utf8');
  const { model, diagnostics } = checkText(text);
  const line1 = { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } };
  assert.deepEqual(codeActions(model, diagnostics.filter((d) => d.range.start.line !== 1), line1, 'en'), []);
});

test('a stale diagnostic (its entity gone) gets no fix and no crash', () => {
  const text = readFileSync(join(DIR, 'kpi-no-baseline.airoadmap.yaml'), 'utf8');
  const { diagnostics } = checkText(text);
  const { model } = checkText('airoadmap: 1\norganization:\n  name: X\n');
  const actions = codeActions(model, diagnostics, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } }, 'en');
  assert.ok(actions.every((a) => a.title.startsWith('Disable')));
});

/**
 * The quick fix's and init's `start` in a child process with `TZ` set and
 * `new Date()` fixed at `instant`: `{ fix, init }` as YYYY-MM-DD.
 */
function startsAt(tz: string, instant: string): { fix: string; init: string } {
  const script = `
    const Real = Date;
    globalThis.Date = class extends Real { constructor(...a) { super(...(a.length ? a : [${JSON.stringify(instant)}])); } };
    const { checkText } = require('./server/src/core/index.ts');
    const { codeActions } = require('./server/src/core/features/code-actions.ts');
    const { starterRoadmap } = require('./server/src/core/texts/starter.ts');
    const text = require('node:fs').readFileSync('test/fixtures/code-actions/plan-no-start.airoadmap.yaml', 'utf8');
    const { model, diagnostics } = checkText(text);
    const d = diagnostics.find((x) => x.code === 'plan-no-start');
    const fix = codeActions(model, [d], d.range, 'en').find((a) => a.title === "Add 'start'").edits.map((e) => e.newText).join('');
    const day = /\\d{4}-\\d{2}-\\d{2}/;
    console.log(JSON.stringify({ fix: fix.match(day)[0], init: starterRoadmap('en').match(/start: (\\S+)/)[1] }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(__dirname, '..', '..'), env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as { fix: string; init: string };
}

test("next Monday is by the user's calendar, the same for the quick fix and init, at a day boundary", () => {
  // Sunday 23:30 UTC: already Monday 00:30 in Oslo (a week ahead), still Sunday evening in New York (tomorrow).
  const instant = '2027-01-10T23:30:00Z';
  assert.deepEqual(startsAt('Europe/Oslo', instant), { fix: '2027-01-18', init: '2027-01-18' });
  assert.deepEqual(startsAt('America/New_York', instant), { fix: '2027-01-11', init: '2027-01-11' });
  assert.deepEqual(startsAt('UTC', '2027-01-06T12:00:00Z'), { fix: '2027-01-11', init: '2027-01-11' });
});

test('no editor feature throws on any prefix of a real file', () => {
  const full = readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');
  const everything = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };
  for (let cut = 0; cut <= full.length; cut += 17) {
    const text = full.slice(0, cut);
    const { model, diagnostics } = checkText(text);
    const lines = text.split('\n').length;
    const positions = [0, Math.floor(lines / 3), Math.floor(lines / 2), lines - 1].map((line) => ({ line, character: 6 }));
    try {
      for (const action of codeActions(model, diagnostics, everything, 'nb')) applyEdits(text, action);
      for (const position of positions) {
        findDefinition(model, position);
        findReferences(model, position, true);
        documentHighlights(model, position);
        prepareRename(model, position, 'en');
        rename(model, position, 'new-id', 'en');
      }
      documentSymbols(model, 'en');
      workspaceSymbols(model, 'a');
      foldingRanges(model);
      selectionRanges(model, positions);
      useCaseInlayHints(model, 'en');
    } catch (error) {
      assert.fail(`threw on the first ${cut} characters: ${String(error)}`);
    }
  }
});

test('a quick fix indents new blocks by the file\'s own step, the one completion uses', () => {
  const fixture = readFileSync(join(DIR, 'create-risk-no-section.airoadmap.yaml'), 'utf8');
  const text = fixture.replace(/^( +)/gm, (spaces) => spaces + spaces);
  const { model, diagnostics } = checkText(text);
  const diagnostic = diagnostics.find((d) => d.code === 'unknown-reference')!;
  const action = codeActions(model, diagnostics, diagnostic.range, 'en').find((a) => a.title === "Create risk 'misrouting'")!;
  assert.match(applyEdits(text, action), /\nrisks:\n {4}misrouting:\n {8}title: TODO\n/);
});

test("the plan-no-start fix starts the plan the Monday after the analysis' today, not the clock's", () => {
  const text = readFileSync(join(DIR, 'plan-no-start.airoadmap.yaml'), 'utf8');
  const startWritten = (today: string): string => {
    const a = analyze(text, { today });
    const d = a.diagnostics.find((x) => x.code === 'plan-no-start');
    assert.ok(d);
    const action = FEATURES.codeActions(a, [d], d.range).find((x) => x.title === "Add 'start'");
    assert.ok(action);
    return /\d{4}-\d{2}-\d{2}/.exec(action.edits.map((e) => e.newText).join(''))?.[0] ?? '';
  };
  assert.equal(startWritten('2027-01-06'), '2027-01-11', 'Wednesday → the next Monday');
  assert.equal(startWritten('2027-01-10'), '2027-01-11', 'Sunday → tomorrow');
  assert.equal(startWritten('2027-01-11'), '2027-01-18', 'Monday → a week later');
  assert.equal(startWritten('2028-02-27'), '2028-02-28');
  assert.equal(startWritten('2028-02-29'), '2028-03-06', 'a leap day');
  assert.equal(startWritten('2030-12-31'), '2031-01-06', 'across the year');
  // The same as init's starter for that day.
  assert.equal(isoDate(nextMonday(new Date(2027, 0, 6))), startWritten('2027-01-06'));
});
