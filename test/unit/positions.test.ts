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
import fc from 'fast-check';
import { changedSpan, PositionMapper } from '../../server/src/core/language/positions';
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

/** Every position of a text and every line's start and end through a mapper: what the features read of it. */
function mapped(mapper: PositionMapper, length: number): unknown {
  const positions = [];
  for (let offset = 0; offset <= length; offset++) positions.push(mapper.toLspPosition(offset));
  const lines = [];
  for (let line = 0; line < mapper.lineCount; line++) lines.push([mapper.lineStart(line), mapper.offsetAt({ line, character: 10_000 })]);
  return { count: mapper.lineCount, positions, lines };
}

test('a line index made from the last one around an edit equals one made from the whole text (LF, CRLF, lone CR)', () => {
  const base = 'airoadmap: 1\norganization:\n  name: A\nkpis:\n  k1:\n    name: K\n\n  k2:\n    name: L\n# end';
  const inserted = fc.constantFrom('', 'x', '\n', '\r\n', '\r', 'a\r', '\nb\n', '\r\r\n\n', '  k3:\n    name: M\n');
  const edits = fc.array(fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 6 }), text: inserted }), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(fc.constantFrom(base, base.replace(/\n/g, '\r\n'), base.replace(/\n/g, '\r'), `${base}\n`), fc.array(edits, { minLength: 1, maxLength: 6 }), (start, events) => {
      let text = start;
      let mapper = new PositionMapper(text);
      for (const event of events) {
        const changes = [];
        let next = text;
        for (const e of event) {
          const at = e.at % (next.length + 1);
          const end = Math.min(next.length, at + e.remove);
          changes.push({ start: at, end, text: e.text });
          next = next.slice(0, at) + e.text + next.slice(end);
        }
        const span = changedSpan(text.length, changes)!;
        assert.equal(span.newLength, next.length);
        const edited = PositionMapper.edited(mapper, next, span.lo, span.oldEnd);
        assert.deepEqual(mapped(edited, next.length), mapped(new PositionMapper(next), next.length), JSON.stringify({ text, changes }));
        text = next;
        mapper = edited;
      }
    }),
    { numRuns: 500, seed: 20261210 },
  );
});

test('after a one-character edit the line index scans a few lines, not the text', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
  const at = text.indexOf('line 2500') + 4;
  const next = `${text.slice(0, at)}X${text.slice(at)}`;
  const edited = PositionMapper.edited(new PositionMapper(text), next, at, at);
  assert.ok(edited.scanned < 60, `${edited.scanned} characters scanned`);
  assert.equal(new PositionMapper(next).scanned, next.length);
  assert.deepEqual(mapped(edited, next.length), mapped(new PositionMapper(next), next.length));
});
