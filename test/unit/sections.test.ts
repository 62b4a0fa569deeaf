/**
 * One table of the sections' words (texts/sections.ts): every top-level key of
 * the language has its outline label there, every entity section its noun,
 * gender and new-id placeholder, and the features' tables are views of it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTITY_SECTIONS, roadmapSchema } from '../../schemas/model';
import { ENTITY_NOUNS, NEW_IDS, newEntityLabel, SECTION_LABELS, SECTION_WORDS } from '../../server/src/core/texts/sections';

test('the table has every top-level key of the language, in its order, and nothing else', () => {
  assert.deepEqual(Object.keys(SECTION_WORDS).sort(), Object.keys(roadmapSchema.shape).sort());
  for (const [section, words] of Object.entries(SECTION_WORDS)) assert.ok(words.label.en && words.label.nb, section);
  assert.deepEqual(Object.keys(SECTION_LABELS), Object.keys(SECTION_WORDS));
});

test('every entity section has its noun, gender and new-id placeholder; the labels of new entities read right', () => {
  for (const section of ENTITY_SECTIONS) {
    const words = SECTION_WORDS[section]!;
    assert.ok(words.noun && words.newId && typeof words.nbNeuter === 'boolean', section);
    assert.equal(ENTITY_NOUNS[section], words.noun);
    assert.equal(NEW_IDS[section], words.newId);
  }
  assert.equal(newEntityLabel('systems', 'nb'), 'nytt system');
  assert.equal(newEntityLabel('risks', 'nb'), 'ny risiko');
  assert.equal(newEntityLabel('data_sources', 'en'), 'new data source');
});
