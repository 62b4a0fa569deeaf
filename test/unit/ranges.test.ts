/**
 * Folding ranges (maps, lists, block scalars, comment runs) and selection
 * ranges (scalar → pair → map → … → document).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { parseRoadmap } from '../../server/src/core/language/parse';
import type { RoadmapModel } from '../../server/src/core/language/model';
import { foldingRanges, selectionRanges } from '../../server/src/core/features/ranges';

const TEXT = [
  '# A roadmap for tests.', //           0
  '# Two comment lines fold.', //        1
  'airoadmap: 1', //                     2
  'organization:', //                    3
  '  name: Fjordtest AS', //             4
  'team:', //                            5
  '  anna:', //                          6
  '    name: Anna', //                   7
  '    skills:', //                      8
  '      - api', //                      9
  '      - llm', //                      10
  'use_cases:', //                       11
  '  a: {title: A,', //                  12
  '    value: 3}', //                    13
  '  b:', //                             14
  '    description: |', //               15
  '      line one', //                   16
  '      line two', //                   17
  '', //                                 18
  '# one trailing comment', //           19
  '',
].join('\n');

test('folding: every multi-line map and list from its key, block scalars, comment runs; not the trailing blank lines', () => {
  const folds = foldingRanges(parseRoadmap(TEXT).model).map((f) => [f.startLine, f.endLine, f.kind ?? '']);
  assert.deepEqual(folds, [
    [0, 1, 'comment'],
    [3, 4, ''], // organization
    [5, 10, ''], // team
    [6, 10, ''], // anna
    [8, 10, ''], // skills
    [11, 17, ''], // use_cases
    [12, 13, ''], // a, a flow map over two lines
    [14, 17, ''], // b
    [15, 17, ''], // description
  ]);
});

test('folding a CRLF file and a broken file', () => {
  const crlf = foldingRanges(parseRoadmap(TEXT.replace(/\n/g, '\r\n')).model).map((f) => [f.startLine, f.endLine]);
  assert.deepEqual(crlf, foldingRanges(parseRoadmap(TEXT).model).map((f) => [f.startLine, f.endLine]));
  assert.doesNotThrow(() => foldingRanges(parseRoadmap('team:\n  anna: [\n    x,\n').model));
  assert.deepEqual(foldingRanges(parseRoadmap('').model), []);
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  assert.doesNotThrow(() => foldingRanges(parseRoadmap(`a: ${deep}\n`).model));
});

function chainTexts(model: RoadmapModel, selection: SelectionRange): string[] {
  const out: string[] = [];
  for (let s: SelectionRange | undefined = selection; s; s = s.parent) {
    out.push(model.text.slice(model.mapper.offsetAt(s.range.start), model.mapper.offsetAt(s.range.end)));
  }
  return out;
}

test('selection grows from a list item to the whole document, each step containing the last', () => {
  const model = parseRoadmap(TEXT).model;
  const [selection] = selectionRanges(model, [{ line: 10, character: 9 }]);
  const texts = chainTexts(model, selection!);
  assert.deepEqual(texts.slice(0, 6), [
    'llm',
    '- api\n      - llm',
    'skills:\n      - api\n      - llm',
    'name: Anna\n    skills:\n      - api\n      - llm',
    'anna:\n    name: Anna\n    skills:\n      - api\n      - llm',
    'team:\n  anna:\n    name: Anna\n    skills:\n      - api\n      - llm',
  ]);
  assert.equal(texts[texts.length - 1], TEXT);
  for (let i = 1; i < texts.length; i++) assert.ok(texts[i]!.includes(texts[i - 1]!) && texts[i]!.length > texts[i - 1]!.length, `step ${i} does not grow`);
});

test('selection on a key: key → pair → map; inside a flow map; several positions at once', () => {
  const model = parseRoadmap(TEXT).model;
  const results = selectionRanges(model, [
    { line: 4, character: 3 },
    { line: 13, character: 11 },
    { line: 18, character: 0 },
    { line: 999, character: 0 },
  ]);
  assert.equal(results.length, 4);
  // The pair and the one-pair map span the same text: one step, not two.
  assert.deepEqual(chainTexts(model, results[0]!).slice(0, 3), ['name', 'name: Fjordtest AS', 'organization:\n  name: Fjordtest AS']);
  assert.deepEqual(chainTexts(model, results[1]!).slice(0, 3), ['3', 'value: 3', '{title: A,\n    value: 3}']);
  // A blank line between entities: only the ranges that hold it.
  assert.equal(chainTexts(model, results[2]!).at(-1), TEXT);
  assert.equal(chainTexts(model, results[3]!).at(-1), TEXT);
});
