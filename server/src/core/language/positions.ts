/**
 * Offsets ↔ LSP positions, in one place.
 *
 * The parser and every rule work with string offsets as the `yaml` package
 * gives them (UTF-16 code units into the text without its byte-order mark);
 * this module alone turns them into 0-based LSP lines and characters.
 * Must not depend on anything but `yaml`, `vscode-languageserver-types` and `./range`.
 */
import { LineCounter } from 'yaml';
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

export class PositionMapper {
  readonly lineCounter: LineCounter;
  readonly length: number;
  /** Where each line's content ends (before its line break). */
  private readonly lineEnds: number[] = [];

  /**
   * Lines are split by LSP's rules: `\n`, `\r\n` and a lone `\r`. (yaml's own
   * LineCounter knows only `\n`, so a file with old Mac line ends would put
   * diagnostics past the client's lines.)
   */
  constructor(text: string, lines?: { starts: number[]; ends: number[]; scanned: number }) {
    this.length = text.length;
    this.lineCounter = new LineCounter();
    if (lines) {
      this.lineCounter.lineStarts = lines.starts;
      this.lineEnds = lines.ends;
      this.scanned = lines.scanned;
      return;
    }
    this.lineCounter.addNewLine(0);
    scanLines(text, 0, text.length, this.lineCounter.lineStarts, this.lineEnds);
    this.lineEnds.push(text.length);
    this.scanned = text.length;
  }

  /** Characters scanned for line breaks to build this index (the whole text, or around an edit). */
  readonly scanned: number;

  /**
   * The index of `text`, made from `before`'s (the index of the text an edit
   * changed): the lines before the change kept, those after it moved by its
   * characters, only the lines it touched scanned. `lo` is where the change
   * starts and `oldEnd` where it ends in the old text (everything before
   * `lo`, and from `oldEnd` on, moved, is the same in both).
   * Equals `new PositionMapper(text)` (a property test holds it to that).
   */
  static edited(before: PositionMapper, text: string, lo: number, oldEnd: number): PositionMapper {
    const oldStarts = before.lineCounter.lineStarts;
    const oldEnds = before.lineEnds;
    // From the start of the line holding `lo`, minus one line: a `\r` before `lo` may pair with a `\n` typed at it.
    const first = Math.max(0, before.lineCounter.linePos(Math.min(lo, before.length)).line - 2);
    const from = oldStarts[first]!;
    // To the first old line start well after the change (its line break, `\r\n` too, unchanged).
    let last = first;
    while (last < oldStarts.length && oldStarts[last]! < oldEnd + 2) last++;
    const delta = text.length - before.length;
    const to = last < oldStarts.length ? oldStarts[last]! + delta : text.length;
    const starts = oldStarts.slice(0, first + 1);
    const ends = oldEnds.slice(0, first);
    scanLines(text, from, to, starts, ends);
    if (last < oldStarts.length) {
      // `to` is a line start scanLines pushed (the break before it was scanned): the old lines from there, moved.
      for (let i = last + 1; i < oldStarts.length; i++) starts.push(oldStarts[i]! + delta);
      for (let i = last; i < oldEnds.length; i++) ends.push(oldEnds[i]! + delta);
    } else {
      ends.push(text.length);
    }
    return new PositionMapper(text, { starts, ends, scanned: to - from });
  }

  get lineCount(): number {
    return this.lineCounter.lineStarts.length;
  }

  toLspPosition(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const { line, col } = this.lineCounter.linePos(clamped);
    // An offset inside a line break (between \r and \n) is the end of the line.
    const start = this.lineCounter.lineStarts[line - 1] ?? 0;
    const end = this.lineEnds[line - 1] ?? this.length;
    return { line: line - 1, character: Math.min(col - 1, end - start) };
  }

  toLspRange(start: number, end: number): Range {
    return { start: this.toLspPosition(start), end: this.toLspPosition(Math.max(start, end)) };
  }

  /**
   * The offset of an LSP position, clamped into the text (out-of-range positions are tolerated).
   * A character past the end of its line means the line's end, before its line break
   * (`\n`, `\r\n` or a lone `\r`), as the LSP specification has it: never the next line.
   */
  offsetAt(position: Position): number {
    const starts = this.lineCounter.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.length;
    const lineStart = starts[position.line]!;
    const lineEnd = this.lineEnds[position.line] ?? this.length;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  lineStart(line: number): number {
    const starts = this.lineCounter.lineStarts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }
}

/**
 * Where a sequence of changes (each into the text the ones before it made)
 * changed a text of `length` characters: everything before `lo` and the
 * last characters from `oldEnd` on are the same in the text they made
 * (`newLength` long). Undefined for changes that do not fit their text.
 */
export function changedSpan(length: number, changes: readonly { start: number; end: number; text: string }[]): { lo: number; oldEnd: number; newLength: number } | undefined {
  const oldLength = length;
  let lo = length;
  let tail = length;
  for (const change of changes) {
    if (change.start < 0 || change.end < change.start || change.end > length) return undefined;
    lo = Math.min(lo, change.start);
    tail = Math.min(tail, length - change.end);
    length += change.text.length - (change.end - change.start);
  }
  return { lo, oldEnd: Math.max(lo, oldLength - tail), newLength: length };
}

/**
 * Pushes the line breaks of text[from, to) (`\n`, `\r\n` or a lone `\r`):
 * where each line's content ends, and where the next line starts. `from` is
 * a line start; a `\r\n` is never split by `to` (it ends at a line start).
 */
function scanLines(text: string, from: number, to: number, starts: number[], ends: number[]): void {
  // Looked for in the scanned part only (a slice: no copy), not in the rest of the text.
  if ((from === 0 && to === text.length ? text : text.slice(from, to)).indexOf('\r') === -1) {
    // The common case, and the hot one on every keystroke: plain `\n` lines.
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
      ends.push(i);
      starts.push(i + 1);
    }
    return;
  }
  const breaks = /\r\n?|\n/g;
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m && m.index < to; m = breaks.exec(text)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
}

export { rangeContains } from './range';

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return compareRanges(a, b) === 0;
}

export const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
