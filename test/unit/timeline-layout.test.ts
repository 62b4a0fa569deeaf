// The timeline laid out for the width it is shown at (issue 13, items 1 and
// 3): narrow (the panel, 606 px), each title wraps in full above its bar and
// the weeks take the whole width; wide (1,366 px), titles are a column left of
// the weeks. Every estimated text stays inside the chart, owners fit in their
// bar or go beside it, links never run off the right edge, today's label has
// its own strip under the dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews } from '../../server/src/core/views/compute';
import { drawTimelineChart, timelineLayout, TIMELINE_LAYOUT } from '../../server/src/core/views/timeline/draw';
import { textWidth, wrapToWidth as wrapText } from '../../server/src/core/views/text-fit';
import { textContent, toMarkup, type VChild, type VNode } from '../../server/src/core/views/vdom';

const CROWDED = readFileSync(new URL('../fixtures/legibility/crowded.airoadmap.yaml', import.meta.url), 'utf8');
const views = computeViews(parseRoadmap(CROWDED).model, 'nb', '2027-02-15');
const t = views.timeline;

function all(node: VChild, tag: string, out: VNode[] = []): VNode[] {
  if (typeof node === 'string') return out;
  if (node.tag === tag) out.push(node);
  for (const c of node.children) all(c, tag, out);
  return out;
}

test('wrapText: lines within the width, the words in order, nothing lost', () => {
  const title = t.items[0]!.title;
  const lines = wrapText(title, 200, 12);
  assert.ok(lines.length > 1);
  assert.equal(lines.join(' '), title);
  assert.ok(lines.every((l) => textWidth(l, 12) <= 200));
  assert.deepEqual(wrapText('kort', 200, 12), ['kort']);
});

for (const width of [606, 1366]) {
  test(`timeline at ${width} px: ${width < TIMELINE_LAYOUT.columnFrom ? 'stacked' : 'a title column'}, every text inside, titles in full`, () => {
    const lay = timelineLayout(t, width);
    assert.equal(lay.mode, width < TIMELINE_LAYOUT.columnFrom ? 'stacked' : 'column');
    assert.equal(lay.width, width);
    assert.ok(lay.x0 + 12 * lay.weekWidth <= width, 'the twelve weeks fit');
    const svg = drawTimelineChart(t, views.labels, width);
    assert.equal(svg.attrs['width'], width, 'drawn 1:1 for its width, not scaled');
    assert.equal(svg.attrs['data-x0'], lay.x0);
    assert.equal(svg.attrs['data-week'], lay.weekWidth);
    for (const item of t.items) {
      const row = lay.rows.get(item.key)!;
      assert.equal(row.titleLines.join(' '), item.title, `${item.id}: the title in full`);
      const titleRight = 30 + Math.max(...row.titleLines.map((l) => textWidth(l, 12)));
      assert.ok(titleRight <= (lay.mode === 'column' ? lay.x0 : width), `${item.id}: the title inside its column`);
      for (const note of row.notes) {
        const w = textWidth(note.text, 12);
        const [a, b] = note.anchor === 'start' ? [note.x, note.x + w] : [note.x - w, note.x];
        assert.ok(a >= (lay.mode === 'column' ? lay.x0 : 0) && b <= width, `${item.id}: its ${note.kind} "${note.text}" inside the frame`);
        assert.ok(!note.text.endsWith('…') || note.kind === 'link', `${item.id}: an owner is shown in full`);
      }
      if (item.owner) assert.ok(row.ownerInside || row.notes.some((nt) => nt.kind === 'owner' && nt.text === item.owner), `${item.id}: the owner in full, in the bar or beside it`);
    }
    // Today's label sits in its own strip, below the dates and above the first track.
    const label = all(svg, 'text').find((x) => x.attrs['class'] === 'today-label')!;
    assert.equal(textContent(label), 'I dag 15. feb.');
    const dates = all(svg, 'text').filter((x) => String(x.attrs['class']).includes('week-date'));
    assert.ok(Number(label.attrs['y']) - 12 > Math.max(...dates.map((d) => Number(d.attrs['y']))), 'under the dates');
    assert.ok(Number(label.attrs['y']) < lay.trackTop[0]!, 'above the first track');
    assert.ok(!toMarkup(svg).includes('…') || all(svg, 'title').length > 0);
  });
}

test('timeline: narrow weeks stagger their dates, wide ones do not', () => {
  assert.equal(timelineLayout(t, 606).staggerDates, true);
  assert.equal(timelineLayout(t, 1366).staggerDates, false);
});
