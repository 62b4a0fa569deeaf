/**
 * The line index completion works on (cursor.ts `splitLines`) is updated
 * from the last version instead of rebuilt: after any edit it must equal a
 * split from scratch, line breaks of every kind included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { collectedHeapMiB } from '../helpers/heap';
import { lineIndexAt, splitLines as splitLinesCached, splitLinesUncached } from '../../server/src/core/features/cursor';
import { DocumentCaches } from '../../server/src/core/language/caches';

/** One document's caches, as a checker keeps them; `forgetCachedTexts` starts a new document. */
let caches = new DocumentCaches();
const splitLines = (text: string) => splitLinesCached(text, caches);
const forgetCachedTexts = () => {
  caches = new DocumentCaches();
};

const example = readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');
const pieces = ['x', ' ', '\n', '\r', '\r\n', '\n\n', '  - a\n', 'key: v\n', '# c\n', ': ', '"', 'use_cases:\n  u:\n    title: T\n', ''];

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.constantFrom(...pieces), many: fc.boolean() });

test('splitLines after an edit equals a split from scratch (random edits, every kind of line break)', () => {
  const bases = [example, example.replace(/\n/g, '\r\n'), example.replace(/\n/g, '\r'), '', 'a', '\r', '\n'];
  fc.assert(
    fc.property(fc.constantFrom(...bases), fc.array(edit, { minLength: 1, maxLength: 12 }), (base, edits) => {
      forgetCachedTexts();
      let text = base;
      splitLines(text);
      for (const e of edits) {
        const at = text.length === 0 ? 0 : e.at % (text.length + 1);
        const inserted = e.many ? e.insert.repeat(3) : e.insert;
        text = text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + e.remove));
        assert.deepEqual(splitLines(text), splitLinesUncached(text), JSON.stringify(text.slice(Math.max(0, at - 20), at + 20)));
      }
    }),
    { numRuns: 400, seed: 20261126 },
  );
  forgetCachedTexts();
});

test('lineIndexAt finds the line holding an offset (binary search)', () => {
  const lines = splitLinesUncached('ab\ncd\r\nef\rg');
  assert.deepEqual([0, 2, 3, 4, 6, 7, 9, 10, 11].map((o) => lineIndexAt(lines, o)), [0, 0, 1, 1, 1, 2, 2, 3, 3]);
});

test('the lines an edit re-classified keep no slice of that version alive', () => {
  // Each version's re-classified lines live on in the next versions' indexes. Were they
  // slices of their version's text, every version would stay in memory: with a 1 MiB
  // comment in the file, 25 edits on different lines would keep 25 MiB.
  forgetCachedTexts();
  let text = `# ${'x'.repeat(1 << 20)}\n${example}`;
  splitLines(text);
  const before = collectedHeapMiB();
  const ends: number[] = [];
  for (let at = text.indexOf('\n    title: '); at >= 0; at = text.indexOf('\n    title: ', at + 1)) ends.push(text.indexOf('\n', at + 1));
  assert.ok(ends.length >= 5, `${ends.length} lines to edit`);
  for (const end of ends.reverse()) {
    text = text.slice(0, end) + 'z' + text.slice(end);
    splitLines(text);
  }
  const grown = collectedHeapMiB() - before;
  assert.ok(grown < ends.length / 2, `the heap grew ${grown.toFixed(1)} MiB over ${ends.length} edits of a 1 MiB document`);
  assert.deepEqual(splitLines(text), splitLinesUncached(text));
  forgetCachedTexts();
});
