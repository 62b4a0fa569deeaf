/**
 * Incremental checking: the text is cut at top-level keys and at the
 * entities of the entity sections; each chunk is parsed and walked on its
 * own and cached by its text, so an edit inside one entity re-parses only
 * that entity. The chunks' results are shifted to their place and merged in
 * document order; duplicates, references and every checklist rule then run
 * on the merged model (they are cheap and cross-entity).
 *
 * The cut is only made where YAML's block structure guarantees that a chunk
 * parses the same alone as inside the file; anything else (anchors, aliases,
 * tags, directives, several documents, flow or multi-line constructs at the
 * cut indentation, syntax errors in a chunk) falls back to the whole-document
 * parse of parse.ts; so does every merge that merges anything (`<<: *base`
 * needs an alias), while a `<<` without one is reported the same in a chunk.
 * A property test checks that both paths agree.
 *
 * The first check (nothing cached) parses and walks the whole document once
 * and cuts that walk into the chunks' results; a check told how its text
 * came from the last one (`DocumentEdit`) cuts again only the chunks around
 * the change and makes the line index from the last one. The last check's
 * diagnostics and "did you mean" suggestions are kept for the next.
 *
 * Must not depend on vscode or the LSP connection.
 */
import { LineCounter, isMap, isPair, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { ENTITY_SECTIONS, type EntitySection } from '../../../../../schemas/model';
import { DocumentCaches } from '../caches';
import { entitySchemaOf } from '../schema';
import type { Catalogue } from '../catalogue';
import { drain, effectiveGuides, runRulesSteps, toDiagnostics, type CheckResult } from '../check';
import { detached } from '../detach';
import { DiagnosticMemo } from '../diagnostic-memo';
import { EntityFindingsMemo, type EntityWorld } from '../entity-findings';
import { Fields, type ChunkIndex, type ChunkView, type Entity, type FieldLocation, type Reference, type RoadmapModel, type SectionLocation } from '../model';
import {
  append,
  buildModel,
  Builder,
  collectEntityPair,
  collectTopLevelPair,
  duplicateKey,
  emptyCollected,
  fileLevelFindings,
  keyText,
  parseRoadmap,
  parseYaml,
  ReferenceResolver,
  SINGLETON_SECTIONS,
  SUGGESTION_BUDGET,
  stripBom,
  SuggestionMemo,
  syntaxFindings,
  type Collected,
} from '../parse';
import { changedSpan, PositionMapper, ZERO_RANGE, type Range } from '../positions';
import { lastStartingAtOrBefore } from '../sorted';
import type { CheckOptions, DocumentEdit, Finding, TextChange } from '../types';
import type { WorkMeter } from '../work';

const ENTITY_SECTION_SET = new Set<string>(ENTITY_SECTIONS);
/** Chunks moved to another line that `prewalk` places again in one step. */
const PLACEMENTS_PER_STEP = 256;
/** How many characters of entities `prewalk` parses together at most: about a slice's work (`lsp/sliced-task.ts`). */
const BATCH_CHARS = 16 * 1024;
/** Results of old texts the cache may hold beyond the current text's chunks before it is made again from them. */
const CACHE_SLACK = 256;

interface Chunk {
  kind: 'preamble' | 'top' | 'head' | 'entity';
  /** The top-level key, for top/head/entity chunks. */
  section: string;
  startLine: number;
  startOffset: number;
  text: string;
}

/**
 * A chunk's walk. Its ranges count lines from `originLine`: 0 for a chunk
 * walked alone (relative to its first line), the chunk's own line for one
 * cut from the whole-document walk of an open (absolute in that text).
 * Offsets (`entityEnd`, the sections' offsets) are relative to the chunk's
 * first character either way.
 */
interface ChunkResult {
  originLine: number;
  acc: Collected;
  /** Builder findings (walk findings) and top-level findings, relative. */
  findings: Finding[];
  /** Key range of the chunk's pair (relative), for duplicates and firstKeyRange. */
  keyRange: Range;
  name: string;
  /** Where the chunk's entity ends, relative (entity chunks only). */
  entityEnd?: number;
  /** The result placed at its line in the last text that has it (`IncrementalChecker.place`); a result belongs to one checker. */
  placement?: Placement;
}

/**
 * Cheap signals that the simple cut might not hold: anchors, aliases and
 * tags; document markers and directives; complex keys; tabs; lone carriage
 * returns and Unicode line separators. Each needs a character that is rare
 * in a roadmap, so most texts pass with a few `indexOf` scans.
 */
function isUnsafe(text: string): boolean {
  if (text.indexOf('\t') !== -1 || text.indexOf('\u2028') !== -1 || text.indexOf('\u2029') !== -1) return true;
  if (text.indexOf('\r') !== -1 && /\r(?!\n)/.test(text)) return true;
  // An anchor, alias or tag: `&`, `*` or `!` at the start of a line or after whitespace, `[`, `{` or `,`.
  // Scanned occurrence by occurrence: they are rare, and a regex over the whole text is not.
  for (const mark of ANCHOR_MARKS) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
      if (i === 0 || OPENS_NODE.test(text[i - 1]!)) return true;
    }
  }
  // `---`, `...` and `%` at the start of a line are checked by splitChunks's line loop.
  return text.indexOf('?') !== -1 && /^\s*\?(?:\s|$)/m.test(text);
}
const ANCHOR_MARKS = ['&', '*', '!'];
const OPENS_NODE = /[\s[{,]/;
const TOP_KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*):(?:[ ]|$)/;
const HEAD_ONLY = /^[A-Za-z0-9_][A-Za-z0-9_-]*:[ ]*(?:#.*)?$/;
const ENTITY_KEY = /^ +[A-Za-z0-9_][^\s:#'"{}[\],&*!|>%@`]*:(?:[ ]|$)/;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const CR = 0x0d;
const PERCENT = 0x25;
const DASH = 0x2d;
const DOT = 0x2e;

/** Where a cut starts: the chunk open there (none at a chunk's first line), and what the lines before it said. */
interface CutState {
  current: Chunk | null;
  section: string;
  inEntitySection: boolean;
  /** The indentation of the entity section's entities, -1 before its first. */
  entityIndent: number;
}

/**
 * Cuts the lines of `text` from `offset` (a line start) to `to` (a line
 * start, or the end) into chunks, from the state the lines before said;
 * null when the cut is not provably safe. `line` is `offset`'s line.
 */
function cutLines(text: string, offset: number, to: number, line: number, start: CutState): { chunks: Chunk[]; state: CutState; line: number } | null {
  const chunks: Chunk[] = [];
  let { current, section: sectionName, inEntitySection, entityIndent } = start;
  const close = (end: number) => {
    if (!current) return;
    current.text = text.slice(current.startOffset, end);
    chunks.push(current);
  };
  while (offset < to) {
    // A directive or a document marker starts a line: several documents, or YAML's own settings.
    const c0 = text.charCodeAt(offset);
    if (c0 === PERCENT || (c0 === DASH && text.startsWith('---', offset)) || (c0 === DOT && text.startsWith('...', offset))) return null;
    let next = text.indexOf('\n', offset);
    next = next === -1 ? text.length : next + 1;
    let first = offset;
    while (first < next && text.charCodeAt(first) === SPACE) first++;
    const c = first < next ? text.charCodeAt(first) : NEWLINE;
    // Blank lines and comments stay with the chunk before them.
    if (c !== NEWLINE && c !== CR && c !== HASH) {
      const indent = first - offset;
      if (indent === 0) {
        const body = text.slice(offset, next).replace(/\r?\n$/, '');
        const match = TOP_KEY.exec(body);
        if (!match) return null;
        close(offset);
        sectionName = match[1]!;
        inEntitySection = ENTITY_SECTION_SET.has(sectionName) && HEAD_ONLY.test(body);
        entityIndent = -1;
        current = { kind: inEntitySection ? 'head' : 'top', section: sectionName, startLine: line, startOffset: offset, text: '' };
      } else if (inEntitySection) {
        if (entityIndent === -1) entityIndent = indent;
        if (indent < entityIndent) return null;
        if (indent === entityIndent) {
          if (!ENTITY_KEY.test(text.slice(offset, next).replace(/\r?\n$/, ''))) return null;
          close(offset);
          current = { kind: 'entity', section: sectionName, startLine: line, startOffset: offset, text: '' };
        }
      } else if (!current || current.kind === 'preamble') {
        return null;
      }
    }
    offset = next;
    line++;
  }
  close(to);
  return { chunks, state: { current: null, section: sectionName, inEntitySection, entityIndent }, line };
}

/** Cuts the text into chunks, or returns null when the cut is not provably safe. */
export function splitChunks(text: string): Chunk[] | null {
  if (isUnsafe(text)) return null;
  const preamble: Chunk = { kind: 'preamble', section: '', startLine: 0, startOffset: 0, text: '' };
  return cutLines(text, 0, text.length, 0, { current: preamble, section: '', inEntitySection: false, entityIndent: -1 })?.chunks ?? null;
}

function indentOf(chunk: Chunk): number {
  let indent = 0;
  while (chunk.text.charCodeAt(indent) === SPACE) indent++;
  return indent;
}

/** The index of the chunk holding `offset` (the last one starting at or before it). */
function chunkAt(chunks: readonly Chunk[], offset: number): number {
  return Math.max(0, lastStartingAtOrBefore(chunks, startOffsetOf, offset));
}

const startOffsetOf = (chunk: Chunk): number => chunk.startOffset;

/** The cache's bucket for a chunk: results are reused within the same kind and section only. */
function bucketOf(chunk: Chunk): string {
  return `${chunk.kind}\u0000${chunk.section}`;
}

/**
 * The chunks of `text`, made from `chunks` (the cut of `before`) and the
 * changes that turned `before` into `text` (LSP's content changes as offsets,
 * each into the text the ones before it made): the chunks around the changed
 * lines are cut again, from the chunk before the first change to the first
 * chunk after the last that the new cut reaches in the state the old one
 * had there; those before are kept, those after moved by the change's
 * characters and lines. Nothing outside the changed lines is scanned again.
 * Undefined when it cannot say (a byte-order mark, changes that do not make
 * `text`'s length, a cut of the changed lines that is unsafe or does not
 * meet the chunk after them as before): the caller cuts the whole text then.
 * Otherwise it equals `splitChunks(text)` (a property test holds it to that).
 */
export function cutEdited(before: string, chunks: readonly Chunk[], changes: readonly TextChange[], text: string): Chunk[] | undefined {
  return cutAround(before, chunks, changes, text)?.chunks;
}

/**
 * `cutEdited`'s chunks, and which of them are the old ones moved (the same
 * text): `out[i]` is `chunks[i]` for `i < kept`, and `chunks[i - shift]` for
 * `i >= keptFrom`; those between were cut again.
 */
interface EditedCut {
  chunks: Chunk[];
  kept: number;
  keptFrom: number;
  shift: number;
}

function cutAround(before: string, chunks: readonly Chunk[], changes: readonly TextChange[], text: string): EditedCut | undefined {
  if (before.charCodeAt(0) === 0xfeff || text.charCodeAt(0) === 0xfeff || chunks.length === 0) return undefined;
  const span = changedSpan(before.length, changes);
  if (!span || span.newLength !== text.length) return undefined;
  const { lo, oldEnd } = span;
  const delta = text.length - before.length;
  // From the chunk before the one the change starts in (a line typed at a chunk's start may continue the one before).
  const s = Math.max(0, chunkAt(chunks, lo) - 1);
  // To the chunk after the one it ends in, where the new text has a line start.
  let e = chunkAt(chunks, Math.max(lo, oldEnd - 1));
  let to = e + 1 < chunks.length ? chunks[e + 1]!.startOffset + delta : text.length;
  while (to < text.length && text.charCodeAt(to - 1) !== NEWLINE) {
    e++;
    to = e + 1 < chunks.length ? chunks[e + 1]!.startOffset + delta : text.length;
  }
  const first = chunks[s]!;
  const from = first.startOffset;
  if (isUnsafe(text.slice(from, to))) return undefined;
  const state: CutState =
    first.kind === 'preamble'
      ? { current: { kind: 'preamble', section: '', startLine: 0, startOffset: 0, text: '' }, section: '', inEntitySection: false, entityIndent: -1 }
      : { current: null, section: first.section, inEntitySection: first.kind === 'entity', entityIndent: first.kind === 'entity' ? indentOf(first) : -1 };
  const cut = cutLines(text, from, to, first.startLine, state);
  if (!cut) return undefined;
  const following = chunks[e + 1];
  // An entity that follows starts a chunk only where the cut is in its section, at its indentation (a key line always does).
  if (following?.kind === 'entity' && !(cut.state.inEntitySection && cut.state.section === following.section && cut.state.entityIndent === indentOf(following))) return undefined;
  const out: Chunk[] = [];
  // Every chunk's text cut from `text`: a slice of `before` would keep that whole old text alive.
  for (let i = 0; i < s; i++) {
    const c = chunks[i]!;
    out.push({ ...c, text: text.slice(c.startOffset, c.startOffset + c.text.length) });
  }
  append(out, cut.chunks);
  const keptFrom = out.length;
  if (following) {
    const dl = cut.line - following.startLine;
    for (let i = e + 1; i < chunks.length; i++) {
      const c = chunks[i]!;
      const startOffset = c.startOffset + delta;
      out.push({ kind: c.kind, section: c.section, startLine: c.startLine + dl, startOffset, text: text.slice(startOffset, startOffset + c.text.length) });
    }
  }
  return { chunks: out, kept: s, keptFrom, shift: keptFrom - (e + 1) };
}

function walkChunk(sliced: Chunk, meter?: WorkMeter): ChunkResult | null {
  // Everything the result keeps (values, messages) is cut from the text it is
  // parsed from; a slice keeps its parent alive, so parse a copy of the chunk
  // rather than a slice of the whole document.
  const chunk = { ...sliced, text: detached(sliced.text) };
  const lineCounter = new LineCounter();
  const docs = parseYaml(chunk.text, lineCounter, meter);
  if (docs.length !== 1) return null;
  const doc = docs[0]!;
  // The parser's recovery from an error can depend on what follows the
  // chunk in the file (an unclosed quote or bracket swallows the next lines),
  // so a chunk with any syntax problem sends the whole text to the full parse.
  if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
  const contents = doc.contents;
  if (!isMap(contents) || contents.items.length !== 1) return null;
  const pair = contents.items[0]!;
  if (!isPair(pair)) return null;
  const builder = new Builder(chunk.text, doc);
  const syntax = syntaxFindings(docs, builder.mapper, chunk.text);
  const acc = emptyCollected();
  const name = keyText(pair.key);
  const keyRange = builder.range(pair.key as YamlNode);
  let entityEnd: number | undefined;
  if (chunk.kind === 'entity') {
    entityEnd = collectEntityPair(builder, chunk.section as EntitySection, entitySchemaOf(chunk.section as EntitySection), pair as Pair<unknown, unknown>, acc);
  } else {
    if (name !== chunk.section) return null;
    collectTopLevelPair(builder, pair as Pair<unknown, unknown>, acc, chunk.kind === 'head');
  }
  append(acc.references, builder.references);
  builder.addWorkTo(meter);
  const result: ChunkResult = { originLine: 0, acc, findings: [...syntax, ...acc.findings, ...builder.findings], keyRange, name };
  if (entityEnd !== undefined) result.entityEnd = entityEnd;
  return result;
}

/** Whether a pair of the whole document is the one the chunk starts with (its key where the chunk's first line has it). */
function startsChunk(pair: Pair<unknown, unknown>, chunk: Chunk): boolean {
  return (pair.key as YamlNode | null)?.range?.[0] === chunk.startOffset + indentOf(chunk);
}

/**
 * A chunk's result cut from the walk of the whole document (`builder` walks
 * it pair by pair): what `walkChunk` gives for the chunk alone, its ranges
 * counted from the chunk's line in this text. Null for a pair that is not the
 * chunk's.
 */
function cutChunk(builder: Builder, chunk: Chunk, pair: Pair<unknown, unknown>): ChunkResult | null {
  const findingsBefore = builder.findings.length;
  const referencesBefore = builder.references.length;
  const acc = emptyCollected();
  const name = keyText(pair.key);
  const keyRange = builder.range(pair.key as YamlNode);
  let entityEnd: number | undefined;
  if (chunk.kind === 'entity') {
    const section = chunk.section as EntitySection;
    entityEnd = collectEntityPair(builder, section, entitySchemaOf(section), pair, acc) - chunk.startOffset;
  } else {
    if (name !== chunk.section) return null;
    collectTopLevelPair(builder, pair, acc);
    // A chunk's section offsets count from its first character.
    for (const [key, loc] of acc.sections) acc.sections.set(key, { ...loc, startOffset: loc.startOffset - chunk.startOffset, endOffset: loc.endOffset - chunk.startOffset });
  }
  for (let i = referencesBefore; i < builder.references.length; i++) acc.references.push(builder.references[i]!);
  const findings = [...acc.findings];
  for (let i = findingsBefore; i < builder.findings.length; i++) findings.push(builder.findings[i]!);
  const result: ChunkResult = { originLine: chunk.startLine, acc, findings, keyRange, name };
  if (entityEnd !== undefined) result.entityEnd = entityEnd;
  return result;
}

// ---- shifting chunk-relative results to their place ------------------------

function shiftRange(r: Range, dl: number): Range {
  if (dl === 0) return r;
  return { start: { line: r.start.line + dl, character: r.start.character }, end: { line: r.end.line + dl, character: r.end.character } };
}

function shiftFinding(f: Finding, dl: number): Finding {
  if (dl === 0) return f;
  const out: Finding = { ...f, range: shiftRange(f.range, dl) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, range: shiftRange(r.range, dl) }));
  return out;
}

function shiftLocation(loc: FieldLocation, dl: number): FieldLocation {
  if (dl === 0) return loc;
  return { key: loc.key, keyRange: shiftRange(loc.keyRange, dl), valueRange: shiftRange(loc.valueRange, dl), ...(loc.merged ? { merged: true as const } : {}) };
}

function copyFields(from: Fields<never>, to: Fields<never>, dl: number): void {
  Object.assign(to.data as object, from.data);
  for (const p of from.present) to.present.add(p);
  for (const p of from.invalid) to.invalid.add(p);
  for (const [k, loc] of from.locations) to.locations.set(k, shiftLocation(loc, dl));
}

/**
 * A cached entity placed at its chunk's line. Data, presence and validity are
 * shared with the cache; ranges are shifted once per placement. An entity
 * holds ranges only (model.ts), so one placement serves every analysis of a
 * text in which its chunk sits at that line, however the characters before it
 * changed: an analysis stays valid after later checks.
 */
class PlacedEntity<T> implements Entity<T> {
  readonly idRange: Range;
  readonly range: Range;
  private placedLocations: Map<string, FieldLocation> | undefined;

  constructor(
    private readonly base: Entity<T>,
    private readonly dl: number,
  ) {
    this.idRange = shiftRange(base.idRange, dl);
    this.range = shiftRange(base.range, dl);
  }

  get section(): EntitySection {
    return this.base.section;
  }
  get id(): string {
    return this.base.id;
  }
  get validId(): boolean {
    return this.base.validId;
  }
  get data(): Partial<T> {
    return this.base.data;
  }
  get present(): Set<string> {
    return this.base.present;
  }
  get invalid(): Set<string> {
    return this.base.invalid;
  }
  get locations(): Map<string, FieldLocation> {
    if (this.dl === 0) return this.base.locations;
    if (!this.placedLocations) {
      this.placedLocations = new Map();
      for (const [k, loc] of this.base.locations) this.placedLocations.set(k, shiftLocation(loc, this.dl));
    }
    return this.placedLocations;
  }
  has(path: string): boolean {
    return this.base.present.has(path);
  }
  keyRange(path: string): Range | undefined {
    return this.locations.get(path)?.keyRange;
  }
  rangeOf(path: string): Range | undefined {
    return this.locations.get(path)?.valueRange;
  }
}

/** What one chunk contributes once placed at a line; reused while the line stays. */
interface Placement {
  line: number;
  /** The chunk's entities at that line: its own where they need no shift, else a `PlacedEntity` over each. */
  entities: Entity<object>[];
  findings: Finding[];
  references: Reference[];
  /**
   * Its references as resolved against the ids of `IncrementalChecker.ids`'s
   * generation `ids`: their `defined` was set then; `findings` are the
   * dangling ones' and `cost` the "did you mean" budget they spent.
   */
  resolved?: { ids: number; findings: Finding[]; cost: number };
}

function placeReference(r: Reference, dl: number): Reference {
  return { ...r, range: shiftRange(r.range, dl), ...(r.written ? { written: shiftRange(r.written, dl) } : {}), defined: false };
}

/** Lazily parses the whole document, for features that need the YAML tree. */
function lazyDocument(text: string): () => Document.Parsed | null {
  let parsed: Document.Parsed | null | undefined;
  return () => {
    if (parsed === undefined) {
      try {
        parsed = parseYaml(text, new LineCounter())[0] ?? null;
      } catch {
        parsed = null;
      }
    }
    return parsed;
  };
}

function topPair(doc: Document.Parsed | null, name: string): Pair<unknown, unknown> | undefined {
  const contents = doc?.contents;
  if (!isMap(contents)) return undefined;
  return contents.items.find((p) => keyText(p.key) === name) as Pair<unknown, unknown> | undefined;
}

/**
 * Keeps the chunks of the last text; `check` reuses every chunk whose text
 * did not change. Results equal `checkText` on the same text.
 */
export class IncrementalChecker {
  /** The rules and messages to check with (`createIncrementalChecker` in `core/index.ts` binds the registry). */
  constructor(private readonly catalogue: Catalogue) {}

  /** The document's caches: every model this checker builds carries them; they go with the checker. */
  readonly caches = new DocumentCaches();
  /** The last check's diagnostics: an unchanged finding gets the same diagnostic object again. */
  private readonly diagnostics = new DiagnosticMemo();
  /** The entity rules' findings per entity: not worked out again for an entity an edit did not touch. */
  readonly entityFindings = new EntityFindingsMemo();
  /** The last check's "did you mean" of dangling references: not worked out again while the ids stay. */
  private readonly suggestions = new SuggestionMemo();

  private cache = new Map<string, Map<string, ChunkResult>>();
  /** The cut of the text `prewalk` walked, for the `parse` of the same text that follows it. */
  private prewalkCut: { text: string; chunks: Chunk[] | null } | undefined;
  /** The last text cut and its chunks, which an edit of it starts from. */
  private lastCut: { input: string; text: string; chunks: Chunk[]; mapper?: PositionMapper } | undefined;
  /** The results of the last text's chunks (`lastCut`'s), in order: an edit's cut takes those of the chunks it kept. */
  private lastResults: { chunks: readonly Chunk[]; results: readonly (ChunkResult | null)[] } | undefined;
  /** The chunks an edit's cut kept, with their results: no lookup by text, which hashes every chunk's text. */
  private reuse: { chunks: readonly Chunk[]; oldChunks: readonly Chunk[]; old: readonly (ChunkResult | null)[]; kept: number; keptFrom: number; shift: number } | undefined;
  /**
   * The generation of the ids (every section's entity ids in order, the
   * top-level keys): the same while checks after edits told as such change
   * no id, so the references resolved before stand (`Placement.resolved`).
   */
  private ids = 0;
  /** Per section, how many times its entities were placed anew (`place`): with `ids`, what the entity rules' `uses` depend on. */
  private readonly placedAnew = new Map<string, number>();
  private readonly world: EntityWorld = { stamp: (field) => `${this.ids}:${this.placedAnew.get(field) ?? 0}` };
  /** Results in `cache`; past the chunks of the text plus `CACHE_SLACK`, the cache is made again from the text's chunks. */
  private cacheEntries = 0;
  /** The line index of the text just cut from an edit, made from the last one's: for the assembly that follows. */
  private editedIndex: { text: string; make: () => PositionMapper } | undefined;
  /** Whether the last check's chunks were made from the one before and the edit (`cutEdited`), not by cutting the whole text. */
  lastCutFromEdit = false;
  /** Chunks the last prewalk walked in runs (`walkBatch`), and the runs, for tests. */
  lastBatched = 0;
  lastBatches = 0;
  /** Chunks re-walked by the last check (for tests and the benchmark). */
  lastWalked = 0;
  lastFallback = false;
  /** Whether the last check walked the whole document in one parse (`open`). */
  lastWholeParse = false;
  /**
   * Whether a check with nothing cached (the open) parses the whole document
   * once instead of chunk by chunk. Off only in tests that compare the two.
   */
  wholeParseWhenNothingCached = true;

  /** Chunk results held for reuse: bounded by the chunks of the last text (for the server's stats). */
  get size(): number {
    let n = 0;
    for (const bucket of this.cache.values()) n += bucket.size;
    return n;
  }

  /**
   * `edit`, when given, says how `input` came from the text checked before
   * (the server's document store hands on LSP's content changes): then only
   * the chunks around the changes are cut again (`cutEdited`).
   */
  check(input: string, options: CheckOptions = {}, edit?: DocumentEdit): CheckResult {
    return drain(this.checkCached(input, options, edit));
  }

  /**
   * `check` cut into steps, for a caller that gives its event loop a turn
   * between them (the server, on a big document): one step per chunk walked
   * that no cached result covers, then `check`'s own steps, which then find
   * every chunk cached. The result is `check(input, options)`'s. A caller that
   * stops early loses nothing: the walked chunks stay cached for the next check.
   */
  *checkSteps(input: string, options: CheckOptions = {}, edit?: DocumentEdit): Generator<void, CheckResult, void> {
    yield* this.prewalk(input, edit);
    return yield* this.checkCached(input, options, edit);
  }

  /** `check` as steps: the parse (walking what is not cached) in one, then one per rule. */
  private *checkCached(input: string, options: CheckOptions, edit: DocumentEdit | undefined): Generator<void, CheckResult, void> {
    const parsed = this.parse(input, options.work, edit);
    yield;
    const ruleFindings = yield* runRulesSteps(parsed.model, effectiveGuides(parsed.model, options.guides), this.catalogue.rules, options.today, this.entityFindings, this.world);
    const all = [...parsed.findings, ...ruleFindings];
    return { model: parsed.model, findings: all, diagnostics: toDiagnostics(this.catalogue, parsed.model.text, all, options, this.diagnostics) };
  }

  /**
   * Walks the chunks of `input` that no cached result covers, one per step,
   * into the cache `parse` looks in (the next `parse` drops whatever its text
   * does not hold), and places every chunk at its line (256 moved chunks a
   * step). Stops early, leaving the rest to `parse`, when the text cannot be
   * cut or a chunk needs the whole-document parse.
   */
  private *prewalk(input: string, edit: DocumentEdit | undefined): Generator<void, void, void> {
    const text = stripBom(input);
    const chunks = this.cut(input, text, edit);
    this.prewalkCut = { text, chunks };
    this.lastBatched = 0;
    this.lastBatches = 0;
    if (!chunks) return;
    let placed = 0;
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      if (chunk.kind === 'preamble') continue;
      let result = this.known(chunks, i) ?? this.cache.get(bucketOf(chunk))?.get(chunk.text);
      const walk = !result;
      if (!result) {
        // A run of entities nothing covers (an open): walked together, in one step.
        const batch = chunk.kind === 'entity' ? this.walkBatch(chunks, i) : 0;
        if (batch > 0) {
          this.lastBatched += batch;
          this.lastBatches++;
          i += batch - 1;
          yield;
          continue;
        }
        const walked = walkChunk(chunk);
        if (!walked) return;
        this.remember(chunk, (result = walked));
      }
      // Placed at its line here, so the assembly (one step) finds it placed.
      const move = result.placement?.line !== chunk.startLine;
      if (move) this.place(result, chunk.startLine);
      if (walk || (move && ++placed % PLACEMENTS_PER_STEP === 0)) yield;
    }
  }

  /**
   * Walks the entity chunks from `chunks[from]` on that no result covers,
   * of one section and up to `BATCH_CHARS` characters together, in one
   * parse of their text, and cuts that walk into each chunk's result (as
   * `open` cuts the whole document's), remembered and placed. Parsing 3,000
   * entities one by one costs a parser, a line index and a walk set up per
   * entity, about twice the whole parse. Returns how many chunks it walked:
   * 0 when fewer than two, or when their text has a syntax problem or does
   * not parse as the chunks (then they are walked alone, as before).
   */
  private walkBatch(chunks: readonly Chunk[], from: number): number {
    const first = chunks[from]!;
    let to = from;
    let chars = 0;
    while (to < chunks.length) {
      const c = chunks[to]!;
      if (c.kind !== 'entity' || c.section !== first.section || (to > from && chars + c.text.length > BATCH_CHARS)) break;
      if (to > from && (this.cache.get(bucketOf(c))?.has(c.text) ?? false)) break;
      chars += c.text.length;
      to++;
    }
    if (to - from < 2) return 0;
    const run = chunks.slice(from, to);
    // A new string, not a slice of the document: the results keep values cut from it.
    const text = run.map((c) => c.text).join('');
    const docs = parseYaml(text, new LineCounter());
    const doc = docs[0];
    if (docs.length !== 1 || !doc || doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents) || doc.contents.items.length !== run.length) return 0;
    const builder = new Builder(text, doc);
    const results: ChunkResult[] = [];
    for (let k = 0; k < run.length; k++) {
      const c = run[k]!;
      // The chunk as it sits in the run's text: its offsets and lines count from the run's first.
      const inRun: Chunk = { ...c, startOffset: c.startOffset - first.startOffset, startLine: c.startLine - first.startLine };
      const pair = doc.contents.items[k];
      const result = isPair(pair) && startsChunk(pair as Pair<unknown, unknown>, inRun) ? cutChunk(builder, inRun, pair as Pair<unknown, unknown>) : null;
      if (!result) return 0;
      results.push(result);
    }
    let at = 0;
    for (let k = 0; k < run.length; k++) {
      const c = run[k]!;
      // Keyed by its text cut from the run's, which the results keep anyway: no copy of the document's slice.
      this.remember(c, results[k]!, text.slice(at, (at += c.text.length)));
      this.place(results[k]!, c.startLine);
    }
    return run.length;
  }

  /** The chunks of `text`: the cut `prewalk` made of it just before, or a new one. */
  private cutOf(input: string, text: string, edit: DocumentEdit | undefined): Chunk[] | null {
    const cut = this.prewalkCut;
    this.prewalkCut = undefined;
    return cut && cut.text === text ? cut.chunks : this.cut(input, text, edit);
  }

  /**
   * The chunks of `text`: from the last cut and the edit when the edit starts
   * from the text last cut (neither with a byte-order mark), else the whole text cut.
   */
  private cut(input: string, text: string, edit: DocumentEdit | undefined): Chunk[] | null {
    const last = this.lastCut;
    let chunks: Chunk[] | null | undefined;
    this.lastCutFromEdit = false;
    this.editedIndex = undefined;
    this.reuse = undefined;
    if (edit && last && input === text && last.input === last.text && edit.from === last.input) {
      const edited = cutAround(last.text, last.chunks, edit.changes, text);
      chunks = edited?.chunks;
      this.lastCutFromEdit = chunks !== undefined;
      const before = this.lastResults;
      if (edited && before && before.chunks === last.chunks) this.reuse = { ...edited, oldChunks: last.chunks, old: before.results };
      const span = changedSpan(last.text.length, edit.changes);
      const mapper = last.mapper;
      if (chunks && span && mapper) this.editedIndex = { text, make: () => PositionMapper.edited(mapper, text, span.lo, span.oldEnd) };
    }
    chunks ??= splitChunks(text);
    this.lastCut = chunks ? { input, text, chunks } : undefined;
    return chunks;
  }

  /** `meter`, when given, counts the work: only the chunks walked again are parsed and walked. */
  parse(input: string, meter?: WorkMeter, edit?: DocumentEdit): { model: RoadmapModel; findings: Finding[] } {
    const text = stripBom(input);
    const chunks = this.cutOf(input, text, edit);
    this.lastWalked = 0;
    this.lastFallback = false;
    this.lastWholeParse = false;
    if (!chunks) return this.fallback(input, meter);
    if (this.cache.size === 0 && this.wholeParseWhenNothingCached && chunks.some((c) => c.kind !== 'preamble')) {
      const opened = this.open(input, text, chunks, meter);
      if (opened) return opened;
    }
    // After an edit's cut, the cache keeps what it holds (the kept chunks' texts are in it) and gains the chunks walked;
    // else it is made again from this text's chunks, so it holds no result of an old text.
    const keep = this.reuse?.chunks === chunks;
    const previous = this.cache;
    if (!keep) {
      this.cache = new Map();
      this.cacheEntries = 0;
    }
    const results: (ChunkResult | null)[] = [];
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      if (chunk.kind === 'preamble') {
        results.push(null);
        continue;
      }
      const bucket = bucketOf(chunk);
      let result = this.known(chunks, i);
      if (!result) {
        if (meter) meter.chunkKeyChars += chunk.text.length;
        // Made again, the cache also finds a chunk of this text with the same text as one before it.
        result = previous.get(bucket)?.get(chunk.text) ?? (keep ? undefined : this.cache.get(bucket)?.get(chunk.text));
      }
      if (!result) {
        const walked = walkChunk(chunk, meter);
        this.lastWalked++;
        if (!walked) return this.fallback(input, meter);
        result = walked;
        if (keep) this.remember(chunk, result);
      }
      if (!keep) this.remember(chunk, result, chunk.text);
      results.push(result);
    }
    if (!keep || !this.sameIds(results)) this.ids++;
    this.reuse = undefined;
    if (keep && this.cacheEntries > chunks.length + CACHE_SLACK) this.refill(chunks, results);
    return this.assemble(text, chunks, results, meter);
  }

  /**
   * A check with nothing cached (the open, or the first after a fallback):
   * one parse and one walk of the whole document, cut into the chunks'
   * results afterwards, so the edits that follow are incremental as before.
   * Parsing each chunk alone costs about one whole parse too, plus a parser,
   * a position index and a walk set up per chunk (3,000 of them at N=1000).
   * Null when the document's pairs do not line up with the chunks: then each
   * chunk is walked alone, as on any other check.
   *
   * The results hold values cut from this text (a slice keeps its parent
   * alive): one copy of the opened text stays while any of its chunks is
   * unchanged; the chunks walked later are walked from copies (`walkChunk`).
   */
  private open(input: string, text: string, chunks: readonly Chunk[], meter: WorkMeter | undefined): { model: RoadmapModel; findings: Finding[] } | null {
    const docs = parseYaml(text, new LineCounter(), meter);
    const doc = docs[0];
    // A syntax problem anywhere takes the whole-document parse, as a chunk with one would: this parse, not another.
    if (docs.length !== 1 || !doc || doc.errors.length > 0 || doc.warnings.length > 0) {
      this.cache.clear();
      this.lastFallback = true;
      return parseRoadmap(input, meter, this.caches, docs);
    }
    const contents = doc.contents;
    if (!isMap(contents)) return null;
    const builder = new Builder(text, doc);
    const cache = new Map<string, Map<string, ChunkResult>>();
    const results: (ChunkResult | null)[] = [];
    const tops = contents.items;
    let top = 0;
    // The entity section being cut: its entities' pairs, and the next one's index.
    let entities: readonly unknown[] = [];
    let next = 0;
    for (const chunk of chunks) {
      if (chunk.kind === 'preamble') {
        results.push(null);
        continue;
      }
      let result: ChunkResult | null;
      if (chunk.kind === 'entity') {
        const pair = entities[next++];
        result = isPair(pair) && startsChunk(pair as Pair<unknown, unknown>, chunk) ? cutChunk(builder, chunk, pair as Pair<unknown, unknown>) : null;
      } else {
        if (next !== entities.length) return null;
        const pair = tops[top++];
        if (!pair || !isPair(pair) || !startsChunk(pair as Pair<unknown, unknown>, chunk)) return null;
        entities = chunk.kind === 'head' && isMap(pair.value) ? pair.value.items : [];
        next = 0;
        // A head is walked alone (a line or so): what it says of its value, the entities, must not depend on
        // them, which come as the chunks that follow; in the whole document its value is all of them.
        result = chunk.kind === 'head' ? walkChunk(chunk, meter) : cutChunk(builder, chunk, pair as Pair<unknown, unknown>);
      }
      if (!result) return null;
      const key = `${chunk.kind}\u0000${chunk.section}`;
      let bucket = cache.get(key);
      if (!bucket) cache.set(key, (bucket = new Map()));
      bucket.set(chunk.text, result);
      results.push(result);
    }
    if (next !== entities.length || top !== tops.length) return null;
    builder.addWorkTo(meter);
    this.ids++;
    this.cache = cache;
    this.cacheEntries = results.filter((r) => r !== null).length;
    this.lastWalked = results.filter((r) => r !== null).length;
    this.lastWholeParse = true;
    return this.assemble(text, chunks, results, meter, builder.mapper);
  }

  /**
   * Whether the chunks an edit's cut made again have the kinds, sections and
   * names of those they replace: then every id and top-level key is as before.
   */
  private sameIds(results: readonly (ChunkResult | null)[]): boolean {
    const reuse = this.reuse;
    // As many chunks cut again as they replace: the kept ones after them sit at the same index.
    if (!reuse || reuse.shift !== 0) return false;
    for (let i = reuse.kept; i < reuse.keptFrom; i++) {
      const before = reuse.oldChunks[i]!;
      const now = reuse.chunks[i]!;
      if (before.kind !== now.kind || before.section !== now.section || reuse.old[i]?.name !== results[i]?.name) return false;
    }
    return true;
  }

  /** The result of chunk `i` of `chunks` when an edit's cut kept it (it has the same text as before). */
  private known(chunks: readonly Chunk[], i: number): ChunkResult | undefined {
    const reuse = this.reuse;
    if (!reuse || reuse.chunks !== chunks) return undefined;
    if (i < reuse.kept) return reuse.old[i] ?? undefined;
    if (i >= reuse.keptFrom) return reuse.old[i - reuse.shift] ?? undefined;
    return undefined;
  }

  /**
   * Adds a result to the cache under its chunk's text, `text`. A cache that
   * outlives the text must key by a copy (the default): a slice would keep
   * the whole text alive. The keys of a cache made from one text's chunks
   * may be slices of it (`chunk.text`).
   */
  private remember(chunk: Chunk, result: ChunkResult, text: string = detached(chunk.text)): void {
    const name = bucketOf(chunk);
    let bucket = this.cache.get(name);
    if (!bucket) this.cache.set(name, (bucket = new Map()));
    if (!bucket.has(text)) this.cacheEntries++;
    bucket.set(text, result);
  }

  /** The cache made again from the chunks of one text (it had gathered the results of old texts). */
  private refill(chunks: readonly Chunk[], results: readonly (ChunkResult | null)[]): void {
    this.cache = new Map();
    this.cacheEntries = 0;
    for (let i = 0; i < chunks.length; i++) {
      const result = results[i];
      if (result) this.remember(chunks[i]!, result, chunks[i]!.text);
    }
  }

  private fallback(input: string, meter: WorkMeter | undefined): { model: RoadmapModel; findings: Finding[] } {
    this.ids++;
    this.cache.clear();
    this.cacheEntries = 0;
    this.lastResults = undefined;
    this.lastFallback = true;
    return parseRoadmap(input, meter, this.caches);
  }

  /** A chunk placed at its line: its entities, findings and references shifted, cached while the line stays. */
  private place(result: ChunkResult, line: number): Placement {
    const known = result.placement;
    if (known && known.line === line) return known;
    const dl = line - result.originLine;
    const entities: Entity<object>[] = [];
    for (const section of ENTITY_SECTIONS) {
      const map = result.acc.maps[section] as Map<string, Entity<object>>;
      if (map.size > 0) this.placedAnew.set(section, (this.placedAnew.get(section) ?? 0) + 1);
      for (const e of map.values()) entities.push(dl === 0 ? e : new PlacedEntity(e, dl));
    }
    const placement: Placement = {
      line,
      entities,
      findings: result.findings.map((f) => shiftFinding(f, dl)),
      references: result.acc.references.map((r) => placeReference(r, dl)),
    };
    result.placement = placement;
    return placement;
  }

  /**
   * Resolves the references of the placements, in document order, as
   * `resolveReferences` over all of them would. While the ids stay (the same
   * generation), a placement resolved before keeps its references' `defined`
   * and its dangling ones' findings, and only the others are resolved; that
   * holds while the "did you mean" budget is not spent out (then the order
   * decides which get a suggestion), so a pass that would spend it goes over
   * every placement again in order.
   */
  private resolve(placements: readonly Placement[], acc: Collected, meter: WorkMeter | undefined): Finding[] {
    const ids = this.ids;
    let cost = 0;
    const fresh: Placement[] = [];
    for (const p of placements) {
      if (p.resolved?.ids === ids) cost += p.resolved.cost;
      else fresh.push(p);
    }
    if (fresh.length < placements.length) {
      const resolver = new ReferenceResolver(acc.maps, meter, this.suggestions, Infinity);
      for (const p of fresh) {
        const before = resolver.cost;
        const findings = resolver.resolve(p.references);
        p.resolved = { ids, findings, cost: resolver.cost - before };
      }
      if (cost + resolver.cost <= SUGGESTION_BUDGET) {
        resolver.finish(true);
        const out: Finding[] = [];
        for (const p of placements) append(out, p.resolved!.findings);
        return out;
      }
    }
    const resolver = new ReferenceResolver(acc.maps, meter, this.suggestions);
    const out: Finding[] = [];
    for (const p of placements) {
      const before = resolver.cost;
      const findings = resolver.resolve(p.references);
      p.resolved = { ids, findings, cost: resolver.cost - before };
      append(out, findings);
    }
    resolver.finish();
    // Past the budget, what a placement got depends on the ones before it: nothing stands for the next check.
    if (resolver.cost > SUGGESTION_BUDGET) for (const p of placements) p.resolved = undefined;
    return out;
  }

  private assemble(text: string, chunks: readonly Chunk[], results: (ChunkResult | null)[], meter: WorkMeter | undefined, known?: PositionMapper): { model: RoadmapModel; findings: Finding[] } {
    const edited = this.editedIndex;
    this.editedIndex = undefined;
    const mapper = known ?? (edited && edited.text === text ? edited.make() : new PositionMapper(text));
    if (meter) meter.indexedChars += mapper.scanned;
    // The next edit's line index is made from this one, its chunks' results from these.
    if (this.lastCut && this.lastCut.text === text) {
      this.lastCut.mapper = mapper;
      this.lastResults = this.lastCut.chunks === chunks ? { chunks, results } : undefined;
    } else this.lastResults = undefined;
    const document = lazyDocument(text);
    const acc = emptyCollected();
    const findings: Finding[] = [];
    const walkFindings: Finding[] = [];
    const seenSections = new Map<string, Range>();
    const firstIds = new Map<string, Map<string, Range>>();
    const sectionEnds = new Map<string, number>();
    /** The placements whose references the model lists, in document order. */
    const referring: Placement[] = [];
    let firstKeyRange: Range | undefined;
    let duplicateHead = false;

    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      const result = results[i];
      if (!result) continue;
      const dl = chunk.startLine - result.originLine;
      const dOff = chunk.startOffset;
      if (chunk.kind === 'entity') {
        if (duplicateHead) continue;
        const section = chunk.section as EntitySection;
        let ids = firstIds.get(section);
        if (!ids) firstIds.set(section, (ids = new Map()));
        const placement = this.place(result, chunk.startLine);
        const entity = placement.entities[0];
        const idRange = entity ? entity.idRange : shiftRange(result.keyRange, dl);
        const first = ids.get(result.name);
        // The section's content ends with its last entity's, a duplicate's too (as in the full parse's map).
        const end = dOff + (result.entityEnd ?? trimmedLength(chunk.text));
        if (first) {
          walkFindings.push(duplicateKey(result.name, section, idRange, first, `${section}.${result.name}`));
          if (acc.sections.has(section)) sectionEnds.set(section, end);
          continue;
        }
        ids.set(result.name, idRange);
        if (entity) (acc.maps[section] as Map<string, Entity<object>>).set(result.name, entity);
        for (const f of placement.findings) walkFindings.push(f);
        for (const r of placement.references) acc.references.push(r);
        if (placement.references.length > 0) referring.push(placement);
        if (acc.sections.has(section)) {
          acc.root.present.add(section);
          sectionEnds.set(section, end);
        }
        continue;
      }
      // A top-level key (a whole section, or an entity section's head line).
      const keyRange = shiftRange(result.keyRange, dl);
      firstKeyRange ??= keyRange;
      const first = seenSections.get(result.name);
      duplicateHead = false;
      if (first) {
        findings.push(duplicateKey(result.name, 'file', keyRange, first));
        duplicateHead = chunk.kind === 'head';
        continue;
      }
      seenSections.set(result.name, keyRange);
      const part = result.acc;
      if (part.version !== undefined) acc.version = part.version;
      copyFields(part.root as Fields<never>, acc.root as Fields<never>, dl);
      for (const name of SINGLETON_SECTIONS) copyFields(part.singletons[name], acc.singletons[name], dl);
      for (const [name, loc] of part.sections) {
        const placed: SectionLocation = {
          key: loc.key,
          keyRange: shiftRange(loc.keyRange, dl),
          valueRange: shiftRange(loc.valueRange, dl),
          startOffset: loc.startOffset + dOff,
          endOffset: loc.endOffset + dOff,
          // The section's YAML node, from the whole-text parse, only when a feature asks.
          get node() {
            const value = topPair(document(), name)?.value;
            return (value as YamlNode | null | undefined) ?? null;
          },
        };
        acc.sections.set(name, placed);
      }
      const placement = this.place(result, chunk.startLine);
      for (const e of placement.entities) (acc.maps[e.section] as Map<string, Entity<object>>).set(e.id, e);
      for (const f of placement.findings) findings.push(f);
      for (const r of placement.references) acc.references.push(r);
      if (placement.references.length > 0) referring.push(placement);
    }

    // An entity section's value spans its entity chunks.
    for (const [section, end] of sectionEnds) {
      const head = acc.sections.get(section);
      const firstEntity = (acc.maps[section as EntitySection] as Map<string, Entity<object>>).values().next().value;
      if (!head) continue;
      head.endOffset = end;
      head.valueRange = { start: firstEntity?.idRange.start ?? head.valueRange.start, end: mapper.toLspPosition(end) };
    }

    const first = firstKeyRange ?? ZERO_RANGE;
    append(findings, walkFindings);
    append(findings, fileLevelFindings(acc, first));
    append(findings, this.resolve(referring, acc, meter));
    // A text is cut into chunks only when no chunk has a YAML error or warning (else the whole-document parse runs).
    // Every chunk but the preamble (the first, when there is one) has its result: views are made on request.
    const skip = chunks[0]?.kind === 'preamble' ? 1 : 0;
    const view = (i: number): ChunkView => viewOf(chunks[i]!, results[i]!);
    const index: ChunkIndex = {
      at: (offset) => {
        const i = chunkIndexAt(chunks, skip, offset);
        return i === undefined ? undefined : view(i);
      },
      all: () => {
        const out: ChunkView[] = [];
        for (let i = skip; i < chunks.length; i++) out.push(view(i));
        return out;
      },
    };
    // A text is cut into chunks only when no chunk has a YAML error or warning (else the whole-document parse runs).
    const model = buildModel(text, mapper, document, true, first, acc, false, this.caches, index);
    return { model, findings };
  }
}

/** Index of the chunk holding an offset, from `first` on (binary search over chunks in document order). */
function chunkIndexAt(chunks: readonly Chunk[], first: number, offset: number): number | undefined {
  const found = lastStartingAtOrBefore(chunks, startOffsetOf, offset, first);
  if (found < first || offset > chunks[found]!.startOffset + chunks[found]!.text.length) return undefined;
  return found;
}

/** A chunk of the model's text with the result it was checked to (never the preamble). */
function viewOf(chunk: Chunk, result: ChunkResult): ChunkView {
  return { kind: chunk.kind as ChunkView['kind'], section: chunk.section, startOffset: chunk.startOffset, startLine: chunk.startLine, text: chunk.text, identity: result };
}

function trimmedLength(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
