/**
 * Text → model, with the structure checks.
 *
 * Parses with `yaml` (YAML 1.2 core schema, duplicate keys allowed so that we
 * report them ourselves), then walks the zod model of `schemas/model.ts`
 * alongside the YAML tree: collections are walked here, scalars are checked
 * by their zod schema. Every entity and field keeps the ranges of its key and
 * value. Nothing here throws on bad input.
 * Must not depend on vscode or the LSP connection.
 */
import { DocumentCaches } from './caches';
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type Alias, type CST, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import * as z from 'zod';
import {
  fieldMeta,
  ID_PATTERN,
  roadmapSchema,
  type EntitySection,
} from '../../../../schemas/model';
import { describeSchema, unwrap } from './schema';
import { closest, closestPrepared, prepareCandidates, type PreparedCandidates } from './suggest';
import { meantBoolean, meantDate, meantEnumValue, meantNumber, type NumberReading } from './input-hints';
import { contentEnd } from './content-end';
import { isMergeKey, Merger, type MapEntry, type MergeProblem } from './merge';
import { PositionMapper, ZERO_RANGE, type Range } from './positions';
import { EntityFields, Fields, type ChunkIndex, type EntityMaps, type FieldLocation, type Reference, type RoadmapModel, type SectionLocation } from './model';
import type { Finding } from './types';
import type { WorkMeter } from './work';

export interface ParseResult {
  model: RoadmapModel;
  /** Structure findings (the structure codes). */
  findings: Finding[];
}

type AnySchema = z.ZodType;
type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** Hard bound on walked nodes, so that alias tricks cannot make a check unbounded. */
const MAX_WALKED_NODES = 2_000_000;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Empty values count as absent: nothing after the colon, `~`, `null`, or `""`. */
export function isEmptyNode(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined || node.value === ''));
}

/** A top-level key starting with `x-`: the writer's own (anchors to share, notes), read by no check. */
export function isExtensionKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'string' && key.value.startsWith('x-');
}

export function keyText(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (typeof key.source === 'string') return key.source;
    return String(key.value);
  }
  return '';
}

/** Expected kind of a schema, for wrong-type messages. */
function expectedKind(schema: AnySchema): string {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return 'map';
  if (s instanceof z.ZodArray) return 'list';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodNumber || s instanceof z.ZodLiteral) return 'number';
  if (s instanceof z.ZodUnion) return fieldMeta.get(s)?.format === 'weeks' ? 'number or text' : 'number';
  return 'text';
}

function actualKind(node: unknown): string {
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'string') return 'text';
    return 'value';
  }
  return 'value';
}

export class Builder {
  readonly findings: Finding[] = [];
  readonly mapper: PositionMapper;
  readonly references: Reference[] = [];
  private walked = 0;
  private budgetReported = false;
  /** Work counts beside `walked`, flushed into a meter by `addWorkTo`. */
  private aliasHops = 0;
  private aliasTableNodes = 0;
  private suggestionCandidates = 0;
  private readonly suggestionWork = { suggestionCells: 0 };
  /** Merge keys (`<<: *base`, merge.ts), when the text has any. */
  private readonly merger: Merger | null;
  /**
   * While an entry merged into a map is walked: the alias it came through, in
   * the merging map's `<<` value. Every range the walk gives is then the
   * alias's, so each finding, field location and reference of the merged
   * value sits in the map that merges it.
   */
  private site: { range: Range; start: number; end: number } | null = null;
  /**
   * How many nodes the walk may visit: aliases let a short text name the same
   * list thousands of times; two nodes per character of text, never millions
   * from kilobytes. Merges are bounded by the same figure.
   */
  private readonly walkBudget: number;

  constructor(
    readonly text: string,
    readonly doc: Document.Parsed | null,
  ) {
    this.mapper = new PositionMapper(text);
    this.walkBudget = Math.min(MAX_WALKED_NODES, 10_000 + 2 * text.length);
    this.merger = text.includes('<<') ? new Merger(this, this.walkBudget) : null;
  }

  /** A node's range, or while a merged entry is walked, its alias's. */
  range(node: { range?: [number, number, number] | null } | null | undefined, fallback?: Range): Range {
    return this.site ? this.site.range : this.rawRange(node, fallback);
  }

  /** A node's own range, also while a merged entry is walked. */
  rawRange(node: { range?: [number, number, number] | null } | null | undefined, fallback?: Range): Range {
    const r = node?.range;
    if (!r) return fallback ?? ZERO_RANGE;
    return this.mapper.toLspRange(r[0], r[1]);
  }

  resolve(node: unknown): YamlNode | null {
    let n = node;
    let depth = 0;
    while (isAlias(n) && this.doc && depth < 100) {
      this.aliasHops++;
      const target = this.aliasTarget(n);
      if (!target && !this.reportedAliases.has(n)) {
        this.reportedAliases.add(n);
        this.findings.push({ code: 'yaml-syntax', range: this.rawRange(n), args: { yaml: 'UNDEFINED_ALIAS', alias: n.source } });
      }
      n = target;
      depth++;
    }
    if (isAlias(n) || n === undefined) return null;
    return (n as YamlNode | null) ?? null;
  }

  private aliasTargets: Map<Alias, YamlNode> | undefined;
  private readonly unresolved: Alias[] = [];

  /** Reports every alias naming no anchor, also in parts of the file the walk skips (unknown keys). */
  reportUnresolvedAliases(): void {
    if (!this.doc) return;
    if (!this.aliasTargets) this.aliasTarget(null);
    for (const alias of this.unresolved) {
      if (this.reportedAliases.has(alias)) continue;
      this.reportedAliases.add(alias);
      this.findings.push({ code: 'yaml-syntax', range: this.rawRange(alias), args: { yaml: 'UNDEFINED_ALIAS', alias: alias.source } });
    }
  }
  private readonly reportedAliases = new Set<Alias>();

  /**
   * The node an alias names: the last node with that anchor before it in
   * document order, as yaml's `Alias.resolve` has it. Worked out once per
   * document; `Alias.resolve` walks the whole document on every call, which
   * made 10,000 aliases quadratic. Iterative, so deep nesting cannot overflow.
   */
  private aliasTarget(alias: Alias | null): YamlNode | null {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, YamlNode>();
      const anchors = new Map<string, YamlNode>();
      const stack: unknown[] = [this.doc?.contents];
      while (stack.length > 0) {
        const node = stack.pop();
        this.aliasTableNodes++;
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          if (target) targets.set(node, target);
          else this.unresolved.push(node);
        } else if (isScalar(node) || isMap(node) || isSeq(node)) {
          if (node.anchor) anchors.set(node.anchor, node);
          if (isScalar(node)) continue;
          const children: unknown[] = [];
          for (const item of node.items as unknown[]) {
            if (isPair(item)) children.push(item.key, item.value);
            else children.push(item);
          }
          for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
        }
      }
      this.aliasTargets = targets;
    }
    return alias ? (this.aliasTargets.get(alias) ?? null) : null;
  }

  /** "Did you mean": the closest of `candidates`, counted. */
  suggest(name: string, candidates: readonly string[]): string | undefined {
    this.suggestionCandidates += candidates.length;
    return closest(name, candidates, this.suggestionWork);
  }

  /** Adds this builder's work to a meter. */
  addWorkTo(meter: WorkMeter | undefined): void {
    if (!meter) return;
    meter.walkedNodes += this.walked;
    meter.aliasHops += this.aliasHops;
    meter.aliasTableNodes += this.aliasTableNodes;
    meter.mergedKeys += this.merger?.work ?? 0;
    meter.suggestionCandidates += this.suggestionCandidates;
    meter.suggestionCells += this.suggestionWork.suggestionCells;
  }

  private spend(): boolean {
    if (this.walked >= this.walkBudget) {
      if (!this.budgetReported) {
        this.budgetReported = true;
        this.findings.push({ code: 'invalid-value', range: ZERO_RANGE, args: { kind: 'too-large', name: '' } });
      }
      return false;
    }
    this.walked++;
    return true;
  }

  /**
   * The range a finding about a pair's value sits on: the value itself. A
   * block collection spans many lines; the finding covers its first line so
   * the squiggle stays readable.
   */
  valueFindingRange(pair: Pair<unknown, unknown>): Range {
    if (this.site) return this.site.range;
    const raw = pair.value as YamlNode | null;
    if (!raw?.range) return this.range(pair.key as YamlNode);
    const [start, end] = raw.range;
    const lineEnd = this.text.indexOf('\n', start);
    const stop = lineEnd >= 0 && lineEnd < end ? lineEnd : end;
    return this.mapper.toLspRange(start, stop);
  }

  /** `keyRange`: the key's range when the caller has it already. */
  location(pair: Pair<unknown, unknown>, path: string, knownKeyRange?: Range): FieldLocation {
    if (this.site) return { key: path, keyRange: this.site.range, valueRange: this.site.range, merged: true };
    const keyNode = pair.key as YamlNode | null;
    const keyRange = knownKeyRange ?? this.range(keyNode);
    const rawValue = pair.value as YamlNode | null;
    const valueNode = this.resolve(rawValue);
    let valueRange: Range;
    if (rawValue && !isEmptyNode(valueNode) && rawValue.range) {
      valueRange = this.range(rawValue);
    } else {
      const end = keyNode?.range ? keyNode.range[1] : 0;
      // Just after the colon, where a value would be typed.
      const colon = this.text.indexOf(':', end);
      const at = colon >= 0 && colon - end < 50 ? colon + 1 : end;
      valueRange = this.mapper.toLspRange(at, at);
    }
    return { key: path, keyRange, valueRange };
  }

  /**
   * The entries of a map as the walk reads them (merge.ts): the pairs written
   * in it (a `<<` among them, for the duplicate check), then the keys merged
   * through its `<<`. A `<<` value that is not an alias of a map (or a list of
   * them), or a merge past the bounds, is reported here; `where` names the
   * map in messages.
   */
  entries(map: YAMLMap<unknown, unknown>, where: string): MapEntry[] {
    if (!this.merger) return (map.items as Pair<unknown, unknown>[]).map((pair) => ({ pair, via: null }));
    return this.merger.entries(map, (problem) => this.reportMerge(problem, where));
  }

  private reportMerge(problem: MergeProblem, where: string): void {
    const range = this.range(problem.node as YamlNode | null, this.range(problem.key as YamlNode | null));
    if (problem.kind === 'limit') {
      this.findings.push({ code: 'invalid-value', range, args: { kind: 'merge-limit', field: '<<', where, value: '' } });
      return;
    }
    const actual = isMap(problem.node) ? 'inline-map' : actualKind(problem.target ?? this.resolve(problem.node));
    this.findings.push({ code: 'wrong-type', range, args: { field: '<<', where, expected: 'merge', actual } });
  }

  /**
   * Starts walking an entry merged through `via`; -1 for an entry written in
   * its map, or inside a merged value already (the outer alias holds).
   * Pass what it returns to `leaveMerged`.
   */
  enterMerged(via: Alias | null): number {
    if (!via || this.site) return -1;
    const r = via.range;
    this.site = { range: this.rawRange(via), start: r?.[0] ?? 0, end: r?.[1] ?? 0 };
    return this.findings.length;
  }

  /**
   * Ends a merged entry's walk. Its findings sit on the alias, so they offer
   * no replacement (that would overwrite the alias) and no suggestion to apply.
   */
  leaveMerged(mark: number): void {
    if (mark < 0) return;
    this.site = null;
    for (let i = mark; i < this.findings.length; i++) {
      const finding = this.findings[i]!;
      if (finding.fix?.kind === 'replace') delete finding.fix;
      delete finding.suggestion;
    }
  }

  /** Whether a merged entry is being walked (findings kept elsewhere than `findings` must then offer no replacement). */
  get inMerged(): boolean {
    return this.site !== null;
  }

  /** The alias's offsets while a merged entry is walked. */
  mergedSpan(): [number, number] | null {
    return this.site ? [this.site.start, this.site.end] : null;
  }

  /** For a reference made while a merged entry is walked: where its id is written. */
  private writtenAt(node: unknown): { written?: Range } {
    return this.site ? { written: this.rawRange(node as YamlNode | null) } : {};
  }

  /**
   * Walks a map against an object schema, filling `target`. `prefix` is the
   * dotted path inside the target (for nested maps such as `production`).
   */
  walkObject(schema: ObjectSchema, node: YamlNode, target: Fields<object>, prefix: string, owner: { section: string; id?: string }): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    if (!isMap(node)) return data;
    const shape = schema.shape as Record<string, AnySchema>;
    const seen = new Map<string, Range>();
    // The map's name in messages: the same for each of its fields.
    const where = prefix ? `${ownerName(owner)}.${prefix}` : ownerName(owner);
    let mark = -1;
    // Without merge keys in the text, the pairs as written (no entry objects made per field).
    const written = this.merger ? null : (node.items as Pair<unknown, unknown>[]);
    const entries = written ? null : this.entries(node, where);
    const count = written ? written.length : entries!.length;
    for (let i = 0; i < count; i++) {
      const pair = written ? written[i]! : entries![i]!.pair;
      this.leaveMerged(mark);
      mark = this.enterMerged(written ? null : entries![i]!.via);
      if (!this.spend()) break;
      const name = keyText(pair.key);
      const keyRange = this.range(pair.key as YamlNode);
      const path = prefix ? `${prefix}.${name}` : name;
      const first = seen.get(name);
      if (first) {
        this.findings.push(duplicateKey(name, where, keyRange, first));
        continue;
      }
      seen.set(name, keyRange);
      if (isMergeKey(pair.key)) continue; // its keys come as entries
      const fieldSchema = shape[name];
      if (!fieldSchema || !isScalar(pair.key)) {
        const suggestion = this.suggest(name, Object.keys(shape));
        const finding: Finding = { code: 'unknown-key', range: keyRange, args: { key: name, where, suggestion: suggestion ?? '' } };
        if (suggestion) {
          finding.suggestion = suggestion;
          finding.fix = { kind: 'replace', with: suggestion };
        }
        this.findings.push(finding);
        continue;
      }
      const location = this.location(pair, path, keyRange);
      target.locations.set(path, location);
      const value = this.resolve(pair.value);
      if (isAlias(pair.value) && value === null) {
        // A broken alias is reported as yaml-syntax and counts as present but invalid.
        target.present.add(path);
        target.invalid.add(path);
        continue;
      }
      if (isEmptyNode(value)) continue;
      target.present.add(path);
      const inner = unwrap(fieldSchema);
      if (inner instanceof z.ZodObject) {
        if (!isMap(value)) {
          this.wrongType(pair, value, fieldSchema, path, owner);
          target.invalid.add(path);
          continue;
        }
        data[name] = this.walkObject(inner as ObjectSchema, value, target, path, owner);
        continue;
      }
      // A value on one line: the range a finding about it sits on is its location's (valueFindingRange), not worked out again.
      const valueRange = location.valueRange;
      const oneLine = !this.site && valueRange.start.line === valueRange.end.line ? valueRange : undefined;
      const result = this.walkLeafOrList(fieldSchema, pair, value, path, owner, target, oneLine);
      if (result.ok) data[name] = result.value;
      if (!result.ok || result.partial) target.invalid.add(path);
    }
    this.leaveMerged(mark);
    return data;
  }

  wrongType(pair: Pair<unknown, unknown>, value: YamlNode | null, schema: AnySchema, path: string, owner: { section: string; id?: string }): void {
    this.findings.push({
      code: 'wrong-type',
      range: this.valueFindingRange(pair),
      args: { field: path, where: ownerName(owner), expected: expectedKind(schema), actual: actualKind(value) },
    });
  }

  /** A scalar, a list of scalars, or a record of scalars (KPI actuals). */
  walkLeafOrList(
    schema: AnySchema,
    pair: Pair<unknown, unknown>,
    value: YamlNode | null,
    path: string,
    owner: { section: string; id?: string },
    target?: Fields<object>,
    findingRange?: Range,
  ): { ok: true; value: unknown; partial?: boolean } | { ok: false } {
    const inner = unwrap(schema);
    const meta = describeSchema(schema);
    if (inner instanceof z.ZodArray) {
      if (!isSeq(value)) {
        this.wrongType(pair, value, schema, path, owner);
        return { ok: false };
      }
      const element = (inner as z.ZodArray<AnySchema>).element;
      const elementMeta = describeSchema(element);
      const out: unknown[] = [];
      let allOk = true;
      for (const rawItem of value.items) {
        if (!this.spend()) break;
        const item = this.resolve(rawItem);
        const itemRange = this.range(rawItem as YamlNode);
        if (isEmptyNode(item)) continue;
        const checked = this.checkScalar(element, item, itemRange, path, owner);
        if (!checked.ok) {
          allOk = false;
          continue;
        }
        out.push(checked.value);
        if (elementMeta.ref && typeof checked.value === 'string') {
          this.references.push({ target: elementMeta.ref, id: checked.value, range: itemRange, fromSection: owner.section, ...(owner.id !== undefined ? { fromId: owner.id } : {}), field: path, defined: false, ...this.writtenAt(rawItem) });
        }
      }
      return { ok: true, value: out, partial: !allOk };
    }
    if (inner instanceof z.ZodRecord) {
      if (!isMap(value)) {
        this.wrongType(pair, value, schema, path, owner);
        return { ok: false };
      }
      const rec = inner as z.ZodRecord<z.ZodString, AnySchema>;
      const out: Record<string, unknown> = {};
      const seen = new Map<string, Range>();
      let mark = -1;
      for (const { pair: item, via } of this.entries(value, `${ownerName(owner)}.${path}`)) {
        this.leaveMerged(mark);
        mark = this.enterMerged(via);
        if (!this.spend()) break;
        const k = keyText(item.key);
        const keyRange = this.range(item.key as YamlNode);
        const first = seen.get(k);
        if (first) {
          this.findings.push(duplicateKey(k, `${ownerName(owner)}.${path}`, keyRange, first));
          continue;
        }
        seen.set(k, keyRange);
        if (isMergeKey(item.key)) continue; // its keys come as entries
        if (!rec.keyType.safeParse(k).success) {
          this.findings.push({ code: 'invalid-value', range: keyRange, args: { kind: 'quarter', value: k, field: path, where: ownerName(owner) } });
        }
        const v = this.resolve(item.value);
        if (isEmptyNode(v)) continue;
        // Each entry written with a value is located (`actuals.2027-Q1`), so a finding can sit on it.
        target?.locations.set(`${path}.${k}`, this.location(item as Pair<unknown, unknown>, `${path}.${k}`));
        const checked = this.checkScalar(rec.valueType, v, this.valueFindingRange(item as Pair<unknown, unknown>), `${path}.${k}`, owner);
        if (checked.ok) out[k] = checked.value;
      }
      this.leaveMerged(mark);
      return { ok: true, value: out };
    }
    const checked = this.checkScalar(schema, value, findingRange ?? this.valueFindingRange(pair), path, owner);
    if (!checked.ok) return checked;
    if (meta.ref && typeof checked.value === 'string') {
      this.references.push({ target: meta.ref, id: checked.value, range: this.range(pair.value as YamlNode), fromSection: owner.section, ...(owner.id !== undefined ? { fromId: owner.id } : {}), field: path, defined: false, ...this.writtenAt(pair.value) });
    }
    return checked;
  }

  checkScalar(schema: AnySchema, node: YamlNode | null, range: Range, path: string, owner: { section: string; id?: string }): { ok: true; value: unknown } | { ok: false } {
    if (!isScalar(node)) {
      this.findings.push({ code: 'wrong-type', range, args: { field: path, where: ownerName(owner), expected: expectedKind(schema), actual: actualKind(node) } });
      return { ok: false };
    }
    const value: unknown = node.value;
    const reading = numberReading(schema, path, owner);
    if (reading) {
      const grouped = this.numberFormat(schema, node, reading, range, path, owner);
      if (grouped) return grouped;
    }
    const result = schema.safeParse(value);
    if (result.success) return { ok: true, value: result.data };
    const inner = unwrap(schema);
    const meta = describeSchema(schema);
    const issue = result.error.issues[0];
    let typeMismatch = issue?.code === 'invalid_type';
    if (inner instanceof z.ZodNumber && typeof value === 'number') typeMismatch = false; // 2.5 for an integer: out of range
    if (inner instanceof z.ZodUnion) {
      // phase (1|2|3) and weeks (int | "a-b"): a number or text is the right type, just not a valid one.
      typeMismatch = !(typeof value === 'number' || (typeof value === 'string' && meta.format === 'weeks'));
    }
    if (inner instanceof z.ZodLiteral) typeMismatch = typeof value !== 'number';
    if (typeMismatch) {
      const args: Record<string, string | number> = { field: path, where: ownerName(owner), expected: expectedKind(schema), actual: actualKind(node) };
      const finding: Finding = { code: 'wrong-type', range, args };
      // `ja`, `yes`, `off`, … for a boolean: say which one is meant, and offer it.
      const meant = inner instanceof z.ZodBoolean && typeof value === 'string' ? meantBoolean(value) : undefined;
      if (meant !== undefined) {
        args['value'] = truncate(value as string);
        args['meant'] = String(meant);
        if (this.isOwnRange(node, range)) finding.fix = { kind: 'replace', with: String(meant) };
      }
      this.findings.push(finding);
      return { ok: false };
    }
    const kind = invalidKind(inner, meta.format, meta.ref);
    const args: Record<string, string | number> = { kind, field: path, where: ownerName(owner), value: scalarText(node) };
    if (inner instanceof z.ZodEnum) args['allowed'] = (inner.options as readonly (string | number)[]).join(', ');
    if (inner instanceof z.ZodUnion && kind === 'enum') args['allowed'] = '1, 2, 3';
    const finding: Finding = { code: 'invalid-value', range, args };
    // A date written DD.MM.YYYY, an enumeration value in Norwegian: the value meant, and the fix.
    let meant: string | undefined;
    if (kind === 'date' && typeof value === 'string') meant = meantDate(value);
    if (inner instanceof z.ZodEnum && typeof value === 'string') meant = meantEnumValue(value, (inner.options as readonly string[]).map(String));
    // The fix replaces the scalar's text, so only where the finding sits on the scalar itself (not on an alias of it).
    const own = this.isOwnRange(node, range);
    if (meant !== undefined) {
      args['meant'] = meant;
      finding.suggestion = meant;
      if (own) finding.fix = { kind: 'replace', with: meant };
    } else if (inner instanceof z.ZodEnum && typeof value === 'string') {
      const suggestion = this.suggest(value, (inner.options as readonly string[]).map(String));
      if (suggestion) {
        finding.suggestion = suggestion;
        if (own) finding.fix = { kind: 'replace', with: suggestion };
        args['suggestion'] = suggestion;
      }
    }
    this.findings.push(finding);
    return { ok: false };
  }

  /**
   * `number-format`: a money field, `organization.employees` or a KPI value
   * written with digit grouping or a decimal comma (input-hints.ts). The
   * field counts as the number meant (so it is valid and every other check
   * sees it); the warning says what YAML read and what to write.
   */
  private numberFormat(schema: AnySchema, node: YamlNode, reading: NumberReading, range: Range, path: string, owner: { section: string; id?: string }): { ok: true; value: unknown } | undefined {
    if (!isScalar(node) || typeof node.source !== 'string') return undefined;
    if (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return undefined;
    const meant = meantNumber(node.source, reading);
    if (!meant) return undefined;
    const parsed = schema.safeParse(meant.value);
    if (!parsed.success) return undefined;
    const args: Record<string, string | number> = { field: path, where: ownerName(owner), text: truncate(node.source), meant: meant.value, write: meant.write, form: meant.form };
    // YAML's own reading: a number for a plain `95.000`, else text.
    if (typeof node.value === 'number') args['read'] = node.value;
    const finding: Finding = { code: 'number-format', range, args };
    if (this.isOwnRange(node, range)) finding.fix = { kind: 'replace', with: meant.write };
    this.findings.push(finding);
    return { ok: true, value: parsed.data };
  }

  /** Whether a finding at `range` sits on the scalar itself (not on an alias of it), so replacing its text fixes that scalar. */
  private isOwnRange(node: YamlNode, range: Range): boolean {
    const r = node.range;
    if (!r) return false;
    const own = this.mapper.toLspRange(r[0], r[1]);
    return own.start.line === range.start.line && own.start.character === range.start.character && own.end.line === range.end.line && own.end.character === range.end.character;
  }
}

/**
 * How a field's number may be written with grouping (rules.md, "Digit
 * grouping"): money fields and `organization.employees` take grouped
 * integers; a KPI's baseline, target and actuals take space grouping and a
 * decimal comma.
 */
function numberReading(schema: AnySchema, path: string, owner: { section: string; id?: string }): NumberReading | undefined {
  if (describeSchema(schema).format === 'money') return 'grouped';
  if (owner.section === 'organization' && path === 'employees') return 'grouped';
  if (owner.section === 'kpis' && (path === 'baseline' || path === 'target' || path.startsWith('actuals.'))) return 'kpi';
  return undefined;
}

function scalarText(node: YamlNode): string {
  if (isScalar(node)) {
    if (typeof node.source === 'string' && node.source.length > 0) return truncate(node.source);
    return truncate(String(node.value));
  }
  return '';
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function invalidKind(schema: AnySchema, format: string | undefined, ref: string | undefined): string {
  if (format === 'score') return 'score';
  if (format === 'money') return 'money';
  if (format === 'date') return 'date';
  if (format === 'weeks') return 'weeks';
  if (format === 'currency') return 'currency';
  if (ref) return 'id';
  if (schema instanceof z.ZodEnum || schema instanceof z.ZodUnion) return 'enum';
  if (schema instanceof z.ZodString) return 'empty';
  return 'range';
}

function ownerName(owner: { section: string; id?: string }): string {
  return owner.id !== undefined ? `${owner.section}.${owner.id}` : owner.section;
}

function emptyEntityMaps(): EntityMaps {
  return { team: new Map(), systems: new Map(), data_sources: new Map(), use_cases: new Map(), kpis: new Map(), risks: new Map(), plan: new Map() };
}

const SECTION_SHAPE = roadmapSchema.shape as Record<string, AnySchema>;
const SECTION_NAMES: readonly string[] = Object.keys(SECTION_SHAPE);

/** The singleton sections: maps with fixed fields. */
export const SINGLETON_SECTIONS = ['organization', 'roles', 'infrastructure', 'governance', 'budget'] as const;
export type SingletonSection = (typeof SINGLETON_SECTIONS)[number];

/**
 * What the structure walk collects from a whole document or from one chunk
 * of it (the incremental checker merges chunks in document order).
 */
export interface Collected {
  findings: Finding[];
  references: Reference[];
  maps: EntityMaps;
  singletons: Record<SingletonSection, Fields<never>>;
  root: Fields<Record<string, unknown>>;
  sections: Map<string, SectionLocation>;
  version: number | undefined;
}

export function emptyCollected(): Collected {
  return {
    findings: [],
    references: [],
    maps: emptyEntityMaps(),
    singletons: { organization: new Fields(), roles: new Fields(), infrastructure: new Fields(), governance: new Fields(), budget: new Fields() },
    root: new Fields<Record<string, unknown>>(),
    sections: new Map(),
    version: undefined,
  };
}

/**
 * Parses text (or a chunk of it) with the settings every path shares: the
 * YAML 1.2 core schema always (a `%YAML 1.1` directive does not bring back
 * 1.1's `yes` booleans or timestamps), duplicate keys left to us.
 */
export function parseYaml(text: string, lineCounter: LineCounter, meter?: WorkMeter): Document.Parsed[] {
  if (meter) {
    meter.parsedChars += text.length;
    meter.yamlParses++;
  }
  try {
    const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
    const cuts = cutDeepNesting(tokens, meter);
    const docs = Array.from(new Composer({ uniqueKeys: false, strict: false, schema: 'core' }).compose(tokens)) as Document.Parsed[];
    for (const at of cuts) {
      const doc = [...docs].reverse().find((d) => d.range[0] <= at) ?? docs[0];
      doc?.errors.push(new YAMLParseError([at, at + 1], 'RESOURCE_EXHAUSTION', 'nested too deeply'));
    }
    return docs;
  } catch {
    return [];
  }
}

/**
 * Collections nested deeper than this are cut off (read as empty) before
 * composing: yaml's composer recurses per level and would overflow the stack
 * at a depth that depends on the caller's stack, so the result would not be
 * deterministic. The language itself nests five levels at most.
 */
export const MAX_NESTING = 100;

/** Replaces collections deeper than MAX_NESTING by empty scalars in the CST; returns the offsets cut. */
function cutDeepNesting(tokens: CST.Token[], meter?: WorkMeter): number[] {
  const cuts: number[] = [];
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  const isCollection = (t: CST.Token) => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
  let visited = 0;
  let deepest = 0;
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    visited++;
    if (depth > deepest) deepest = depth;
    const holders: { holder: Record<string, unknown>; field: 'key' | 'value' }[] = [];
    if (token.type === 'document' && token.value) holders.push({ holder: token as unknown as Record<string, unknown>, field: 'value' });
    if (isCollection(token)) {
      for (const item of (token as CST.BlockMap | CST.FlowCollection).items) {
        if (item.key) holders.push({ holder: item as unknown as Record<string, unknown>, field: 'key' });
        if (item.value) holders.push({ holder: item as unknown as Record<string, unknown>, field: 'value' });
      }
    }
    for (const { holder, field } of holders) {
      const child = holder[field] as CST.Token;
      const childDepth = isCollection(child) ? depth + 1 : depth;
      if (childDepth > MAX_NESTING) {
        const offset = (child as CST.BlockMap).offset;
        holder[field] = { type: 'scalar', offset, indent: (child as CST.BlockMap).indent, source: '' } satisfies CST.FlowScalar;
        cuts.push(offset);
      } else {
        stack.push([child, childDepth]);
      }
    }
  }
  if (meter) {
    meter.cstTokens += visited;
    meter.composeDepth = Math.max(meter.composeDepth, deepest);
  }
  return cuts;
}



/**
 * Syntax findings of parsed documents, at the parser's own positions: the
 * library's error code (`yaml`) and its first line (`detail`); the message in
 * each language is made from the code (texts/yaml-errors.ts).
 */
export function syntaxFindings(docs: readonly Document.Parsed[], mapper: PositionMapper, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const d of docs) {
    for (const err of d.errors) {
      if (err.code === 'DUPLICATE_KEY') continue;
      // yaml reports its own stack overflow on very deep nesting as RESOURCE_EXHAUSTION.
      findings.push({ code: 'yaml-syntax', range: mapper.toLspRange(err.pos[0], Math.max(err.pos[1], err.pos[0])), args: { yaml: err.code, detail: firstLine(err.message) } });
    }
    for (const warning of d.warnings) {
      // Parser warnings (an unknown tag, say) are still things the YAML cannot mean: errors too.
      findings.push({ code: 'yaml-syntax', range: mapper.toLspRange(warning.pos[0], Math.max(warning.pos[1], warning.pos[0])), args: { yaml: warning.code, detail: firstLine(warning.message) } });
    }
  }
  if (docs.length > 1) {
    for (const extra of docs.slice(1)) {
      const start = extra.range[0];
      const markerEnd = text.startsWith('---', start) ? start + 3 : Math.max(start, extra.contents?.range?.[1] ?? start);
      findings.push({ code: 'multiple-documents', range: mapper.toLspRange(start, markerEnd), args: {} });
    }
  }
  return findings;
}

/**
 * One top-level pair (duplicates are the caller's business). With
 * `entityHeadOnly`, an entity section's value is not walked: its entities
 * come as separate chunks.
 */
export function collectTopLevelPair(builder: Builder, pair: Pair<unknown, unknown>, acc: Collected, entityHeadOnly = false): void {
  if (isExtensionKey(pair.key)) return;
  const name = keyText(pair.key);
  const keyRange = builder.range(pair.key as YamlNode);
  const schema = SECTION_SHAPE[name];
  if (!schema || !isScalar(pair.key)) {
    const suggestion = builder.suggest(name, SECTION_NAMES);
    const finding: Finding = { code: 'unknown-key', range: keyRange, args: { key: name, where: 'file', suggestion: suggestion ?? '' } };
    if (suggestion && !builder.inMerged) {
      finding.suggestion = suggestion;
      finding.fix = { kind: 'replace', with: suggestion };
    }
    acc.findings.push(finding);
    return;
  }
  const loc = builder.location(pair, name);
  acc.root.locations.set(name, loc);
  const merged = builder.mergedSpan();
  const value = builder.resolve(pair.value);
  const rawValue = pair.value as YamlNode | null;
  acc.sections.set(name, {
    key: name,
    keyRange,
    valueRange: loc.valueRange,
    startOffset: merged ? merged[0] : ((pair.key as YamlNode | null)?.range?.[0] ?? 0),
    // Where its content ends (content-end.ts): the same whether the section is parsed alone or in the file.
    endOffset: merged ? merged[1] : ((rawValue?.range ? contentEnd(rawValue, builder.text) : null) ?? builder.mapper.offsetAt(loc.valueRange.end)),
    node: value,
  });
  if (isEmptyNode(value)) return;
  acc.root.present.add(name);
  if (name === 'airoadmap') {
    if (isScalar(value) && value.value === 1) acc.version = 1;
    else acc.findings.push({ code: 'unsupported-version', range: builder.valueFindingRange(pair), args: { value: isScalar(value) ? (typeof value.value === 'string' ? JSON.stringify(value.value) : scalarText(value)) : actualKind(value) } });
    return;
  }
  const inner = unwrap(schema);
  if (!isMap(value)) {
    builder.wrongType(pair, value, schema, name, { section: 'file' });
    acc.root.invalid.add(name);
    return;
  }
  if (inner instanceof z.ZodRecord) {
    if (entityHeadOnly) return;
    const entitySchema = unwrap((inner as z.ZodRecord<z.ZodString, AnySchema>).valueType) as ObjectSchema;
    const firsts = new Map<string, Range>();
    let mark = -1;
    for (const { pair: entityPair, via } of builder.entries(value, name)) {
      builder.leaveMerged(mark);
      mark = builder.enterMerged(via);
      const id = keyText(entityPair.key);
      const idRange = builder.range(entityPair.key as YamlNode);
      const first = firsts.get(id);
      if (first) {
        builder.findings.push(duplicateKey(id, name, idRange, first, `${name}.${id}`));
        continue;
      }
      firsts.set(id, idRange);
      if (isMergeKey(entityPair.key)) continue; // its entities come as entries
      collectEntityPair(builder, name as EntitySection, entitySchema, entityPair as Pair<unknown, unknown>, acc);
    }
    builder.leaveMerged(mark);
  } else if (inner instanceof z.ZodObject) {
    const target = acc.singletons[name as SingletonSection];
    if (target) Object.assign(target.data, builder.walkObject(inner as ObjectSchema, value, target as Fields<object>, '', { section: name }));
  }
}

/**
 * The one duplicate-key finding, for every level: `key` defined again at
 * `range` inside `where` (`'file'` for a top-level section, else the dotted
 * owner such as `use_cases.doc-search.production`); the related location
 * points at the first definition, named `firstName`.
 */
export function duplicateKey(key: string, where: string, range: Range, first: Range, firstName = key): Finding {
  return { code: 'duplicate-key', range, args: { key, where }, related: [{ range: first, kind: 'first-definition', name: firstName }] };
}

/** One entity of an entity section (duplicates are the caller's business); returns the offset where it ends. */
export function collectEntityPair(builder: Builder, section: EntitySection, entitySchema: ObjectSchema, pair: Pair<unknown, unknown>, acc: Collected): number {
  const id = keyText(pair.key);
  const idRange = builder.range(pair.key as YamlNode);
  const validId = isScalar(pair.key) && ID_PATTERN.test(id);
  if (!validId) {
    builder.findings.push({ code: 'invalid-value', range: idRange, args: { kind: 'id', value: id, field: '', where: section } });
  }
  const rawValue = pair.value as YamlNode | null;
  const value = builder.resolve(rawValue);
  // A merged entity (`<<` in its section) stands where the alias does.
  const merged = builder.mergedSpan();
  const keyStart = merged ? merged[0] : ((pair.key as YamlNode | null)?.range?.[0] ?? 0);
  // The entity ends where its content does (content-end.ts), as parsed alone (a chunk) or in the file.
  const end = merged ? merged[1] : ((rawValue?.range ? contentEnd(rawValue, builder.text) : null) ?? (pair.key as YamlNode | null)?.range?.[1] ?? keyStart);
  const entity = new EntityFields<object>(section, id, idRange, builder.mapper.toLspRange(keyStart, end), validId);
  (acc.maps[section] as Map<string, EntityFields<object>>).set(id, entity);
  if (isEmptyNode(value)) return end;
  if (!isMap(value)) {
    builder.wrongType(pair, value, entitySchema, id, { section });
    return end;
  }
  Object.assign(entity.data, builder.walkObject(entitySchema, value, entity, '', { section, id }));
  return end;
}

/** The file-level structure checks that need every top-level key. */
export function fileLevelFindings(acc: Collected, firstKeyRange: Range): Finding[] {
  const findings: Finding[] = [];
  if (!acc.root.has('airoadmap')) {
    findings.push({ code: 'unsupported-version', range: acc.root.keyRange('airoadmap') ?? firstKeyRange, args: { value: '' } });
  }
  const org = acc.sections.get('organization');
  if (!org || !acc.root.has('organization')) {
    findings.push({ code: 'missing-required', range: org?.keyRange ?? firstKeyRange, args: { field: 'organization.name' } });
  } else if (!acc.root.invalid.has('organization') && !acc.singletons.organization.has('name')) {
    findings.push({ code: 'missing-required', range: org.keyRange, args: { field: 'organization.name' } });
  }
  return findings;
}

/**
 * "Did you mean" for the dangling references of one document, kept between
 * its checks (the incremental checker's): the closest id depends only on the
 * id and the section's ids in order, so while those stay, an edit elsewhere
 * compares nothing again. Per section, the suggestions of the last check only.
 */
export class SuggestionMemo {
  private readonly sections = new Map<EntitySection, { ids: string; suggestions: Map<string, string | undefined> }>();

  /** The suggestions remembered for these candidate ids (none when they changed). */
  recall(section: EntitySection, ids: string): Map<string, string | undefined> | undefined {
    const known = this.sections.get(section);
    return known && known.ids === ids ? known.suggestions : undefined;
  }

  keep(section: EntitySection, ids: string, suggestions: Map<string, string | undefined>): void {
    this.sections.set(section, { ids, suggestions });
  }
}

/**
 * Marks references to defined ids and reports the others. "Did you mean"
 * costs (dangling references × ids); past a budget the rest get no
 * suggestion, so thousands of dangling references cannot make the check
 * quadratic. With a `memo`, a suggestion the last check made for the same
 * id among the same ids is not worked out again (the budget is spent the same).
 */
export function resolveReferences(references: readonly Reference[], maps: EntityMaps, meter?: WorkMeter, memo?: SuggestionMemo): Finding[] {
  const resolver = new ReferenceResolver(maps, meter, memo);
  const findings = resolver.resolve(references);
  resolver.finish();
  return findings;
}

/** Candidate ids of one section for "did you mean", with what the memo and this pass made of them. */
interface IdList {
  candidates: string[];
  prepared?: PreparedCandidates;
  key: string;
  known: Map<string, string | undefined> | undefined;
  made: Map<string, string | undefined>;
}

/**
 * `resolveReferences` in parts: `resolve` the references of each part in
 * document order (the budget is shared, as in one pass over all), then
 * `finish`. `cost` is the budget the dangling references spent so far; a
 * pass given an unbounded budget (`Infinity`) tells what a part costs on
 * its own, which is what it costs in any pass that never runs out.
 */
export class ReferenceResolver {
  cost = 0;
  private readonly idLists = new Map<EntitySection, IdList>();

  constructor(
    private readonly maps: EntityMaps,
    private readonly meter?: WorkMeter,
    private readonly memo?: SuggestionMemo,
    private readonly budget: number = SUGGESTION_BUDGET,
  ) {}

  resolve(references: readonly Reference[]): Finding[] {
    const findings: Finding[] = [];
    const meter = this.meter;
    if (meter) meter.referenceLookups += references.length;
    for (const reference of references) {
      const targets = this.maps[reference.target] as Map<string, unknown>;
      if (targets.has(reference.id)) {
        reference.defined = true;
        continue;
      }
      reference.defined = false;
      let list = this.idLists.get(reference.target);
      if (!list) {
        const candidates = [...targets.keys()];
        const key = this.memo ? candidates.join('\u0000') : '';
        this.idLists.set(reference.target, (list = { candidates, key, known: this.memo?.recall(reference.target, key), made: new Map() }));
      }
      const candidates = list.candidates;
      this.cost += candidates.length;
      let suggestion: string | undefined;
      if (this.cost <= this.budget) {
        if (list.made.has(reference.id)) suggestion = list.made.get(reference.id);
        else if (list.known?.has(reference.id)) suggestion = list.known.get(reference.id);
        else {
          if (meter) meter.suggestionCandidates += candidates.length;
          // The ids' normalized forms made once for all the section's dangling references.
          list.prepared ??= prepareCandidates(candidates);
          suggestion = closestPrepared(reference.id, list.prepared, meter);
        }
        list.made.set(reference.id, suggestion);
      }
      const finding: Finding = {
        code: 'unknown-reference',
        range: reference.range,
        args: { id: reference.id, section: reference.target, field: reference.field, where: reference.fromId !== undefined ? `${reference.fromSection}.${reference.fromId}` : reference.fromSection, suggestion: suggestion ?? '' },
        fix: suggestion ? { kind: 'replace', with: suggestion } : { kind: 'create-entity', section: reference.target, id: reference.id },
      };
      if (reference.written) {
        // Merged (`<<`): the finding sits on the alias, which a replacement would overwrite.
        if (suggestion) delete finding.fix;
      } else if (suggestion) finding.suggestion = suggestion;
      findings.push(finding);
    }
    return findings;
  }

  /**
   * Hands the suggestions made to the memo, for the next check; with
   * `keepKnown` (a pass over some parts only) also those it recalled and did
   * not need, which the parts not resolved again still stand on.
   */
  finish(keepKnown = false): void {
    if (!this.memo) return;
    for (const [section, list] of this.idLists) {
      if (keepKnown && list.known) for (const [id, suggestion] of list.known) if (!list.made.has(id)) list.made.set(id, suggestion);
      this.memo.keep(section, list.key, list.made);
    }
  }
}

export { SUGGESTION_BUDGET };

/**
 * The model of a text. `document` is the parsed YAML, or, for a model assembled
 * from chunks, a function that parses the whole text the first time a feature
 * asks (the model is born with that getter; nothing is patched in later).
 */
export function buildModel(
  text: string,
  mapper: PositionMapper,
  document: Document.Parsed | null | (() => Document.Parsed | null),
  usable: boolean,
  firstKeyRange: Range,
  acc: Collected,
  syntaxErrors: boolean,
  caches: DocumentCaches = new DocumentCaches(),
  chunks: ChunkIndex | null = null,
): RoadmapModel {
  const lazy = typeof document === 'function' ? document : () => document;
  return {
    text,
    mapper,
    get document() {
      return lazy();
    },
    chunks,
    usable,
    syntaxErrors,
    caches,
    version: acc.version,
    sections: acc.sections,
    firstKeyRange,
    root: acc.root,
    organization: acc.singletons.organization,
    roles: acc.singletons.roles,
    infrastructure: acc.singletons.infrastructure,
    governance: acc.singletons.governance,
    budget: acc.singletons.budget,
    references: acc.references,
    ...acc.maps,
  };
}

/** Parses the whole text at once (the reference path; see incremental.ts for the chunked one). */
export function parseRoadmap(input: string, meter?: WorkMeter, caches?: DocumentCaches, parsed?: readonly Document.Parsed[]): ParseResult {
  const text = stripBom(input);
  // `parsed`: the caller's parse of this same text (`parseYaml`), not done again.
  const docs = parsed ?? parseYaml(text, new LineCounter(), meter);
  const doc = docs[0] ?? null;
  const builder = new Builder(text, doc);
  const mapper = builder.mapper;
  const findings: Finding[] = syntaxFindings(docs, mapper, text);
  const acc = emptyCollected();
  let firstKeyRange: Range = ZERO_RANGE;
  let usable = false;

  const contents = doc ? builder.resolve(doc.contents) : null;
  if (doc && contents && !isEmptyNode(contents) && !isMap(contents)) {
    findings.push({ code: 'wrong-type', range: builder.range(doc.contents as YamlNode), args: { field: '', where: 'file', expected: 'map', actual: actualKind(contents) } });
  } else {
    usable = true;
    const items = isMap(contents) ? contents.items : [];
    if (items.length > 0 && items[0]) firstKeyRange = builder.range(items[0].key as YamlNode);
    const seen = new Map<string, Range>();
    let mark = -1;
    for (const { pair, via } of isMap(contents) ? builder.entries(contents, 'file') : []) {
      builder.leaveMerged(mark);
      mark = builder.enterMerged(via);
      if (!isPair(pair)) continue;
      const name = keyText(pair.key);
      const keyRange = builder.range(pair.key as YamlNode);
      const first = seen.get(name);
      if (first) {
        findings.push(duplicateKey(name, 'file', keyRange, first));
        continue;
      }
      seen.set(name, keyRange);
      if (isMergeKey(pair.key)) continue; // its sections come as entries
      collectTopLevelPair(builder, pair as Pair<unknown, unknown>, acc);
    }
    builder.leaveMerged(mark);
    append(findings, acc.findings);
    append(findings, fileLevelFindings(acc, firstKeyRange));
  }
  if (text.includes('*')) builder.reportUnresolvedAliases();
  append(findings, builder.findings);
  append(acc.references, builder.references);
  append(findings, resolveReferences(acc.references, acc.maps, meter));
  builder.addWorkTo(meter);
  if (meter) meter.indexedChars += mapper.scanned;
  const syntaxErrors = !usable || docs.some((d) => d.errors.some((e) => e.code !== 'DUPLICATE_KEY'));
  return { model: buildModel(text, mapper, doc, usable, firstKeyRange, acc, syntaxErrors, caches), findings };
}

/** `target.push(...items)` without the spread: hundreds of thousands of arguments overflow the stack. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Candidate ids compared for "did you mean" on dangling references, per file. */
const SUGGESTION_BUDGET = 250_000;

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

