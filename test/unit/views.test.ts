// The derived views: matrix placement, timeline weeks and tracks, heat-map
// cells, register rows, KPI progress, nb labels, and the shared drawing code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews, type RoadmapViews } from '../../server/src/core/views/compute';
import { kpiProgress } from '../../server/src/core/views/kpis/compute';
import { bubbleRadius, matrixX, matrixY } from '../../server/src/core/views/matrix/compute';
import { severityOf } from '../../server/src/core/views/risks/compute';
import { exportSvg, drawChart } from '../../server/src/core/views/draw';
import { toMarkup } from '../../server/src/core/views/vdom';
import { jsonForScript } from '../../server/src/core/views/page';
import { isRoadmapViews, isToWebview, isFromWebview } from '../../server/src/shared/preview-protocol';
import { viewsFor } from '../../server/src/lsp/views';

function views(yaml: string, locale: 'en' | 'nb' = 'en', today?: string): RoadmapViews {
  return computeViews(parseRoadmap(yaml).model, locale, today);
}

const HEAD = 'airoadmap: 1\norganization:\n  name: Test AS\n  start: 2027-01-04\n';

function useCase(id: string, value: number, effort: number, feasibility = 3, extra = ''): string {
  return `  ${id}:\n    title: ${id} title\n    value: ${value}\n    effort: ${effort}\n    feasibility: ${feasibility}\n${extra}`;
}

test('matrix: bubbles sit in their quadrants at (effort, value)', () => {
  const v = views(`${HEAD}use_cases:\n${useCase('qw', 5, 1)}${useCase('mp', 4, 4)}${useCase('fi', 1, 2)}${useCase('pit', 2, 5)}`);
  const byId = new Map(v.matrix.bubbles.map((b) => [b.id, b]));
  assert.equal(byId.get('qw')!.quadrant, 'quick-wins');
  assert.equal(byId.get('mp')!.quadrant, 'major-projects');
  assert.equal(byId.get('fi')!.quadrant, 'fill-ins');
  assert.equal(byId.get('pit')!.quadrant, 'money-pits');
  // Alone in its cell, a bubble sits at the cell centre.
  assert.ok(Math.abs(byId.get('mp')!.x - matrixX(4)) < 1e-6 && Math.abs(byId.get('mp')!.y - matrixY(4)) < 1e-6);
  assert.ok(Math.abs(byId.get('qw')!.x - 0.1) < 1e-9 && Math.abs(byId.get('qw')!.y - 0.1) < 1e-9);
  assert.ok(Math.abs(byId.get('pit')!.x - 0.9) < 1e-9 && Math.abs(byId.get('pit')!.y - 0.7) < 1e-9);
  // Each bubble lies inside its quadrant's area.
  for (const b of v.matrix.bubbles) {
    const q = v.matrix.quadrants.find((x) => x.id === b.quadrant)!;
    assert.ok(b.x - b.r >= q.x0 && b.x + b.r <= q.x1 && b.y - b.r >= q.y0 && b.y + b.r <= q.y1, `${b.id} inside ${q.id}`);
  }
  // Area grows with feasibility.
  const big = views(`${HEAD}use_cases:\n${useCase('a', 3, 3, 5)}${useCase('b', 1, 1, 1)}`).matrix.bubbles;
  assert.ok(big.find((b) => b.id === 'a')!.r > big.find((b) => b.id === 'b')!.r);
});

test('matrix: bubbles sharing a cell keep their cell centre and their true size (the drawing lays them out)', () => {
  let yaml = `${HEAD}use_cases:\n`;
  for (let i = 0; i < 12; i++) yaml += useCase(`u${i}`, 4, 3, 1 + (i % 5));
  const bubbles = views(yaml).matrix.bubbles;
  assert.equal(bubbles.length, 12);
  for (const a of bubbles) {
    assert.ok(Math.abs(a.x - matrixX(3)) < 1e-9 && Math.abs(a.y - matrixY(4)) < 1e-9, `${a.id} at its cell's centre`);
    assert.equal(a.r, bubbleRadius(a.feasibility), `${a.id}: its radius is its feasibility's`);
  }
  // Deterministic: the same input gives the same views.
  assert.deepEqual(views(yaml).matrix.bubbles, bubbles);
});

test('matrix: ranked by priority; unscored use cases are not placed, with the reason', () => {
  const v = views(`${HEAD}use_cases:\n${useCase('low', 2, 2, 2)}${useCase('best', 5, 3, 5)}${useCase('heavy', 5, 5, 5)}  noscore:\n    title: No scores\n    value: 4\n`);
  assert.deepEqual(v.matrix.ranked, ['use_cases:best', 'use_cases:heavy', 'use_cases:low']);
  assert.equal(v.matrix.bubbles.find((b) => b.id === 'best')!.rank, 1);
  assert.equal(v.matrix.bubbles.find((b) => b.id === 'best')!.score, 15);
  assert.equal(v.matrix.notPlaced.length, 1);
  assert.equal(v.matrix.notPlaced[0]!.id, 'noscore');
  assert.deepEqual(v.matrix.notPlaced[0]!.missing, ['effort']);
  assert.match(v.matrix.notPlaced[0]!.reason, /effort/);
  // Ranges point at the id key.
  const best = v.matrix.bubbles.find((b) => b.id === 'best')!;
  assert.equal(best.range.start.character, 2);
  assert.equal(best.range.end.character - best.range.start.character, 'best'.length);
});

test('timeline: week dates from organization.start, tracks by first week, today line', () => {
  const yaml = `${HEAD}plan:\n  a:\n    title: A\n    weeks: 3-6\n    owner: anna\n  b:\n    title: B\n    weeks: 9\n    milestone: true\n    done: true\n  c:\n    title: C\n    weeks: 5\n    use_case: uc\n  d:\n    title: no weeks\nteam:\n  anna:\n    name: Anna Berg\nuse_cases:\n  uc:\n    title: The use case\n`;
  const t = views(yaml, 'en', '2027-02-10').timeline;
  assert.equal(t.weeks.length, 12);
  assert.equal(t.weeks[0]!.start, '2027-01-04');
  assert.equal(t.weeks[0]!.end, '2027-01-10');
  assert.equal(t.weeks[11]!.start, '2027-03-22');
  assert.equal(t.weeks[11]!.end, '2027-03-28');
  const a = t.items.find((i) => i.id === 'a')!;
  assert.equal(a.track, 'foundation'); // spans into the pilot track but starts in week 3
  assert.deepEqual([a.startWeek, a.endWeek, a.startDate, a.endDate], [3, 6, '2027-01-18', '2027-02-14']);
  assert.equal(a.owner, 'Anna Berg');
  const b = t.items.find((i) => i.id === 'b')!;
  assert.equal(b.track, 'evaluation');
  assert.ok(b.milestone && b.done);
  assert.equal(t.items.find((i) => i.id === 'c')!.useCase?.title, 'The use case');
  assert.deepEqual(t.notPlaced.map((p) => p.id), ['d']);
  assert.deepEqual(t.tracks.map((x) => x.label), ['Foundation (weeks 1–4)', 'Pilot (weeks 5–8)', 'Evaluation and roadmap (weeks 9–12)']);
  // Rows are unique and follow the tracks.
  assert.equal(new Set(t.items.map((i) => i.row)).size, t.items.length);
  assert.ok(t.today !== null && t.today.weeks > 5 && t.today.weeks < 6, 'Feb 10 is in week 6');
  assert.equal(views(yaml, 'en', '2027-03-29').timeline.today, null, 'day 85 is outside');
  assert.equal(views(yaml, 'en', '2027-01-03').timeline.today, null, 'the day before is outside');
  assert.equal(views(yaml).timeline.today, null, 'no today given');
  // Without a start the weeks have no dates and a notice says why.
  const noStart = views('airoadmap: 1\norganization:\n  name: X\nplan:\n  a:\n    weeks: 2\n').timeline;
  assert.equal(noStart.weeks[0]!.start, null);
  assert.ok(noStart.notice);
});

test('risk heat map: 5×5 cells with severities and the risks in the right cell', () => {
  const yaml = `${HEAD}risks:\n  r1:\n    title: One\n    category: legal\n    likelihood: 4\n    impact: 5\n  r2:\n    title: Two\n    likelihood: 1\n    impact: 2\n  r3:\n    title: Three\n    category: technical\n    likelihood: 4\n    impact: 5\n  r4:\n    title: Unscored\n`;
  const r = views(yaml).risks;
  assert.equal(r.cells.length, 25);
  const cell = (l: number, i: number) => r.cells.find((c) => c.likelihood === l && c.impact === i)!;
  assert.deepEqual(cell(4, 5).risks.map((x) => x.id), ['r1', 'r3']);
  assert.equal(cell(4, 5).severity, 'critical');
  assert.deepEqual(cell(1, 2).risks.map((x) => x.id), ['r2']);
  assert.equal(cell(1, 2).severity, 'low');
  assert.deepEqual(r.notPlaced.map((x) => x.id), ['r4']);
  assert.deepEqual([severityOf(4), severityOf(5), severityOf(9), severityOf(10), severityOf(15), severityOf(16)], ['low', 'medium', 'medium', 'high', 'high', 'critical']);
  assert.deepEqual(r.categories.map((c) => [c.id, c.count]), [['technical', 1], ['legal', 1], ['organizational', 0], ['none', 1]]);
  assert.match(cell(4, 5).aria, /One; Three/);
});

test('AI register: one row per poc/pilot/production use case, missing cells flagged', () => {
  const yaml = `${HEAD}team:\n  anna:\n    name: Anna Berg\ndata_sources:\n  arch:\n    name: Archive\nuse_cases:\n  a:\n    stage: pilot\n    model: GPT\n    owner: anna\n    data_sources: [arch]\n    ai_act: minimal\n    hosting_region: eu\n    purpose: Find things\n  b:\n    stage: poc\n  c:\n    stage: idea\n  d:\n    stage: retired\n`;
  const reg = views(yaml).register;
  assert.deepEqual(reg.rows.map((r) => r.id), ['a', 'b']);
  const a = reg.rows[0]!;
  assert.deepEqual(a.cells, { model: 'GPT', data_sources: 'Archive', purpose: 'Find things', owner: 'Anna Berg', ai_act: 'minimal risk', hosting_region: 'EU' });
  assert.deepEqual(a.missing, []);
  assert.deepEqual(reg.rows[1]!.missing, ['model', 'data_sources', 'purpose', 'owner', 'ai_act', 'hosting_region']);
});

test('KPI board: latest actual by quarter, direction-aware progress', () => {
  assert.equal(kpiProgress(15, 3, 9, 'decrease'), 0.5);
  assert.equal(kpiProgress(10, 20, 15, 'increase'), 0.5);
  assert.equal(kpiProgress(10, 20, 25, 'increase'), 1, 'clamped above');
  assert.equal(kpiProgress(10, 20, 5, 'increase'), 0, 'clamped below');
  assert.equal(kpiProgress(15, 3, 20, 'decrease'), 0);
  assert.equal(kpiProgress(10, 20, 15, 'decrease'), null, 'target on the wrong side');
  assert.equal(kpiProgress(10, 10, 15, 'increase'), null);
  assert.equal(kpiProgress(10, undefined, 15, 'increase'), null);
  assert.equal(kpiProgress(15, 3, 9, undefined), 0.5, 'direction inferred');
  const yaml = `${HEAD}kpis:\n  k:\n    name: K\n    baseline: 100\n    target: 50\n    direction: decrease\n    actuals:\n      2027-Q3: 60\n      2026-Q4: 90\n      2027-Q1: 80\n  empty:\n    name: E\n`;
  const cards = views(yaml).kpis.cards;
  assert.deepEqual(cards[0]!.latest, { quarter: '2027-Q3', value: 60 });
  assert.equal(cards[0]!.progress, 0.8);
  assert.equal(cards[0]!.progressLabel, '80% of the way to the target');
  assert.equal(cards[1]!.progress, null);
});

test('nb labels: quadrants, tracks, tabs, messages and dates in Norwegian', () => {
  const yaml = `${HEAD}use_cases:\n${useCase('qw', 5, 1)}  x:\n    title: X\nplan:\n  a:\n    weeks: 1\n`;
  const v = views(yaml, 'nb');
  assert.equal(v.locale, 'nb');
  assert.equal(v.labels.tabs.matrix, 'Prioriteringsmatrise');
  assert.equal(v.matrix.quadrants.find((q) => q.id === 'quick-wins')!.label, 'Raske gevinster');
  assert.match(v.matrix.notPlaced[0]!.reason, /Mangler gyldig verdi|Mangler gyldig value/);
  assert.equal(v.timeline.tracks[0]!.label, 'Grunnlag (uke 1–4)');
  assert.equal(v.timeline.weeks[0]!.dateLabel, '4. jan.');
  assert.match(v.matrix.bubbles[0]!.aria, /rang 1/);
  const en = views(yaml, 'en');
  assert.notEqual(en.matrix.bubbles[0]!.aria, v.matrix.bubbles[0]!.aria);
});

test('views are JSON-serialisable, pass the protocol check, and bad input does not crash', () => {
  const v = views(readFileSync('test/fixtures/dsl-example.airoadmap.yaml', 'utf8'));
  const round = JSON.parse(JSON.stringify(v));
  assert.deepEqual(round, v);
  assert.ok(isRoadmapViews(round));
  assert.ok(isToWebview({ type: 'update', uri: 'file:///x', version: 1, hasErrors: false, views: round }));
  assert.ok(!isToWebview({ type: 'update', uri: 'file:///x', version: 1, hasErrors: false, views: { schema: 2 } }));
  assert.ok(!isFromWebview({ type: 'reveal', uri: 'x', section: 'a', id: 'b', range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } } }));
  assert.ok(!isFromWebview({ type: 'png', requestId: 1, dataUrl: 'javascript:alert(1)' }));
  for (const text of ['', ':::', 'airoadmap: 1\nuse_cases: [1, 2]\n', 'airoadmap: 1\nplan:\n  a: 5\nrisks:\n  r: {likelihood: 9}\n', '\t- [', 'use_cases:\n  a:\n    value: 3\n    effort: 4\n  b: null\n']) {
    const out = views(text);
    assert.ok(isRoadmapViews(JSON.parse(JSON.stringify(out))));
    for (const name of ['matrix', 'timeline', 'risks', 'register', 'kpis'] as const) assert.ok(exportSvg(out, name).includes('<svg'));
  }
});

test('the views request answers with version, views and the syntax flag', () => {
  const good = parseRoadmap(readFileSync('test/fixtures/dsl-example.airoadmap.yaml', 'utf8')).model;
  const broken = parseRoadmap('airoadmap: 1\norganization:\n  name: "unterminated\n').model;
  const lookup = (uri: string) => (uri === 'file:///good' ? { model: good, version: 7, locale: 'en' as const } : uri === 'file:///bad' ? { model: broken, version: 3, locale: 'nb' as const } : undefined);
  const ok = viewsFor(lookup, { uri: 'file:///good' }, '2027-01-05');
  assert.equal(ok?.version, 7);
  assert.equal(ok?.hasErrors, false);
  assert.ok(ok?.views.timeline.today);
  const bad = viewsFor(lookup, { uri: 'file:///bad' });
  assert.equal(bad?.hasErrors, true);
  assert.equal(bad?.views.locale, 'nb');
  assert.equal(viewsFor(lookup, { uri: 'file:///none' }), null);
  assert.equal(viewsFor(lookup, { nope: 1 }), null);
  assert.equal(viewsFor(lookup, null), null);
});

test('drawing escapes user text; SVG exports are well-formed and carry the data', () => {
  const hostile = `<script>alert(1)</script>"'&`;
  const yaml = `${HEAD}use_cases:\n  x:\n    title: ${JSON.stringify(hostile)}\n    value: 3\n    effort: 3\n`;
  const v = views(yaml);
  const svg = exportSvg(v, 'matrix');
  assert.ok(!svg.includes('<script>'));
  assert.ok(svg.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;'));
  assert.match(svg, /data-key="use_cases:x"/);
  // The timeline bar spans its weeks in pixels.
  const t = toMarkup(drawChart(views(`${HEAD}plan:\n  p:\n    weeks: 7-8\n`), 'timeline'));
  assert.match(t, /data-start="7" data-end="8"/);
  // Event-handler and style attributes never survive serialisation.
  assert.equal(toMarkup({ tag: 'g', attrs: { onload: 'x()', style: 'a', 'data-a': 'b' }, children: [] }), '<g data-a="b"/>');
  const json = jsonForScript({ t: '</script><!-- \u2028 & >' });
  assert.ok(!/[<>&\u2028]/.test(json));
  assert.deepEqual(JSON.parse(json), { t: '</script><!-- \u2028 & >' });
});
