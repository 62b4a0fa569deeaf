/**
 * The features' caches (the line index completion works on, the chunk parses
 * hover works on) belong to one document's analysis state: the incremental
 * checker's `caches`, carried by every model it builds. Nothing is module
 * state, so two documents never share or evict each other's, and dropping a
 * checker (closing its document) leaves nothing behind.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createIncrementalChecker } from '../../server/src/core/index';
import { complete } from '../../server/src/core/features/complete';
import { hover } from '../../server/src/core/features/hover';
import { checkText } from '../../server/src/core/index';

const example = readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

test("a hover and a completion fill their document's caches, not another's", () => {
  const a = createIncrementalChecker();
  const b = createIncrementalChecker();
  const modelA = a.check(example).model;
  const modelB = b.check(example.replace('doc-search', 'doc-find')).model;
  assert.equal(modelA.caches, a.caches, 'the model carries its checker’s caches');
  assert.equal(a.caches.textCount + b.caches.textCount, 0);
  assert.ok(hover(modelA, positionOf(example, 'title:', 2), 'en'));
  assert.ok(a.caches.textCount >= 1, 'the chunk parse is kept for document A');
  assert.equal(b.caches.textCount, 0, 'and not for B');
  complete(modelB.text, modelB, positionOf(modelB.text, 'stage: ', 7), 'en');
  assert.ok(b.caches.textCount >= 1, 'B keeps its line index');
  // The next version of A reuses A's caches (the same object on its new model).
  const next = a.check(example.replace('title:', 'title: x')).model;
  assert.equal(next.caches, a.caches);
});

test('a model from a whole-text check has caches of its own', () => {
  const one = checkText(example).model;
  const two = checkText(example).model;
  assert.notEqual(one.caches, two.caches);
  hover(one, positionOf(example, 'title:', 2), 'en');
  assert.equal(two.caches.textCount, 0);
});

