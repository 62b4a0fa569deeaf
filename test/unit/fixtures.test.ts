/**
 * Golden fixtures: every diagnostic must appear exactly on the lines marked
 * `# want <code>` and nowhere else, for every rule fixture and example.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkText } from '../../server/src/core/index';
import { fixtureToday, parseWants, roadmapFiles, wantKey } from '../helpers/fixtures';

const root = join(__dirname, '..', '..');
const files = [
  ...roadmapFiles(join(root, 'test', 'fixtures', 'rules')),
  ...roadmapFiles(join(root, 'test', 'fixtures', 'structure')),
  ...roadmapFiles(join(root, 'test', 'fixtures', 'review')),
  ...roadmapFiles(join(root, 'examples')),
];

test('there are golden fixtures', () => {
  assert.ok(files.length > 40, `only ${files.length} fixtures found`);
});

for (const file of files) {
  test(`fixture ${relative(root, file)}`, () => {
    const text = readFileSync(file, 'utf8');
    const wants = parseWants(text).map(wantKey).sort();
    const { diagnostics } = checkText(text, { today: fixtureToday(text) });
    const got = diagnostics.map((d) => wantKey({ line: d.range.start.line, code: d.code })).sort();
    const detail = diagnostics.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}: ${d.message}`).join('\n');
    assert.deepEqual(got, wants, `diagnostics differ from the # want comments:\n${detail}`);
  });
}
