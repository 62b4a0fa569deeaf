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
 * parse of parse.ts. A property test checks that both paths agree.
 *
 * Must not depend on vscode or the LSP connection.
 */
import { LineCounter, isMap, isPair, parseAllDocuments, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { ENTITY_SECTIONS, type EntitySection } from '../../../schemas/model';
import { effectiveGuides, runRules, toDiagnostics, type CheckResult } from './check';
import { EntityFields, Fields, type Entity, type FieldLocation, type Reference, type RoadmapModel, type SectionLocation } from './model';
import {
  buildModel,
  collectEntityPair,
  collectTopLevelPair,
  duplicateEntity,
  duplicateSection,
  emptyCollected,
  entitySchemaOf,
  fileLevelFindings,
  keyText,
  newBuilder,
  parseRoadmap,
  parseYaml,
  resolveReferences,
  SINGLETON_SECTIONS,
  stripBom,
  syntaxFindings,
  type Collected,
} from './parse';
import { PositionMapper, ZERO_RANGE, type Range } from './positions';
import type { CheckOptions, Finding } from './types';

const ENTITY_SECTION_SET = new Set<string>(ENTITY_SECTIONS);

interface Chunk {
  kind: 'preamble' | 'top' | 'head' | 'entity';
  /** The top-level key, for top/head/entity chunks. */
  section: string;
  startLine: number;
  startOffset: number;
  text: string;
}

/** A chunk's walk, with ranges relative to the chunk's first line. */
interface ChunkResult {
  acc: Collected;
  /** Builder findings (walk findings) and top-level findings, relative. */
  findings: Finding[];
  /** Key range of the chunk's pair (relative), for duplicates and firstKeyRange. */
  keyRange: Range;
  name: string;
}

// Cheap signals that the simple cut might not hold.
const UNSAFE = /(?:^|[\s[{,])[&*!]|^(?:---|\.\.\.|%)|^\s*\?(?:\s|$)|\t|\r(?!\n)/m;
const TOP_KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*):(?:[ ]|$)/;
const HEAD_ONLY = /^[A-Za-z0-9_][A-Za-z0-9_-]*:[ ]*(?:#.*)?$/;
const ENTITY_KEY = /^ +[A-Za-z0-9_][^\s:#'"{}[\],&*!|>%@`]*:(?:[ ]|$)/;

/** Cuts the text into chunks, or returns null when the cut is not provably safe. */
export function splitChunks(text: string): Chunk[] | null {
  if (UNSAFE.test(text)) return null;
  const chunks: Chunk[] = [];
  let current: Chunk = { kind: 'preamble', section: '', startLine: 0, startOffset: 0, text: '' };
  let currentStart = 0;
  let entityIndent = -1;
  let inEntitySection = false;
  let sectionName = '';
  let line = 0;
  let offset = 0;
  const close = (end: number) => {
    current.text = text.slice(currentStart, end);
    chunks.push(current);
  };
  while (offset < text.length) {
    let next = text.indexOf('\n', offset);
    next = next === -1 ? text.length : next + 1;
    const raw = text.slice(offset, next);
    const body = raw.replace(/\r?\n$/, '');
    const trimmed = body.trimStart();
    if (trimmed.length === 0 || trimmed.startsWith('#')) {
      // Blank lines and comments stay with the chunk before them.
    } else {
      const indent = body.length - trimmed.length;
      if (indent === 0) {
        if (!TOP_KEY.test(body)) return null;
        close(offset);
        const name = TOP_KEY.exec(body)![1]!;
        sectionName = name;
        inEntitySection = ENTITY_SECTION_SET.has(name) && HEAD_ONLY.test(body);
        entityIndent = -1;
        current = { kind: inEntitySection ? 'head' : 'top', section: name, startLine: line, startOffset: offset, text: '' };
        currentStart = offset;
      } else if (inEntitySection) {
        if (entityIndent === -1) entityIndent = indent;
        if (indent < entityIndent) return null;
        if (indent === entityIndent) {
          if (!ENTITY_KEY.test(body)) return null;
          close(offset);
          current = { kind: 'entity', section: sectionName, startLine: line, startOffset: offset, text: '' };
          currentStart = offset;
        }
      } else if (current.kind === 'preamble') {
        return null;
      }
    }
    offset = next;
    line++;
  }
  close(text.length);
  return chunks;
}

function walkChunk(chunk: Chunk): ChunkResult | null {
  const lineCounter = new LineCounter();
  const docs = parseYaml(chunk.text, lineCounter);
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
  const builder = newBuilder(chunk.text, lineCounter, doc);
  const syntax = syntaxFindings(docs, builder.mapper, chunk.text);
  const acc = emptyCollected();
  const name = keyText(pair.key);
  const keyRange = builder.range(pair.key as YamlNode);
  if (chunk.kind === 'entity') {
    collectEntityPair(builder, chunk.section as EntitySection, entitySchemaOf(chunk.section as EntitySection), pair as Pair<unknown, unknown>, acc);
  } else {
    if (name !== chunk.section) return null;
    collectTopLevelPair(builder, pair as Pair<unknown, unknown>, acc, chunk.kind === 'head');
  }
  acc.references.push(...builder.references);
  return { acc, findings: [...syntax, ...acc.findings, ...builder.findings], keyRange, name };
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

function shiftLocations(from: Map<string, FieldLocation>, to: Map<string, FieldLocation>, dl: number, dOff: number): void {
  for (const [k, loc] of from) {
    to.set(
      k,
      dl === 0 && dOff === 0
        ? loc
        : { key: loc.key, keyRange: shiftRange(loc.keyRange, dl), valueRange: shiftRange(loc.valueRange, dl), keyOffset: loc.keyOffset + dOff, valueEndOffset: loc.valueEndOffset + dOff },
    );
  }
}

function copyFields(from: Fields<never>, to: Fields<never>, dl: number, dOff: number): void {
  Object.assign(to.data as object, from.data);
  for (const p of from.present) to.present.add(p);
  for (const p of from.invalid) to.invalid.add(p);
  shiftLocations(from.locations, to.locations, dl, dOff);
}

/** A placed copy of a cached entity; its YAML node comes lazily from the model's document. */
function placeEntity(e: Entity<object>, dl: number, dOff: number, node: () => YamlNode | null): Entity<object> {
  const placed = new EntityFields<object>(e.section, e.id, shiftRange(e.idRange, dl), shiftRange(e.range, dl), e.startOffset + dOff, e.endOffset + dOff, e.validId, null);
  Object.assign(placed.data, e.data);
  for (const p of e.present) placed.present.add(p);
  for (const p of e.invalid) placed.invalid.add(p);
  shiftLocations(e.locations, placed.locations, dl, dOff);
  Object.defineProperty(placed, 'node', { get: node, enumerable: true });
  return placed;
}

function placeReference(r: Reference, dl: number): Reference {
  return { ...r, range: shiftRange(r.range, dl), defined: false };
}

/** Lazily parses the whole document, for features that need the YAML tree. */
function lazyDocument(text: string): () => Document.Parsed | null {
  let parsed: Document.Parsed | null | undefined;
  return () => {
    if (parsed === undefined) {
      try {
        parsed = (parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false, strict: false }) as Document.Parsed[])[0] ?? null;
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
  private cache = new Map<string, ChunkResult>();
  /** Chunks re-walked by the last check (for tests and the benchmark). */
  lastWalked = 0;
  lastFallback = false;

  check(input: string, options: CheckOptions = {}): CheckResult {
    const parsed = this.parse(input);
    const all = [...parsed.findings, ...runRules(parsed.model, effectiveGuides(parsed.model, options.guides))];
    return { model: parsed.model, findings: all, diagnostics: toDiagnostics(parsed.model.text, all, options) };
  }

  parse(input: string): { model: RoadmapModel; findings: Finding[] } {
    const text = stripBom(input);
    const chunks = splitChunks(text);
    this.lastWalked = 0;
    this.lastFallback = false;
    if (!chunks) return this.fallback(input);
    const nextCache = new Map<string, ChunkResult>();
    const results: (ChunkResult | null)[] = [];
    for (const chunk of chunks) {
      if (chunk.kind === 'preamble') {
        results.push(null);
        continue;
      }
      const key = `${chunk.kind}\u0000${chunk.section}\u0000${chunk.text}`;
      let result = this.cache.get(key) ?? nextCache.get(key);
      if (!result) {
        const walked = walkChunk(chunk);
        this.lastWalked++;
        if (!walked) return this.fallback(input);
        result = walked;
      }
      nextCache.set(key, result);
      results.push(result);
    }
    this.cache = nextCache;
    return this.assemble(text, chunks, results);
  }

  private fallback(input: string): { model: RoadmapModel; findings: Finding[] } {
    this.cache.clear();
    this.lastFallback = true;
    return parseRoadmap(input);
  }

  private assemble(text: string, chunks: Chunk[], results: (ChunkResult | null)[]): { model: RoadmapModel; findings: Finding[] } {
    const mapper = new PositionMapper(text);
    const document = lazyDocument(text);
    const acc = emptyCollected();
    const findings: Finding[] = [];
    const walkFindings: Finding[] = [];
    const seenSections = new Map<string, Range>();
    const skipSection = new Set<number>();
    const firstIds = new Map<string, Map<string, Range>>();
    let firstKeyRange: Range | undefined;
    let duplicateHead = false;

    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      const result = results[i];
      if (!result) continue;
      const dl = chunk.startLine;
      const dOff = chunk.startOffset;
      if (chunk.kind === 'entity') {
        if (duplicateHead) continue;
        const section = chunk.section as EntitySection;
        let ids = firstIds.get(section);
        if (!ids) firstIds.set(section, (ids = new Map()));
        const idRange = shiftRange(result.keyRange, dl);
        const first = ids.get(result.name);
        if (first) {
          walkFindings.push(duplicateEntity(result.name, section, idRange, first));
          continue;
        }
        ids.set(result.name, idRange);
        const cached = (result.acc.maps[section] as Map<string, Entity<object>>).get(result.name);
        if (cached) {
          const id = result.name;
          const placed = placeEntity(cached, dl, dOff, () => {
            const value = topPair(document(), section)?.value;
            if (!isMap(value)) return null;
            const pair = value.items.find((p) => keyText(p.key) === id);
            return isMap(pair?.value) ? (pair.value as YamlNode) : null;
          });
          (acc.maps[section] as Map<string, Entity<object>>).set(id, placed);
        }
        for (const f of result.findings) walkFindings.push(shiftFinding(f, dl));
        for (const r of result.acc.references) acc.references.push(placeReference(r, dl));
        const head = acc.sections.get(section);
        if (head) {
          acc.root.present.add(section);
          head.endOffset = chunk.startOffset + chunk.text.replace(/\s+$/, '').length;
          const end = mapper.toLspPosition(head.endOffset);
          const firstEntity = [...(acc.maps[section] as Map<string, Entity<object>>).values()][0];
          head.valueRange = { start: firstEntity?.idRange.start ?? head.valueRange.start, end };
        }
        continue;
      }
      // A top-level key (a whole section, or an entity section's head line).
      const keyRange = shiftRange(result.keyRange, dl);
      firstKeyRange ??= keyRange;
      const first = seenSections.get(result.name);
      duplicateHead = false;
      if (first) {
        findings.push(duplicateSection(result.name, keyRange, first));
        skipSection.add(i);
        duplicateHead = chunk.kind === 'head';
        continue;
      }
      seenSections.set(result.name, keyRange);
      const part = result.acc;
      if (part.version !== undefined) acc.version = part.version;
      copyFields(part.root as Fields<never>, acc.root as Fields<never>, dl, dOff);
      for (const name of SINGLETON_SECTIONS) copyFields(part.singletons[name], acc.singletons[name], dl, dOff);
      for (const [name, loc] of part.sections) {
        const placed: SectionLocation = {
          key: loc.key,
          keyRange: shiftRange(loc.keyRange, dl),
          valueRange: shiftRange(loc.valueRange, dl),
          startOffset: loc.startOffset + dOff,
          endOffset: loc.endOffset + dOff,
          node: null,
        };
        Object.defineProperty(placed, 'node', {
          get: () => {
            const value = topPair(document(), name)?.value;
            return (value as YamlNode | null | undefined) ?? null;
          },
          enumerable: true,
        });
        acc.sections.set(name, placed);
      }
      for (const section of ENTITY_SECTIONS) {
        for (const e of (part.maps[section] as Map<string, Entity<object>>).values()) {
          const id = e.id;
          (acc.maps[section] as Map<string, Entity<object>>).set(
            id,
            placeEntity(e, dl, dOff, () => {
              const value = topPair(document(), section)?.value;
              if (!isMap(value)) return null;
              const pair = value.items.find((p) => keyText(p.key) === id);
              return isMap(pair?.value) ? (pair.value as YamlNode) : null;
            }),
          );
        }
      }
      for (const f of result.findings) findings.push(shiftFinding(f, dl));
      for (const r of part.references) acc.references.push(placeReference(r, dl));
    }

    const first = firstKeyRange ?? ZERO_RANGE;
    findings.push(...walkFindings);
    findings.push(...fileLevelFindings(acc, first));
    findings.push(...resolveReferences(acc.references, acc.maps));
    const model = buildModel(text, mapper, null, true, first, acc);
    Object.defineProperty(model, 'document', { get: document, enumerable: true });
    return { model, findings };
  }
}
