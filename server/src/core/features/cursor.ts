/**
 * Where the cursor is in a roadmap, in the language's terms.
 *
 * Two views: `cursorContextAt` reads the raw text line by line (indentation
 * and `key:` shapes), so that it works on half-typed YAML that does not parse
 * (a key without its colon, an unclosed `[`, the last line of the file);
 * `nodeAt` walks the parsed `yaml` tree for hovers, where the file parses.
 * `schemaAt` turns a path of keys into the zod schema that governs it and its
 * schema path (`use_cases.*.effort`).
 * Must not depend on vscode or the LSP connection; offsets only, no LSP positions.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import * as z from 'zod';
import { roadmapSchema } from '../../../../schemas/model';
import { keyText, parseYaml } from '../language/parse';
import { unwrap } from '../language/schema';
import { detached } from '../language/detach';
import type { CacheSlot, DocumentCaches } from '../language/caches';
import type { RoadmapModel } from '../language/model';
import { lastStartingAtOrBefore } from '../language/sorted';

// ---- Schema paths ---------------------------------------------------------------

export interface SchemaAt {
  schema: z.ZodType;
  /** Dotted schema path, `*` for an id in a map; '' for the whole file. */
  path: string;
}

/** The schema governing the value at a path of keys (list items share their list's path). */
export function schemaAt(keys: readonly string[]): SchemaAt | undefined {
  let schema: z.ZodType = roadmapSchema;
  const parts: string[] = [];
  for (const key of keys) {
    const inner = unwrap(schema);
    if (inner instanceof z.ZodObject) {
      const next = (inner.shape as Record<string, z.ZodType>)[key];
      if (!next || !Object.prototype.hasOwnProperty.call(inner.shape, key)) return undefined;
      schema = next;
      parts.push(key);
    } else if (inner instanceof z.ZodRecord) {
      schema = inner.valueType as z.ZodType;
      parts.push('*');
    } else {
      return undefined;
    }
  }
  return { schema, path: parts.join('.') };
}

// ---- Lines of text -------------------------------------------------------------

export interface TextLine {
  /** Offset of the line's first character. */
  readonly start: number;
  /** The line without its end-of-line characters. */
  readonly text: string;
  readonly indent: number;
  readonly kind: 'blank' | 'comment' | 'key' | 'dash' | 'other';
  /** For `key` lines: the key, without quotes. */
  readonly key?: string;
  /** For `key` lines: the value after the colon, without a trailing comment, trimmed. */
  readonly value?: string;
  /** For `dash` lines: the item after `- `, without a trailing comment, trimmed. */
  readonly item?: string;
}

const KEY_LINE = /^(\s*)("[^"]*"|'[^']*'|[^\s#:'"][^#]*?)\s*:(?=\s|$)(.*)$/;

function stripComment(s: string): string {
  const m = /(^|\s)#/.exec(s);
  return (m ? s.slice(0, m.index) : s).trim();
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1);
  return s;
}

/** The line index of the document's last text asked about: one text. */
const LINES: CacheSlot<{ text: string; lines: Line[] }> = { name: 'line index', texts: () => 1 };

/**
 * The lines of a text, broken as LSP breaks them (`\n`, `\r\n`, a lone `\r`) so that line numbers agree with the position mapper.
 * With the document's caches (`model.caches`), the index of its last text is kept and updated from it.
 */
export function splitLines(text: string, caches?: DocumentCaches): readonly TextLine[] {
  // Completion asks many times per version of one text; classify it once.
  const last = caches?.get(LINES);
  if (last && last.text === text) return last.lines;
  // A new version is mostly the last one: classify again only the lines the edit touched.
  const lines = last ? resplit(last.text, last.lines, text) : splitRange(text, 0, text.length, false, false);
  caches?.set(LINES, { text, lines });
  return lines;
}

/** Index of the line holding `offset`: the last line starting at or before it. */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(lines, (line) => line.start, offset));
}

/** Compared a block at a time (a native comparison), then a character at a time inside the first block that differs. */
const BLOCK = 2048;

function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * The lines of `text` from those of `old`: the lines outside the changed
 * span are kept (moved by the change in length), the others split and
 * classified again. Equal to `splitLinesUncached(text)`.
 */
function resplit(old: string, oldLines: readonly Line[], text: string): Line[] {
  const min = Math.min(old.length, text.length);
  const prefix = commonPrefix(old, text, min);
  const suffix = commonSuffix(old, text, min - prefix);
  // One line more on each side: a line break next to the change may join or split (\r + \n).
  const first = Math.max(0, lineIndexAt(oldLines, prefix) - 1);
  const last = Math.min(oldLines.length - 1, lineIndexAt(oldLines, old.length - suffix) + 1);
  const from = oldLines[first]!.start;
  const delta = text.length - old.length;
  const keptAfter = last + 1 < oldLines.length;
  const to = keptAfter ? oldLines[last + 1]!.start + delta : text.length;
  // Mostly new (another document, a paste over most of it): split it whole; its lines then hold only this text.
  if (to - from > text.length / 2) return splitRange(text, 0, text.length, false, false);
  // The lines in between are new: copies, so that they keep no old version of the text alive.
  const middle = splitRange(text, from, to, keptAfter, true);
  const out = oldLines.slice(0, first);
  for (const line of middle) out.push(line);
  for (let i = last + 1; i < oldLines.length; i++) {
    const line = oldLines[i]!;
    out.push(delta === 0 ? line : line.movedBy(delta));
  }
  return out;
}

/** The lines of a whole text, split and classified from scratch (exported for tests). */
export function splitLinesUncached(text: string): readonly TextLine[] {
  return splitRange(text, 0, text.length, false, false);
}

/**
 * The lines starting in `text[from, to)`, where `from` starts a line; when
 * `endsAtLine`, `to` starts the next one (not included). `copy` detaches
 * each line's text from `text`.
 */
function splitRange(text: string, from: number, to: number, endsAtLine: boolean, copy: boolean): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n?|\n/g;
  breaks.lastIndex = from;
  let start = from;
  const push = (end: number) => {
    const line = text.slice(start, end);
    lines.push(classify(start, copy ? detached(line) : line));
  };
  for (let m = breaks.exec(text); m && m.index < to; m = breaks.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
    if (start >= to) break;
  }
  if (!endsAtLine) push(to);
  return lines;
}

/** One fixed shape for every line, so that moving thousands of them after an edit is cheap. */
class Line implements TextLine {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly indent: number,
    readonly kind: TextLine['kind'],
    readonly key?: string,
    readonly value?: string,
    readonly item?: string,
  ) {}

  movedBy(delta: number): Line {
    return new Line(this.start + delta, this.text, this.indent, this.kind, this.key, this.value, this.item);
  }
}

function classify(start: number, text: string): Line {
  const indent = text.length - text.trimStart().length;
  const content = text.trim();
  if (content.length === 0) return new Line(start, text, indent, 'blank');
  if (content.startsWith('#')) return new Line(start, text, indent, 'comment');
  if (content === '-' || content.startsWith('- ')) return new Line(start, text, indent, 'dash', undefined, undefined, stripComment(content.slice(1)));
  const m = KEY_LINE.exec(text);
  if (m) return new Line(start, text, indent, 'key', unquote(m[2]!.trim()), stripComment(m[3] ?? ''));
  return new Line(start, text, indent, 'other');
}

/** A value after `key:` that leaves the key's children to the following lines. */
function opensBlock(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.replace(/^(?:&\S+|!\S*)\s*/g, '').trim();
  return v.length === 0;
}

function isContent(line: TextLine): boolean {
  return line.kind !== 'blank' && line.kind !== 'comment';
}

interface Ancestry {
  /** Keys from the top of the file down to the innermost enclosing key. */
  path: string[];
  /** Index of the innermost enclosing key line, -1 at the top level. */
  parentLine: number;
}

/**
 * The keys enclosing a line that starts at column `indent`, by indentation:
 * each ancestor is the nearest line above with less indentation, and must be a
 * `key:` that opens a block. For a `- ` item, a key at the same indentation
 * also encloses it (YAML allows `systems:` / `- dms` at one level).
 */
function ancestry(lines: readonly TextLine[], index: number, indent: number, dashItem: boolean): Ancestry | undefined {
  const path: string[] = [];
  let parentLine = -1;
  let threshold = indent;
  let sameLevelParent = dashItem;
  for (let i = index - 1; i >= 0 && (threshold > 0 || sameLevelParent); i--) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const encloses = line.indent < threshold || (sameLevelParent && line.indent === threshold && line.kind === 'key');
    if (!encloses) continue;
    if (line.kind !== 'key' || !opensBlock(line.value)) return undefined;
    path.unshift(line.key!);
    if (parentLine === -1) parentLine = i;
    threshold = line.indent;
    sameLevelParent = false;
  }
  // Nothing encloses an indented line at the top of the file: read it as top level.
  return { path, parentLine };
}

/** Lines of the block under `parentLine` (the whole file for -1), excluding `except`. */
function blockLines(lines: readonly TextLine[], parentLine: number, except: number): { lines: TextLine[]; childIndent: number | undefined } {
  const out: TextLine[] = [];
  const parentIndent = parentLine >= 0 ? lines[parentLine]!.indent : -1;
  let childIndent: number | undefined;
  for (let i = parentLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    if (i !== except && line.indent <= parentIndent && !(line.kind === 'dash' && line.indent === parentIndent)) break;
    if (i === except) continue;
    childIndent ??= line.indent;
    out.push(line);
  }
  return { lines: out, childIndent };
}

// ---- The cursor in text ---------------------------------------------------------

interface Replace {
  /** Offsets of the text a completion replaces: the word being typed. */
  replaceStart: number;
  replaceEnd: number;
  /** The part of the word before the cursor. */
  partial: string;
}

export type CursorContext =
  | (Replace & {
      kind: 'key';
      /** Keys of the map the new key goes into. */
      path: string[];
      indent: number;
      /** Keys already written in that map (other lines). */
      siblings: Set<string>;
      /** The line already has a colon after the word. */
      colonFollows: boolean;
      line: number;
    })
  | (Replace & {
      kind: 'value';
      /** Keys of the map holding `key`. */
      path: string[];
      key: string;
      keyIndent: number;
      /** The cursor is right after the colon: the insertion needs a leading space. */
      needsSpace: boolean;
      line: number;
    })
  | (Replace & {
      kind: 'flow-item';
      path: string[];
      key: string;
      /** Items already written in the list. */
      present: Set<string>;
      needsSpace: boolean;
      line: number;
    })
  | (Replace & {
      kind: 'block-item';
      /** Keys down to the list's own key. */
      path: string[];
      present: Set<string>;
      needsSpace: boolean;
      line: number;
    });

const WORD_CHAR = /[A-Za-z0-9_.-]/;

function wordEndAfter(text: string, from: number): number {
  let end = from;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  return end;
}

function inComment(before: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[,]/.test(before[i - 1]!)) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]!))) {
      return true;
    }
  }
  return false;
}

/** The smallest indentation step used in the file (2 when none is seen). */
export function indentUnit(lines: readonly TextLine[]): number {
  let unit = 0;
  for (const line of lines) {
    if (!isContent(line) || line.indent === 0) continue;
    if (unit === 0 || line.indent < unit) unit = line.indent;
  }
  return unit > 0 && unit <= 8 ? unit : 2;
}

/**
 * What the cursor at `offset` is doing: typing a key, a value after `key:`,
 * an item of a `[flow]` list, or an item of a `- ` list. Undefined where
 * nothing can be completed (comments, block scalars, lists of maps…).
 */
export function cursorContextAt(text: string, offset: number, lines: readonly TextLine[] = splitLines(text)): CursorContext | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const index = lineIndexAt(lines, offset);
  const line = lines[index]!;
  const col = offset - line.start;
  if (col > line.text.length) return undefined;
  const before = line.text.slice(0, col);
  if (inComment(before)) return undefined;
  const wordEnd = line.start + wordEndAfter(line.text, col);

  // `- item`
  const dash = /^(\s*)-(\s*)(.*)$/.exec(before);
  if (dash && (dash[2]!.length > 0 || dash[3]!.length === 0)) {
    const itemText = dash[3]!;
    if (/[:[\]{},#]/.test(itemText)) return undefined;
    const quoted = /^["']/.test(itemText);
    const partial = quoted ? itemText.slice(1) : itemText;
    const dashIndent = dash[1]!.length;
    const anc = ancestry(lines, index, dashIndent, true);
    if (!anc || anc.parentLine < 0) return undefined;
    const present = new Set<string>();
    for (const l of blockLines(lines, anc.parentLine, index).lines) {
      if (l.kind === 'dash' && l.indent === dashIndent && l.item) present.add(unquote(l.item));
    }
    return { kind: 'block-item', path: anc.path, present, needsSpace: dash[2]!.length === 0, partial, replaceStart: offset - partial.length, replaceEnd: wordEnd, line: index };
  }

  // `key: value`
  const keyed = /^(\s*)("[^"]*"|'[^']*'|[^\s#:'"][^:#]*?)\s*:(\s*)(.*)$/.exec(before);
  if (keyed) {
    const keyIndent = keyed[1]!.length;
    const key = unquote(keyed[2]!.trim());
    const space = keyed[3]!;
    const valueBefore = keyed[4]!;
    const anc = ancestry(lines, index, keyIndent, false);
    if (!anc) return undefined;
    const needsSpace = space.length === 0 && valueBefore.length === 0;
    if (valueBefore.startsWith('[')) {
      const inside = valueBefore.slice(1);
      if (/[\]{}]/.test(inside)) return undefined;
      const lastSep = Math.max(inside.lastIndexOf(','), -1);
      let partial = inside.slice(lastSep + 1).trimStart();
      if (/^["']/.test(partial)) partial = partial.slice(1);
      const afterCursor = line.text.slice(col);
      const close = afterCursor.indexOf(']');
      const whole = inside + (close >= 0 ? afterCursor.slice(0, close) : afterCursor);
      const present = new Set<string>();
      for (const item of whole.split(',')) {
        const v = unquote(stripComment(item));
        if (v.length > 0) present.add(v);
      }
      // The word being typed is not "present" yet.
      const typed = partial + line.text.slice(col, wordEnd - line.start);
      present.delete(typed);
      return { kind: 'flow-item', path: anc.path, key, present, needsSpace: false, partial, replaceStart: offset - partial.length, replaceEnd: wordEnd, line: index };
    }
    if (/^[{|>&*!]/.test(valueBefore)) return undefined;
    if (/^["']/.test(valueBefore)) {
      const partial = valueBefore.slice(1);
      if (/["']/.test(partial)) return undefined;
      return { kind: 'value', path: anc.path, key, keyIndent, needsSpace: false, partial, replaceStart: offset - partial.length, replaceEnd: wordEnd, line: index };
    }
    return { kind: 'value', path: anc.path, key, keyIndent, needsSpace, partial: valueBefore, replaceStart: offset - valueBefore.length, replaceEnd: wordEnd, line: index };
  }

  // a key being typed (no colon yet, or the cursor inside the key)
  const typing = /^(\s*)([A-Za-z0-9_-]*)$/.exec(before);
  if (typing) {
    const indent = typing[1]!.length;
    const partial = typing[2]!;
    const anc = ancestry(lines, index, indent, false);
    if (!anc) return undefined;
    const block = blockLines(lines, anc.parentLine, index);
    const siblings = new Set<string>();
    for (const l of block.lines) {
      if (l.kind === 'key' && l.indent === (block.childIndent ?? indent)) siblings.add(l.key!);
    }
    const rest = line.text.slice(wordEnd - line.start);
    return {
      kind: 'key',
      path: anc.path,
      indent,
      siblings,
      colonFollows: /^\s*:/.test(rest),
      partial,
      replaceStart: offset - partial.length,
      replaceEnd: wordEnd,
      line: index,
    };
  }
  return undefined;
}

/** Ids written under a top-level entity section, read from the text (works when the file does not parse). */
export function idsInText(lines: readonly TextLine[], section: string): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind !== 'key' || line.indent !== 0 || line.key !== section || !opensBlock(line.value)) continue;
    const block = blockLines(lines, i, -1);
    for (const l of block.lines) {
      if (l.kind === 'key' && l.indent === block.childIndent && !seen.has(l.key!)) {
        seen.add(l.key!);
        ids.push(l.key!);
      }
    }
  }
  return ids;
}

// ---- The cursor in the parsed tree ----------------------------------------------

export interface NodeHit {
  /** Keys from the top down to the hovered key, or to the key whose value (or list item) is hovered. */
  keys: string[];
  on: 'key' | 'value' | 'item';
  node: Scalar;
  /** Offsets of the hovered scalar. */
  start: number;
  end: number;
}

const MAX_DEPTH = 64;

function contains(node: YamlNode | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && r[0] <= offset && offset < Math.max(r[1], r[0] + 1);
}

/** A collection's range holds the offset, its end included. */
function reaches(node: YamlNode, offset: number): boolean {
  const r = node.range;
  return !!r && r[0] <= offset && offset <= r[1];
}

/** The scalar under `offset` in the first document, with the keys leading to it. */
/**
 * The scalar at an offset, from the model: inside the chunk that holds the
 * offset when the model comes from the incremental checker (parsing one
 * entity, not the whole file), else from the whole document.
 */
export function nodeAtModel(model: RoadmapModel, offset: number): NodeHit | undefined {
  if (model.chunks) {
    // Outside every chunk (comments before the first key) there is nothing to hover.
    const chunk = model.chunks.at(offset);
    if (!chunk) return undefined;
    const doc = chunkDocument(chunk.text, model.caches);
    if (doc) {
      const hit = nodeAt(doc, offset - chunk.startOffset);
      if (!hit) return undefined;
      // An entity section's head line has no value of its own when entities follow (they are other
      // chunks); with none, its empty value answers as in the whole document.
      if (chunk.kind === 'head' && hit.on !== 'key' && model.chunks.at(chunk.startOffset + chunk.text.length)?.kind === 'entity') return undefined;
      const keys = chunk.kind === 'entity' ? [chunk.section, ...hit.keys] : hit.keys;
      return { ...hit, keys, start: hit.start + chunk.startOffset, end: hit.end + chunk.startOffset };
    }
    return undefined;
  }
  return model.document ? nodeAt(model.document, offset) : undefined;
}

/** The parses of the document's last chunks asked about (hover), by chunk text; at most 64. */
const CHUNK_PARSES: CacheSlot<Map<string, Document.Parsed | null>> = { name: 'chunk parses', texts: (parses) => parses.size };

function chunkDocument(text: string, caches: DocumentCaches): Document.Parsed | null {
  let parses = caches.get(CHUNK_PARSES);
  if (!parses) caches.set(CHUNK_PARSES, (parses = new Map()));
  let doc = parses.get(text);
  if (doc === undefined) {
    // The key and the parse outlive this version of the document: copies, not slices of it.
    const own = detached(text);
    doc = parseYaml(own, new LineCounter())[0] ?? null;
    if (parses.size >= 64) parses.delete(parses.keys().next().value!);
    parses.set(own, doc);
  }
  return doc;
}

export function nodeAt(doc: Document.Parsed, offset: number): NodeHit | undefined {
  return walk(doc.contents as YamlNode | null, offset, [], 0);
}

function hitOf(node: Scalar, keys: string[], on: NodeHit['on']): NodeHit | undefined {
  const r = node.range;
  if (!r) return undefined;
  return { keys, on, node, start: r[0], end: r[1] };
}

function walk(node: YamlNode | null, offset: number, keys: string[], depth: number): NodeHit | undefined {
  if (!node || depth > MAX_DEPTH || isAlias(node)) return undefined;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as YamlNode | null;
      const value = pair.value as YamlNode | null;
      if (isScalar(key) && contains(key, offset)) return hitOf(key, [...keys, keyText(key)], 'key');
      if (isScalar(value) && contains(value, offset)) return hitOf(value, [...keys, keyText(key)], 'value');
      // A collection is searched up to its end inclusive: an empty last value (`  id:` at the end
      // of a map) sits at its map's end offset. The same entity parsed as a chunk is a map of its
      // own, searched without that bound; both must answer alike. Nothing there: try the next pair.
      if (value && !isScalar(value) && reaches(value, offset)) {
        const hit = walk(value, offset, [...keys, keyText(key)], depth + 1);
        if (hit) return hit;
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const n = item as YamlNode | null;
      if (isScalar(n) && contains(n, offset)) return hitOf(n, keys, 'item');
    }
    return undefined;
  }
  if (isScalar(node) && keys.length === 0 && contains(node, offset)) return hitOf(node, keys, 'value');
  return undefined;
}
