/**
 * Typical input (rules.md, Part 2 "Digit grouping" and "Changes to part 1" →
 * "Hints for typical input"): `number-format` on numbers written with digit
 * grouping or a decimal comma, where the field counts as the number meant;
 * a boolean written as a word, a date written DD.MM.YYYY and an enumeration
 * value written in Norwegian, each with the value meant and a quick fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod';
import { checkText } from '../../server/src/core/index';
import { codeActions } from '../../server/src/core/features/code-actions';
import { NORWEGIAN_VALUES, meantBoolean, meantDate, meantEnumValue, meantNumber } from '../../server/src/core/language/input-hints';
import { unwrap } from '../../server/src/core/language/schema';
import { roadmapSchema } from '../../schemas/model';
import type { RoadmapDiagnostic } from '../../server/src/core/language/types';

const HEAD = 'airoadmap: 1\norganization:\n  name: Fjordtest AS\n';
const NBSP = '\u00A0';
const NNBSP = '\u202F';

function check(text: string, locale: 'en' | 'nb' = 'en') {
  return checkText(text, { locale });
}

/** The one diagnostic of `code` starting on `line` (0-based). */
function on(diagnostics: readonly RoadmapDiagnostic[], code: string, line: number): RoadmapDiagnostic {
  const found = diagnostics.filter((d) => d.code === code && d.range.start.line === line);
  assert.equal(found.length, 1, `one ${code} on line ${line + 1}: ${diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}: ${d.message}`).join(' | ')}`);
  return found[0]!;
}

function codesOf(diagnostics: readonly RoadmapDiagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

/** The codes of the reading of values only (not the checklist's, which these short files trip). */
function readingCodes(diagnostics: readonly RoadmapDiagnostic[]): string[] {
  return codesOf(diagnostics).filter((c) => c === 'number-format' || c === 'wrong-type' || c === 'invalid-value');
}

/** The quick fix's text for a diagnostic (its one edit), and the action's title. */
function quickFix(text: string, d: RoadmapDiagnostic, locale: 'en' | 'nb' = 'en'): { title: string; newText: string } {
  const { model, diagnostics } = check(text);
  const same = diagnostics.find((x) => x.code === d.code && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
  assert.ok(same);
  const action = codeActions(model, [same], same.range, locale).find((a) => !a.title.startsWith('Disable') && !a.title.startsWith('Slå av'));
  assert.ok(action, `no quick fix for ${d.code}`);
  assert.equal(action.edits.length, 1);
  return { title: action.title, newText: action.edits[0]!.newText };
}

// ---- number-format --------------------------------------------------------

test('meantNumber: one separator kind throughout, groups of three', () => {
  assert.deepEqual(meantNumber('95.000', 'grouped'), { value: 95000, write: '95000', form: 'grouping' });
  assert.deepEqual(meantNumber('1.250.000', 'grouped'), { value: 1250000, write: '1250000', form: 'grouping' });
  assert.deepEqual(meantNumber('2 500', 'grouped'), { value: 2500, write: '2500', form: 'grouping' });
  assert.deepEqual(meantNumber('12,500', 'grouped'), { value: 12500, write: '12500', form: 'grouping' });
  assert.deepEqual(meantNumber(`2${NBSP}500`, 'grouped'), { value: 2500, write: '2500', form: 'grouping' });
  assert.deepEqual(meantNumber(`1${NNBSP}250${NNBSP}000`, 'grouped'), { value: 1250000, write: '1250000', form: 'grouping' });
  // Mixed separators, groups not of three, a decimal part: not digit grouping.
  for (const text of ['1.250 000', '1,250.000', `1 250${NBSP}000`, '1.500,00', '12.50', '1234.567', '95000', '95.0000', '.500', '1.250.', ' 2 500', '2  500', '-1.250']) {
    assert.equal(meantNumber(text, 'grouped'), undefined, text);
  }
});

test("meantNumber in a KPI: space grouping and a decimal comma; a dot is a decimal point", () => {
  assert.deepEqual(meantNumber('3,1', 'kpi'), { value: 3.1, write: '3.1', form: 'decimal-comma' });
  assert.deepEqual(meantNumber('1250,75', 'kpi'), { value: 1250.75, write: '1250.75', form: 'decimal-comma' });
  assert.deepEqual(meantNumber('12 500', 'kpi'), { value: 12500, write: '12500', form: 'grouping' });
  assert.deepEqual(meantNumber(`9${NBSP}800`, 'kpi'), { value: 9800, write: '9800', form: 'grouping' });
  assert.deepEqual(meantNumber(`9${NNBSP}800`, 'kpi'), { value: 9800, write: '9800', form: 'grouping' });
  for (const text of ['1.250', '1.250.000', '3.1', '1 250,5', '3,1,2', ',5', '5,']) assert.equal(meantNumber(text, 'kpi'), undefined, text);
});

/** Every field that reads digit grouping, with the line its value stands on. */
const MONEY_AND_EMPLOYEES = (value: string) =>
  `${HEAD}  employees: ${value}
team:
  anna:
    training_budget: ${value}
budget:
  first_year: ${value}
  training: ${value}
  consulting: ${value}
use_cases:
  doc-search:
    stage: retired
    costs:
      one_time: ${value}
      monthly: ${value}
`;
const MONEY_LINES = { 'organization.employees': 3, 'team.anna.training_budget': 6, 'budget.first_year': 8, 'budget.training': 9, 'budget.consulting': 10, 'use_cases.doc-search.costs.one_time': 15, 'use_cases.doc-search.costs.monthly': 16 };

for (const [kind, written, read] of [
  ['dot', '1.250', 1.25],
  ['comma', '1,250', undefined],
  ['space', '1 250', undefined],
  ['no-break space', `1${NBSP}250`, undefined],
  ['narrow no-break space', `1${NNBSP}250`, undefined],
  ['dot, quoted', '"1.250"', undefined],
] as const) {
  test(`number-format with a ${kind} in every money field and organization.employees: the number meant, a warning on the value, a fix`, () => {
    const text = MONEY_AND_EMPLOYEES(written);
    const { diagnostics, model } = check(text);
    assert.ok(!codesOf(diagnostics).includes('wrong-type'), 'it replaces wrong-type');
    for (const [field, line] of Object.entries(MONEY_LINES)) {
      const d = on(diagnostics, 'number-format', line);
      assert.equal(d.severity, 'warning');
      const column = text.split('\n')[line]!.indexOf(written);
      assert.deepEqual(d.range, { start: { line, character: column }, end: { line, character: column + written.length } }, `${field}: on the scalar`);
      assert.ok(d.message.includes(`'${field}'`), d.message);
      assert.ok(d.message.includes('counts as 1,250'), d.message);
      assert.ok(d.message.includes('Write 1250'), d.message);
      assert.ok(d.message.includes(read === undefined ? 'reads as text' : `reads as ${read}`), d.message);
      assert.deepEqual(d.fix, { kind: 'replace', with: '1250' });
      assert.deepEqual(quickFix(text, d), { title: "Change to '1250'", newText: '1250' });
    }
    // Every field counts as the number meant.
    assert.equal(model.organization.data.employees, 1250);
    assert.equal(model.team.get('anna')!.data.training_budget, 1250);
    assert.deepEqual(model.budget.data, { first_year: 1250, training: 1250, consulting: 1250 });
    assert.deepEqual(model.use_cases.get('doc-search')!.data.costs, { one_time: 1250, monthly: 1250 });
    for (const fields of [model.organization, model.budget, model.use_cases.get('doc-search')!]) assert.equal(fields.invalid.size, 0);
  });
}

test('number-format in Norwegian: what YAML reads and the number meant as Norwegian writes it, the plain number to write', () => {
  const d = on(check(`${HEAD}budget:\n  first_year: 95.000\n  training: 12,500\n`, 'nb').diagnostics, 'number-format', 4);
  assert.equal(d.message, `'budget.first_year' er skrevet '95.000', som YAML leser som 95; her regnes det som 95${NBSP}000. Skriv '95000': tall i YAML skrives uten tusenskille.`);
  const t = on(check(`${HEAD}budget:\n  first_year: 95000\n  training: 12,500\n`, 'nb').diagnostics, 'number-format', 5);
  assert.match(t.message, /som YAML leser som tekst, ikke som et tall/);
  const e = on(check(`${HEAD}budget:\n  first_year: 95.000\n`, 'en').diagnostics, 'number-format', 4);
  assert.equal(e.message, "'budget.first_year' is written '95.000', which YAML reads as 95; it counts as 95,000 here. Write 95000: numbers in YAML have no digit grouping.");
});

test("budget.first_year: 95.000 is 95000 for the budget checks: budget-first-year-range stays silent (it fires for 95, as YAML reads it)", () => {
  const grouped = check(`${HEAD}budget:\n  first_year: 95.000\n`);
  assert.equal(grouped.model.budget.data.first_year, 95000);
  assert.deepEqual(codesOf(grouped.diagnostics), ['number-format']);
  const asRead = check(`${HEAD}budget:\n  first_year: 95\n`);
  assert.deepEqual(codesOf(asRead.diagnostics), ['budget-first-year-range']);
  // The number meant is checked as any number would be: 1.500.000 is outside the guide.
  assert.deepEqual(codesOf(check(`${HEAD}budget:\n  first_year: 1.500.000\n`).diagnostics).sort(), ['budget-first-year-range', 'number-format']);
});

const KPI = (baseline: string, target: string, actual: string) =>
  `${HEAD}kpis:
  k:
    name: K
    kind: quantitative
    unit: minutes
    baseline: ${baseline}
    target: ${target}
    direction: decrease
    actuals:
      2027-Q1: ${actual}
use_cases:
  u:
    stage: retired
    kpis:
      - k
`;

test("number-format in a KPI's baseline, target and actuals: a decimal comma and space grouping", () => {
  const text = KPI('12 500', '3,1', `9${NNBSP}800`);
  const { diagnostics, model } = check(text);
  assert.deepEqual(readingCodes(diagnostics), ['number-format', 'number-format', 'number-format']);
  assert.deepEqual([on(diagnostics, 'number-format', 8).fix, on(diagnostics, 'number-format', 9).fix, on(diagnostics, 'number-format', 12).fix], [
    { kind: 'replace', with: '12500' },
    { kind: 'replace', with: '3.1' },
    { kind: 'replace', with: '9800' },
  ]);
  const target = on(diagnostics, 'number-format', 9);
  assert.ok(target.message.includes("'kpis.k.target' is written '3,1', which YAML reads as text"), target.message);
  assert.ok(target.message.includes('Write 3.1: numbers in YAML take a decimal point'), target.message);
  assert.match(on(check(text, 'nb').diagnostics, 'number-format', 9).message, /her regnes det som 3,1\. Skriv '3\.1': tall i YAML skrives med desimalpunktum\./);
  const k = model.kpis.get('k')!;
  assert.deepEqual([k.data.baseline, k.data.target, k.data.actuals], [12500, 3.1, { '2027-Q1': 9800 }]);
  assert.equal(k.invalid.size, 0);
});

test('in a KPI a dot is a decimal point: 1.250 is 1.25, no diagnostic; dot grouping and mixed forms are wrong-type as before', () => {
  const plain = check(KPI('3', '1.250', '2'));
  assert.deepEqual(readingCodes(plain.diagnostics), []);
  assert.equal(plain.model.kpis.get('k')!.data.target, 1.25);
  const dotted = check(KPI('1.250.000', '1 250,5', '1,250.5'));
  assert.deepEqual(readingCodes(dotted.diagnostics), ['wrong-type', 'wrong-type', 'wrong-type']);
});

test('mixed separators are not digit grouping: wrong-type, as before', () => {
  const { diagnostics } = check(`${HEAD}budget:\n  first_year: 1.250 000\n  training: 1,250.000\n  consulting: "1.500,00"\n`);
  assert.deepEqual(codesOf(diagnostics), ['wrong-type', 'wrong-type', 'wrong-type']);
});

test('other number fields read no digit grouping: a score, bandwidth', () => {
  const { diagnostics } = check(`${HEAD}infrastructure:\n  bandwidth_mbps: 1 000\nsystems:\n  crm:\n    readiness: 4,0\n`);
  assert.deepEqual(readingCodes(diagnostics), ['wrong-type', 'wrong-type']);
});

test('number-format through an alias: the warning on the alias, no quick fix (it would rewrite the use, not the anchor)', () => {
  const { diagnostics, model } = check(`${HEAD}budget:\n  training: &t 12,500\n  consulting: *t\n`);
  assert.deepEqual(codesOf(diagnostics), ['number-format', 'number-format']);
  assert.deepEqual(on(diagnostics, 'number-format', 4).fix, { kind: 'replace', with: '12500' });
  assert.equal(on(diagnostics, 'number-format', 5).fix, undefined);
  assert.deepEqual(model.budget.data, { training: 12500, consulting: 12500 });
});

test('an enumeration word or a dotted date through an alias: the value meant is named, but the fix only on the anchor (it would rewrite the use)', () => {
  const { diagnostics } = check(`${HEAD}systems:\n  crm:\n    hosting: &h skyen\n  erp:\n    hosting: *h\nplan:\n  kickoff:\n    title: Kick-off\n    weeks: 1\n    done: false\n`);
  assert.deepEqual(on(diagnostics, 'invalid-value', 5).fix, { kind: 'replace', with: 'cloud' });
  assert.equal(on(diagnostics, 'invalid-value', 7).fix, undefined);
  assert.equal(on(diagnostics, 'invalid-value', 7).suggestion, 'cloud');
});

// ---- booleans -------------------------------------------------------------

test('meantBoolean: ja, yes, on, sant and nei, no, off, usant in any case', () => {
  for (const w of ['ja', 'yes', 'on', 'sant', 'Ja', 'YES', 'On', 'SANT']) assert.equal(meantBoolean(w), true, w);
  for (const w of ['nei', 'no', 'off', 'usant', 'Nei', 'NO', 'Off', 'Usant']) assert.equal(meantBoolean(w), false, w);
  for (const w of ['y', 'n', 'jo', 'kanskje', 'yes please', ' ja', 'toString', 'constructor']) assert.equal(meantBoolean(w), undefined, w);
});

test('a boolean written as a word is wrong-type that says write true or false, with the boolean meant and a quick fix', () => {
  const text = `${HEAD}infrastructure:\n  stable_cloud: ja\n  databases_with_api: "Nei"\n  modern_web_services: off\n  backup_and_security: kanskje\n`;
  const { diagnostics } = check(text);
  const ja = on(diagnostics, 'wrong-type', 4);
  assert.equal(ja.severity, 'error');
  assert.equal(ja.message, "'infrastructure.stable_cloud' should be true or false, not the text 'ja': write true or false (here true).");
  assert.deepEqual(quickFix(text, ja), { title: "Change to 'true'", newText: 'true' });
  const nei = on(diagnostics, 'wrong-type', 5);
  assert.deepEqual(quickFix(text, nei), { title: "Change to 'false'", newText: 'false' }, 'the quotes go: "false" would be text again');
  assert.deepEqual(on(diagnostics, 'wrong-type', 6).fix, { kind: 'replace', with: 'false' });
  // Not a word for a boolean: the plain wrong-type, no fix.
  const other = on(diagnostics, 'wrong-type', 7);
  assert.equal(other.message, "'infrastructure.backup_and_security' should be true or false, not text.");
  assert.equal(other.fix, undefined);
  const nb = on(check(text, 'nb').diagnostics, 'wrong-type', 4);
  assert.equal(nb.message, "'infrastructure.stable_cloud' skal være true eller false, ikke teksten 'ja': skriv true eller false (her true).");
  assert.equal(quickFix(text, ja, 'nb').title, "Endre til 'true'");
});

// ---- dates ----------------------------------------------------------------

test('meantDate: DD.MM.YYYY and D.M.YYYY when it is a real date', () => {
  assert.equal(meantDate('04.01.2027'), '2027-01-04');
  assert.equal(meantDate('4.1.2027'), '2027-01-04');
  assert.equal(meantDate('29.02.2028'), '2028-02-29');
  for (const t of ['29.02.2027', '31.04.2027', '00.01.2027', '1.13.2027', '04.01.27', '04/01/2027', '2027.01.04', '004.01.2027']) assert.equal(meantDate(t), undefined, t);
});

test('a date written DD.MM.YYYY is invalid-value naming the ISO date meant, with a quick fix; a date that does not exist keeps the old message', () => {
  const text = `${HEAD}  start: 04.01.2027\nkpis:\n  k:\n    baseline_date: 31.02.2027\n`;
  const { diagnostics } = check(text);
  const start = on(diagnostics, 'invalid-value', 3);
  assert.equal(start.message, "'organization.start' is '04.01.2027'; dates are written YYYY-MM-DD: write 2027-01-04 (4 January 2027).");
  assert.deepEqual(quickFix(text, start), { title: "Change to '2027-01-04'", newText: '2027-01-04' });
  assert.equal(on(check(text, 'nb').diagnostics, 'invalid-value', 3).message, "'organization.start' er '04.01.2027'; datoer skrives ÅÅÅÅ-MM-DD: skriv 2027-01-04 (4. januar 2027).");
  const unreal = on(diagnostics, 'invalid-value', 6);
  assert.equal(unreal.message, "'kpis.k.baseline_date' is '31.02.2027', which is not a real date; write it as YYYY-MM-DD.");
  assert.equal(unreal.fix, undefined);
});

// ---- enumerations in Norwegian --------------------------------------------

/** Every enumeration of the model, as its values joined by commas. */
function enumerations(): Set<string> {
  const out = new Set<string>();
  const visit = (schema: z.ZodType, depth: number): void => {
    const s = unwrap(schema);
    if (depth > 6) return;
    if (s instanceof z.ZodEnum) out.add((s.options as readonly string[]).join(','));
    else if (s instanceof z.ZodObject) for (const field of Object.values(s.shape as Record<string, z.ZodType>)) visit(field, depth + 1);
    else if (s instanceof z.ZodRecord) visit((s as z.ZodRecord<z.ZodString, z.ZodType>).valueType, depth + 1);
    else if (s instanceof z.ZodArray) visit((s as z.ZodArray<z.ZodType>).element, depth + 1);
  };
  visit(roadmapSchema, 0);
  return out;
}

test("the Norwegian words' tables: one per enumeration of the model, every one of them, each word meaning one of its values", () => {
  const all = enumerations();
  assert.deepEqual(new Set(Object.keys(NORWEGIAN_VALUES)), all);
  for (const [key, table] of Object.entries(NORWEGIAN_VALUES)) {
    const options = key.split(',');
    for (const [word, value] of Object.entries(table)) {
      assert.ok(options.includes(value), `${word} → ${value} is not one of ${key}`);
      assert.ok(!options.includes(word), `${word} is a value itself`);
      assert.equal(word, word.toLowerCase().replace(/[-_\s]+/g, ' ').trim(), `${word} is not normalised`);
    }
  }
});

test("meantEnumValue: the words of rules.md, in the enumeration they belong to, in any case and with - or _ for a space", () => {
  const cases: [string, string, string][] = [
    ['produksjon', 'idea,poc,pilot,production,retired', 'production'],
    ['avviklet', 'idea,poc,pilot,production,retired', 'retired'],
    ['idé', 'idea,poc,pilot,production,retired', 'idea'],
    ['Idé', 'idea,poc,pilot,production,retired', 'idea'],
    ['juridisk', 'technical,legal,organizational', 'legal'],
    ['organisatorisk', 'technical,legal,organizational', 'organizational'],
    ['teknisk', 'technical,legal,organizational', 'technical'],
    ['høy', 'low,medium,high', 'high'],
    ['middels', 'low,medium,high', 'medium'],
    ['lav', 'low,medium,high', 'low'],
    ['høy', 'prohibited,high,limited,minimal', 'high'],
    ['kvartalsvis', 'monthly,quarterly', 'quarterly'],
    ['månedlig', 'monthly,quarterly,yearly', 'monthly'],
    ['årlig', 'monthly,quarterly,yearly', 'yearly'],
    ['skyen', 'cloud,on_prem,hybrid', 'cloud'],
    ['Utenfor-EU', 'eu,non_eu,on_prem', 'non_eu'],
    ['e-post', 'crm,erp,documents,email,project,other', 'email'],
  ];
  for (const [word, key, meant] of cases) assert.equal(meantEnumValue(word, key.split(',')), meant, `${word} in ${key}`);
  // årlig is no cadence of a KPI; lav is no AI Act class; identical words need nothing.
  assert.equal(meantEnumValue('årlig', ['monthly', 'quarterly']), undefined);
  assert.equal(meantEnumValue('lav', ['prohibited', 'high', 'limited', 'minimal']), undefined);
  assert.equal(meantEnumValue('pilot', ['idea', 'poc', 'pilot', 'production', 'retired']), undefined);
  assert.equal(meantEnumValue('constructor', ['low', 'medium', 'high']), undefined);
});

test('an enumeration value in Norwegian is invalid-value naming the English value meant, with a quick fix; a typo still gets "did you mean"', () => {
  const text = `${HEAD}use_cases:
  u:
    stage: produksjon
    risk_level: høy
    visibility: middels
risks:
  r:
    category: juridisk
governance:
  review: kvartalsvis
systems:
  s:
    hosting: skyen
    kind: crmm
team:
  anna:
    skills:
      - programmering
`;
  const { diagnostics } = check(text);
  const stage = on(diagnostics, 'invalid-value', 5);
  assert.equal(stage.message, "'use_cases.u.stage' is 'produksjon'; the values are written in English: write 'production' (one of: idea, poc, pilot, production, retired).");
  assert.deepEqual(quickFix(text, stage), { title: "Change to 'production'", newText: 'production' });
  assert.equal(on(check(text, 'nb').diagnostics, 'invalid-value', 5).message, "'use_cases.u.stage' er 'produksjon'; verdiene skrives på engelsk: skriv 'production' (en av: 'idea', 'poc', 'pilot', 'production', 'retired').");
  const meant = (line: number) => on(diagnostics, 'invalid-value', line).fix;
  assert.deepEqual([meant(6), meant(7), meant(10), meant(12), meant(15), meant(20)], ['high', 'medium', 'legal', 'quarterly', 'cloud', 'programming'].map((w) => ({ kind: 'replace', with: w })));
  const typo = on(diagnostics, 'invalid-value', 16);
  assert.match(typo.message, /Did you mean 'crm'\?/);
  assert.deepEqual(typo.fix, { kind: 'replace', with: 'crm' });
});
