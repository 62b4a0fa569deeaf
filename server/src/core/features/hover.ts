/**
 * Hover for `.airoadmap.yaml`: on a key, what the field means and what the
 * framework advises; on a score, what that score means; on a reference, a
 * summary of the entity it names; on an entity's id, its summary (for a use
 * case its priority score and quadrant). Markdown in the requested locale.
 * Must not depend on vscode or the LSP connection.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import * as z from 'zod';
import { ENTITY_SECTIONS, type EntitySection } from '../../../../schemas/model';
import { nodeAtModel, schemaAt, type NodeHit } from './cursor';
import {
  ENTITY_NOUNS,
  entitySummary,
  escapeMarkdown,
  fieldMarkdown,
  guidanceFor,
  languageKeyMarkdown,
  markdownCode,
  priorityFormula,
  scoreMeaning,
  valueMeaning,
  weeksMarkdown,
  word,
} from '../texts/guidance';
import { currencyOf, plannedFirstYearCost } from '../language/budget';
import type { RoadmapModel } from '../language/model';
import { plannedCostMarkdown } from '../texts/budget';
import { isMergeKey } from '../language/merge';
import { isExtensionKey } from '../language/parse';
import { describeSchema, unwrap } from '../language/schema';
import type { Locale } from '../language/types';

export type { Hover, Position };

export function hover(model: RoadmapModel, position: Position, locale: Locale): Hover | null {
  try {
    return hoverAt(model, position, locale);
  } catch {
    // Bad input never breaks the editor: no hover instead.
    return null;
  }
}

function hoverAt(model: RoadmapModel, position: Position, locale: Locale): Hover | null {
  const mapper = model.mapper;
  if (!Number.isInteger(position.line) || !Number.isInteger(position.character)) return null;
  if (position.line < 0 || position.character < 0 || position.line >= mapper.lineCount) return null;
  const lineStart = mapper.lineStart(position.line);
  const nextStart = position.line + 1 < mapper.lineCount ? mapper.lineStart(position.line + 1) : model.text.length + 1;
  if (lineStart + position.character >= nextStart) return null;
  const offset = mapper.offsetAt(position);
  const hit = nodeAtModel(model, offset);
  if (!hit) return null;
  let value = hit.on === 'key' ? keyHover(model, hit, locale) : valueHover(model, hit, locale);
  if (value === undefined) return null;
  if (hit.keys.length === 2 && hit.keys[0] === 'budget' && hit.keys[1] === 'first_year') value = section(value, firstYearHover(model, locale));
  return { contents: { kind: MarkupKind.Markdown, value }, range: mapper.toLspRange(hit.start, hit.end) };
}

function isEntitySection(name: string | undefined): name is EntitySection {
  return (ENTITY_SECTIONS as readonly string[]).includes(name ?? '');
}

function keyHover(model: RoadmapModel, hit: NodeHit, locale: Locale): string | undefined {
  const last = hit.keys[hit.keys.length - 1] ?? '';
  if (hit.keys.length === 1 && isExtensionKey(hit.node)) return languageKeyMarkdown('extension', last, locale);
  if (isMergeKey(hit.node)) return languageKeyMarkdown('merge', last, locale);
  const at = schemaAt(hit.keys);
  if (!at) return undefined;
  const section = hit.keys[0];
  if (hit.keys.length === 2 && isEntitySection(section)) return entityIdHover(model, section, hit.keys[1]!, locale);
  return fieldMarkdown(at.path, at.schema, locale, hit.keys[hit.keys.length - 1]);
}

function entityIdHover(model: RoadmapModel, section: EntitySection, id: string, locale: Locale): string {
  const parts: string[] = [];
  parts.push(entitySummary(model, section, id, locale) ?? `${markdownCode(id)} — ${ENTITY_NOUNS[section][locale]}`);
  if (section === 'use_cases') parts.push(`_${priorityFormula(locale)}_`);
  const guide = guidanceFor(`${section}.*`)?.[locale];
  if (guide) parts.push(guide.meaning);
  return parts.join('\n\n');
}

function valueHover(model: RoadmapModel, hit: NodeHit, locale: Locale): string | undefined {
  const at = schemaAt(hit.keys);
  if (!at) return undefined;
  const field = hit.keys[hit.keys.length - 1] ?? '';
  const inner = unwrap(at.schema);
  // A list item is governed by the list's element schema.
  const schema = hit.on === 'item' && inner instanceof z.ZodArray ? (inner.element as z.ZodType) : at.schema;
  const meta = describeSchema(schema);
  const raw: unknown = hit.node.value;
  const fieldLine = () => guidanceFor(at.path)?.[locale].meaning ?? '';

  if (meta.ref && typeof raw === 'string') {
    const summary = entitySummary(model, meta.ref, raw, locale);
    if (summary) return section(summary, `${markdownCode(field)} — ${fieldLine()}`);
    return `${markdownCode(raw)} ${word('undefinedRef', locale)} \`${meta.ref}\`.`;
  }
  if (meta.format === 'score' && typeof raw === 'number') {
    const meaning = scoreMeaning(field, raw, locale);
    if (meaning) return section(`**${escapeMarkdown(field)}: ${raw}** — ${meaning}`, fieldLine(), guidanceFor(at.path)?.[locale].advice ? `💡 ${guidanceFor(at.path)![locale].advice!}` : '');
  }
  if (meta.format === 'weeks' && (typeof raw === 'number' || typeof raw === 'string')) {
    const weeks = weeksMarkdown(String(raw), locale);
    if (weeks) return section(`**${escapeMarkdown(field)}: ${escapeMarkdown(String(raw))}**`, weeks);
  }
  if (typeof raw === 'string' || typeof raw === 'number') {
    const meaning = valueMeaning(at.path, String(raw), locale);
    if (meaning) return section(`**${escapeMarkdown(field)}: ${escapeMarkdown(String(raw))}** — ${meaning}`, fieldLine());
  }
  return fieldMarkdown(at.path, at.schema, locale, field);
}

/** On `budget.first_year`: the first year's planned cost and its parts, as budget-overrun sums them. */
function firstYearHover(model: RoadmapModel, locale: Locale): string {
  return plannedCostMarkdown(plannedFirstYearCost(model), currencyOf(model), locale, model.budget.data.first_year);
}

function section(...parts: string[]): string {
  return parts.filter((p) => p.length > 0).join('\n\n');
}
