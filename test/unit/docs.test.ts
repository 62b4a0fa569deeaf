/** The generated rule documentation is up to date (run `npm run docs`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES } from '../../server/src/core/index';
import { rulesMarkdown, withConfigurationTables, withRulesTable, TRIGGERS } from '../../scripts/gen-docs';

const root = join(__dirname, '..', '..');

test('docs/rules.md is generated from the core', () => {
  assert.equal(readFileSync(join(root, 'docs', 'rules.md'), 'utf8'), rulesMarkdown());
});

test('the README rules table is generated from the core', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes('<!-- rules:start -->'));
  assert.equal(readme, withRulesTable(readme));
});

test("docs/configuration.md's code tables are generated from the core", () => {
  const doc = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
  assert.ok(doc.includes('<!-- structure-codes:start -->') && doc.includes('<!-- checklist-codes:start -->'));
  assert.equal(doc, withConfigurationTables(doc));
});

test('every code has a trigger text and a section in docs/rules.md', () => {
  const md = rulesMarkdown();
  for (const code of ALL_CODES) {
    assert.ok(TRIGGERS[code]?.length > 5, code);
    assert.ok(md.includes(`## ${code}\n`), code);
  }
});
