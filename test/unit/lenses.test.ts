/**
 * Inlay hints on use cases: priority score and quadrant from priority.ts,
 * placed at the end of the id line; unscored ones say what is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { priorityOf, QUADRANT_LABELS } from '../../server/src/core/language/priority';
import { useCaseInlayHints } from '../../server/src/core/features/lenses';

const TEXT = [
  'airoadmap: 1',
  'organization:',
  '  name: Fjordtest AS',
  'use_cases:',
  '  faq-bot:   # internal FAQ',
  '    value: 4',
  '    feasibility: 5',
  '    effort: 1',
  '  big-one: {value: 3, feasibility: 2, effort: 4}',
  '  idea:',
  '    feasibility: 3',
  '  broken:',
  '    value: 2',
  '    feasibility: 9',
  '    effort: 2',
  '',
].join('\n');

test('scored use cases show the priority score and quadrant that priority.ts computes', () => {
  const model = parseRoadmap(TEXT).model;
  const hints = useCaseInlayHints(model, 'en');
  assert.equal(hints.length, 4);
  const faq = priorityOf(model.use_cases.get('faq-bot')!.data)!;
  assert.equal(faq.score, 2 * 4 + 5);
  assert.equal(hints[0]!.label, `priority ${faq.score} · ${QUADRANT_LABELS[faq.quadrant].en}`);
  assert.equal(hints[0]!.label, 'priority 13 · Quick wins');
  assert.equal(hints[1]!.label, 'priority 6.5 · Major projects');
  assert.equal(priorityOf(model.use_cases.get('big-one')!.data)!.score, 6.5);
});

test('unscored use cases say what is missing or invalid', () => {
  const hints = useCaseInlayHints(parseRoadmap(TEXT).model, 'en');
  assert.equal(hints[2]!.label, 'not placed: missing value, effort');
  assert.equal(hints[3]!.label, 'not placed: invalid feasibility');
});

test('hints sit at the end of the id key line, before a trailing comment', () => {
  const hints = useCaseInlayHints(parseRoadmap(TEXT).model, 'en');
  const lines = TEXT.split('\n');
  // After the line's content: a hint after '# internal FAQ' would read as part of the comment.
  const contentEnd = (line: string) => line.replace(/\s+#.*$/, '').trimEnd().length;
  assert.deepEqual(hints.map((h) => h.position), [4, 8, 9, 11].map((line) => ({ line, character: contentEnd(lines[line]!) })));
  assert.equal(hints[0]!.position.character, '  faq-bot:'.length);
  const crlf = useCaseInlayHints(parseRoadmap(TEXT.replace(/\n/g, '\r\n')).model, 'en');
  assert.deepEqual(crlf.map((h) => h.position), hints.map((h) => h.position), 'the CR is not part of the line');
});

test('Norwegian labels', () => {
  const hints = useCaseInlayHints(parseRoadmap(TEXT).model, 'nb');
  assert.equal(hints[0]!.label, 'prioritet 13 · Raske gevinster');
  assert.equal(hints[1]!.label, 'prioritet 6,5 · Store prosjekter');
  assert.equal(hints[2]!.label, 'ikke plassert: mangler verdi, innsats');
});

test('the DSL example: every use case matches priorityOf', () => {
  const model = parseRoadmap(readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8')).model;
  const hints = useCaseInlayHints(model, 'en');
  const useCases = [...model.use_cases.values()];
  assert.equal(hints.length, useCases.length);
  useCases.forEach((u, i) => {
    const p = priorityOf(u.data)!;
    assert.equal(hints[i]!.label, `priority ${p.score} · ${QUADRANT_LABELS[p.quadrant].en}`);
    assert.equal(hints[i]!.position.line, u.idRange.start.line);
  });
  assert.deepEqual(useCaseInlayHints(parseRoadmap('use_cases: 5\n').model, 'en'), []);
});
