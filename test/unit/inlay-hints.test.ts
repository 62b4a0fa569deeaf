/**
 * The priority hint at the end of each use case's id line: after the line's
 * content and never after a trailing comment, where it would read as part of
 * the comment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useCaseInlayHints } from '../../server/src/core/features/lenses';
import { parseRoadmap } from '../../server/src/core/language/parse';

const HEAD = 'airoadmap: 1\norganization:\n  name: Test AS\nuse_cases:\n';
const SCORES = '    feasibility: 4\n    value: 5\n    effort: 2\n';

/** The hint's column on the id line, and the line's text before it. */
function hintAt(idLine: string, rest = SCORES): { before: string; label: string } {
  const text = `${HEAD}${idLine}\n${rest}`;
  const [hint] = useCaseInlayHints(parseRoadmap(text).model, 'en');
  assert.ok(hint, 'one hint');
  assert.equal(hint.position.line, 4);
  return { before: text.split('\n')[4]!.slice(0, hint.position.character), label: String(hint.label) };
}

test('the hint ends the id line, before a trailing comment', () => {
  assert.equal(hintAt('  doc-search:').before, '  doc-search:');
  assert.equal(hintAt('  doc-search:   ').before, '  doc-search:', 'not after trailing spaces');
  assert.equal(hintAt('  doc-search:  # the pilot').before, '  doc-search:');
  assert.equal(hintAt('  doc-search:\t# the pilot\r').before, '  doc-search:', 'tabs, CRLF');
  assert.equal(hintAt("  'doc-search': # quoted id").before, "  'doc-search':");
  assert.equal(hintAt('  "doc#search": # a hash inside the quoted id').before, '  "doc#search":');
  assert.match(hintAt('  doc-search:  # the pilot').label, /^priority 14 · /);
});

test('on a flow entity, after the closing brace; a # inside quotes or a word is not a comment', () => {
  const flow = (line: string) => hintAt(line, '');
  assert.equal(flow('  doc-search: {title: "Search # docs", feasibility: 4, value: 5, effort: 2}  # flow').before, '  doc-search: {title: "Search # docs", feasibility: 4, value: 5, effort: 2}');
  assert.equal(flow("  doc-search: {title: 'it''s # one', value: 5}").before, "  doc-search: {title: 'it''s # one', value: 5}");
  assert.equal(flow('  doc-search: {title: C#, value: 5} # c sharp').before, '  doc-search: {title: C#, value: 5}');
});
