/**
 * Folding ranges and selection ranges, read from the YAML tree the parser
 * kept (`model.document`).
 *
 * Folding: every map or list that spans lines (folded from the line of the
 * key or list dash that owns it), multi-line block scalars, and runs of two
 * or more whole-line comments. Selection: scalar → pair → enclosing map →
 * pair that owns it → … → the document.
 * Walks are iterative so deeply nested input cannot overflow the stack.
 * Must not depend on vscode or the LSP connection.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node as YamlNode } from 'yaml';
import { FoldingRangeKind, type FoldingRange, type SelectionRange } from 'vscode-languageserver-types';
import type { ChunkView, RoadmapModel } from '../language/model';
import { parseYaml } from '../language/parse';
import { contentEnd, spanOf } from '../language/content-end';
import { PositionMapper } from '../language/positions';
import type { Position, Range } from '../language/positions';

export { contentEnd };

/** Folds of every multi-line map, list and block scalar of a YAML tree. */
function addTreeFolds(contents: unknown, text: string, lineOf: (offset: number) => number, add: (startLine: number, endLine: number) => void): void {
  // (node, offset of the key or dash that owns it)
  const stack: [unknown, number][] = [];
  if (isMap(contents) || isSeq(contents)) {
    for (const item of contents.items) stack.push([item, spanOf(isPair(item) ? item.key : item)?.[0] ?? 0]);
  }
  let visited = 0;
  while (stack.length > 0 && visited < 2_000_000) {
    visited++;
    const [node, ownerStart] = stack.pop()!;
    if (isPair(node)) {
      if (node.value !== null && node.value !== undefined) stack.push([node.value, spanOf(node.key)?.[0] ?? ownerStart]);
      continue;
    }
    if (isAlias(node)) continue;
    const span = spanOf(node);
    if (!span) continue;
    if (isMap(node) || isSeq(node)) {
      const end = contentEnd(node, text);
      if (end !== null) add(lineOf(Math.min(ownerStart, span[0])), lineOf(end));
      for (const item of node.items) {
        if (isPair(item)) stack.push([item, spanOf(item.key)?.[0] ?? span[0]]);
        else stack.push([item, dashBefore(text, spanOf(item)?.[0] ?? span[0])]);
      }
    } else if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      const end = contentEnd(node, text);
      if (end !== null) add(lineOf(Math.min(ownerStart, span[0])), lineOf(end));
    }
  }
}

/** Tree folds of one chunk, relative to its first line, and the line its content ends on. */
interface ChunkFolds {
  folds: [number, number][];
  rootEnd: number | null;
}

/** Keyed by the chunk's identity: an entry lives as long as the checker reuses that chunk, no longer. */
const CHUNK_FOLDS = new WeakMap<object, ChunkFolds>();

function chunkFolds(chunk: ChunkView): ChunkFolds {
  let cached = CHUNK_FOLDS.get(chunk.identity);
  if (!cached) {
    const doc = parseYaml(chunk.text, new LineCounter())[0] ?? null;
    const mapper = new PositionMapper(chunk.text);
    const lineOf = (offset: number) => mapper.toLspPosition(offset).line;
    const folds: [number, number][] = [];
    const contents = doc?.contents;
    if (contents) addTreeFolds(contents, chunk.text, lineOf, (a, b) => folds.push([a, b]));
    const end = isMap(contents) ? contentEnd(contents, chunk.text) : null;
    cached = { folds, rootEnd: end === null ? null : lineOf(end) };
    CHUNK_FOLDS.set(chunk.identity, cached);
  }
  return cached;
}

/**
 * Folds of an incremental model, chunk by chunk (each chunk's folds are
 * cached by its text, so an edit re-parses only the chunks it touched). An
 * entity section's own fold runs from its head line to the end of its last
 * entity's content.
 */
function addChunkFolds(chunks: readonly ChunkView[], add: (startLine: number, endLine: number) => void): void {
  let head: ChunkView | undefined;
  let headEnd: number | null = null;
  const closeHead = () => {
    if (head && headEnd !== null) add(head.startLine, headEnd);
    head = undefined;
    headEnd = null;
  };
  for (const chunk of chunks) {
    if (chunk.kind !== 'entity') closeHead();
    if (chunk.kind === 'head') {
      head = chunk;
      continue;
    }
    const folds = chunkFolds(chunk);
    for (const [a, b] of folds.folds) add(a + chunk.startLine, b + chunk.startLine);
    if (chunk.kind === 'entity' && head && folds.rootEnd !== null) headEnd = folds.rootEnd + chunk.startLine;
  }
  closeHead();
}

export function foldingRanges(model: RoadmapModel): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: string) => {
    if (endLine <= startLine) return;
    const existing = byStart.get(startLine);
    if (existing && existing.endLine >= endLine) return;
    const range: FoldingRange = { startLine, endLine };
    if (kind) range.kind = kind;
    byStart.set(startLine, range);
  };
  const text = model.text;
  const lineOf = (offset: number) => model.mapper.toLspPosition(offset).line;

  if (model.chunks) {
    addChunkFolds(model.chunks.all(), add);
  } else {
    const contents = model.document?.contents;
    if (contents) addTreeFolds(contents, text, lineOf, add);
  }

  // Runs of whole-line comments.
  const lines = text.split('\n');
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const isComment = i < lines.length && /^[ \t]*#/.test(lines[i]!);
    if (isComment && runStart < 0) runStart = i;
    if (!isComment && runStart >= 0) {
      add(runStart, i - 1, FoldingRangeKind.Comment);
      runStart = -1;
    }
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** The offset of the `-` of a block list item, when one stands before it on its line. */
function dashBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && text[i] === '-' ? i : offset;
}

/** Spans from outermost to innermost around an offset, following the tree. */
function spansAround(model: RoadmapModel, offset: number): [number, number][] {
  const text = model.text;
  const chain: [number, number][] = [];
  let node: unknown = model.document?.contents;
  for (let depth = 0; depth < 10_000 && node; depth++) {
    const span = spanOf(node);
    if (!span) break;
    const end = contentEnd(node, text) ?? span[1];
    if (offset < span[0] || offset > end) break;
    chain.push([span[0], end]);
    if (!isMap(node) && !isSeq(node)) break;
    let next: unknown = null;
    for (const item of node.items) {
      if (isPair(item)) {
        const keySpan = spanOf(item.key);
        const valueSpan = item.value ? spanOf(item.value) : null;
        if (!keySpan) continue;
        const pairEnd = valueSpan ? (contentEnd(item.value, text) ?? valueSpan[1]) : keySpan[1];
        if (offset < keySpan[0] || offset > pairEnd) continue;
        chain.push([keySpan[0], pairEnd]);
        if (offset <= keySpan[1]) {
          chain.push(keySpan);
        } else if (item.value && !isAlias(item.value)) {
          next = item.value;
        } else if (valueSpan) {
          chain.push(valueSpan);
        }
        break;
      }
      const itemSpan = spanOf(item);
      if (!itemSpan) continue;
      const itemEnd = contentEnd(item, text) ?? itemSpan[1];
      if (offset < itemSpan[0] || offset > itemEnd) continue;
      if (isAlias(item)) chain.push([itemSpan[0], itemEnd]);
      else next = item;
      break;
    }
    node = next as YamlNode | null;
  }
  return chain;
}

export function selectionRanges(model: RoadmapModel, positions: Position[]): SelectionRange[] {
  const documentRange: Range = model.mapper.toLspRange(0, model.text.length);
  return positions.map((position) => {
    const offset = model.mapper.offsetAt(position);
    let result: SelectionRange = { range: documentRange };
    const spans = spansAround(model, offset);
    let last: [number, number] = [0, model.text.length];
    for (const span of spans) {
      if (span[0] < last[0] || span[1] > last[1]) continue; // keep parents containing children
      if (span[0] === last[0] && span[1] === last[1]) continue;
      result = { range: model.mapper.toLspRange(span[0], span[1]), parent: result };
      last = span;
    }
    return result;
  });
}
