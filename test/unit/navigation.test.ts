/**
 * Go to definition, find references and highlights, driven by a cursor
 * marker (`$$CURSOR$$`) placed into a fixture at the text it follows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentHighlightKind, type Position, type Range } from 'vscode-languageserver-types';
import { parseRoadmap } from '../../server/src/core/language/parse';
import type { RoadmapModel } from '../../server/src/core/language/model';
import { documentHighlights, findDefinition, findReferences, occurrenceAt } from '../../server/src/core/features/navigation';
import { CURSOR, withCursor } from '../helpers/fixtures';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'navigation', 'ids.airoadmap.yaml'), 'utf8');

/**
 * The fixture with the cursor put after the `nth` occurrence of `before`
 * (1-based), plus `shift` characters: returns the model and the position.
 */
function at(before: string, nth = 1, shift = 0): { model: RoadmapModel; position: Position } {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = FIXTURE.indexOf(before, index + 1);
    assert.ok(index >= 0, `'${before}' #${nth} not in the fixture`);
  }
  const offset = index + before.length + shift;
  const { text, position } = withCursor(FIXTURE.slice(0, offset) + CURSOR + FIXTURE.slice(offset));
  return { model: parseRoadmap(text).model, position };
}

function textOf(model: RoadmapModel, range: Range): string {
  return model.text.slice(model.mapper.offsetAt(range.start), model.mapper.offsetAt(range.end));
}

function lineOf(model: RoadmapModel, range: Range): string {
  return model.text.split('\n')[range.start.line]!.trim();
}

test('definition of a KPI from a flow list reference', () => {
  const { model, position } = at('kpis: [handl');
  const def = findDefinition(model, position);
  assert.ok(def);
  assert.equal(textOf(model, def), 'handling-time');
  assert.equal(lineOf(model, def), 'handling-time:');
  assert.equal(def.start.line, model.kpis.get('handling-time')!.idRange.start.line);
});

test('definition from a quoted reference, a block list item and a scalar field', () => {
  for (const [before, nth, expected] of [
    ['"satis', 1, 'satisfaction'],
    ["- 'handling", 1, 'handling-time'],
    ['use_case: tri', 1, 'triage'],
    ["owner: 'an", 1, 'anna'],
  ] as const) {
    const { model, position } = at(before, nth);
    const def = findDefinition(model, position);
    assert.ok(def, before);
    assert.equal(textOf(model, def), expected, before);
    assert.match(lineOf(model, def), new RegExp(`^${expected}:$`), before);
  }
});

test('the cursor at either end of an id is on it', () => {
  const start = at('owner: ', 2); // the `owner: anna` of triage, cursor before the a
  assert.equal(occurrenceAt(start.model, start.position)?.id, 'anna');
  const end = at('owner: anna', 1);
  assert.equal(occurrenceAt(end.model, end.position)?.id, 'anna');
});

test('definition on the id key itself is that key; on other text there is none', () => {
  const key = at('  satisf', 1);
  const def = findDefinition(key.model, key.position);
  assert.ok(def);
  assert.equal(textOf(key.model, def), 'satisfaction');
  assert.equal(occurrenceAt(key.model, key.position)?.isDefinition, true);
  const name = at('name: Anna B');
  assert.equal(findDefinition(name.model, name.position), null);
  assert.deepEqual(findReferences(name.model, name.position, true), []);
  assert.deepEqual(documentHighlights(name.model, name.position), []);
});

test('references of a KPI, with and without the declaration', () => {
  const { model, position } = at('  handling', 1); // the key in `kpis:`
  assert.equal(occurrenceAt(model, position)?.isDefinition, true);
  const withDecl = findReferences(model, position, true);
  const without = findReferences(model, position, false);
  assert.equal(withDecl.length, 4); // the key, the flow item, both block items
  assert.equal(without.length, 3);
  for (const r of withDecl) assert.equal(textOf(model, r), 'handling-time', 'ranges hold the id only, not its quotes');
  assert.deepEqual(withDecl.slice(1), without);
  assert.ok(without.every((r, i) => i === 0 || r.start.line >= without[i - 1]!.start.line), 'document order');
});

test('references of a team member across sections (roles, use cases, risks, plan)', () => {
  const { model, position } = at('  bjo', 1);
  const refs = findReferences(model, position, false);
  assert.deepEqual(refs.map((r) => lineOf(model, r)), ['data_steward: bjorn', 'owner: bjorn']);
  const anna = at('owner: an');
  // The alias `*lead` names anna too: it is found, on the alias itself.
  const annaRefs = findReferences(anna.model, anna.position, false);
  assert.deepEqual(annaRefs.map((r) => lineOf(anna.model, r)), ['ai_owner: &lead anna', 'owner: anna', 'owner: *lead', "owner: 'anna'"]);
  assert.deepEqual(annaRefs.map((r) => textOf(anna.model, r)), ['anna', 'anna', '*lead', 'anna']);
});

test('highlights: the definition is a write, references are reads', () => {
  const { model, position } = at('"satis');
  const highlights = documentHighlights(model, position);
  assert.deepEqual(highlights.map((h) => h.kind), [DocumentHighlightKind.Write, DocumentHighlightKind.Read]);
  assert.deepEqual(highlights.map((h) => textOf(model, h.range)), ['satisfaction', 'satisfaction']);
});

test('an unknown reference has no definition but its uses are found', () => {
  const text = FIXTURE.replace('use_case: triage', 'use_case: nowhere').replace('title: Data leak', 'title: Data leak\n    owner: nowhere');
  const model = parseRoadmap(text).model;
  const line = text.split('\n').findIndex((l) => l.includes('use_case: nowhere'));
  const position = { line, character: text.split('\n')[line]!.indexOf('nowhere') + 2 };
  assert.equal(findDefinition(model, position), null);
  assert.equal(findReferences(model, position, true).length, 1, 'owner: nowhere is a team reference, not a use case one');
  assert.deepEqual(documentHighlights(model, position).map((h) => h.kind), [DocumentHighlightKind.Read]);
});

test('positions outside the text never throw', () => {
  const model = parseRoadmap(FIXTURE).model;
  for (const position of [{ line: -1, character: -5 }, { line: 9999, character: 0 }, { line: 3, character: 9999 }, { line: Number.NaN, character: 0 }]) {
    assert.doesNotThrow(() => {
      findDefinition(model, position);
      findReferences(model, position, true);
      documentHighlights(model, position);
    });
  }
  assert.equal(findDefinition(parseRoadmap('').model, { line: 0, character: 0 }), null);
  assert.equal(findDefinition(parseRoadmap(': : [\n  - {').model, { line: 1, character: 3 }), null);
});
