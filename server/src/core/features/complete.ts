/**
 * Completion for `.airoadmap.yaml`: the keys still missing at the cursor, the
 * allowed values after `key: `, the ids of the right section inside
 * references, and snippets for new entities and sections.
 *
 * Works from the text around the cursor (see `cursor.ts`), not from a
 * successful parse, so half-typed YAML completes; the parsed model only adds
 * summaries of entities. Every item's documentation is markdown in the
 * requested locale, from `guidance.ts`.
 * Must not depend on vscode or the LSP connection.
 */
import { NEW_IDS, newEntityLabel, SKELETON_FIELDS } from '../texts/sections';
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  TextEdit,
  type CompletionItem,
  type Position,
} from 'vscode-languageserver-types';
import * as z from 'zod';
import { ENTITY_SECTIONS, type EntitySection } from '../../../../schemas/model';
import { cursorContextAt, idsInText, indentUnit, schemaAt, splitLines, type CursorContext, type TextLine } from './cursor';
import {
  ENTITY_NOUNS,
  entitySummary,
  entityTitle,
  fieldMarkdown,
  markdownCode,
  markdownFence,
  priorityFormula,
  scoreMeaning,
  typeLine,
  valueMeaning,
  WEEK_TEXTS,
  weeksMarkdown,
} from '../texts/guidance';
import type { Entity, RoadmapModel } from '../language/model';
import { parseRoadmap } from '../language/parse';
import { describeSchema, unwrap } from '../language/schema';
import { PositionMapper } from '../language/positions';
import type { Locale } from '../language/types';

export type { CompletionItem, Position };

const COMMON_CURRENCIES = ['EUR', 'NOK', 'SEK', 'DKK', 'USD', 'GBP', 'CHF'] as const;

const LABELS = {
  newSection: { en: (name: string) => `${name} section`, nb: (name: string) => `${name}-seksjon` },
  skeleton: { en: 'roadmap skeleton', nb: 'veikartskjelett' },
  skeletonDoc: {
    en: 'A minimal roadmap: the language version and the organisation.',
    nb: 'Et minimalt veikart: språkversjonen og virksomheten.',
  },
  entitySnippetDoc: {
    en: (noun: string) => `Adds a new ${noun} with the fields the checklists look for; Tab moves between the placeholders.`,
    nb: (noun: string) => `Legger til en ny oppføring (${noun}) med feltene sjekklistene ser etter; Tab flytter mellom plassholderne.`,
  },
  sectionSnippetDoc: {
    en: (name: string) => `Adds the \`${name}\` section with its first entries.`,
    nb: (name: string) => `Legger til seksjonen \`${name}\` med de første oppføringene.`,
  },
  notDefinedYet: { en: 'No summary: the entity could not be read.', nb: 'Ingen oppsummering: oppføringen kunne ikke leses.' },
  quarter: { en: 'A measured value for a quarter (YYYY-Qn).', nb: 'En målt verdi for et kvartal (ÅÅÅÅ-Qn).' },
  scoreOf: { en: 'of 5', nb: 'av 5' },
  currencyDefault: { en: 'The default currency.', nb: 'Standardvalutaen.' },
};

export function complete(text: string, model: RoadmapModel, position: Position, locale: Locale): CompletionItem[] {
  try {
    return completeAt(text, model, position, locale);
  } catch {
    // Bad input never breaks the editor: no suggestions instead.
    return [];
  }
}

function completeAt(input: string, model: RoadmapModel, position: Position, locale: Locale): CompletionItem[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // The model's mapper is the converter; a stale model (other text) gets one built the same way.
  const mapper = text === model.text ? model.mapper : new PositionMapper(text);
  if (!validPosition(mapper, text, position)) return [];
  const offset = mapper.offsetAt(position);
  const lines = splitLines(text, model.caches);
  const ctx = cursorContextAt(text, offset, lines);
  if (!ctx) return [];
  const env: Env = { text, model, locale, mapper, lines, ctx, unit: indentUnit(lines), summaries: undefined };
  switch (ctx.kind) {
    case 'key':
      return keyCompletions(env, ctx);
    case 'value':
      return valueCompletions(env, ctx.path, ctx.key, 'scalar', new Set(), ctx.needsSpace);
    case 'flow-item':
      return valueCompletions(env, ctx.path, ctx.key, 'item', ctx.present, false);
    case 'block-item': {
      const key = ctx.path[ctx.path.length - 1];
      if (key === undefined) return [];
      return valueCompletions(env, ctx.path.slice(0, -1), key, 'item', ctx.present, ctx.needsSpace);
    }
  }
}

function validPosition(mapper: PositionMapper, text: string, position: Position): boolean {
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return false;
  if (position.line < 0 || position.character < 0 || position.line >= mapper.lineCount) return false;
  const start = mapper.lineStart(position.line);
  const next = position.line + 1 < mapper.lineCount ? mapper.lineStart(position.line + 1) : text.length + 1;
  return start + position.character < next;
}

interface Env {
  text: string;
  model: RoadmapModel;
  locale: Locale;
  mapper: PositionMapper;
  lines: readonly TextLine[];
  ctx: CursorContext;
  unit: number;
  /** A model that parses without the cursor line, made on demand for summaries. */
  summaries: RoadmapModel | undefined;
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

function replaceEdit(env: Env, newText: string): TextEdit {
  return TextEdit.replace(env.mapper.toLspRange(env.ctx.replaceStart, env.ctx.replaceEnd), newText);
}

function sortKey(i: number): string {
  return String(i).padStart(4, '0');
}

function isEntitySection(name: string | undefined): name is EntitySection {
  return (ENTITY_SECTIONS as readonly string[]).includes(name ?? '');
}

// ---- Keys -------------------------------------------------------------------------

function keyCompletions(env: Env, ctx: Extract<CursorContext, { kind: 'key' }>): CompletionItem[] {
  const at = schemaAt(ctx.path);
  if (!at) return [];
  const inner = unwrap(at.schema);
  if (inner instanceof z.ZodObject) {
    const items = fieldKeyItems(env, ctx, inner.shape as Record<string, z.ZodType>, at.path);
    if (ctx.path.length === 0) items.push(...topLevelSnippets(env, ctx));
    return items;
  }
  if (inner instanceof z.ZodRecord) {
    const section = ctx.path[0];
    if (ctx.path.length === 1 && isEntitySection(section)) return [entitySnippet(env, ctx, section)];
    if (describeSchema(inner.keyType as z.ZodType).format === 'quarter') return [quarterSnippet(env)];
  }
  return [];
}

function fieldKeyItems(env: Env, ctx: Extract<CursorContext, { kind: 'key' }>, shape: Record<string, z.ZodType>, schemaPath: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  const topLevel = ctx.path.length === 0;
  Object.entries(shape).forEach(([name, schema], i) => {
    if (ctx.siblings.has(name)) return;
    const path = schemaPath ? `${schemaPath}.${name}` : name;
    const insert = keyInsertText(env, ctx, name, schema);
    const item: CompletionItem = {
      label: name,
      kind: topLevel ? CompletionItemKind.Module : CompletionItemKind.Property,
      detail: typeLine(schema, env.locale),
      documentation: markdown(fieldMarkdown(path, schema, env.locale)),
      filterText: name,
      sortText: sortKey(i),
      textEdit: replaceEdit(env, insert.text),
      insertTextFormat: insert.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      insertTextMode: InsertTextMode.asIs,
    };
    items.push(item);
  });
  return items;
}

function keyInsertText(env: Env, ctx: Extract<CursorContext, { kind: 'key' }>, name: string, schema: z.ZodType): { text: string; snippet: boolean } {
  if (ctx.colonFollows) return { text: name, snippet: false };
  if (name === 'airoadmap' && ctx.path.length === 0) return { text: 'airoadmap: 1', snippet: false };
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject || inner instanceof z.ZodRecord) {
    return { text: `${name}:\n${' '.repeat(ctx.indent + env.unit)}`, snippet: false };
  }
  if (inner instanceof z.ZodArray) return { text: `${name}: [$1]`, snippet: true };
  return { text: `${name}: `, snippet: false };
}

// ---- Snippets ---------------------------------------------------------------------

function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

function choice(n: number, options: readonly string[]): string {
  return `\${${n}|${options.map((o) => o.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/** The snippet text of one field's value, placeholder number `n`. */
function valuePlaceholder(env: Env, schema: z.ZodType, field: string, n: number): string {
  const inner = unwrap(schema);
  const meta = describeSchema(schema);
  if (inner instanceof z.ZodArray) {
    const element = describeSchema(inner.element as z.ZodType);
    if (element.ref) {
      const ids = idsOf(env, element.ref);
      return ids.length > 0 ? `[${choice(n, ids)}]` : `[\${${n}}]`;
    }
    return `[\${${n}}]`;
  }
  if (meta.ref) {
    const ids = idsOf(env, meta.ref);
    return ids.length > 0 ? choice(n, ids) : `\${${n}:${NEW_IDS[meta.ref]}}`;
  }
  if (meta.format === 'score') return choice(n, ['1', '2', '3', '4', '5']);
  if (meta.format === 'weeks') return choice(n, ['1', '2', '3', '4', '5-6', '7-8', '9-10', '11', '12']);
  if (meta.format === 'date') return `\${${n}:YYYY-MM-DD}`;
  if (meta.format === 'currency') return choice(n, COMMON_CURRENCIES);
  if (meta.format === 'money') return `\${${n}:0}`;
  if (inner instanceof z.ZodEnum) return choice(n, (inner.options as readonly (string | number)[]).map(String));
  if (inner instanceof z.ZodBoolean) return choice(n, ['true', 'false']);
  const literals = literalValues(inner);
  if (literals.length > 0) return choice(n, literals);
  if (inner instanceof z.ZodNumber) return `\${${n}:0}`;
  return `\${${n}:${escapeSnippet(field)}}`;
}

/** `field: value` lines of a skeleton at `indent`, placeholders from `first`. */
function skeletonLines(env: Env, shape: Record<string, z.ZodType>, fields: readonly string[], indent: number, first: number): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  let n = first;
  for (const field of fields) {
    const schema = shape[field];
    if (!schema) continue;
    out.push(`${pad}${field}: ${valuePlaceholder(env, schema, field, n)}`);
    n++;
  }
  return out;
}

function entityShape(section: string): Record<string, z.ZodType> | undefined {
  const at = schemaAt([section, '_']);
  const inner = at ? unwrap(at.schema) : undefined;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

function entitySnippet(env: Env, ctx: Extract<CursorContext, { kind: 'key' }>, section: EntitySection): CompletionItem {
  const noun = ENTITY_NOUNS[section][env.locale];
  const shape = entityShape(section) ?? {};
  const id = ctx.partial.length > 0 ? ctx.partial : NEW_IDS[section];
  const body = skeletonLines(env, shape, SKELETON_FIELDS[section] ?? [], ctx.indent + env.unit, 2);
  const text = [`\${1:${escapeSnippet(id)}}:`, ...body].join('\n') + '\n';
  const label = newEntityLabel(section, env.locale);
  return {
    label,
    kind: CompletionItemKind.Snippet,
    detail: section,
    documentation: markdown(`${LABELS.entitySnippetDoc[env.locale](noun)}\n\n${markdownFence(plainPreview(text), 'yaml')}`),
    // The id is the user's own word: always let the snippet through the filter.
    filterText: ctx.partial.length > 0 ? ctx.partial : label,
    sortText: sortKey(0),
    textEdit: replaceEdit(env, text),
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
  };
}

function quarterSnippet(env: Env): CompletionItem {
  return {
    label: 'YYYY-Qn',
    kind: CompletionItemKind.Snippet,
    detail: 'kpis.*.actuals',
    documentation: markdown(LABELS.quarter[env.locale]),
    filterText: env.ctx.partial.length > 0 ? env.ctx.partial : 'YYYY-Qn',
    textEdit: replaceEdit(env, '${1:YYYY}-Q${2|1,2,3,4|}: ${3:0}'),
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
  };
}

/** Snippets at the top level: a whole skeleton in an empty file, and each missing section with its first entry. */
function topLevelSnippets(env: Env, ctx: Extract<CursorContext, { kind: 'key' }>): CompletionItem[] {
  const items: CompletionItem[] = [];
  const unit = env.unit;
  const rootShape = schemaAt([])!.schema;
  const shape = (unwrap(rootShape) as z.ZodObject).shape as Record<string, z.ZodType>;
  if (ctx.siblings.size === 0 && !ctx.colonFollows) {
    const orgShape = (unwrap(shape['organization']!) as z.ZodObject).shape as Record<string, z.ZodType>;
    const text = ['airoadmap: 1', '', 'organization:', ...skeletonLines(env, orgShape, SKELETON_FIELDS['organization']!, unit, 1), ''].join('\n');
    items.push({
      label: LABELS.skeleton[env.locale],
      kind: CompletionItemKind.Snippet,
      detail: 'airoadmap',
      documentation: markdown(`${LABELS.skeletonDoc[env.locale]}\n\n${markdownFence(plainPreview(text), 'yaml')}`),
      filterText: ctx.partial.length > 0 ? ctx.partial : 'airoadmap',
      sortText: sortKey(0),
      textEdit: replaceEdit(env, text),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
    });
  }
  if (ctx.colonFollows) return items;
  Object.keys(shape).forEach((section, i) => {
    if (section === 'airoadmap' || ctx.siblings.has(section)) return;
    let lines: string[];
    if (isEntitySection(section)) {
      const entity = entityShape(section) ?? {};
      lines = [`${section}:`, `${' '.repeat(unit)}\${1:${NEW_IDS[section]}}:`, ...skeletonLines(env, entity, SKELETON_FIELDS[section] ?? [], unit * 2, 2)];
    } else {
      const inner = unwrap(shape[section]!);
      if (!(inner instanceof z.ZodObject)) return;
      lines = [`${section}:`, ...skeletonLines(env, inner.shape as Record<string, z.ZodType>, SKELETON_FIELDS[section] ?? [], unit, 1)];
    }
    const text = lines.join('\n') + '\n';
    items.push({
      label: LABELS.newSection[env.locale](section),
      kind: CompletionItemKind.Snippet,
      detail: section,
      documentation: markdown(`${LABELS.sectionSnippetDoc[env.locale](section)}\n\n${markdownFence(plainPreview(text), 'yaml')}`),
      filterText: section,
      sortText: sortKey(100 + i),
      textEdit: replaceEdit(env, text),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.asIs,
    });
  });
  return items;
}

/** A snippet as the user will see it, for documentation: placeholders replaced by their defaults. */
function plainPreview(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

// ---- Values -----------------------------------------------------------------------

interface Candidate {
  value: string;
  kind: CompletionItemKind;
  detail?: string;
  doc: string;
}

function literalValues(inner: z.ZodType): string[] {
  if (inner instanceof z.ZodLiteral) return [...inner.values].map(String);
  if (inner instanceof z.ZodUnion) {
    const options = inner.options as readonly z.ZodType[];
    if (options.every((o) => o instanceof z.ZodLiteral)) return options.flatMap((o) => [...(o as z.ZodLiteral).values].map(String));
  }
  return [];
}

/**
 * Completions after `key:` (mode `scalar`) or for an item of a list under
 * `key` (mode `item`). `path` is the map holding `key`.
 */
function valueCompletions(env: Env, path: string[], key: string, mode: 'scalar' | 'item', present: Set<string>, needsSpace: boolean): CompletionItem[] {
  const at = schemaAt([...path, key]);
  if (!at) return [];
  const inner = unwrap(at.schema);
  let candidates: Candidate[];
  let wrapInList = false;
  if (inner instanceof z.ZodArray) {
    candidates = scalarCandidates(env, inner.element as z.ZodType, at.path, key);
    wrapInList = mode === 'scalar';
  } else {
    if (mode === 'item') return [];
    candidates = scalarCandidates(env, at.schema, at.path, key);
  }
  const prefix = needsSpace ? ' ' : '';
  // Every item replaces the same word.
  const range = env.mapper.toLspRange(env.ctx.replaceStart, env.ctx.replaceEnd);
  return candidates
    .filter((c) => !present.has(c.value))
    .map((c, i) => {
      const shown = wrapInList ? `[${c.value}]` : c.value;
      const item: CompletionItem = {
        label: shown,
        kind: c.kind,
        documentation: markdown(c.doc),
        filterText: shown,
        sortText: sortKey(i),
        textEdit: TextEdit.replace(range, prefix + shown),
        insertTextFormat: InsertTextFormat.PlainText,
      };
      if (c.detail !== undefined) item.detail = c.detail;
      return item;
    });
}

function scalarCandidates(env: Env, schema: z.ZodType, schemaPath: string, field: string): Candidate[] {
  const locale = env.locale;
  const inner = unwrap(schema);
  const meta = describeSchema(schema);
  if (meta.ref) return refCandidates(env, meta.ref);
  if (meta.format === 'score') {
    return [1, 2, 3, 4, 5].map((s) => ({
      value: String(s),
      kind: CompletionItemKind.Value,
      detail: `${s} ${LABELS.scoreOf[locale]}`,
      doc: `**${field}: ${s}** — ${scoreMeaning(field, s, locale) ?? ''}`,
    }));
  }
  if (meta.format === 'weeks') {
    const values = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '1-4', '5-6', '5-8', '7-8', '9-10', '9-12'];
    return values.map((w) => ({
      value: w,
      kind: CompletionItemKind.Value,
      doc: weeksMarkdown(w, locale) ?? '',
      ...(WEEK_TEXTS[w] ? { detail: WEEK_TEXTS[w][locale] } : {}),
    }));
  }
  if (meta.format === 'currency') {
    return COMMON_CURRENCIES.map((c) => ({
      value: c,
      kind: CompletionItemKind.Value,
      doc: c === 'EUR' ? `**EUR** — ${LABELS.currencyDefault[locale]}` : `**${c}**`,
    }));
  }
  if (inner instanceof z.ZodEnum) {
    return (inner.options as readonly (string | number)[]).map((o) => {
      const value = String(o);
      const meaning = valueMeaning(schemaPath, value, locale);
      return { value, kind: CompletionItemKind.EnumMember, doc: meaning ? `**${value}** — ${meaning}` : fieldMarkdown(schemaPath, schema, locale) };
    });
  }
  if (inner instanceof z.ZodBoolean) {
    return ['true', 'false'].map((value) => ({ value, kind: CompletionItemKind.Keyword, doc: fieldMarkdown(schemaPath, schema, locale) }));
  }
  const literals = literalValues(inner);
  return literals.map((value) => {
    const meaning = valueMeaning(schemaPath, value, locale);
    return { value, kind: CompletionItemKind.EnumMember, doc: meaning ? `**${value}** — ${meaning}` : fieldMarkdown(schemaPath, schema, locale) };
  });
}

/** Ids of a section: those written in the text (works on half-typed files), then any the model adds. */
function idsOf(env: Env, section: EntitySection): string[] {
  const ids = idsInText(env.lines, section);
  const seen = new Set(ids);
  for (const id of (env.model[section] as Map<string, unknown>).keys()) if (!seen.has(id)) ids.push(id);
  return ids;
}

/** The model to summarise entities from: the given one, or the text parsed without the cursor line when that one misses ids. */
function summaryModel(env: Env, section: EntitySection, ids: readonly string[]): RoadmapModel {
  const entities = env.model[section] as Map<string, unknown>;
  if (env.text === env.model.text && ids.every((id) => entities.has(id))) return env.model;
  if (!env.summaries) {
    const line = env.lines[env.ctx.line];
    const repaired = line ? env.text.slice(0, line.start) + ' '.repeat(line.text.length) + env.text.slice(line.start + line.text.length) : env.text;
    env.summaries = parseRoadmap(repaired).model;
  }
  return env.summaries;
}

/**
 * Summaries of entities by their data: an incremental model shares an
 * unchanged entity's data object from one version to the next, so typing in
 * one entity leaves the other 999 summaries of a reference list in place.
 */
const SUMMARIES = new WeakMap<object, Partial<Record<Locale, string>>>();

function summaryOf(source: RoadmapModel, section: EntitySection, id: string, locale: Locale): string {
  // A data object belongs to one entity (one section, one id): the locale is the only key left.
  const data = (source[section] as Map<string, Entity<object>>).get(id)?.data;
  const cached = data ? SUMMARIES.get(data) : undefined;
  const known = cached?.[locale];
  if (known !== undefined) return known;
  let doc = entitySummary(source, section, id, locale) ?? `${markdownCode(id)} — ${LABELS.notDefinedYet[locale]}`;
  if (section === 'use_cases') doc += `\n\n_${priorityFormula(locale)}_`;
  if (data) {
    if (cached) cached[locale] = doc;
    else SUMMARIES.set(data, { [locale]: doc });
  }
  return doc;
}

function refCandidates(env: Env, section: EntitySection): Candidate[] {
  const ids = idsOf(env, section);
  const source = ids.length > 0 ? summaryModel(env, section, ids) : env.model;
  return ids.map((id) => {
    const doc = summaryOf(source, section, id, env.locale);
    const title = entityTitle(source, section, id);
    const candidate: Candidate = { value: id, kind: CompletionItemKind.Reference, doc };
    if (title !== undefined) candidate.detail = title;
    return candidate;
  });
}
