/**
 * Quick fixes for diagnostics, as plain text edits.
 *
 * Three kinds, chosen by the diagnostic's `fix` hint: replace a value or key
 * with the suggested one (a typo's closest name, or the value a typical
 * input means: 95000 for `95.000`, true for `ja`, 2027-02-01 for `01.02.2027`); add a missing field (with a placeholder and a TODO
 * comment) inside its entity or section, creating parents as needed; create
 * a skeleton entity for an unknown reference, or one per value a finding
 * names (each with the value set; the rule's `fix.entities` names the action
 * and the ids). Every diagnostic also gets
 * "disable for this line". Edits only insert or replace small spans, so the
 * file's comments, indentation style and line endings stay as they were.
 * A diagnostic that no longer fits the model (stale) simply gets no fix.
 * Must not depend on vscode or the LSP connection.
 */
import { isAlias, isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { EntitySection } from '../../../../schemas/model';
import { entitiesOf, type Fields, type RoadmapModel } from '../language/model';
import { keyText } from '../language/parse';
import { indentUnit, splitLines } from './cursor';
import { contentEnd } from './ranges';
import { spellIdLike } from './rename';
import type { FixHint, Locale, RoadmapDiagnostic } from '../language/types';
import { ENTITY_NOUNS } from '../texts/guidance';
import { plannedFirstYearCost } from '../language/budget';
import { dayOf } from '../language/dates';
import { isoDate, nextMonday } from '../texts/starter';
import { RULES } from '../rules/index';
import { SCORE, teamMember, type FieldTemplate, type Placeholder, type RuleFix } from '../rules/quick-fix';

export interface RoadmapCodeAction {
  title: string;
  kind: 'quickfix';
  edits: TextEdit[];
  diagnostic?: RoadmapDiagnostic;
  isPreferred?: boolean;
}

/** A field to write: `key: value  # comment`, or `key:` with nested fields. */
export interface FieldLine {
  key: string;
  value?: string;
  comment?: string;
  children?: FieldLine[];
}

type Texts = Record<Locale, string>;

const TITLES = {
  change: { en: (s: string) => `Change to '${s}'`, nb: (s: string) => `Endre til '${s}'` },
  add: { en: (f: string) => `Add ${f}`, nb: (f: string) => `Legg til ${f}` },
  create: { en: (noun: string, id: string) => `Create ${noun} '${id}'`, nb: (noun: string, id: string) => `Opprett ${noun} '${id}'` },
  disable: { en: (code: string) => `Disable ${code} for this line`, nb: (code: string) => `Slå av ${code} for denne linjen` },
};

const NOUNS = ENTITY_NOUNS;

const TODO: Texts = { en: 'TODO', nb: 'TODO' };
/**
 * The placeholders of the fields a quick fix may add, by `section.field`
 * (dotted paths inside the entity): each rule declares the fields its
 * `add-field` hint may name (`Rule.fix`); the skeletons below borrow their
 * comments.
 */
const TEMPLATES = new Map<string, FieldTemplate>(RULES.flatMap((rule) => Object.entries(rule.fix?.fields ?? {}).map(([field, template]): [string, FieldTemplate] => [`${rule.fix!.section}.${field}`, template])));

/** The fixes of the rules, by code. */
const FIXES = new Map<string, RuleFix>(RULES.flatMap((rule): [string, RuleFix][] => (rule.fix ? [[rule.code, rule.fix]] : [])));

function commentFor(path: string, locale: Locale): string {
  return TEMPLATES.get(path)?.comment[locale] ?? TODO[locale];
}

/**
 * The Monday after today, YYYY-MM-DD: the analysis' today when it has one (the
 * server's, the command line's), so the fix agrees with the date the rules
 * were checked with; the clock only for a caller that gave no today.
 */
function mondayAfter(today: string | undefined): string {
  if (today === undefined || dayOf(today) === undefined) return isoDate(nextMonday(new Date()));
  const [y, m, d] = today.split('-').map(Number);
  return isoDate(nextMonday(new Date(y!, m! - 1, d!)));
}

/** The value a placeholder writes in this file; undefined writes the key with an empty value. */
function placeholderValue(model: RoadmapModel, placeholder: Placeholder | undefined, today: string | undefined): string | undefined {
  switch (placeholder?.kind) {
    case 'text':
      return placeholder.value;
    case 'team-member':
      return firstTeamMember(model);
    case 'ids': {
      const first = entitiesOf(model, placeholder.section).keys().next();
      return first.done ? undefined : `[${spellIdLike('', first.value)}]`;
    }
    case 'next-monday':
      return mondayAfter(today);
    case 'planned-first-year-cost':
      return String(plannedFirstYearCost(model).total);
    default:
      return undefined;
  }
}

/** Skeletons of new entities, by section. */
function skeleton(model: RoadmapModel, section: EntitySection, locale: Locale): FieldLine[] {
  const todo = TODO[locale];
  switch (section) {
    case 'team':
      return [{ key: 'name', value: todo }, { key: 'title', value: todo }];
    case 'systems':
      return [{ key: 'name', value: todo }, { key: 'kind', value: 'other' }, { key: 'readiness', value: '3', comment: commentFor('systems.readiness', locale) }];
    case 'data_sources':
      return [
        { key: 'name', value: todo },
        { key: 'kind', value: 'other' },
        { key: 'completeness', value: '3', comment: SCORE[locale] },
        { key: 'freshness', value: '3', comment: SCORE[locale] },
        { key: 'consistency', value: '3', comment: SCORE[locale] },
      ];
    case 'use_cases':
      return [
        { key: 'title', value: todo },
        { key: 'stage', value: 'idea' },
        { key: 'feasibility', value: '3', comment: SCORE[locale] },
        { key: 'value', value: '3', comment: SCORE[locale] },
        { key: 'effort', value: '3', comment: SCORE[locale] },
      ];
    case 'kpis':
      return [
        { key: 'name', value: todo },
        { key: 'kind', value: 'quantitative' },
        { key: 'unit', value: todo, comment: commentFor('kpis.unit', locale) },
        { key: 'baseline', value: '0', comment: commentFor('kpis.baseline', locale) },
        { key: 'target', value: '0', comment: commentFor('kpis.target', locale) },
        { key: 'direction', value: 'decrease', comment: { en: 'TODO: decrease | increase', nb: 'TODO: decrease | increase' }[locale] },
      ];
    case 'risks': {
      const lines: FieldLine[] = [
        { key: 'title', value: todo },
        { key: 'category', value: 'technical', comment: { en: 'TODO: technical | legal | organizational', nb: 'TODO: technical | legal | organizational' }[locale] },
        { key: 'likelihood', value: '3', comment: SCORE[locale] },
        { key: 'impact', value: '3', comment: SCORE[locale] },
        { key: 'mitigation', value: todo, comment: commentFor('risks.mitigation', locale) },
      ];
      const owner = firstTeamMember(model);
      if (owner !== undefined) lines.push({ key: 'owner', value: owner, comment: teamMember.comment[locale] });
      return lines;
    }
    case 'plan':
      return [{ key: 'title', value: todo }, { key: 'weeks', value: '1', comment: { en: 'TODO: a week 1–12, or "a-b"', nb: 'TODO: en uke 1–12, eller "a-b"' }[locale] }];
  }
}

function firstTeamMember(model: RoadmapModel): string | undefined {
  const aiOwner = model.roles.data.ai_owner;
  if (aiOwner !== undefined && model.team.has(aiOwner)) return spellIdLike('', aiOwner);
  const first = model.team.keys().next();
  return first.done ? undefined : spellIdLike('', first.value);
}

// ---------------------------------------------------------------------------
// Text helpers: everything here works on offsets of `model.text`; positions
// are made by `model.mapper` only.

export function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

/** The end of the line holding `offset`, before its line break. */
export function lineEndAt(text: string, offset: number): number {
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > 0 && text[end - 1] === '\r') end--;
  return Math.max(end, offset);
}

function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] | null } | null | undefined)?.range?.[0];
}

/** The column a node starts at, as spaces (tabs are not indentation in YAML). */
export function columnIndent(text: string, offset: number): string {
  return ' '.repeat(offset - lineStartAt(text, offset));
}

export function renderBlock(lines: readonly FieldLine[], indent: string, unit: string): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let head = `${indent}${line.key}:`;
    if (line.value !== undefined) head += ` ${line.value}`;
    if (line.comment !== undefined) head += `  # ${line.comment}`;
    out.push(head);
    if (line.children) out.push(...renderBlock(line.children, indent + unit, unit));
  }
  return out;
}

/** Flow style has no room for comments; fields without a placeholder value are left out. */
export function renderFlow(lines: readonly FieldLine[]): string {
  return lines
    .map((line) => {
      if (line.children) {
        const inner = renderFlow(line.children);
        return inner ? `${line.key}: {${inner}}` : '';
      }
      return line.value !== undefined ? `${line.key}: ${line.value}` : '';
    })
    .filter((part) => part.length > 0)
    .join(', ');
}

export function insertAt(model: RoadmapModel, offset: number, newText: string): TextEdit {
  return { range: model.mapper.toLspRange(offset, offset), newText };
}

export function findPair(map: unknown, key: string): Pair<unknown, unknown> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<unknown, unknown>).items.find((p) => keyText(p.key) === key);
}

export function rootMap(model: RoadmapModel): YAMLMap<unknown, unknown> | null {
  const contents = model.document?.contents;
  return isMap(contents) ? (contents as YAMLMap<unknown, unknown>) : null;
}

/** Writes `lines` into the map that is the value of `pair` (or the document's root map when `pair` is null). */
export function insertIntoMapOf(model: RoadmapModel, pair: Pair<unknown, unknown> | null, lines: FieldLine[]): TextEdit[] | null {
  const text = model.text;
  const eol = eolOf(text);
  const unit = ' '.repeat(indentUnit(splitLines(model.text, model.caches)));
  const value: unknown = pair ? pair.value : (model.document?.contents ?? null);
  if (isAlias(value)) return null; // editing the anchor would change every alias of it

  if (isMap(value) && !value.flow && value.items.length > 0) {
    const firstKey = startOf(value.items[0]!.key);
    const end = contentEnd(value, text);
    if (firstKey === undefined || end === null) return null;
    const before = text.slice(lineStartAt(text, firstKey), firstKey);
    const indent = /^[ \t]*$/.test(before) ? before : columnIndent(text, firstKey);
    const separator = pair === null ? eol : ''; // a new section gets a blank line before it
    return [insertAt(model, lineEndAt(text, end), eol + separator + renderBlock(lines, indent, unit).join(eol))];
  }

  if (isMap(value) && value.flow) {
    const range = (value as { range?: [number, number, number] | null }).range;
    if (!range) return null;
    const close = text.lastIndexOf('}', range[1] - 1);
    if (close < range[0]) return null;
    const rendered = renderFlow(lines);
    if (!rendered) return null;
    const separator = value.items.length > 0 ? ', ' : '';
    return [insertAt(model, close, separator + rendered)];
  }

  const empty = value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === undefined));
  if (!empty) return null;

  if (pair === null) {
    // An empty document: append at the end.
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    return [insertAt(model, text.length, (needsBreak ? eol : '') + renderBlock(lines, '', unit).join(eol) + eol)];
  }
  const keyStart = startOf(pair.key);
  if (keyStart === undefined) return null;
  const edits: TextEdit[] = [];
  const scalarRange = isScalar(value) ? (value as { range?: [number, number, number] | null }).range : null;
  if (scalarRange && scalarRange[1] > scalarRange[0]) {
    // `key: ~` or `key: null`: the null goes, the nested fields come.
    let from = scalarRange[0];
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    edits.push({ range: model.mapper.toLspRange(from, scalarRange[1]), newText: '' });
  }
  const keyLineEnd = lineEndAt(text, Math.max(keyStart, scalarRange ? scalarRange[1] : keyStart));
  const indent = columnIndent(text, keyStart) + unit;
  edits.push(insertAt(model, keyLineEnd, eol + renderBlock(lines, indent, unit).join(eol)));
  return edits;
}

/** Writes `lines` under a dotted path below `pair`, creating the missing parents. */
function insertAtPath(model: RoadmapModel, pair: Pair<unknown, unknown> | null, path: readonly string[], leaf: FieldLine[]): TextEdit[] | null {
  let owner = pair;
  let rest = [...path];
  while (rest.length > 0) {
    const container = owner ? owner.value : (model.document?.contents ?? null);
    const next = findPair(container, rest[0]!);
    if (!next) break;
    owner = next;
    rest = rest.slice(1);
  }
  let lines = leaf;
  for (let i = rest.length - 1; i >= 0; i--) lines = [{ key: rest[i]!, children: lines }];
  return insertIntoMapOf(model, owner, lines);
}

/** Whether writing under `path` below `pair` lands in a flow map. */
function insertsIntoFlow(model: RoadmapModel, pair: Pair<unknown, unknown> | null, path: readonly string[]): boolean {
  let container: unknown = pair ? pair.value : (model.document?.contents ?? null);
  for (const part of path) {
    const next = findPair(container, part);
    if (!next) break;
    container = next.value;
  }
  return isMap(container) && container.flow === true;
}

export function fieldsOf(model: RoadmapModel, section: string, id: string | undefined): Fields<unknown> | undefined {
  if (id !== undefined) return entitiesOf(model, section as EntitySection).get(id) as Fields<unknown> | undefined;
  const singletons: Record<string, Fields<unknown>> = {
    organization: model.organization,
    roles: model.roles,
    infrastructure: model.infrastructure,
    governance: model.governance,
    budget: model.budget,
  };
  return singletons[section];
}

/** "Lacks": absent, empty, or an empty list (as the rules read it). */
function lacksField(fields: Fields<unknown>, path: string): boolean {
  if (!fields.has(path)) return true;
  let value: unknown = fields.data;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return Array.isArray(value) && value.length === 0 && !fields.invalid.has(path);
}

/** Whether a parent of the dotted `path` is merged into its map (`<<`) rather than written there. */
function mergedParent(fields: Fields<unknown>, path: string): boolean {
  const parts = path.split('.');
  for (let i = 1; i < parts.length; i++) if (fields.locations.get(parts.slice(0, i).join('.'))?.merged) return true;
  return false;
}

/** The placeholder the rule behind `code` declares for `field`. */
function templateFor(code: string, field: string): FieldTemplate | undefined {
  return FIXES.get(code)?.fields?.[field];
}

function addFieldAction(model: RoadmapModel, diagnostic: RoadmapDiagnostic, hint: Extract<FixHint, { kind: 'add-field' }>, locale: Locale, today: string | undefined): RoadmapCodeAction | null {
  const { section, id } = hint;
  const fields = fieldsOf(model, section, id);
  if (id !== undefined && !fields) return null; // the entity is gone
  const fix = FIXES.get(diagnostic.code);
  const several = fix?.together ? Object.keys(fix.fields ?? {}) : [];
  const candidates = several.filter((f) => !fields || lacksField(fields, f));
  const wanted = candidates.length > 0 ? candidates : [hint.field];
  const missing = wanted.filter((f) => !fields || lacksField(fields, f));
  if (missing.length === 0) return null;

  const root = rootMap(model);
  const sectionPair = root ? findPair(root, section) : undefined;
  let ownerPair: Pair<unknown, unknown> | null | undefined = sectionPair ?? null;
  if (id !== undefined) {
    ownerPair = sectionPair ? findPair(sectionPair.value, id) : undefined;
    if (!ownerPair) return null;
  }

  const edits: TextEdit[] = [];
  const added: string[] = [];
  const newLines: { path: string[]; line: FieldLine }[] = [];
  for (const field of missing) {
    const template = templateFor(diagnostic.code, field);
    const value = placeholderValue(model, template?.placeholder, today);
    const location = fields?.locations.get(field);
    // Inside a map merged whole (`production` from `<<: *base`), an own parent would replace all of it: no fix.
    if (fields && mergedParent(fields, field)) return null;
    // A merged field (`<<: *base`) is written in the anchored map: the entity gets its own, which wins.
    if (location && !location.merged) {
      // Written but empty (`kpis:` or `kpis: []`): fill the value in place.
      if (value === undefined) continue;
      const empty = location.valueRange.start.line === location.valueRange.end.line && location.valueRange.start.character === location.valueRange.end.character;
      edits.push({ range: location.valueRange, newText: empty ? ` ${value}` : value });
      added.push(field);
      continue;
    }
    const parts = field.split('.');
    const line: FieldLine = { key: parts[parts.length - 1]! };
    if (value !== undefined) line.value = value;
    line.comment = template?.comment[locale] ?? TODO[locale];
    newLines.push({ path: parts.slice(0, -1), line });
    added.push(field);
  }
  // Flow maps have no room for an empty key with a comment: such fields are left out.
  for (let i = newLines.length - 1; i >= 0; i--) {
    const { path, line } = newLines[i]!;
    if (line.value === undefined && insertsIntoFlow(model, ownerPair ?? null, path)) {
      newLines.splice(i, 1);
      added.splice(added.indexOf([...path, line.key].join('.')), 1);
    }
  }
  if (!ownerPair && id === undefined && sectionPair === undefined) {
    // The section itself is missing: create it with the fields.
    if (newLines.length > 0) {
      const created = insertIntoMapOf(model, null, [{ key: section, children: nest(newLines) }]);
      if (!created) return null;
      edits.push(...created);
    }
  } else {
    // Group by parent path so `costs.monthly` and friends share one new parent.
    const byParent = new Map<string, FieldLine[]>();
    for (const { path, line } of newLines) {
      const key = path.join('.');
      byParent.set(key, [...(byParent.get(key) ?? []), line]);
    }
    for (const [parent, lines] of byParent) {
      const made = insertAtPath(model, ownerPair ?? null, parent ? parent.split('.') : [], lines);
      if (!made) return null;
      edits.push(...made);
    }
  }
  if (edits.length === 0) return null;
  const names = added.map((f) => `'${f}'`).join(', ');
  return { title: TITLES.add[locale](names), kind: 'quickfix', edits, diagnostic, isPreferred: true };
}

function nest(entries: { path: string[]; line: FieldLine }[]): FieldLine[] {
  const out: FieldLine[] = [];
  for (const { path, line } of entries) {
    let level = out;
    for (const part of path) {
      let parent = level.find((l) => l.key === part && l.children);
      if (!parent) {
        parent = { key: part, children: [] };
        level.push(parent);
      }
      level = parent.children!;
    }
    level.push(line);
  }
  return out;
}

/** Writes new entities into `section`, creating the section at the end of the file when it is absent. */
function insertEntities(model: RoadmapModel, section: EntitySection, entities: FieldLine[]): TextEdit[] | null {
  const root = rootMap(model);
  const sectionPair = root ? findPair(root, section) : undefined;
  return sectionPair ? insertIntoMapOf(model, sectionPair, entities) : insertIntoMapOf(model, null, [{ key: section, children: entities }]);
}

function createEntityAction(model: RoadmapModel, diagnostic: RoadmapDiagnostic, hint: Extract<FixHint, { kind: 'create-entity' }>, locale: Locale): RoadmapCodeAction | null {
  const { section, id } = hint;
  if (entitiesOf(model, section).has(id)) return null;
  const edits = insertEntities(model, section, [{ key: spellIdLike('', id), children: skeleton(model, section, locale) }]);
  if (!edits) return null;
  return { title: TITLES.create[locale](NOUNS[section][locale], id), kind: 'quickfix', edits, diagnostic, isPreferred: true };
}

/** Whether `id` is taken in `section`: by an entity of the model, or by a key written there (an entity the model left out). */
function idTaken(model: RoadmapModel, section: EntitySection, id: string): boolean {
  if (entitiesOf(model, section).has(id)) return true;
  const root = rootMap(model);
  const sectionPair = root ? findPair(root, section) : undefined;
  return sectionPair !== undefined && findPair(sectionPair.value, id) !== undefined;
}

/**
 * One skeleton entity per value of the hint, each with `field: value` (no TODO:
 * the value is the point of it), ids from the rule's template made unique. A
 * value some entity already has (a stale hint) gets none.
 */
function createEntitiesAction(model: RoadmapModel, diagnostic: RoadmapDiagnostic, hint: Extract<FixHint, { kind: 'create-entities' }>, locale: Locale): RoadmapCodeAction | null {
  const template = FIXES.get(diagnostic.code)?.entities;
  if (!template) return null;
  const { section, field } = hint;
  const present = new Set<unknown>([...entitiesOf(model, section).values()].map((e) => (e.data as Record<string, unknown>)[field]));
  const values = hint.values.filter((v, i) => !present.has(v) && hint.values.indexOf(v) === i);
  if (values.length === 0) return null;
  const taken = new Set<string>();
  const entities = values.map((value): FieldLine => {
    const base = template.id.replaceAll('{value}', value);
    let id = base;
    for (let n = 2; taken.has(id) || idTaken(model, section, id); n++) id = `${base}-${n}`;
    taken.add(id);
    const lines = skeleton(model, section, locale).map((line) => (line.key === field ? { key: field, value } : line));
    if (!lines.some((line) => line.key === field)) lines.splice(1, 0, { key: field, value });
    return { key: spellIdLike('', id), children: lines };
  });
  const edits = insertEntities(model, section, entities);
  if (!edits) return null;
  return { title: template.title[locale], kind: 'quickfix', edits, diagnostic, isPreferred: true };
}

function replaceAction(model: RoadmapModel, diagnostic: RoadmapDiagnostic, suggestion: string, locale: Locale): RoadmapCodeAction | null {
  const start = model.mapper.offsetAt(diagnostic.range.start);
  const end = model.mapper.offsetAt(diagnostic.range.end);
  if (end <= start) return null;
  const old = model.text.slice(start, end);
  if (old.includes('\n')) return null; // not a single scalar: stale
  if (old.startsWith('*')) return null; // an alias (a merged value's finding): replacing it would change what is merged
  // A number or a boolean is written plain: `"95.000"` and `"ja"` become 95000 and true, not text again.
  const plain = diagnostic.code === 'number-format' || diagnostic.code === 'wrong-type';
  const newText = diagnostic.code === 'unknown-reference' ? spellIdLike(old, suggestion) : plain ? suggestion : keepQuotes(old, suggestion);
  return { title: TITLES.change[locale](suggestion), kind: 'quickfix', edits: [{ range: diagnostic.range, newText }], diagnostic, isPreferred: true };
}

function keepQuotes(old: string, replacement: string): string {
  const quote = old[0];
  if ((quote === '"' || quote === "'") && old.length >= 2 && old.endsWith(quote)) return `${quote}${replacement}${quote}`;
  return replacement;
}

const DISABLE_LINE = /^([ \t]*#[ \t]*airoadmap-disable-next-line)((?:[ \t]+[\w-]+)*)[ \t]*$/;

function disableAction(model: RoadmapModel, diagnostic: RoadmapDiagnostic, locale: Locale): RoadmapCodeAction {
  const text = model.text;
  const line = Math.max(0, diagnostic.range.start.line);
  const lineStart = model.mapper.lineStart(line);
  const title = TITLES.disable[locale](diagnostic.code);
  if (line > 0) {
    // Add to a directive already standing above the line, rather than stacking a second one.
    const previousStart = model.mapper.lineStart(line - 1);
    const previousEnd = lineEndAt(text, previousStart);
    const match = DISABLE_LINE.exec(text.slice(previousStart, previousEnd));
    if (match && previousEnd < lineStart) {
      const codes = (match[2] ?? '').trim().split(/\s+/).filter((c) => c.length > 0);
      if (codes.length > 0) {
        return { title, kind: 'quickfix', edits: [insertAt(model, previousStart + match[0].trimEnd().length, ` ${diagnostic.code}`)], diagnostic };
      }
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineEndAt(text, lineStart)))?.[0] ?? '';
  return { title, kind: 'quickfix', edits: [insertAt(model, lineStart, `${indent}# airoadmap-disable-next-line ${diagnostic.code}${eolOf(text)}`)], diagnostic };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function fixesFor(model: RoadmapModel, diagnostic: RoadmapDiagnostic, locale: Locale, today: string | undefined): RoadmapCodeAction[] {
  const out: RoadmapCodeAction[] = [];
  const fix = diagnostic.fix;
  const suggestion = fix?.kind === 'replace' ? fix.with : diagnostic.suggestion;
  // A rule's `replace` hint (e.g. `quick_win: true` → false), or a structure code's "did you mean".
  if (suggestion !== undefined && (fix?.kind === 'replace' || diagnostic.code === 'unknown-key' || diagnostic.code === 'unknown-reference' || diagnostic.code === 'invalid-value')) {
    const action = replaceAction(model, diagnostic, suggestion, locale);
    if (action) out.push(action);
  } else if (fix?.kind === 'add-field') {
    const action = addFieldAction(model, diagnostic, fix, locale, today);
    if (action) out.push(action);
  } else if (fix?.kind === 'create-entity') {
    const action = createEntityAction(model, diagnostic, fix, locale);
    if (action) out.push(action);
  } else if (fix?.kind === 'create-entities') {
    const action = createEntitiesAction(model, diagnostic, fix, locale);
    if (action) out.push(action);
  }
  return out;
}

/** Quick fixes for the diagnostics that touch `range`; never throws. `today` (YYYY-MM-DD) dates a new plan start: the Monday after it. */
export function codeActions(model: RoadmapModel, diagnostics: readonly RoadmapDiagnostic[], range: Range, locale: Locale, today?: string): RoadmapCodeAction[] {
  const out: RoadmapCodeAction[] = [];
  const disables: RoadmapCodeAction[] = [];
  for (const diagnostic of diagnostics) {
    try {
      if (!overlaps(diagnostic.range, range)) continue;
      out.push(...fixesFor(model, diagnostic, locale, today));
      disables.push(disableAction(model, diagnostic, locale));
    } catch {
      // A stale or odd diagnostic gets no fix; the others still do.
    }
  }
  return [...out, ...disables];
}
