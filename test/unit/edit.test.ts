/**
 * The edit engine (core/features/edit.ts through core/index.ts editRoadmap):
 * golden files in test/fixtures/edit/, `<case>.airoadmap.yaml` edited by the
 * intent in CASES must give `<case>.expected.airoadmap.yaml` exactly (the
 * expected files were written by hand: the one line that changes, or the
 * lines added). For every success the test also checks that the edits alone
 * give the same text, that the edited file has no structure diagnostic the
 * source did not have, and that the line diff is one changed line, one added
 * line, or two added lines for a created map. Refusals: the reason and both
 * languages' messages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, editRoadmap, STRUCTURE_CODES, type EditIntent, type EditRefusal, type EditValue, type RoadmapDiagnostic } from '../../server/src/core/index';
import type { TextEdit } from 'vscode-languageserver-types';

const DIR = join(__dirname, '..', 'fixtures', 'edit');
const read = (name: string) => readFileSync(join(DIR, `${name}.airoadmap.yaml`), 'utf8');

/** What the line diff must be: one line changed, one added, or two added (a map created with its entry). */
type Shape = 'changed' | 'added' | 'created-map';

interface Case {
  name: string;
  path: string;
  value: EditValue;
  shape: Shape;
}

const CASES: Case[] = [
  { name: 'uc-value', path: 'use_cases.doc-search.value', value: 4, shape: 'changed' },
  { name: 'uc-effort', path: 'use_cases.doc-search.effort', value: 2, shape: 'changed' },
  { name: 'uc-feasibility', path: 'use_cases.doc-search.feasibility', value: 5, shape: 'changed' },
  { name: 'uc-flow-value', path: 'use_cases.faq-bot.value', value: 4, shape: 'changed' },
  { name: 'uc-flow-insert', path: 'use_cases.faq-bot.feasibility', value: 3, shape: 'changed' },
  { name: 'uc-insert-absent', path: 'use_cases.doc-search.risk_level', value: 'low', shape: 'added' },
  { name: 'uc-empty-value', path: 'use_cases.doc-search.description', value: 'Ask questions over the archive', shape: 'changed' },
  { name: 'uc-quoted-needed', path: 'use_cases.doc-search.title', value: 'Search: smart and fast', shape: 'changed' },
  { name: 'uc-production-insert', path: 'use_cases.doc-search.production.monitoring', value: true, shape: 'added' },
  { name: 'uc-costs-create', path: 'use_cases.doc-search.costs.monthly', value: 3000, shape: 'created-map' },
  { name: 'risk-likelihood', path: 'risks.hallucination.likelihood', value: 2, shape: 'changed' },
  { name: 'risk-impact', path: 'risks.hallucination.impact', value: 5, shape: 'changed' },
  { name: 'risk-flow-impact', path: 'risks.leak.impact', value: 3, shape: 'changed' },
  // An emoji (two UTF-16 code units) before the value on its line: the range counts UTF-16, as LSP does.
  { name: 'risk-flow-utf16', path: 'risks.launch.likelihood', value: 4, shape: 'changed' },
  { name: 'risk-single-quoted', path: 'risks.hallucination.title', value: "It's wrong", shape: 'changed' },
  { name: 'plan-weeks-quoted', path: 'plan.prototype.weeks', value: '7-9', shape: 'changed' },
  { name: 'plan-weeks-plain', path: 'plan.interviews.weeks', value: '1-2', shape: 'changed' },
  { name: 'plan-weeks-number', path: 'plan.prototype.weeks', value: 8, shape: 'changed' },
  { name: 'plan-done-existing', path: 'plan.interviews.done', value: true, shape: 'changed' },
  { name: 'plan-done-absent', path: 'plan.prototype.done', value: true, shape: 'added' },
  { name: 'plan-title-hash', path: 'plan.interviews.title', value: 'Heads # 3', shape: 'changed' },
  { name: 'kpi-actuals-append', path: 'kpis.search-time.actuals.2027-Q2', value: 5, shape: 'added' },
  { name: 'kpi-actuals-existing', path: 'kpis.search-time.actuals.2027-Q1', value: 8, shape: 'changed' },
  { name: 'kpi-actuals-missing-map', path: 'kpis.handling-time.actuals.2027-Q1', value: 3, shape: 'created-map' },
  { name: 'kpi-actuals-flow', path: 'kpis.flow-kpi.actuals.2027-Q2', value: 3, shape: 'changed' },
  { name: 'budget-first-year', path: 'budget.first_year', value: 120000, shape: 'changed' },
  { name: 'organization-insert', path: 'organization.employees', value: 140, shape: 'added' },
  { name: 'crlf-value', path: 'use_cases.doc-search.value', value: 4, shape: 'changed' },
  { name: 'crlf-insert', path: 'plan.prototype.done', value: true, shape: 'added' },
  // A merged value (`<<: *internal`) gets an explicit override in the entity; the anchor stays.
  { name: 'merge-override', path: 'use_cases.faq-bot.value', value: 5, shape: 'added' },
  { name: 'merge-own-field', path: 'use_cases.faq-bot.effort', value: 4, shape: 'changed' },
];

/** Lines with their line breaks, so a changed line ending counts as a change. */
function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/);
}

/** The line diff of a single-region edit: the lines removed and added between the common head and tail. */
function lineDiff(before: string, after: string): { removed: number; added: number } {
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.length - head - tail, added: b.length - head - tail };
}

const EXPECTED_DIFF: Record<Shape, { removed: number; added: number }> = {
  changed: { removed: 1, added: 1 },
  added: { removed: 0, added: 1 },
  'created-map': { removed: 0, added: 2 },
};

/** The edits applied by their line and character (UTF-16), independently of the engine. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => starts[p.line]! + p.character;
  const sorted = [...edits].sort((x, y) => offset(y.range.start) - offset(x.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

function structureDiagnostics(text: string): string[] {
  return analyze(text)
    .diagnostics.filter((d: RoadmapDiagnostic) => Object.prototype.hasOwnProperty.call(STRUCTURE_CODES, d.code))
    .map((d) => `${d.code}: ${d.message}`)
    .sort();
}

describe('edit engine: golden files', () => {
  it('has at least 25 success cases', () => {
    assert.ok(CASES.length >= 25, `${CASES.length} cases`);
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.path} = ${JSON.stringify(c.value)}`, () => {
      const source = read(c.name);
      const expected = read(`${c.name}.expected`);
      assert.notEqual(source, expected, 'the fixture changes something');
      const result = editRoadmap(analyze(source), { path: c.path, value: c.value });
      assert.ok(result.ok, result.ok ? '' : result.message);
      assert.equal(result.text, expected);
      assert.equal(applyEdits(source, result.edits), expected, 'the edits alone give the expected text');
      if (c.name === 'risk-flow-utf16') assert.deepEqual(result.edits[0]!.range.start, { line: 5, character: 50 });
      // No new structure diagnostic: every one of the edited file was there before.
      const before = structureDiagnostics(source);
      for (const d of structureDiagnostics(result.text)) assert.ok(before.includes(d), `new: ${d}`);
      assert.deepEqual(lineDiff(source, result.text), EXPECTED_DIFF[c.shape]);
      if (source.includes('\r\n')) assert.doesNotMatch(result.text, /(?<!\r)\n/, 'CRLF stays CRLF');
    });
  }

  it('an override of a merged value wins in its entity only; the anchor and the other entity keep theirs', () => {
    const model = analyze(read('merge-override.expected')).model;
    assert.equal(model.use_cases.get('faq-bot')!.data.value, 5);
    assert.equal(model.use_cases.get('other')!.data.value, 3);
    assert.equal(model.use_cases.get('faq-bot')!.locations.get('value')!.merged, undefined);
  });

  it('every fixture in the folder belongs to a case, and every success case has its expected file', () => {
    const names = new Set([...CASES.map((c) => c.name), ...CASES.map((c) => `${c.name}.expected`), ...REFUSALS.map((r) => r.file)]);
    const files = readdirSync(DIR).filter((f) => f.endsWith('.airoadmap.yaml')).map((f) => f.slice(0, -'.airoadmap.yaml'.length));
    assert.deepEqual(files.sort(), [...names].sort());
  });
});

interface RefusalCase {
  what: string;
  file: string;
  intent: EditIntent;
  version?: number;
  reason: EditRefusal;
  en: RegExp;
  nb: RegExp;
}

const REFUSALS: RefusalCase[] = [
  { what: 'an unknown id, with a did-you-mean', file: 'refuse-base', intent: { path: 'use_cases.doc-serch.value', value: 4 }, reason: 'unknown-entity', en: /^the roadmap has no use case named 'doc-serch'\. Did you mean 'doc-search'\?$/, nb: /^veikartet har ingen brukstilfelle med id-en 'doc-serch'\. Mente du 'doc-search'\?$/ },
  { what: 'an unknown id of a risk', file: 'refuse-base', intent: { path: 'risks.nothing.impact', value: 2 }, reason: 'unknown-entity', en: /^the roadmap has no risk named 'nothing'\.$/, nb: /ingen risiko med id-en 'nothing'\.$/ },
  { what: 'an unknown field, with a did-you-mean', file: 'refuse-base', intent: { path: 'use_cases.doc-search.valeu', value: 4 }, reason: 'unknown-field', en: /has no field 'valeu'\. Did you mean 'value'\?$/, nb: /ikke noe felt som heter 'valeu'\. Mente du 'value'\?$/ },
  { what: 'an unknown section, with a did-you-mean', file: 'refuse-base', intent: { path: 'use_case.doc-search.value', value: 4 }, reason: 'unknown-section', en: /no section 'use_case'\. Did you mean 'use_cases'\?$/, nb: /Mente du 'use_cases'\?$/ },
  { what: 'a path without a field', file: 'refuse-base', intent: { path: 'use_cases.doc-search', value: 4 }, reason: 'bad-path', en: /is not a path of the form/, nb: /er ikke en sti på formen/ },
  { what: 'a likelihood of 9', file: 'refuse-base', intent: { path: 'risks.hallucination.likelihood', value: 9 }, reason: 'rejected', en: /^'9' cannot be set for 'risks\.hallucination\.likelihood': .*1 to 5/, nb: /^'9' kan ikke settes for 'risks\.hallucination\.likelihood': / },
  { what: 'an absent likelihood of 0 (an insertion is checked too)', file: 'refuse-base', intent: { path: 'risks.leak.impact', value: 0 }, reason: 'rejected', en: /cannot be set for 'risks\.leak\.impact'/, nb: /kan ikke settes/ },
  { what: 'weeks 13', file: 'refuse-base', intent: { path: 'plan.prototype.weeks', value: 13 }, reason: 'rejected', en: /'plan\.prototype\.weeks'/, nb: /'plan\.prototype\.weeks'/ },
  { what: 'weeks 9-7', file: 'refuse-base', intent: { path: 'plan.prototype.weeks', value: '9-7' }, reason: 'rejected', en: /cannot be set/, nb: /kan ikke settes/ },
  { what: 'text for a score', file: 'refuse-base', intent: { path: 'use_cases.doc-search.value', value: 'high' }, reason: 'rejected', en: /cannot be set/, nb: /kan ikke settes/ },
  { what: 'an owner who is not in the team', file: 'refuse-base', intent: { path: 'use_cases.doc-search.owner', value: 'nobody' }, reason: 'rejected', en: /'nobody'/, nb: /'nobody'/ },
  { what: 'a quarter that is no quarter', file: 'refuse-base', intent: { path: 'kpis.search-time.actuals.2027-Q5', value: 3 }, reason: 'rejected', en: /cannot be set/, nb: /kan ikke settes/ },
  { what: 'a list field', file: 'refuse-base', intent: { path: 'use_cases.doc-search.kpis', value: 'search-time' }, reason: 'not-a-scalar', en: /holds a list or a map/, nb: /inneholder en liste eller et kart/ },
  { what: 'a number that YAML cannot hold', file: 'refuse-base', intent: { path: 'use_cases.doc-search.value', value: Number.NaN }, reason: 'bad-value', en: /'NaN' is not a value/, nb: /'NaN' er ikke en verdi/ },
  { what: 'a file with YAML syntax errors', file: 'refuse-syntax', intent: { path: 'use_cases.doc-search.value', value: 4 }, reason: 'syntax-errors', en: /YAML syntax errors/, nb: /syntaksfeil i YAML/ },
  { what: 'a version that is not the document’s', file: 'refuse-base', intent: { path: 'use_cases.doc-search.value', value: 4, expectedVersion: 3 }, version: 4, reason: 'version-mismatch', en: /version 4, expected 3/, nb: /versjon 4, ventet 3/ },
  { what: 'a field of a map merged whole from an anchor', file: 'refuse-merge', intent: { path: 'use_cases.other.production.monitoring', value: true }, reason: 'merged-parent', en: /merged whole from the anchor 'prod'/, nb: /fra ankeret 'prod'/ },
  { what: 'an entity that is an alias', file: 'refuse-merge', intent: { path: 'use_cases.copy.title', value: 'Mine' }, reason: 'aliased', en: /alias of the anchor 'entity'/, nb: /alias for ankeret 'entity'/ },
  { what: 'an entity that carries an anchor others merge', file: 'refuse-anchored', intent: { path: 'use_cases.base.effort', value: 2 }, reason: 'anchored', en: /^'use_cases\.base' carries the anchor 'base'/, nb: /^'use_cases\.base' har ankeret 'base'/ },
  { what: 'a value that carries an anchor others repeat', file: 'refuse-anchored', intent: { path: 'use_cases.derived.feasibility', value: 3 }, reason: 'anchored', en: /^'use_cases\.derived\.feasibility' carries the anchor 'score'/, nb: /ankeret 'score'/ },
  { what: 'a field of a map that carries an anchor', file: 'refuse-anchored', intent: { path: 'use_cases.derived.production.monitoring', value: true }, reason: 'anchored', en: /^'use_cases\.derived\.production' carries the anchor 'prod'/, nb: /ankeret 'prod'/ },
  { what: 'a field of a map that is an alias', file: 'refuse-anchored', intent: { path: 'use_cases.other.production.monitoring', value: true }, reason: 'aliased', en: /^'use_cases\.other\.production' is an alias of the anchor 'prod'/, nb: /alias for ankeret 'prod'/ },
];

describe('edit engine: refusals', () => {
  for (const c of REFUSALS) {
    it(c.what, () => {
      const source = read(c.file);
      const result = editRoadmap(analyze(source), c.intent, c.version === undefined ? {} : { version: c.version });
      assert.equal(result.ok, false, 'refused');
      if (result.ok) return;
      assert.equal(result.reason, c.reason, result.message);
      assert.match(result.messages.en, c.en);
      assert.match(result.messages.nb, c.nb);
      assert.equal(result.message, result.messages.en, 'in the analysis’ locale (English by default)');
    });
  }

  it('the message comes in the analysis’ locale', () => {
    const result = editRoadmap(analyze(read('refuse-base'), { locale: 'nb' }), { path: 'use_cases.nope.value', value: 4 });
    assert.ok(!result.ok);
    assert.equal(result.message, result.messages.nb);
  });

  it('the same version is no mismatch', () => {
    const result = editRoadmap(analyze(read('uc-value')), { path: 'use_cases.doc-search.value', value: 4, expectedVersion: 7 }, { version: 7 });
    assert.ok(result.ok);
    assert.equal(result.text, read('uc-value.expected'));
  });

  it('a byte-order mark stays', () => {
    const source = `\uFEFF${read('uc-value')}`;
    const result = editRoadmap(analyze(source), { path: 'use_cases.doc-search.value', value: 4 });
    assert.ok(result.ok);
    assert.equal(result.text, `\uFEFF${read('uc-value.expected')}`);
  });
});
