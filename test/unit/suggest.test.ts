import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance } from '../../server/src/core/language/suggest';

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
