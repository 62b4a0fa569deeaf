/**
 * The core's one way in: `analyze(text, options)` gives an Analysis, the same
 * whichever path made it, and every editor feature of `FEATURES` takes it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, checkText, createIncrementalChecker, FEATURES } from '../../server/src/core/index';
import { hover } from '../../server/src/core/features/hover';

const example = readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');
const problems = readFileSync(join(__dirname, '..', '..', 'examples', 'problems.airoadmap.yaml'), 'utf8');

test('analyze gives the same diagnostics from the whole-text check and from an incremental checker', () => {
  for (const text of [example, problems, `\ufeff${example}`]) {
    const whole = analyze(text, { locale: 'nb' });
    const checker = createIncrementalChecker();
    const incremental = analyze(text, { locale: 'nb' }, checker);
    assert.equal(whole.text, text, 'the text as the editor has it');
    assert.equal(whole.locale, 'nb');
    assert.deepEqual(incremental.diagnostics, whole.diagnostics);
    assert.deepEqual(whole.diagnostics, checkText(text, { locale: 'nb' }).diagnostics);
    assert.equal(incremental.model.caches, checker.caches, 'the checker’s model, with its caches');
  }
});

test('every feature of FEATURES answers on an Analysis as the feature does on its model', () => {
  const a = analyze(problems, { locale: 'en' }, createIncrementalChecker());
  const at = a.model.mapper.toLspPosition(problems.indexOf('title:') + 2);
  assert.deepEqual(FEATURES.hover(a, at), hover(a.model, at, 'en'));
  assert.ok(FEATURES.documentSymbols(a).length > 3);
  assert.ok(FEATURES.foldingRanges(a).length > 3);
  assert.ok(FEATURES.inlayHints(a).length > 0);
  assert.ok(FEATURES.complete(a, at).length >= 0);
  const fixable = a.diagnostics.filter((d) => d.fix);
  assert.ok(fixable.length > 0);
  assert.ok(FEATURES.codeActions(a, fixable, fixable[0]!.range).length > 0);
});
