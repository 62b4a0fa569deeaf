import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { closest, closestPrepared, editDistance, prepareCandidates } from '../../server/src/core/language/suggest';

test('edit distance counts a swap as one edit', () => {
  assert.equal(editDistance('titel', 'title'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
});

test('closest suggests likely typos only', () => {
  assert.equal(closest('ownr', ['owner', 'title']), 'owner');
  assert.equal(closest('titel', ['owner', 'title']), 'title');
  assert.equal(closest('Use-Cases', ['use_cases', 'kpis']), 'use_cases');
  assert.equal(closest('search', ['search-time', 'cost']), 'search-time');
  assert.equal(closest('zzzzzz', ['owner', 'title']), undefined);
  assert.equal(closest('x', []), undefined);
});

/** The optimal string alignment distance with the whole table, as it was first written: what the three-row version must equal. */
function fullTableDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

test('the edit distance equals the whole table (and stops only past its bound), and closest over prepared candidates equals closest', () => {
  const word = fc.stringMatching(/^[a-dA-D_-]{0,9}$/);
  fc.assert(
    fc.property(word, word, (a, b) => {
      const work = { suggestionCells: 0 };
      const exact = fullTableDistance(a, b);
      assert.equal(editDistance(a, b, work), exact);
      // Bounded: exact up to the bound, over it past.
      for (const bound of [0, 1, 2, 4]) {
        const d = editDistance(a, b, undefined, bound);
        if (exact <= bound) assert.equal(d, exact);
        else assert.ok(d > bound, `${a} ${b} bound ${bound}: ${d}`);
      }
    }),
    { numRuns: 2000, seed: 20261211 },
  );
  fc.assert(
    fc.property(word, fc.array(word, { maxLength: 12 }), (name, candidates) => {
      const one = { suggestionCells: 0 };
      const two = { suggestionCells: 0 };
      assert.equal(closestPrepared(name, prepareCandidates(candidates), two), closest(name, candidates, one));
      assert.equal(two.suggestionCells, one.suggestionCells);
    }),
    { numRuns: 2000, seed: 20261212 },
  );
});
