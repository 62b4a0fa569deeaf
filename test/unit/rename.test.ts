/**
 * Rename of ids: the key and every reference, in every written form, with
 * quotes kept; refusals for invalid and taken names (en, nb).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { checkText } from '../../server/src/core/index';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { prepareRename, readsAsText, rename } from '../../server/src/core/features/rename';

const FIXTURE = readFileSync(join(__dirname, '..', 'fixtures', 'navigation', 'ids.airoadmap.yaml'), 'utf8');

/** The position just after the first occurrence of `before` (plus `shift`). */
function positionAfter(text: string, before: string, shift = 0): Position {
  const index = text.indexOf(before);
  assert.ok(index >= 0, `'${before}' not in the text`);
  const lines = text.slice(0, index + before.length + shift).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.airoadmap.yaml', 'airoadmap', 1, text), edits);
}

function renamed(text: string, before: string, newName: string): string {
  const answer = rename(parseRoadmap(text).model, positionAfter(text, before), newName, 'en');
  assert.ok('edits' in answer, JSON.stringify(answer));
  return apply(text, answer.edits);
}

test('renaming a KPI from a block list item rewrites its key and every reference', () => {
  const after = renamed(FIXTURE, '      - handl', 'ticket-time');
  const expected = FIXTURE.replace('  handling-time:', '  ticket-time:')
    .replace('kpis: [handling-time, "satisfaction"]', 'kpis: [ticket-time, "satisfaction"]')
    .replace('      - handling-time\n', '      - ticket-time\n')
    .replace("      - 'handling-time'", "      - 'ticket-time'");
  assert.notEqual(expected, FIXTURE);
  assert.equal(after, expected);
  assert.doesNotMatch(after, /handling-time/);
  const { model, diagnostics } = checkText(after);
  assert.ok(model.kpis.has('ticket-time'));
  assert.deepEqual(diagnostics.filter((d) => d.code === 'unknown-reference'), []);
});

test('renaming from the key and from a quoted reference gives the same edits', () => {
  const model = parseRoadmap(FIXTURE).model;
  const fromKey = rename(model, positionAfter(FIXTURE, '  satisf'), 'csat', 'en');
  const fromQuoted = rename(model, positionAfter(FIXTURE, '"satisf'), 'csat', 'en');
  assert.deepEqual(fromKey, fromQuoted);
  assert.ok('edits' in fromKey);
  assert.deepEqual(fromKey.edits.map((e) => e.newText).sort(), ['"csat"', 'csat']);
});

test('renaming a team member keeps quotes, renames the anchor and leaves the alias', () => {
  const after = renamed(FIXTURE, 'owner: an', 'anne');
  assert.match(after, /ai_owner: &lead anne/);
  assert.match(after, /owner: \*lead/);
  assert.match(after, /owner: 'anne'/);
  assert.match(after, /^ {2}anne:$/m);
  assert.doesNotMatch(after, /\banna\b/);
  assert.deepEqual(checkText(after).diagnostics.filter((d) => d.code === 'unknown-reference'), []);
});

test('a new id that YAML would not read as text is quoted where it is written plain', () => {
  assert.equal(readsAsText('true'), false);
  assert.equal(readsAsText('123'), false);
  assert.equal(readsAsText('abc'), true);
  const after = renamed(FIXTURE, '  satisf', '2027');
  assert.match(after, /^ {2}"2027":$/m);
  assert.match(after, /"2027"\]/);
  const { model, diagnostics } = checkText(after);
  assert.ok(model.kpis.has('2027'));
  assert.deepEqual(diagnostics.filter((d) => d.code === 'unknown-reference' || d.code === 'wrong-type'), []);
});

test('refuses an invalid id, in English and Norwegian', () => {
  const model = parseRoadmap(FIXTURE).model;
  const position = positionAfter(FIXTURE, '  satisf');
  for (const bad of ['Ticket Time', '-lead', '', 'a b', 'æøå']) {
    const en = rename(model, position, bad, 'en');
    const nb = rename(model, position, bad, 'nb');
    assert.ok('error' in en && 'error' in nb, bad);
    assert.match(en.error, /not a valid id/);
    assert.match(nb.error, /ikke en gyldig id/);
  }
});

test('refuses an id already taken in the same section, but not one taken elsewhere', () => {
  const model = parseRoadmap(FIXTURE).model;
  const position = positionAfter(FIXTURE, '  satisf');
  const taken = rename(model, position, 'handling-time', 'en');
  assert.ok('error' in taken);
  assert.match(taken.error, /already a KPI with the id 'handling-time'/);
  const nb = rename(model, position, 'handling-time', 'nb');
  assert.ok('error' in nb && /allerede/.test(nb.error));
  // `triage` is a use case id; a KPI may be called that too.
  assert.ok('edits' in rename(model, position, 'triage', 'en'));
});

test('prepareRename: the id without quotes and its text; nothing off ids; an error on an alias', () => {
  const model = parseRoadmap(FIXTURE).model;
  const quoted = prepareRename(model, positionAfter(FIXTURE, "owner: 'an"), 'en');
  assert.ok(quoted && 'range' in quoted);
  assert.equal(quoted.placeholder, 'anna');
  const line = FIXTURE.split('\n')[quoted.range.start.line]!;
  assert.equal(line.slice(quoted.range.start.character, quoted.range.end.character), 'anna');
  assert.equal(prepareRename(model, positionAfter(FIXTURE, 'title: Ticket'), 'en'), null);
  const alias = prepareRename(model, positionAfter(FIXTURE, 'owner: *le'), 'nb');
  assert.ok(alias && 'error' in alias);
  assert.equal(prepareRename(model, { line: 500, character: 3 }, 'en'), null);
});

test('renaming to the same name or off an id changes nothing', () => {
  const model = parseRoadmap(FIXTURE).model;
  assert.deepEqual(rename(model, positionAfter(FIXTURE, '  satisf'), 'satisfaction', 'en'), { edits: [] });
  assert.deepEqual(rename(model, positionAfter(FIXTURE, 'title: Ticket'), 'x', 'en'), { edits: [] });
});
