/**
 * The parser and the structure checks: positions (UTF-16, BOM, CRLF),
 * malformed input, and the settled readings of rules.md.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, parseRoadmap } from '../../server/src/core/index';

const base = 'airoadmap: 1\norganization:\n  name: X\n';

function codes(text: string): string[] {
  return checkText(text).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}:${d.code}`);
}

test('a byte-order mark is not counted in columns', () => {
  const d = checkText(`\uFEFF${base}colour: red\n`).diagnostics;
  assert.deepEqual(d.map((x) => [x.code, x.range.start]), [['unknown-key', { line: 3, character: 0 }]]);
});

test('columns are UTF-16 code units', () => {
  const d = checkText(`${base}team:\n  a:\n    name: "😀😀"\n    titel: x\n`).diagnostics.filter((x) => x.code === 'unknown-key');
  assert.equal(d[0]!.range.start.line, 6);
  const emoji = checkText(`${base}systems:\n  s: { name: "😀", readiness: 9 }\n`).diagnostics.find((x) => x.code === 'invalid-value')!;
  // `  s: { name: "😀", readiness: ` is 30 code units with the emoji counted as 2.
  assert.equal(emoji.range.start.character, 30);
});

test('CRLF line endings give the same lines', () => {
  const lf = codes(`${base}colour: red\nsystems:\n  s:\n    readiness: 0\n`);
  const crlf = codes(`${base}colour: red\nsystems:\n  s:\n    readiness: 0\n`.replace(/\n/g, '\r\n'));
  assert.deepEqual(crlf, lf);
});

test('malformed input never throws and says what is wrong', () => {
  const inputs = ['', '\u0000\u0001\u0002garbage\uFFFD', '- a\n- b\n', 'just text', '{', 'a: [', '\t\tx: y', '%YAML 9.9\n---\na: 1', '? [a]\n: b\n', '&a [*a]'];
  for (const input of inputs) {
    const r = checkText(input);
    assert.ok(Array.isArray(r.diagnostics), input);
    assert.ok(r.diagnostics.length > 0, `no diagnostic for ${JSON.stringify(input)}`);
  }
  assert.deepEqual(codes('- a\n- b\n'), ['1:1:wrong-type']);
  assert.deepEqual(codes(''), ['1:1:missing-required', '1:1:unsupported-version']);
});

test('syntax errors are reported at the parser position and the rest is still checked', () => {
  const text = `${base}kpis:\n  k:\n    name: [unclosed\n    baseline: 1\n    target: 2\n    direction: increase\n    unit: h\n    kind: quantitative\nrisks:\n  r: { title: x, likelihood: 9 }\n`;
  const c = codes(text);
  assert.ok(c.some((x) => x.endsWith('yaml-syntax')), c.join());
  assert.ok(c.includes('13:30:invalid-value'), c.join());
});

test('second document is multiple-documents', () => {
  assert.deepEqual(codes(`${base}---\nairoadmap: 1\n`), ['4:1:multiple-documents']);
});

test('version and organization name', () => {
  assert.deepEqual(codes('organization:\n  name: X\n'), ['1:1:unsupported-version']);
  assert.deepEqual(codes('airoadmap: 2\norganization:\n  name: X\n'), ['1:12:unsupported-version']);
  assert.deepEqual(codes('airoadmap: 1\norganization:\n  industry: x\n'), ['2:1:missing-required']);
  assert.deepEqual(codes('airoadmap: 1\nbudget: {}\n'), ['1:1:missing-required']);
});

test('settled readings: yes is text, dates are real days, empty is absent', () => {
  assert.deepEqual(codes(`${base}infrastructure:\n  stable_cloud: yes\n  databases_with_api: true\n  modern_web_services: true\n  backup_and_security: true\n`), ['5:17:wrong-type']);
  assert.deepEqual(codes(`airoadmap: 1\norganization:\n  name: X\n  start: 2027-02-30\n`), ['4:10:invalid-value']);
  assert.deepEqual(codes(`airoadmap: 1\norganization:\n  name: X\n  start: 2028-02-29\n`), []);
  assert.deepEqual(codes(`${base}budget:\n  first_year:\n`), []);
});

test('a malformed id still defines the entity; a duplicate is reported on the second', () => {
  const text = `${base}team:\n  Anna:\n    name: A\n  bo:\n    name: B\n  bo:\n    name: C\nrisks:\n  r:\n    owner: Anna\n`;
  const c = codes(text);
  assert.ok(c.includes('5:3:invalid-value'), c.join());
  assert.ok(c.includes('9:3:duplicate-key'), c.join());
  assert.ok(!c.some((x) => x.endsWith('unknown-reference')), c.join());
});

test('a wrong-typed reference field is wrong-type and not resolved', () => {
  const c = codes(`${base}use_cases:\n  u:\n    kpis: bad\n`);
  assert.ok(c.includes('6:11:wrong-type'), c.join());
  assert.ok(!c.some((x) => x.endsWith('unknown-reference')));
});

test('unknown keys and references suggest the closest name', () => {
  const r = checkText(`${base}team:\n  anna: { name: A }\nrisks:\n  r: { titel: x, owner: ana }\n`);
  const key = r.diagnostics.find((d) => d.code === 'unknown-key')!;
  const ref = r.diagnostics.find((d) => d.code === 'unknown-reference')!;
  assert.equal(key.suggestion, 'title');
  assert.match(key.message, /did you mean 'title'/i);
  assert.equal(ref.suggestion, 'anna');
  assert.match(ref.message, /did you mean 'anna'/i);
});

test('the model keeps key and value ranges of every field', () => {
  const { model } = parseRoadmap(`${base}kpis:\n  k:\n    baseline: 15\n`);
  const kpi = model.kpis.get('k')!;
  assert.deepEqual(kpi.idRange, { start: { line: 4, character: 2 }, end: { line: 4, character: 3 } });
  assert.deepEqual(kpi.keyRange('baseline'), { start: { line: 5, character: 4 }, end: { line: 5, character: 12 } });
  assert.deepEqual(kpi.rangeOf('baseline'), { start: { line: 5, character: 14 }, end: { line: 5, character: 16 } });
  assert.equal(kpi.data.baseline, 15);
});

test('severities can be changed and codes turned off; suppression comments work', () => {
  const text = `${base}colour: red\n# airoadmap-disable-next-line unknown-key\nshade: blue\n`;
  assert.deepEqual(codes(text), ['4:1:unknown-key']);
  assert.deepEqual(checkText(text, { severities: { 'unknown-key': 'off' } }).diagnostics, []);
  assert.equal(checkText(text, { severities: { 'unknown-key': 'error' } }).diagnostics[0]!.severity, 'error');
  assert.deepEqual(codes(`# airoadmap-disable unknown-key\n${base}colour: red\n`), []);
});

test('a rule that throws is reported and the others still run', async () => {
  const { runRules } = await import('../../server/src/core/index');
  const { RULES } = await import('../../server/src/core/rules/index');
  type Rule = (typeof RULES)[number];
  const { model } = parseRoadmap(`${base}kpis:\n  k: {}\n  l: {}\n`);
  const throws = (message: string) => () => {
    throw new Error(message);
  };
  // An entity rule (kpi-no-baseline) and a whole-model rule (kpi-unused) that throw.
  const unused = RULES.find((r) => r.code === 'kpi-unused')!;
  const entityRule: Rule = { ...RULES[0]!, check: undefined, each: { section: 'kpis', check: throws('boom') } };
  const wholeRule: Rule = { ...unused, each: undefined, check: throws('bang') };
  const findings = runRules(model, {}, [entityRule, wholeRule, ...RULES.filter((r) => r.code !== RULES[0]!.code && r.code !== 'kpi-unused')]);
  const failed = findings.filter((f) => f.code === 'rule-failed').map((f) => `${String(f.args['rule'])}: ${String(f.args['detail'])}`);
  // Once per rule, however many entities it failed on.
  assert.deepEqual(failed.sort(), ['kpi-no-baseline: boom', 'kpi-unused: bang']);
  assert.equal(findings.filter((f) => f.code === 'kpi-no-target').length, 2);
});

test('a duplicate key names its owner at every level, the entity id too', () => {
  const text = `${base}  name: Y\nteam:\n  bo:\n    name: B\n  bo:\n    name: C\nuse_cases:\n  doc-search:\n    title: T\n    title: U\n    production:\n      backup: true\n      backup: false\nkpis:\n  k:\n    actuals:\n      2027-Q1: 1\n      2027-Q1: 2\nteam:\n  x: {}\n`;
  const where = checkText(text).diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => d.message.match(/defined twice in (the roadmap|'[^']*')/)?.[1]);
  assert.deepEqual(where, ["'organization'", "'team'", "'use_cases.doc-search'", "'use_cases.doc-search.production'", "'kpis.k.actuals'", 'the roadmap']);
});
