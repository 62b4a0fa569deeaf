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
  constructor(text: string) {
    this.length = text.length;
    this.lineCounter = new LineCounter();
    this.lineCounter.addNewLine(0);
    if (text.indexOf('\r') === -1) {
      // The common case, and the hot one on every keystroke: plain `\n` lines.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        this.lineEnds.push(i);
        this.lineCounter.addNewLine(i + 1);
      }
    } else {
      const breaks = /\r\n?|\n/g;
      for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
        this.lineEnds.push(m.index);
        this.lineCounter.addNewLine(m.index + m[0].length);
      }
    }
    this.lineEnds.push(text.length);
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

export { rangeContains } from './range';

export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

export const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
