/**
 * Offsets ↔ LSP positions, in one place.
 *
 * The parser and every rule work with string offsets as the `yaml` package
 * gives them (UTF-16 code units into the text without its byte-order mark);
 * this module alone turns them into 0-based LSP lines and characters.
 * Must not depend on anything but `yaml` and `vscode-languageserver-types`.
 */
import { LineCounter } from 'yaml';
import type { Position, Range } from 'vscode-languageserver-types';

export type { Position, Range };

export class PositionMapper {
  readonly lineCounter: LineCounter;
  readonly length: number;

  constructor(text: string, lineCounter?: LineCounter) {
    this.length = text.length;
    if (lineCounter) {
      this.lineCounter = lineCounter;
    } else {
      this.lineCounter = new LineCounter();
      this.lineCounter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineCounter.addNewLine(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineCounter.lineStarts.length;
  }

  toLspPosition(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const { line, col } = this.lineCounter.linePos(clamped);
    return { line: line - 1, character: col - 1 };
  }

  toLspRange(start: number, end: number): Range {
    return { start: this.toLspPosition(start), end: this.toLspPosition(Math.max(start, end)) };
  }

  /** The offset of an LSP position, clamped into the text (out-of-range positions are tolerated). */
  offsetAt(position: Position): number {
    const starts = this.lineCounter.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.length;
    const lineStart = starts[position.line]!;
    const nextStart = position.line + 1 < starts.length ? starts[position.line + 1]! : this.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart, this.length);
  }

  lineStart(line: number): number {
    const starts = this.lineCounter.lineStarts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))] ?? 0;
  }
}

export function rangeContains(range: Range, position: Position): boolean {
  if (position.line < range.start.line || position.line > range.end.line) return false;
  if (position.line === range.start.line && position.character < range.start.character) return false;
  if (position.line === range.end.line && position.character > range.end.character) return false;
  return true;
}

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

export const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
