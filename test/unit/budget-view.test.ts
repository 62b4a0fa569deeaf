/**
 * The budget tab (core/views/budget): the planned first-year cost of rules.md
 * Part 2 (the same sum as budget-overrun and the hover) in its four parts,
 * against budget.first_year and the guide; the use cases' contributions
 * ranked; the production use cases' running cost against its guide; every
 * element clickable back to its line; Norwegian amounts through Intl; the
 * SVG export carries the key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, computeViews } from '../../server/src/core/index';
import { plannedFirstYearCost } from '../../server/src/core/language/budget';
import { exportSvg } from '../../server/src/core/views/draw';
import { budget } from '../../server/src/core/views/budget';

const ROOT = join(__dirname, '..', '..');
const NORDLYS = readFileSync(join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

const SMALL = `airoadmap: 1
organization:
  name: Fjord AS
  currency: NOK
team:
  anna:
    name: Anna
    training_budget: 20000
use_cases:
  cheap:
    title: A cheap one
    stage: production
    costs: { one_time: 10000, monthly: 1000 }
  dear:
    title: The dear one with a very long title that must be shown in full in the table of contributions
    stage: pilot
    costs: { one_time: 200000 }
  gone:
    title: Retired
    stage: retired
    costs: { one_time: 999999 }
budget:
  first_year: 200000
  consulting: 5000
`;

test('the parts add up to the rules’ planned cost, against first_year, and the use cases rank by cost', () => {
  const { model } = checkText(NORDLYS);
  const b = computeViews(model, 'en', '2027-02-15').budget;
  const cost = plannedFirstYearCost(model);
  assert.equal(b.total, cost.total);
  assert.equal(b.parts.reduce((s, p) => s + p.amount, 0), cost.total, 'the four parts are the total');
  assert.deepEqual(b.parts.map((p) => p.part), ['oneTime', 'running', 'training', 'consulting']);
  assert.match(b.totalText, /^133,400(\.00)? EUR$/);
  assert.equal(b.balance?.kind, 'left');
  assert.equal(b.balance.amount, 6600);
  assert.match(b.balance!.text, /^6,600(\.00)? EUR$/);
  assert.ok(b.guide, 'EUR: the framework guide');
  assert.equal(b.guide.position, 'within');
  const amounts = b.contributions.map((c) => c.amount);
  assert.deepEqual(amounts, [...amounts].sort((x, y) => y - x), 'most expensive first');
  assert.equal(b.contributions.length, cost.useCases.length);
});

test('retired use cases do not count; over budget says by how much; no EUR guide for NOK; production running costs listed', () => {
  const { model } = checkText(SMALL);
  const b = computeViews(model, 'nb', '2027-02-15').budget;
  assert.deepEqual(b.contributions.map((c) => c.id), ['dear', 'cheap'], 'the retired one is left out');
  assert.equal(b.total, 10000 + 12 * 1000 + 200000 + 20000 + 5000);
  assert.equal(b.balance?.kind, 'over');
  assert.equal(b.balance?.amount, b.total - 200000);
  assert.equal(b.guide, null, 'no guide in NOK without one set');
  assert.equal(b.parts.find((p) => p.part === 'training')?.note, 'teamets opplæringsbudsjetter');
  assert.deepEqual(b.running.map((r) => [r.id, r.monthly]), [['cheap', 1000]]);
  assert.match(b.totalText, /^247\u00a0000 NOK$/, 'Intl grouping in Bokmål (a no-break space)');
  assert.equal(b.contributions[0]!.title.length > 80, true, 'the title is kept whole');
});

test('every element reveals its line: use cases at their id, budget lines at their key', () => {
  const { model } = checkText(SMALL);
  const b = computeViews(model, 'en').budget;
  const targets = [...budget.targets(b)];
  const byKey = new Map(targets.map((t) => [t.key, t]));
  assert.equal(byKey.get('budget:first_year')?.range.start.line, lineOf(SMALL, 'first_year:'));
  assert.equal(byKey.get('budget:consulting')?.range.start.line, lineOf(SMALL, 'consulting:'));
  assert.equal(byKey.get('use_cases:dear')?.range.start.line, lineOf(SMALL, '  dear:'));
  assert.equal(byKey.get('budget:training'), undefined, 'budget.training is not written: no line to reveal');
});

test('the SVG export carries its key: the four parts, the budget mark and the contributions', () => {
  const { model } = checkText(NORDLYS);
  const svg = exportSvg(computeViews(model, 'en', '2027-02-15'), 'budget');
  for (const words of ['One-time costs', 'Running costs, 12 months', 'Training', 'External advice', 'Budget for the first year', 'Planned first-year cost', 'Guide for a mid-sized company']) assert.ok(svg.includes(words), words);
  assert.equal((svg.match(/class="el contribution"/g) ?? []).length, plannedFirstYearCost(model).useCases.length);
});

test('an empty roadmap draws a budget of zero and says why the list is empty', () => {
  const { model } = checkText('airoadmap: 1\norganization:\n  name: X\n');
  const views = computeViews(model, 'en');
  assert.equal(views.budget.total, 0);
  assert.ok(exportSvg(views, 'budget').includes(views.labels.noCosts));
});
