/**
 * The benchmark's copy of the document, kept in step with the server the way
 * an editor keeps its buffer: finds entities and fields in the generated
 * roadmap by their text and turns offsets into LSP positions.
 */
import type { Position } from 'vscode-languageserver-protocol';

export class ClientDocument {
  version = 1;
  constructor(
    readonly uri: string,
    public text: string,
  ) {}

  positionAt(offset: number): Position {
    let line = 0;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
  }

  /** Offset of the first line `  <id>:` of the k-th entity (0-based) of a section. */
  entityOffset(section: string, k: number): number {
    const head = this.text.indexOf(`\n${section}:\n`);
    if (head < 0) throw new Error(`no section ${section}`);
    let at = head + section.length + 3;
    let seen = -1;
    const end = this.sectionEnd(at);
    while (at < end) {
      if (this.text.startsWith('  ', at) && this.text[at + 2] !== ' ' && this.text[at + 2] !== '#') {
        seen++;
        if (seen === k) return at;
      }
      const nl = this.text.indexOf('\n', at);
      if (nl < 0) break;
      at = nl + 1;
    }
    throw new Error(`${section} has no entity #${k}`);
  }

  private sectionEnd(from: number): number {
    const match = /\n[A-Za-z_]/g;
    match.lastIndex = from - 1;
    const m = match.exec(this.text);
    return m ? m.index : this.text.length;
  }

  /** Offset of the end of the line `    <field>: …` inside the entity starting at `entity`, or -1. */
  fieldLineEnd(entity: number, field: string): number {
    const next = this.text.slice(entity + 1).search(/\n {2}\S|\n\S/);
    const end = next < 0 ? this.text.length : entity + 1 + next;
    const at = this.text.indexOf(`\n    ${field}:`, entity);
    if (at < 0 || at >= end) return -1;
    const eol = this.text.indexOf('\n', at + 1);
    return eol < 0 ? this.text.length : eol;
  }

  /** Offset just after `    <field>: ` inside the entity (the start of the value), or -1. */
  fieldValueStart(entity: number, field: string): number {
    const eol = this.fieldLineEnd(entity, field);
    if (eol < 0) return -1;
    const lineStart = this.text.lastIndexOf('\n', eol - 1) + 1;
    return lineStart + `    ${field}: `.length;
  }

  /** Applies one edit (offsets in the current text) and returns its LSP change. */
  edit(start: number, end: number, newText: string): { range: { start: Position; end: Position }; text: string } {
    const range = { start: this.positionAt(start), end: this.positionAt(end) };
    this.text = this.text.slice(0, start) + newText + this.text.slice(end);
    return { range, text: newText };
  }
}
