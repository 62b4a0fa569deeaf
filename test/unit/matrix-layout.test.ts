// The priority matrix's drawing (issue 13, items 1, 2 and 7): bubbles at their
// true size (feasibility alone), the label-placement pass (no two text boxes
// meet, nothing over a bubble or a quadrant title), honest crowding ("+n"
// chips for what a cell cannot show), ranks that fit their bubbles, retired
// use cases out of the ranking, ideas hollow, and the exports' key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateRoadmap } from '../../bench/generate';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews, type RoadmapViews } from '../../server/src/core/views/compute';
import { exportSvg } from '../../server/src/core/views/draw';
import { bubbleRadius } from '../../server/src/core/views/matrix/compute';
import { drawMatrixChart, drawMatrixPanel, MATRIX_LAYOUT, matrixFrame } from '../../server/src/core/views/matrix/draw';
import { type Box, layoutMatrix, MIN_RANK_PX, quadrantTitleBoxes, rankFit } from '../../server/src/core/views/matrix/layout';
import { reportMarkdown } from '../../server/src/core/views/report-markdown';
import { textContent, toMarkup, type VChild, type VNode } from '../../server/src/core/views/vdom';

const CROWDED = readFileSync('test/fixtures/legibility/crowded.airoadmap.yaml', 'utf8');
const BIG = generateRoadmap(300).text;

function views(text: string, locale: 'en' | 'nb' = 'nb'): RoadmapViews {
  return computeViews(parseRoadmap(text).model, locale, '2027-02-15');
}

function meet(a: Box, b: Box): boolean {
  return Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0;
}

function all(node: VChild, test: (n: VNode) => boolean, out: VNode[] = []): VNode[] {
  if (typeof node === 'string') return out;
  if (test(node)) out.push(node);
  for (const c of node.children) all(c, test, out);
  return out;
}

const cls = (n: VNode) => String(n.attrs['class'] ?? '').split(/\s+/);

const CASES = [
  { name: 'crowded', text: CROWDED },
  { name: '300 use cases', text: BIG },
] as const;

test('matrix: a bubble\'s radius is its feasibility\'s, in every cell however crowded, and grows with it', () => {
  for (let f = 1; f < 5; f++) assert.ok(bubbleRadius(f + 1) > bubbleRadius(f), `${f + 1} larger than ${f}`);
  for (const { name, text } of CASES) {
    const v = views(text);
    const layout = layoutMatrix(v.matrix.bubbles, v.matrix.quadrants, MATRIX_LAYOUT);
    const byFeasibility = new Map<number | null, Set<number>>();
    for (const b of v.matrix.bubbles) byFeasibility.set(b.feasibility, (byFeasibility.get(b.feasibility) ?? new Set()).add(b.r));
    for (const [f, radii] of byFeasibility) assert.deepEqual([...radii], [bubbleRadius(f)], `${name}: feasibility ${f}`);
    for (const s of layout.shown) assert.ok(Math.abs(s.r - bubbleRadius(s.bubble.feasibility) * MATRIX_LAYOUT.plot) < 1e-9, `${name}: ${s.bubble.id} drawn at its true size`);
    // The drawn circles say the same.
    const circles = all(drawMatrixChart(v.matrix, v.labels), (n) => n.tag === 'g' && cls(n).includes('bubble'));
    for (const g of circles) {
      const b = v.matrix.bubbles.find((x) => x.key === g.attrs['data-key'])!;
      const c = g.children.find((x): x is VNode => typeof x !== 'string' && x.tag === 'circle')!;
      assert.equal(Number(c.attrs['r']), Math.round(bubbleRadius(b.feasibility) * MATRIX_LAYOUT.plot * 100) / 100, `${name}: ${b.id}`);
    }
  }
});

test('matrix: placed labels meet no other label, bubble, chip or quadrant title, at every text scale (crowded and 300 use cases)', () => {
  const { left, top, plot } = MATRIX_LAYOUT;
  for (const { name, text } of CASES) {
    const v = views(text);
    for (const scale of [1, 0.78, 0.5, 0.25]) {
      const layout = layoutMatrix(v.matrix.bubbles, v.matrix.quadrants, MATRIX_LAYOUT, scale);
      const where = `${name} at ${scale}`;
      assert.ok(layout.shown.length > 0, where);
      const labels = layout.shown.map((s) => ({ id: s.bubble.id, box: s.label!.box }));
      const circles = layout.shown.map((s) => ({ id: s.bubble.id, box: { x: s.cx - s.r, y: s.cy - s.r, w: 2 * s.r, h: 2 * s.r }, s }));
      const titles = quadrantTitleBoxes(v.matrix.quadrants, MATRIX_LAYOUT);
      for (const s of layout.shown) assert.ok(s.label, `${where}: ${s.bubble.id} has a label`);
      for (let i = 0; i < labels.length; i++) {
        const a = labels[i]!;
        assert.ok(a.box.x >= left && a.box.y >= top && a.box.x + a.box.w <= left + plot && a.box.y + a.box.h <= top + plot, `${where}: ${a.id}'s label inside the plot`);
        for (let j = i + 1; j < labels.length; j++) assert.ok(!meet(a.box, labels[j]!.box), `${where}: labels of ${a.id} and ${labels[j]!.id} meet`);
        for (const c of circles) assert.ok(!meet(a.box, c.box), `${where}: label of ${a.id} over the bubble ${c.id}`);
        for (const t of titles) assert.ok(!meet(a.box, t), `${where}: label of ${a.id} over a quadrant title`);
        for (const chip of layout.chips) assert.ok(!meet(a.box, chip.box), `${where}: label of ${a.id} over the chip of ${chip.cell}`);
      }
      for (let i = 0; i < circles.length; i++) {
        const a = circles[i]!;
        for (const t of titles) assert.ok(!meet(a.box, t), `${where}: bubble ${a.id} over a quadrant title`);
        for (let j = i + 1; j < circles.length; j++) {
          const b = circles[j]!;
          assert.ok(Math.hypot(a.s.cx - b.s.cx, a.s.cy - b.s.cy) >= a.s.r + b.s.r, `${where}: bubbles ${a.id} and ${b.id} overlap`);
        }
        // Inside its own cell.
        const x0 = left + ((a.s.bubble.effort - 1) * plot) / 5;
        const y0 = top + ((5 - a.s.bubble.value) * plot) / 5;
        assert.ok(a.box.x >= x0 && a.box.x + a.box.w <= x0 + plot / 5 && a.box.y >= y0 && a.box.y + a.box.h <= y0 + plot / 5, `${where}: ${a.id} in its cell`);
      }
      // A shortened label is the start of its title and ends with '…'.
      for (const s of layout.shown) {
        const t = s.label!.text;
        const full = s.rankSize === null && s.bubble.rank > 0 ? `${s.bubble.rank}. ${s.bubble.title}` : s.bubble.title;
        assert.ok(t === full || (t.endsWith('…') && full.startsWith(t.slice(0, -1))), `${where}: ${s.bubble.id}: ${t}`);
      }
      // Deterministic.
      assert.deepEqual(layoutMatrix(v.matrix.bubbles, v.matrix.quadrants, MATRIX_LAYOUT, scale), layout, where);
    }
  }
});

test('matrix: every use case is a drawn bubble or counted in its cell\'s "+n" chip, once; the chip lists exactly the hidden ones', () => {
  for (const { name, text } of CASES) {
    const v = views(text);
    const layout = layoutMatrix(v.matrix.bubbles, v.matrix.quadrants, MATRIX_LAYOUT);
    const shown = layout.shown.map((s) => s.bubble.key);
    const hidden = layout.chips.flatMap((c) => c.hidden.map((b) => b.key));
    assert.deepEqual([...shown, ...hidden].sort(), v.matrix.bubbles.map((b) => b.key).sort(), name);
    for (const c of layout.chips) for (const b of c.hidden) assert.equal(`${b.effort}-${b.value}`, c.cell, `${name}: ${b.id} in its cell's chip`);
    // The chip's number, its element and its list in the panel.
    const panel = drawMatrixPanel(v);
    const chips = panel.flatMap((p) => all(p, (n) => n.attrs['data-more'] !== undefined));
    assert.equal(chips.length, layout.chips.length, name);
    for (const chip of chips) {
      const cell = layout.chips.find((c) => c.cell === chip.attrs['data-more'])!;
      assert.equal(textContent(chip).replace(/^.*\+/s, '+'), `+${cell.hidden.length}`, `${name}: ${cell.cell}`);
      assert.equal(chip.attrs['data-count'], cell.hidden.length);
      assert.equal(chip.attrs['role'], 'button');
      assert.equal(chip.attrs['tabindex'], 0);
      assert.equal(chip.attrs['aria-expanded'], 'false');
      const list = panel.flatMap((p) => all(p, (n) => n.attrs['id'] === chip.attrs['aria-controls']))[0]!;
      assert.ok(list, `${name}: the list of ${cell.cell}`);
      assert.deepEqual(all(list, (n) => n.tag === 'li').map((li) => li.attrs['data-key']), cell.hidden.map((b) => b.key), `${name}: ${cell.cell}'s list`);
    }
    // The crowded cell (effort 2, value 4) holds six: some shown, the rest behind its chip.
    if (name === 'crowded') {
      const cell = layout.chips.find((c) => c.cell === '2-4');
      assert.ok(cell && cell.hidden.length > 0 && cell.hidden.length < 6, 'effort 2 / value 4 shows some and counts the rest');
    }
  }
});

test('matrix: ranks fit inside their bubbles at a readable size, three digits at 300 use cases too', () => {
  const v = views(BIG);
  for (const scale of [1, 0.5]) {
    const layout = layoutMatrix(v.matrix.bubbles, v.matrix.quadrants, MATRIX_LAYOUT, scale);
    assert.ok(layout.shown.some((s) => s.bubble.rank >= 100), 'three-digit ranks are drawn');
    for (const s of layout.shown) {
      if (s.rankSize === null) {
        assert.match(s.label!.text, new RegExp(`^${s.bubble.rank}\\. `), `${s.bubble.id}: the rank leads its label`);
        continue;
      }
      assert.ok(s.rankSize <= rankFit(s.r, String(s.bubble.rank).length) + 1e-9, `${s.bubble.id}: rank ${s.bubble.rank} fits r ${s.r}`);
      assert.ok(s.rankSize >= MIN_RANK_PX * scale - 1e-9, `${s.bubble.id}: rank readable`);
    }
  }
  // The smallest bubble holds a three-digit rank at 11 px.
  assert.ok(rankFit(bubbleRadius(1) * MATRIX_LAYOUT.plot, 3) >= MIN_RANK_PX);
});

test('matrix: retired use cases are out of the chart, the ranking and the report, and shown greyed by the toggle', () => {
  const v = views(CROWDED);
  const key = 'use_cases:gammel-chatbot';
  assert.ok(!v.matrix.ranked.includes(key));
  assert.ok(!v.matrix.bubbles.some((b) => b.key === key));
  assert.deepEqual(v.matrix.retired.map((b) => b.key), [key]);
  assert.equal(v.matrix.retired[0]!.rank, 0);
  assert.match(v.matrix.retired[0]!.aria, /avviklet, ikke rangert/);
  // Ranks are 1…n over the active ones.
  assert.deepEqual(v.matrix.ranked.map((k) => v.matrix.bubbles.find((b) => b.key === k)!.rank), v.matrix.ranked.map((_, i) => i + 1));
  // Not drawn unless the toggle shows it, then greyed and unranked.
  const off = toMarkup(drawMatrixChart(v.matrix, v.labels));
  assert.ok(!off.includes(`data-key="${key}"`));
  const onChart = drawMatrixChart(v.matrix, v.labels, { showRetired: true });
  const g = all(onChart, (n) => n.attrs['data-key'] === key && n.tag === 'g')[0] ?? null;
  const layoutOn = layoutMatrix([...v.matrix.bubbles, ...v.matrix.retired], v.matrix.quadrants, MATRIX_LAYOUT);
  const inChip = layoutOn.chips.some((c) => c.hidden.some((b) => b.key === key));
  assert.ok(g !== null || inChip, 'the retired one is drawn or counted in its chip');
  if (g) {
    assert.ok(cls(g).includes('retired'));
    assert.ok(!all(g, (n) => cls(n).includes('rank')).length, 'no rank');
  }
  assert.match(textContent(onChart), /Grå: avviklet, ikke rangert/);
  // The toggle in the panel, pressed or not.
  const toggle = drawMatrixPanel(v).flatMap((p) => all(p, (n) => n.attrs['data-show-retired'] !== undefined))[0]!;
  assert.equal(toggle.attrs['aria-pressed'], 'false');
  assert.equal(drawMatrixPanel(v, { showRetired: true }).flatMap((p) => all(p, (n) => n.attrs['data-show-retired'] !== undefined))[0]!.attrs['aria-pressed'], 'true');
  // The quarterly report ranks what the matrix ranks.
  const report = reportMarkdown(parseRoadmap(CROWDED).model, [], 'nb', '2027-02-15');
  assert.ok(!report.includes('Den gamle regelbaserte chatboten'), 'the report ranks no retired use case');
});

test('matrix: ideas are hollow, every bubble tells its stage and phase, the legend is complete', () => {
  const v = views(CROWDED);
  const ideas = v.matrix.bubbles.filter((b) => b.stage === 'idea');
  assert.ok(ideas.length > 0);
  const chart = drawMatrixChart(v.matrix, v.labels);
  for (const g of all(chart, (n) => n.tag === 'g' && cls(n).includes('bubble'))) {
    const b = v.matrix.bubbles.find((x) => x.key === g.attrs['data-key'])!;
    assert.equal(cls(g).includes('idea'), b.stage === 'idea', `${b.id}: hollow when an idea`);
  }
  for (const b of v.matrix.bubbles) {
    if (b.stage) assert.match(b.aria, /status /, b.id);
    if (b.phase) assert.match(b.aria, new RegExp(`fase ${b.phase}`), b.id);
  }
  const legend = textContent(all(chart, (n) => cls(n).includes('legend'))[0]!);
  for (const word of ['lav risiko', 'middels risiko', 'høy risiko', 'risiko ikke satt', 'Boblestørrelse: gjennomførbarhet', 'Åpen sirkel: idé', '1', '5']) assert.ok(legend.includes(word), word);
  // The legend's sizes are the chart's.
  const sizes = all(chart, (n) => cls(n).includes('legend-size')).map((g) => Number((g.children[0] as VNode).attrs['r']));
  assert.deepEqual(sizes, [1, 2, 3, 4, 5].map((f) => Math.round(bubbleRadius(f) * MATRIX_LAYOUT.plot * 100) / 100));
});

test('matrix export: the SVG carries its key (every ranked title with its number) and the legend', () => {
  for (const locale of ['nb', 'en'] as const) {
    const v = views(CROWDED, locale);
    const svg = exportSvg(v, 'matrix');
    const text = svg.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const plain = unescape(text);
    for (const b of v.matrix.bubbles) assert.ok(plain.includes(`${b.rank}.${b.title}`) || plain.includes(`${b.rank}. ${b.title}`), `${locale}: ${b.rank}. ${b.title}`);
    for (const word of [v.labels.rankedList, v.labels.riskLevels.low, v.labels.riskLevels.unknown, v.labels.legendIdea, v.labels.legendSize]) assert.ok(plain.includes(word), `${locale}: ${word}`);
    assert.ok(!plain.includes('gammel') && !v.matrix.retired.some((b) => plain.includes(b.title)), `${locale}: no retired one in the key`);
  }
});

test('a narrow panel gets a chart laid out for its width: a smaller plot, bubbles true to it, labels at their size, the grid said on the chart', () => {
  const v = views(CROWDED);
  const wide = drawMatrixChart(v.matrix, v.labels, {});
  assert.equal(wide.attrs['width'], 590, 'without a width: the exports\' frame');
  assert.deepEqual(drawMatrixChart(v.matrix, v.labels, { width: 900 }).attrs['width'], 590, 'wider than the frame: the same frame (the panel scales it up)');
  for (const width of [300, 346, 480]) {
    const frame = matrixFrame(width);
    assert.equal(frame.width, width, `${width}: the chart is as wide as the panel`);
    const svg = drawMatrixChart(v.matrix, v.labels, { width });
    assert.equal(svg.attrs['width'], width);
    assert.equal(svg.attrs['data-grid'], `${frame.left} ${frame.top} ${Math.round((frame.plot / 5) * 100) / 100} ${Math.round((frame.plot / 5) * 100) / 100}`);
    const bubbles = all(svg, (n) => cls(n).includes('bubble'));
    assert.ok(bubbles.length > 0);
    for (const g of bubbles) {
      const b = [...v.matrix.bubbles, ...v.matrix.retired].find((x) => x.key === g.attrs['data-key'])!;
      const circle = g.children.find((c): c is VNode => typeof c === 'object' && c !== null && (c as VNode).tag === 'circle')!;
      assert.equal(Number(circle.attrs['r']), Math.round(bubbleRadius(b.feasibility) * frame.plot * 100) / 100, `${width}: ${b.id} at its true size`);
    }
    // Labels at their screen size: no scale on them (the chart is drawn 1:1).
    for (const label of all(svg, (n) => cls(n).includes('label'))) assert.doesNotMatch(String(label.attrs['transform'] ?? ''), /scale/, `${width}: ${textContent(label)}`);
    // Every quadrant title stays inside its quadrant, over one or more lines.
    const titles = quadrantTitleBoxes(v.matrix.quadrants, frame);
    v.matrix.quadrants.forEach((q, i) => assert.ok(titles[i]!.x + titles[i]!.w <= frame.left + q.x1 * frame.plot, `${width}: ${q.label} within its quadrant`));
  }
});
