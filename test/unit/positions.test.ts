/**
 * LSP positions past the end of a line (issue 18, item 9). The specification:
 * "If the character value is greater than the line length it defaults back
 * to the line length." The server brings every position from the client
 * into the text through `PositionMapper.offsetAt` (features.ts's `clamp`:
 * offset, then back to a position); a position past the end of a line must
 * land at that line's end, never at the start of the next line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { hover } from '../../server/src/core/features/hover';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { PositionMapper } from '../../server/src/core/language/positions';
import { selectionRanges } from '../../server/src/core/features/ranges';

/** What the server does with a client's position before any feature sees it. */
function clamped(mapper: PositionMapper, position: Position): Position {
  return mapper.toLspPosition(mapper.offsetAt(position));
}

function markdown(result: Hover | null): string {
  return result ? (result.contents as MarkupContent).value : '';
}

const BREAKS: [string, string][] = [
  ['\\n', '\n'],
  ['\\r\\n', '\r\n'],
  ['a lone \\r', '\r'],
];

for (const [name, nl] of BREAKS) {
  test(`a character past the end of a line is that line's end (${name} line breaks)`, () => {
    const text = ['airoadmap: 1', 'organization:', '  name: Acme', ''].join(nl);
    const mapper = new PositionMapper(text);
    assert.equal(mapper.offsetAt({ line: 0, character: 40 }), 'airoadmap: 1'.length);
    assert.deepEqual(clamped(mapper, { line: 0, character: 40 }), { line: 0, character: 12 });
    assert.deepEqual(clamped(mapper, { line: 0, character: 13 }), { line: 0, character: 12 });
    assert.deepEqual(clamped(mapper, { line: 1, character: 99 }), { line: 1, character: 13 });
    assert.deepEqual(clamped(mapper, { line: 2, character: 1000 }), { line: 2, character: 12 });
    // The last line (empty here) and lines past the end stay at the end of the text.
    assert.deepEqual(clamped(mapper, { line: 3, character: 5 }), { line: 3, character: 0 });
    assert.deepEqual(clamped(mapper, { line: 9, character: 0 }), mapper.toLspPosition(text.length));
    // Inside the line, nothing moves.
    assert.deepEqual(clamped(mapper, { line: 1, character: 4 }), { line: 1, character: 4 });
  });

  test(`hover at (0, 40) on \`airoadmap: 1\` does not answer for the next line (${name})`, () => {
    const text = ['airoadmap: 1', 'organization:', '  name: Acme', ''].join(nl);
    const model = parseRoadmap(text).model;
    const answer = hover(model, clamped(model.mapper, { line: 0, character: 40 }), 'en');
    // The end of `airoadmap: 1`: the version's hover, or none; never the organisation's.
    assert.doesNotMatch(markdown(answer), /organi[sz]ation/i);
    if (answer?.range) assert.equal(answer.range.start.line, 0);
    // Selection ranges go through the same conversion: they stay on line 0.
    const [selection] = selectionRanges(model, [clamped(model.mapper, { line: 0, character: 40 })]);
    assert.ok(selection);
    assert.equal(selection.range.start.line, 0);
  });
}

test('the last line without a line break clamps to the end of the text', () => {
  const text = 'airoadmap: 1\norganization:';
  const mapper = new PositionMapper(text);
  assert.equal(mapper.offsetAt({ line: 1, character: 50 }), text.length);
  assert.deepEqual(clamped(mapper, { line: 1, character: 50 }), { line: 1, character: 13 });
});
