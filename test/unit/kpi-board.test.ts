// The KPI board's words and chart (issue 13, item 3): progress in words, "no
// measurement yet" apart from what truly cannot be computed (and why), the
// three values in the order baseline → latest → target, and where each KPI's
// small chart puts its measurements by quarter against baseline and target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews } from '../../server/src/core/views/compute';
import { kpiState, quartersBetween } from '../../server/src/core/views/kpis/compute';
import { drawKpiMiniChart, KPI_CHART, kpiChartGeometry } from '../../server/src/core/views/kpis/draw';
import { textContent, toMarkup } from '../../server/src/core/views/vdom';

const HEAD = 'airoadmap: 1\norganization:\n  name: Test AS\n  start: 2027-01-04\n';

function kpi(id: string, body: string): string {
  return `  ${id}:\n    name: ${id} name\n${body}`;
}

const YAML = `${HEAD}kpis:
${kpi('half', '    baseline: 100\n    target: 50\n    unit: minutes\n    actuals:\n      2027-Q3: 75\n      2026-Q4: 90\n')}${kpi('none', '    baseline: 16\n    target: 4\n')}${kpi('same', '    baseline: 4\n    target: 4\n    actuals:\n      2027-Q1: 4\n')}${kpi('wrong', '    baseline: 10\n    target: 20\n    direction: decrease\n    actuals:\n      2027-Q1: 12\n')}${kpi('words', '    unit: score\n')}${kpi('done', '    baseline: 3\n    target: 4\n    actuals:\n      2027-Q1: 4.2\n')}${kpi('worse', '    baseline: 3\n    target: 4\n    actuals:\n      2027-Q1: 2.5\n')}`;

function cards(locale: 'en' | 'nb') {
  return new Map(computeViews(parseRoadmap(YAML).model, locale, '2027-02-10').kpis.cards.map((c) => [c.id, c]));
}

test('KPI progress in words: a share of the way, reached, behind, no measurement yet, and not computable only with its reason', () => {
  const en = cards('en');
  assert.equal(en.get('half')!.progressLabel, '50% of the way to the target');
  assert.equal(en.get('none')!.progressLabel, 'no measurement yet', 'a baseline and a target but no actuals: nothing measured, not "not computable"');
  assert.equal(en.get('none')!.progress, null);
  assert.equal(en.get('same')!.progressLabel, 'progress not computable: the baseline and the target are the same');
  assert.equal(en.get('wrong')!.progressLabel, 'progress not computable: the target is on the wrong side of the baseline');
  assert.equal(en.get('words')!.progressLabel, 'progress not computable: no baseline', 'a qualitative KPI without numbers');
  assert.equal(en.get('done')!.progressLabel, 'target reached');
  assert.equal(en.get('worse')!.progressLabel, 'further from the target than the baseline');
  const nb = cards('nb');
  assert.equal(nb.get('half')!.progressLabel, '50 % av veien til målet');
  assert.equal(nb.get('none')!.progressLabel, 'ingen måling ennå');
  assert.equal(nb.get('same')!.progressLabel, 'fremdrift kan ikke beregnes: utgangsverdien og målet er like');
  assert.equal(nb.get('words')!.progressLabel, 'fremdrift kan ikke beregnes: mangler utgangsverdi');
  assert.equal(kpiState(10, undefined, 12, 'increase'), 'noTarget');
  assert.equal(kpiState(10, 20, undefined, undefined), 'noMeasurement');
});

test('KPI summary: baseline → latest → target, "–" for what is missing; the accessible name says the same order', () => {
  const en = cards('en');
  assert.equal(en.get('half')!.summary, '100 → 75 → 50 minutes');
  assert.equal(en.get('none')!.summary, '16 → – → 4');
  assert.match(en.get('half')!.aria, /baseline 100, latest 75 \(2027-Q3\), target 50, minutes, 50% of the way to the target$/);
  assert.match(en.get('none')!.aria, /no measurement yet$/);
});

test('KPI chart: every quarter from the first measurement to the last, gaps included, the points on it, baseline and target as lines', () => {
  assert.deepEqual(quartersBetween('2026-Q3', '2027-Q2'), ['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
  assert.deepEqual(quartersBetween('2027-Q1', '2027-Q1'), ['2027-Q1']);
  const half = cards('en').get('half')!;
  assert.deepEqual(half.quarters, ['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
  const g = kpiChartGeometry(half);
  assert.deepEqual(g.points.map((p) => [p.quarter, p.value]), [['2026-Q4', 90], ['2027-Q3', 75]]);
  const [first, last] = g.points as [(typeof g.points)[0], (typeof g.points)[0]];
  assert.ok(first.x < last.x, 'later quarters to the right');
  assert.ok(Math.abs(last.x - first.x - 3 * ((KPI_CHART.width - KPI_CHART.right - KPI_CHART.left - 48) / 3)) < 0.01, 'the gap of two quarters is kept');
  assert.ok(g.baselineY! < first.y && first.y < last.y && last.y < g.targetY!, 'lower is better: baseline 100 on top, 90, 75, target 50 below');
  assert.ok(g.points.every((p) => p.x >= KPI_CHART.left && p.x <= KPI_CHART.width - KPI_CHART.right && p.y >= KPI_CHART.top && p.y <= KPI_CHART.height - KPI_CHART.bottom), 'inside the plot');
  assert.deepEqual(g.ticks.map((t) => t.quarter).at(0), '2026-Q4');
  assert.deepEqual(g.ticks.map((t) => t.quarter).at(-1), '2027-Q3');
  const svg = drawKpiMiniChart(half, computeViews(parseRoadmap(YAML).model, 'en').labels, 'en');
  assert.equal(svg.attrs['aria-label'], 'Measurements by quarter: 2026-Q4 90, 2027-Q3 75; baseline 100, target 50 (minutes)');
  assert.equal((toMarkup(svg).match(/<circle/g) ?? []).length, 2);
});

test('KPI chart without measurements: the lines and "no measurement yet"', () => {
  const views = computeViews(parseRoadmap(YAML).model, 'nb');
  const none = views.kpis.cards.find((c) => c.id === 'none')!;
  assert.deepEqual(none.quarters, []);
  const svg = drawKpiMiniChart(none, views.labels, 'nb');
  assert.match(textContent(svg), /ingen måling ennå/);
  assert.match(textContent(svg), /Utgangsverdi 16/);
  assert.match(textContent(svg), /Mål 4/);
  assert.equal((toMarkup(svg).match(/<circle/g) ?? []).length, 0);
});
