/**
 * The money rules of catalogue 2 (rules.md "Part 2"): the first year's
 * planned cost equals a hand computation (issue 12's acceptance: retired use
 * cases, absent and invalid amounts, per-person training only; and with
 * budget.training and consulting), where each diagnostic sits (the fixtures
 * assert the start line only), what its message says in both languages, the
 * related places of budget-overrun, budget-missing's quick fix and the hover
 * on budget.first_year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { checkText, type RoadmapDiagnostic } from '../../server/src/core/index';
import { plannedFirstYearCost } from '../../server/src/core/language/budget';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { codeActions } from '../../server/src/core/features/code-actions';
import { hover } from '../../server/src/core/features/hover';
import type { Locale } from '../../server/src/core/language/types';

const RULES_DIR = join(__dirname, '..', 'fixtures', 'rules');
const fixture = (path: string) => readFileSync(join(RULES_DIR, path), 'utf8');

/** The text a diagnostic's range covers (one line). */
function textAt(text: string, range: RoadmapDiagnostic['range']): string {
  assert.equal(range.start.line, range.end.line, 'the range spans one line');
  return text.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
}

function only(text: string, code: string, locale: Locale = 'en'): RoadmapDiagnostic[] {
  return checkText(text, { locale }).diagnostics.filter((d) => d.code === code);
}

const HEAD = 'airoadmap: 1\norganization:\n  name: Fjordtest AS\n';

test('the planned cost equals the hand computation: retired use cases, absent and invalid amounts, per-person training only', () => {
  // budget-overrun/bad.airoadmap.yaml, by hand:
  //   one-time:   support-bot 20000 + doc-search 5000 + odd-stage (invalid stage: counts) 3000 = 28000
  //               (report-gen's -200 and text-cost's 'lots' are invalid: ignored; old-pilot is retired)
  //   running:    12 × (support-bot 2500 + report-gen 1500 + odd-stage 500) = 12 × 4500 = 54000
  //               (old-pilot's 4000 is retired; empty-costs' monthly is empty: absent)
  //   training:   no budget.training, so anna 3000 + bjorn 2500 = 5500 (carl none; dina's -100 invalid)
  //   consulting: 12000
  //   total:      28000 + 54000 + 5500 + 12000 = 99500
  const cost = plannedFirstYearCost(parseRoadmap(fixture('budget-overrun/bad.airoadmap.yaml')).model);
  assert.equal(cost.oneTime, 28000);
  assert.equal(cost.running, 54000);
  assert.equal(cost.training, 5500);
  assert.equal(cost.trainingFrom, 'team');
  assert.equal(cost.teamTraining, 5500);
  assert.equal(cost.consulting, 12000);
  assert.equal(cost.total, 99500);
  assert.deepEqual(
    cost.useCases.map((u) => [u.id, u.oneTime, u.running, u.amount]),
    [
      ['support-bot', 20000, 30000, 50000],
      ['doc-search', 5000, 0, 5000],
      ['report-gen', 0, 18000, 18000],
      ['odd-stage', 3000, 6000, 9000],
    ],
  );
  assert.deepEqual(cost.team.map((m) => [m.name, m.amount]), [['team.anna', 3000], ['team.bjorn', 2500]]);
  assert.equal(cost.trainingLine, undefined);
  assert.equal(cost.consultingLine?.amount, 12000);
});

test('budget.training replaces the per-person sum in the planned cost, and consulting counts', () => {
  // budget-overrun/bad-training-line.airoadmap.yaml, by hand:
  //   one-time 10000 + running 12 × 3000 = 36000 + training 8000 (budget.training; the team's 3000 + 2500 = 5500 does not count)
  //   + consulting 20000 = 74000
  const text = fixture('budget-overrun/bad-training-line.airoadmap.yaml');
  const cost = plannedFirstYearCost(parseRoadmap(text).model);
  assert.deepEqual(
    { total: cost.total, oneTime: cost.oneTime, running: cost.running, training: cost.training, consulting: cost.consulting, from: cost.trainingFrom, team: cost.teamTraining },
    { total: 74000, oneTime: 10000, running: 36000, training: 8000, consulting: 20000, from: 'budget', team: 5500 },
  );
  assert.equal(textAt(text, cost.trainingLine!.range), '8000');
  assert.equal(textAt(text, cost.consultingLine!.range), '20000');
  const [d] = only(text, 'budget-overrun');
  assert.equal(
    d!.message,
    "The first year's planned cost, 74,000 EUR (one-time costs 10,000 EUR, running costs for 12 months 36,000 EUR, training 8,000 EUR, consulting 20,000 EUR), is more than the first-year budget of 73,999 EUR. Raise the budget or plan less for the first year.",
  );
});

test('cents add up exactly, and an invalid budget.training falls back to the per-person sum', () => {
  const text = `${HEAD}team:\n  a: {training_budget: 0.1}\n  b: {training_budget: 0.2}\nbudget:\n  training: lots\nuse_cases:\n  u: {title: U, costs: {monthly: 0.1}}\n`;
  const cost = plannedFirstYearCost(parseRoadmap(text).model);
  assert.equal(cost.training, 0.3);
  assert.equal(cost.trainingFrom, 'team');
  assert.equal(cost.running, 1.2);
  assert.equal(cost.total, 1.5);
});

test('budget-overrun sits on the value of first_year, names the total and its four parts in the file currency, in both languages', () => {
  const text = fixture('budget-overrun/bad.airoadmap.yaml');
  const [d, ...rest] = only(text, 'budget-overrun');
  assert.equal(rest.length, 0);
  assert.equal(d!.severity, 'warning');
  assert.equal(textAt(text, d!.range), '99499');
  assert.equal(
    d!.message,
    "The first year's planned cost, 99,500 EUR (one-time costs 28,000 EUR, running costs for 12 months 54,000 EUR, training 5,500 EUR from the team's training budgets, consulting 12,000 EUR), is more than the first-year budget of 99,499 EUR. Raise the budget or plan less for the first year.",
  );
  const [nb] = only(text, 'budget-overrun', 'nb');
  assert.equal(
    nb!.message,
    'Den planlagte kostnaden for første år, 99\u00a0500 EUR (engangskostnader 28\u00a0000 EUR, løpende kostnader i 12 måneder 54\u00a0000 EUR, opplæring 5\u00a0500 EUR fra teamets opplæringsbudsjetter, rådgivning 12\u00a0000 EUR), er høyere enn budsjettet for første år på 99\u00a0499 EUR. Øk budsjettet eller planlegg mindre det første året.',
  );
  // The largest contributions: the three largest use cases, then consulting (12000 ≥ the third's 9000), not training (5500).
  assert.deepEqual(
    d!.related!.map((r) => [r.kind, r.name, textAt(text, r.range), r.message]),
    [
      ['budget-contribution', 'use_cases.support-bot', 'support-bot', "50,000 EUR planned for the first year in 'use_cases.support-bot'"],
      ['budget-contribution', 'use_cases.report-gen', 'report-gen', "18,000 EUR planned for the first year in 'use_cases.report-gen'"],
      ['budget-contribution', 'budget.consulting', '12000', "12,000 EUR planned for the first year in 'budget.consulting'"],
      ['budget-contribution', 'use_cases.odd-stage', 'odd-stage', "9,000 EUR planned for the first year in 'use_cases.odd-stage'"],
    ],
  );
  assert.equal(nb!.related![0]!.message, "50\u00a0000 EUR planlagt det første året i 'use_cases.support-bot'");
  assert.ok(d!.related!.every((r) => !('args' in r)), 'the related places carry their message, not their arguments');
});

test('budget-overrun names the training line when it is large, and speaks the file currency', () => {
  const text = `${HEAD}  currency: NOK\nteam:\n  a: {name: A, training_budget: 30000}\n  b: {name: B, training_budget: 20000}\nbudget:\n  first_year: 1000\nuse_cases:\n  u: {title: U, stage: idea, costs: {one_time: 1000.5}}\n`;
  const [d] = only(text, 'budget-overrun');
  assert.match(d!.message, /^The first year's planned cost, 51,000\.5 NOK \(one-time costs 1,000\.5 NOK, running costs for 12 months 0 NOK, training 50,000 NOK from the team's training budgets, consulting 0 NOK\)/);
  assert.deepEqual(d!.related!.map((r) => [r.name, textAt(text, r.range)]), [['team.*.training_budget', 'team'], ['use_cases.u', 'u']]);
  assert.match(only(text, 'budget-overrun', 'nb')[0]!.message, /^Den planlagte kostnaden for første år, 51\u00a0000,5 NOK/);
});

test('budget-overrun is silent at the budget, without a valid first_year, and for retired use cases', () => {
  const base = (firstYear: string, stage = 'idea') => `${HEAD}budget:\n  first_year: ${firstYear}\nuse_cases:\n  u: {title: U, stage: ${stage}, costs: {one_time: 50000}}\n`;
  assert.equal(only(base('50000'), 'budget-overrun').length, 0);
  assert.equal(only(base('49999'), 'budget-overrun').length, 1);
  assert.equal(only(base('49999', 'retired'), 'budget-overrun').length, 0);
  assert.equal(only(base('-1'), 'budget-overrun').length, 0);
  assert.equal(only(base('lots'), 'budget-overrun').length, 0);
});

test('training-budget-short sits on the value of budget.training and names both amounts', () => {
  const text = fixture('training-budget-short/bad.airoadmap.yaml');
  const [d, ...rest] = only(text, 'training-budget-short');
  assert.equal(rest.length, 0);
  assert.equal(d!.severity, 'info');
  assert.equal(textAt(text, d!.range), '5499');
  assert.equal(
    d!.message,
    "The budget's training line (5,499 EUR) is less than the team members' training budgets together (5,500 EUR). Raise the training line to at least 5,500 EUR, or plan less training per person.",
  );
  assert.equal(
    only(text, 'training-budget-short', 'nb')[0]!.message,
    'Opplæringsposten i budsjettet (5\u00a0499 EUR) er lavere enn opplæringsbudsjettene til teammedlemmene til sammen (5\u00a0500 EUR). Øk opplæringsposten til minst 5\u00a0500 EUR, eller planlegg mindre opplæring per person.',
  );
});

/** Applies the budget-missing quick fix and returns the new text. */
function applyBudgetFix(text: string, locale: Locale = 'en'): { title: string; after: string } {
  const result = checkText(text, { locale });
  const d = result.diagnostics.find((x) => x.code === 'budget-missing');
  assert.ok(d, 'budget-missing fires');
  const action = codeActions(result.model, [d], d.range, locale).find((a) => a.diagnostic === d && !a.title.startsWith('Disable') && !a.title.startsWith('Slå av'));
  assert.ok(action, 'budget-missing has a quick fix');
  const doc = TextDocument.create('file:///x.airoadmap.yaml', 'airoadmap', 1, text);
  return { title: action.title, after: TextDocument.applyEdits(doc, action.edits) };
}

test('budget-missing sits on the budget key, names the use cases with costs and the planned total; the quick fix adds first_year with it', () => {
  const text = fixture('budget-missing/bad.airoadmap.yaml');
  const [d, ...rest] = only(text, 'budget-missing');
  assert.equal(rest.length, 0);
  assert.equal(d!.severity, 'info');
  assert.equal(textAt(text, d!.range), 'budget');
  // 50000 one-time + consulting 10000; the retired use case's costs do not count in the sum.
  assert.equal(d!.message, "Use cases 'support-bot' and 'old-pilot' have costs, but no budget for the first year is set. Add it under 'budget: first_year:'; the first year's planned cost is 60,000 EUR.");
  assert.equal(
    only(text, 'budget-missing', 'nb')[0]!.message,
    "Brukstilfellene 'support-bot' og 'old-pilot' har kostnader, men det er ikke satt noe budsjett for første år. Legg det til under 'budget: first_year:'; den planlagte kostnaden for første år er 60\u00a0000 EUR.",
  );
  assert.deepEqual(d!.fix, { kind: 'add-field', section: 'budget', field: 'first_year' });
  const { title, after } = applyBudgetFix(text);
  assert.equal(title, "Add 'first_year'");
  // The empty first_year is filled in place.
  assert.match(after, /\nbudget: {2}# want budget-missing\n {2}first_year: 60000\n {2}consulting: 10000\n/);
  assert.deepEqual(checkText(after).diagnostics.map((x) => x.code), [], 'the fixed file is clean');
});

test('budget-missing sits on the use_cases key without a budget section; the quick fix creates it', () => {
  const text = `${HEAD}use_cases:\n  a: {title: A, stage: idea, feasibility: 3, value: 3, effort: 3, costs: {monthly: 5000}}\n  b: {title: B, stage: idea, feasibility: 3, value: 3, effort: 3, costs: {one_time: 1}}\n  c: {title: C, stage: idea, feasibility: 3, value: 3, effort: 3, costs: {one_time: 1}}\n  d: {title: D, stage: idea, feasibility: 3, value: 3, effort: 3, costs: {one_time: 1}}\n  e: {title: E, stage: idea, feasibility: 3, value: 3, effort: 3, costs: {one_time: 1}}\n`;
  const [d] = only(text, 'budget-missing');
  assert.equal(textAt(text, d!.range), 'use_cases');
  assert.match(d!.message, /^Use cases 'a', 'b', 'c' and 2 more have costs/);
  assert.match(only(text, 'budget-missing', 'nb')[0]!.message, /^Brukstilfellene 'a', 'b', 'c' og 2 til har kostnader/);
  const { after } = applyBudgetFix(text, 'nb');
  // 12 × 5000 + 4 × 1 = 60004
  assert.ok(after.endsWith('\n\nbudget:\n  first_year: 60004  # TODO: den planlagte kostnaden (engangskostnader, løpende kostnader i 12 måneder, opplæring, rådgivning); kontroller den\n'), after);
  assert.equal(only(after, 'budget-missing').length, 0);
  assert.equal(only(text.replace('costs: {monthly: 5000}', 'costs: {}').replace(/costs: \{one_time: 1\}/g, 'costs: {monthly: }'), 'budget-missing').length, 0);
});

/** The hover `into` characters into `needle` where it starts a line (after its indentation). */
function hoverOn(text: string, needle: string, locale: Locale, into = 1): string {
  const line = new RegExp(`^ *${needle}`, 'm').exec(text);
  assert.ok(line, `a line starts with ${needle}`);
  const offset = line.index + line[0].length - needle.length + into;
  const model = parseRoadmap(text).model;
  const h = hover(model, model.mapper.toLspPosition(offset), locale);
  assert.ok(h, 'a hover');
  return (h.contents as MarkupContent).value;
}

test('hovering budget.first_year shows the planned cost and its four parts, in both languages', () => {
  const text = fixture('budget-overrun/bad.airoadmap.yaml');
  const en = hoverOn(text, 'first_year:', 'en');
  assert.ok(
    en.includes("**First year's planned cost: 99,500 EUR**\n\n- one-time costs: 28,000 EUR\n- running costs for 12 months: 54,000 EUR\n- training: 5,500 EUR (the team's training budgets)\n- consulting: 12,000 EUR\n\n1 EUR more than the first-year budget."),
    en,
  );
  const nb = hoverOn(text, 'first_year: 99499', 'nb', 'first_year: '.length + 1);
  assert.ok(nb.includes('**Planlagt kostnad for første år: 99\u00a0500 EUR**\n\n- engangskostnader: 28\u00a0000 EUR'), nb);
  assert.ok(nb.includes('\n\n1 EUR mer enn budsjettet for første år.'), nb);
  const within = hoverOn(fixture('budget-overrun/good.airoadmap.yaml'), 'first_year:', 'en');
  assert.ok(within.includes('0 EUR of the first-year budget left.'), within);
  assert.ok(!hoverOn(text, 'consulting:', 'en').includes("First year's planned cost:"), 'only first_year shows the sum');
});

test('the three range rules write their amounts in the file\'s currency, in the message\'s locale', () => {
  const text = [
    'airoadmap: 1',
    'organization: {name: Fjordtest AS, currency: NOK}',
    'team:',
    '  anna: {name: Anna, training_budget: 1000}',
    'use_cases:',
    '  bot: {title: Bot, stage: production, costs: {monthly: 90000}}',
    'budget: {first_year: 10000}',
    '',
  ].join('\n');
  const guides = { trainingBudget: [20000, 50000], firstYearBudget: [500000, 1500000], runningCost: [20000, 50000] } as const;
  const en = checkText(text, { guides, today: '2026-12-01' }).diagnostics;
  const nb = checkText(text, { guides, today: '2026-12-01', locale: 'nb' }).diagnostics;
  const message = (list: typeof en, code: string) => list.find((d) => d.code === code)?.message ?? `no ${code}`;
  assert.match(message(en, 'training-budget-range'), /\(1,000 NOK\) is outside the usual 20,000–50,000 NOK/);
  assert.match(message(en, 'budget-first-year-range'), /\(10,000 NOK\) is outside the usual 500,000–1,500,000 NOK/);
  assert.match(message(en, 'running-cost-range'), /runs at 90,000 NOK a month, outside the usual 20,000–50,000 NOK/);
  assert.match(message(nb, 'running-cost-range'), /koster 90\u00a0000 NOK i måneden, utenfor det vanlige 20\u00a0000–50\u00a0000 NOK/);
});
