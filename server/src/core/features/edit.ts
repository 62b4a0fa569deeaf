/**
 * The edit engine: one value of a roadmap set by path (`use_cases.doc-search.value`
 * = 4, `plan.prototype.weeks` = "7-9", `kpis.search-time.actuals.2027-Q1` = 7),
 * as the smallest text edits that do it, or a refusal in English and Bokmål.
 * `airoadmap set` and any editor command take it through `editRoadmap` in
 * core/index.ts, which gives it the pipeline's check.
 *
 * What an edit keeps: when the field is written, only its value's characters
 * change (quotes as they were unless the new value needs others, the trailing
 * comment, flow `{ }` or block style, the line endings). An absent field is one
 * new line at the entity's indentation, where the language's key order puts it
 * (inside a flow map: `, key: value`); a missing map such as `actuals` is two
 * lines, the key and the entry.
 *
 * What it refuses: a file with YAML syntax errors, an expected version that is
 * not the document's, a path naming no section, entity or field (with a "did
 * you mean"), a list or map, a value written over several lines, and a value
 * the language rejects: the edited text is checked again and any structure
 * diagnostic it did not have before refuses the edit with that diagnostic's
 * message.
 *
 * Anchors and merge keys (`<<: *base`): a field whose value is merged into the
 * entity gets an explicit override written in the entity (one line, which wins
 * over the merged value: the anchor and every other map merging it stay as
 * they were), as the quick fixes do. Refused, naming the anchor: an entity (or
 * a map inside it) that is an alias (`doc-search: *base`), and a field inside
 * a map merged whole (`production` from `<<: *base`), where an own map would
 * replace every merged field of it; and a value or map that carries an
 * anchor (`&base`), since every alias and merge of it would change too.
 * Must not depend on vscode or the LSP connection.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Alias, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import * as z from 'zod';
import { ENTITY_SECTIONS, type EntitySection } from '../../../../schemas/model';
import type { Analysis } from '../language/analysis';
import { STRUCTURE_CODES } from '../language/codes';
import { isMergeKey } from '../language/merge';
import { entitiesOf, type Fields, type RoadmapModel } from '../language/model';
import { keyText } from '../language/parse';
import { unwrap } from '../language/schema';
import { closest } from '../language/suggest';
import type { Locale, RoadmapDiagnostic } from '../language/types';
import { EDIT_TEXTS, type EditTexts } from '../texts/edit';
import { ENTITY_NOUNS } from '../texts/guidance';
import { columnIndent, eolOf, fieldsOf, findPair, insertIntoMapOf, lineEndAt, lineStartAt, renderBlock, renderFlow, rootMap, type FieldLine } from './code-actions';
import { indentUnit, schemaAt, splitLines } from './cursor';
import { contentEnd } from './ranges';

export type EditValue = string | number | boolean;

export interface EditIntent {
  /** `section.id.field`, `section.id.map.key`, or `section.field` for a section such as `budget`. */
  readonly path: string;
  readonly value: EditValue;
  /** The document version the caller read; the edit is refused when the document's differs. */
  readonly expectedVersion?: number;
}

export interface EditContext {
  /** The document's version now (the editor's), compared with the intent's `expectedVersion`. */
  readonly version?: number;
}

export type EditRefusal =
  | 'version-mismatch'
  | 'syntax-errors'
  | 'bad-path'
  | 'unknown-section'
  | 'unknown-entity'
  | 'unknown-field'
  | 'missing-section'
  | 'not-a-scalar'
  | 'not-a-map'
  | 'multi-line'
  | 'aliased'
  | 'merged-parent'
  | 'anchored'
  | 'bad-value'
  | 'rejected';

export type EditResult =
  | {
      readonly ok: true;
      /** LSP ranges (0-based lines, UTF-16 characters) in the text without its byte-order mark, as every feature's. */
      readonly edits: TextEdit[];
      /** The whole text after the edits (a byte-order mark kept). */
      readonly text: string;
    }
  | { readonly ok: false; readonly reason: EditRefusal; /** In the analysis' locale. */ readonly message: string; readonly messages: Readonly<Record<Locale, string>> };

/** The pipeline's check of a text, as core/index.ts gives it (`analyze(text, { locale })`). */
export type EditCheck = (text: string, locale: Locale) => Analysis;

class Refusal {
  constructor(
    readonly reason: EditRefusal,
    readonly say: (t: EditTexts, locale: Locale) => string,
  ) {}
}

function refused(analysis: Analysis, refusal: Refusal): EditResult {
  const messages = { en: refusal.say(EDIT_TEXTS.en, 'en'), nb: refusal.say(EDIT_TEXTS.nb, 'nb') };
  return { ok: false, reason: refusal.reason, message: messages[analysis.locale], messages };
}

/** The value as the messages show it. */
function shown(value: EditValue): string {
  return String(value);
}

// ---------------------------------------------------------------------------
// Values as YAML text.

type QuoteStyle = 'plain' | 'single' | 'double';

/** Whether `text` written plain after `key: ` (or inside a flow map) reads back as the same string. */
function plainReadsBack(text: string, flow: boolean): boolean {
  if (text.length === 0 || text !== text.trim() || /[\r\n]/.test(text)) return false;
  const source = flow ? `{k: ${text}}` : `k: ${text}`;
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  const contents = doc.contents;
  if (!isMap(contents) || contents.items.length !== 1) return false;
  const value = contents.items[0]!.value;
  return isScalar(value) && value.type === 'PLAIN' && value.value === text;
}

function quote(text: string, style: 'single' | 'double'): string {
  // A line break in single quotes would fold; only double quotes can escape it.
  // eslint-disable-next-line no-control-regex
  return style === 'single' && !/[\u0000-\u001f\u007f]/.test(text) ? `'${text.replaceAll("'", "''")}'` : JSON.stringify(text);
}

/**
 * The YAML text of a value: numbers and booleans plain (a quoted one would be
 * text); text in the old value's quotes when it had some, plain when that
 * reads back as the same text, else double-quoted.
 */
function valueText(value: EditValue, old: QuoteStyle, flow: boolean): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (old !== 'plain') return quote(value, old);
  return plainReadsBack(value, flow) ? value : quote(value, 'double');
}

function styleOf(node: unknown): QuoteStyle {
  if (isScalar(node)) {
    if (node.type === 'QUOTE_SINGLE') return 'single';
    if (node.type === 'QUOTE_DOUBLE') return 'double';
  }
  return 'plain';
}

// ---------------------------------------------------------------------------
// Where things are.

type Span = { range?: [number, number, number] | null };

/** The anchor a node carries (`&base`), if any. */
function anchorOf(node: unknown): string | undefined {
  const anchor = (node as { anchor?: unknown } | null | undefined)?.anchor;
  return typeof anchor === 'string' && anchor.length > 0 ? anchor : undefined;
}

function spanOf(node: unknown): [number, number] | undefined {
  const r = (node as Span | null | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** The anchor a map merges `key` from (`<<: *a` or `<<: [*a, *b]`, the first that has it), by name. */
function mergedAnchor(model: RoadmapModel, map: unknown, key: string): string {
  if (!isMap(map) || !model.document) return '<<';
  for (const pair of (map as YAMLMap<unknown, unknown>).items) {
    if (!isMergeKey(pair.key)) continue;
    const value = pair.value;
    const aliases: unknown[] = isSeq(value) ? value.items : [value];
    for (const a of aliases) {
      if (!isAlias(a)) continue;
      if (findPair((a as Alias).resolve(model.document), key)) return (a as Alias).source;
    }
  }
  return '<<';
}

/**
 * The rank of each key of a map in the language's key order: the schema's
 * fields in their order, a record's keys (the actuals' quarters) sorted; the
 * merge key first; a key the language does not know has none.
 */
function keyRank(schema: z.ZodType | undefined): (key: string) => number | undefined {
  const inner = schema ? unwrap(schema) : undefined;
  if (inner instanceof z.ZodObject) {
    const order = Object.keys(inner.shape as Record<string, unknown>);
    return (key) => (key === '<<' ? -1 : order.includes(key) ? order.indexOf(key) : undefined);
  }
  return (key) => (key === '<<' ? -1 : undefined);
}

/**
 * The edit that writes `line` into `map` at its place in the key order: after
 * the field that comes last before it (after that field's whole value), else
 * before the first that comes after it, else after the map's last field. A
 * record (`actuals`) orders its keys as text (quarters sort so).
 */
function insertIntoMap(model: RoadmapModel, map: YAMLMap<unknown, unknown>, line: FieldLine, rank: (key: string) => number | undefined, record: boolean): TextEdit | null {
  const text = model.text;
  const order = (key: string): number | string | undefined => (record && key !== '<<' ? key : rank(key));
  const mine = order(line.key);
  const before = (a: number | string, b: number | string) => (typeof a === typeof b ? a < b : typeof a === 'number');
  let after: Pair<unknown, unknown> | undefined;
  let next: Pair<unknown, unknown> | undefined;
  for (const pair of map.items) {
    const r = order(keyText(pair.key));
    if (r === undefined || mine === undefined) continue;
    if (before(r, mine)) {
      const best = after ? order(keyText(after.key)) : undefined;
      if (best === undefined || before(best, r)) after = pair;
    } else if (!next) {
      next = pair;
    }
  }
  if (!after && !next) after = map.items[map.items.length - 1];

  if (map.flow) {
    const rendered = renderFlow([line]);
    if (after) {
      const end = spanOf(after.value)?.[1] ?? spanOf(after.key)?.[1];
      return end === undefined ? null : { range: model.mapper.toLspRange(end, end), newText: `, ${rendered}` };
    }
    if (next) {
      const start = spanOf(next.key)?.[0];
      return start === undefined ? null : { range: model.mapper.toLspRange(start, start), newText: `${rendered}, ` };
    }
    const open = spanOf(map)?.[0];
    return open === undefined ? null : { range: model.mapper.toLspRange(open + 1, open + 1), newText: rendered };
  }

  const first = spanOf(map.items[0]?.key)?.[0];
  if (first === undefined) return null;
  const lead = text.slice(lineStartAt(text, first), first);
  const indent = /^[ \t]*$/.test(lead) ? lead : columnIndent(text, first);
  const unit = ' '.repeat(indentUnit(splitLines(text, model.caches)));
  const rendered = renderBlock([line], indent, unit);
  const eol = eolOf(text);
  if (after) {
    const end = contentEnd(after.value ?? after.key, text) ?? spanOf(after.key)?.[1];
    if (end === undefined || end === null) return null;
    const at = lineEndAt(text, end);
    return { range: model.mapper.toLspRange(at, at), newText: eol + rendered.join(eol) };
  }
  const start = spanOf(next!.key)?.[0];
  if (start === undefined) return null;
  const at = lineStartAt(text, start);
  return { range: model.mapper.toLspRange(at, at), newText: rendered.join(eol) + eol };
}

function applyEdits(model: RoadmapModel, edits: readonly TextEdit[]): string {
  const placed = edits.map((e) => ({ start: model.mapper.offsetAt(e.range.start), end: model.mapper.offsetAt(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let text = model.text;
  for (const e of placed) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

// ---------------------------------------------------------------------------
// The path.

interface Target {
  section: string;
  /** The entity's id; undefined for a section such as `budget`. */
  id?: string;
  /** The field's keys inside the entity (or section): one or two. */
  field: string[];
  /** The path of keys from the file's top, for the schema. */
  keys: string[];
}

const SECTIONS = (): string[] => Object.keys((unwrap(schemaAt([])!.schema) as z.ZodObject<z.ZodRawShape>).shape);

function isEntitySection(section: string): section is EntitySection {
  return (ENTITY_SECTIONS as readonly string[]).includes(section);
}

function targetOf(path: string): Target | Refusal {
  const parts = path.split('.');
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return new Refusal('bad-path', (t) => t.badPath(path));
  const section = parts[0]!;
  const sections = SECTIONS().filter((s) => s !== 'airoadmap');
  if (!sections.includes(section)) return new Refusal('unknown-section', (t) => t.unknownSection(section, closest(section, sections)));
  const entity = isEntitySection(section);
  if (entity && parts.length < 3) return new Refusal('bad-path', (t) => t.badPath(path));
  const field = parts.slice(entity ? 2 : 1);
  if (field.length > 2) return new Refusal('bad-path', (t) => t.badPath(path));
  return entity ? { section, id: parts[1]!, field, keys: parts } : { section, field, keys: parts };
}

/** The field's schema along the path, or the refusal of an unknown field or of a list or map. */
function fieldSchema(target: Target, path: string): z.ZodType | Refusal {
  const head = target.keys.slice(0, target.keys.length - target.field.length);
  for (let i = 0; i < target.field.length; i++) {
    const owner = unwrap(schemaAt([...head, ...target.field.slice(0, i)])!.schema);
    const key = target.field[i]!;
    const where = [...head, ...target.field.slice(0, i)].join('.');
    if (owner instanceof z.ZodObject) {
      const keys = Object.keys(owner.shape as Record<string, unknown>);
      if (!keys.includes(key)) return new Refusal('unknown-field', (t) => t.unknownField(where, key, closest(key, keys)));
    } else if (!(owner instanceof z.ZodRecord)) {
      return new Refusal('unknown-field', (t) => t.unknownField(where, key, undefined));
    }
  }
  const leaf = schemaAt(target.keys)!.schema;
  const inner = unwrap(leaf);
  if (inner instanceof z.ZodObject || inner instanceof z.ZodRecord || inner instanceof z.ZodArray) return new Refusal('not-a-scalar', (t) => t.notAScalar(path));
  return leaf;
}

// ---------------------------------------------------------------------------
// The edit.

/** The edits that set the value, before the check. */
function editsFor(model: RoadmapModel, target: Target, path: string, value: EditValue): TextEdit[] | Refusal {
  const root = rootMap(model);
  const sectionPair = root ? findPair(root, target.section) : undefined;
  let fields: Fields<unknown> | undefined;
  let ownerPair: Pair<unknown, unknown> | undefined;
  const ownerPath = target.id === undefined ? target.section : `${target.section}.${target.id}`;
  if (target.id !== undefined) {
    const section = target.section as EntitySection;
    const entities = entitiesOf(model, section);
    const id = target.id;
    fields = entities.get(id);
    if (isAlias(sectionPair?.value)) return new Refusal('aliased', (t) => t.aliased(target.section, (sectionPair!.value as Alias).source));
    ownerPair = sectionPair ? findPair(sectionPair.value, id) : undefined;
    if (!fields || !ownerPair) return new Refusal('unknown-entity', (t, l) => t.unknownEntity(ENTITY_NOUNS[section][l], id, closest(id, entities.keys())));
  } else {
    fields = fieldsOf(model, target.section, undefined);
    ownerPair = sectionPair;
    if (!fields || !ownerPair) return new Refusal('missing-section', (t) => t.missingSection(target.section));
  }
  if (isAlias(ownerPair.value)) return new Refusal('aliased', (t) => t.aliased(ownerPath, (ownerPair!.value as Alias).source));
  const ownerAnchor = anchorOf(ownerPair.value);
  if (ownerAnchor !== undefined) return new Refusal('anchored', (t) => t.anchored(ownerPath, ownerAnchor));

  const [first, second] = target.field as [string, string | undefined];
  const ownerMap = ownerPair.value;
  const head = target.keys.slice(0, target.keys.length - target.field.length);

  // The map the field is written in: the entity's, or a map inside it (`actuals`, `production`).
  let map: unknown = ownerMap;
  let mapPath = ownerPath;
  let mapKeys = head;
  if (second !== undefined) {
    const parentLocation = fields.locations.get(first);
    const parentPair = findPair(ownerMap, first);
    if (parentLocation?.merged && !parentPair) {
      const anchor = mergedAnchor(model, ownerMap, first);
      return new Refusal('merged-parent', (t) => t.mergedParent(`${ownerPath}.${first}`, anchor));
    }
    if (parentPair) {
      if (isAlias(parentPair.value)) return new Refusal('aliased', (t) => t.aliased(`${ownerPath}.${first}`, (parentPair.value as Alias).source));
      map = parentPair.value;
      mapPath = `${ownerPath}.${first}`;
      const mapAnchor = anchorOf(map);
      if (mapAnchor !== undefined) return new Refusal('anchored', (t) => t.anchored(mapPath, mapAnchor));
      mapKeys = [...head, first];
      if (!isMap(map) && !(map === null || map === undefined || (isScalar(map) && (map.value === null || map.value === undefined)))) {
        return new Refusal('not-a-map', (t) => t.notAMap(mapPath));
      }
    } else {
      map = undefined; // created below
    }
  }
  const key = second ?? first;
  const flow = isMap(map) && map.flow === true;

  // Written in this map: only the value's characters change.
  const pair = map !== undefined ? findPair(map, key) : undefined;
  if (pair) {
    const node = pair.value;
    if (isMap(node) || isSeq(node)) return new Refusal('not-a-scalar', (t) => t.notAScalar(path));
    const valueAnchor = anchorOf(node);
    if (valueAnchor !== undefined) return new Refusal('anchored', (t) => t.anchored(path, valueAnchor));
    const span = spanOf(node);
    const text = valueText(value, styleOf(node), flow);
    if (text === undefined) return new Refusal('bad-value', (t) => t.badValue(shown(value)));
    if (span && span[1] > span[0]) {
      const [start, end] = span;
      if (/[\r\n]/.test(model.text.slice(start, end)) || (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED'))) return new Refusal('multi-line', (t) => t.multiLine(path));
      return [{ range: model.mapper.toLspRange(start, end), newText: text }];
    }
    // `key:` with nothing after the colon: the value goes right after it.
    const keyEnd = spanOf(pair.key)?.[1];
    const colon = keyEnd === undefined ? -1 : model.text.indexOf(':', keyEnd);
    if (colon < 0) return new Refusal('not-a-map', (t) => t.notAMap(mapPath));
    return [{ range: model.mapper.toLspRange(colon + 1, colon + 1), newText: ` ${text}` }];
  }

  // Absent, or merged (`<<: *base`): one new line in this map, which wins over a merged value.
  const text = valueText(value, 'plain', flow || (map === undefined && isMap(ownerMap) && ownerMap.flow === true));
  if (text === undefined) return new Refusal('bad-value', (t) => t.badValue(shown(value)));
  const leaf: FieldLine = { key, value: text };
  const line: FieldLine = map === undefined ? { key: first, children: [leaf] } : leaf;
  const into = map === undefined ? ownerMap : map;
  const intoPair = map === undefined || map === ownerMap ? ownerPair : findPair(ownerMap, first)!;
  const intoKeys = map === undefined ? head : mapKeys;
  if (isMap(into) && into.items.length > 0) {
    const owner = schemaAt(intoKeys)?.schema;
    const record = owner !== undefined && unwrap(owner) instanceof z.ZodRecord;
    const edit = insertIntoMap(model, into as YAMLMap<unknown, unknown>, line, keyRank(owner), record);
    return edit ? [edit] : new Refusal('not-a-map', (t) => t.notAMap(mapPath));
  }
  // An empty map (`doc-search:`, `actuals: {}`): the quick fixes' insertion writes it.
  const edits = insertIntoMapOf(model, intoPair, [line]);
  return edits ?? new Refusal('not-a-map', (t) => t.notAMap(mapPath));
}

/** A structure diagnostic's identity across two texts: its code and message (positions move). */
function structureKeys(diagnostics: readonly RoadmapDiagnostic[]): string[] {
  return diagnostics.filter((d) => Object.prototype.hasOwnProperty.call(STRUCTURE_CODES, d.code)).map((d) => `${d.code}\u0000${d.message}`);
}

/** The first structure diagnostic of `after` that `before` does not have, by its index in `after`. */
function newStructureDiagnostic(before: readonly RoadmapDiagnostic[], after: readonly RoadmapDiagnostic[]): number {
  const counts = new Map<string, number>();
  for (const key of structureKeys(before)) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (let i = 0; i < after.length; i++) {
    const d = after[i]!;
    if (!Object.prototype.hasOwnProperty.call(STRUCTURE_CODES, d.code)) continue;
    const key = `${d.code}\u0000${d.message}`;
    const left = counts.get(key) ?? 0;
    if (left === 0) return i;
    counts.set(key, left - 1);
  }
  return -1;
}

/**
 * Sets one value of the analysed roadmap; never throws. `check` is the
 * pipeline's (core/index.ts `editRoadmap` passes it): the edited text must
 * bring no structure diagnostic the text did not have.
 */
export function planEdit(analysis: Analysis, intent: EditIntent, check: EditCheck, context: EditContext = {}): EditResult {
  if (intent.expectedVersion !== undefined && intent.expectedVersion !== context.version) {
    const actual = context.version === undefined ? '?' : String(context.version);
    return refused(analysis, new Refusal('version-mismatch', (t) => t.versionMismatch(intent.expectedVersion!, actual)));
  }
  const model = analysis.model;
  if (model.syntaxErrors || !model.usable || model.document === null || model.document.errors.length > 0) return refused(analysis, new Refusal('syntax-errors', (t) => t.syntaxErrors()));
  const target = targetOf(intent.path);
  if (target instanceof Refusal) return refused(analysis, target);
  const schema = fieldSchema(target, intent.path);
  if (schema instanceof Refusal) return refused(analysis, schema);
  const edits = editsFor(model, target, intent.path, intent.value);
  if (edits instanceof Refusal) return refused(analysis, edits);

  const bom = analysis.text.length > model.text.length ? analysis.text.slice(0, analysis.text.length - model.text.length) : '';
  const text = bom + applyEdits(model, edits);
  const after = check(text, 'en');
  if (after.model.syntaxErrors) return refused(analysis, new Refusal('rejected', (t) => t.rejected(intent.path, shown(intent.value), t.syntaxErrors())));
  const index = newStructureDiagnostic(check(analysis.text, 'en').diagnostics, after.diagnostics);
  if (index >= 0) {
    const reasons = { en: after.diagnostics[index]!.message, nb: check(text, 'nb').diagnostics[index]?.message ?? after.diagnostics[index]!.message };
    return refused(analysis, new Refusal('rejected', (t, l) => t.rejected(intent.path, shown(intent.value), reasons[l])));
  }
  return { ok: true, edits, text };
}
