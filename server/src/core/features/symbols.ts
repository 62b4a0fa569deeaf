/**
 * The outline (document symbols) and the symbol search (workspace symbols).
 *
 * Sections are the top level; entity sections hold their entities (detail:
 * the entity's title or name), singleton sections their fields. No cap on
 * the number of symbols: the editor handles large outlines itself.
 * Must not depend on vscode or the LSP connection.
 */
import { SECTION_LABELS } from '../texts/sections';
import { formatNumber } from '../texts/format';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { ENTITY_SECTIONS, type EntitySection } from '../../../../schemas/model';
import { entitiesOf, type Entity, type Fields, type RoadmapModel } from '../language/model';
import type { Range } from '../language/positions';
import type { Locale } from '../language/types';

export { SECTION_LABELS } from '../texts/sections';

export const ENTITY_SYMBOL_KIND: Record<EntitySection, SymbolKind> = {
  team: SymbolKind.Object,
  systems: SymbolKind.Module,
  data_sources: SymbolKind.Struct,
  use_cases: SymbolKind.Class,
  kpis: SymbolKind.Number,
  risks: SymbolKind.Event,
  plan: SymbolKind.Method,
};

const SINGLETONS = ['organization', 'roles', 'infrastructure', 'governance', 'budget'] as const;

function isEntitySection(name: string): name is EntitySection {
  return (ENTITY_SECTIONS as readonly string[]).includes(name);
}

const TITLED: readonly EntitySection[] = ['use_cases', 'risks', 'plan'];

/** Use cases, risks and plan items are labelled by their title; people, systems, sources and KPIs by name (a person's title is a job title). */
export function entityLabel(entity: Entity<Record<string, unknown>>): string | undefined {
  const data = entity.data;
  const label = TITLED.includes(entity.section) ? (data['title'] ?? data['name']) : (data['name'] ?? data['title']);
  return typeof label === 'string' && label.length > 0 ? label : undefined;
}

function entitySymbol(entity: Entity<Record<string, unknown>>): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: entity.id.length > 0 ? entity.id : '""',
    kind: ENTITY_SYMBOL_KIND[entity.section],
    range: entity.range,
    selectionRange: entity.idRange,
  };
  const label = entityLabel(entity);
  if (label !== undefined) symbol.detail = label;
  return symbol;
}

function fieldSymbols(model: RoadmapModel, fields: Fields<unknown>, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const location of fields.locations.values()) {
    if (location.key.includes('.')) continue;
    const start = model.mapper.offsetAt(location.keyRange.start);
    const range: Range = model.mapper.toLspRange(start, Math.max(model.mapper.offsetAt(location.valueRange.end), model.mapper.offsetAt(location.keyRange.end)));
    const symbol: DocumentSymbol = { name: location.key, kind: SymbolKind.Property, range, selectionRange: location.keyRange };
    const value = (fields.data as Record<string, unknown>)[location.key];
    // A number as the locale writes it (100 000 in Norwegian); text and true/false as written.
    if (typeof value === 'number') symbol.detail = formatNumber(value, locale);
    else if (typeof value === 'string' || typeof value === 'boolean') symbol.detail = String(value);
    out.push(symbol);
  }
  return out;
}

export function documentSymbols(model: RoadmapModel, locale: Locale): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const section of model.sections.values()) {
    const name = section.key;
    const range = model.mapper.toLspRange(section.startOffset, section.endOffset);
    const symbol: DocumentSymbol = {
      name,
      kind: isEntitySection(name) ? SymbolKind.Namespace : name === 'airoadmap' ? SymbolKind.Constant : SymbolKind.Object,
      range,
      selectionRange: section.keyRange,
    };
    const label = SECTION_LABELS[name]?.[locale];
    if (label !== undefined) symbol.detail = label;
    if (isEntitySection(name)) {
      symbol.children = [...entitiesOf(model, name).values()].map(entitySymbol);
    } else if ((SINGLETONS as readonly string[]).includes(name)) {
      symbol.children = fieldSymbols(model, model[name as (typeof SINGLETONS)[number]] as Fields<unknown>, locale);
    }
    out.push(symbol);
  }
  return out;
}

/** Case-insensitive: the query's characters appear in order in the text. */
export function fuzzyMatches(query: string, text: string): boolean {
  const q = query.toLowerCase();
  const t = text.toLowerCase();
  let at = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    at = t.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** One entity as the symbol search sees it: small enough to keep for a roadmap that is not open. */
export interface SymbolEntry {
  name: string;
  kind: SymbolKind;
  range: Range;
  containerName: string;
  /** The title or name, searched too. */
  label?: string;
}

/** Every entity of the roadmap, for the symbol search. */
export function symbolEntries(model: RoadmapModel): SymbolEntry[] {
  const out: SymbolEntry[] = [];
  for (const section of ENTITY_SECTIONS) {
    for (const entity of entitiesOf(model, section).values()) {
      const label = entityLabel(entity);
      out.push({ name: entity.id, kind: ENTITY_SYMBOL_KIND[section], range: entity.idRange, containerName: section, ...(label !== undefined ? { label } : {}) });
    }
  }
  return out;
}

/** Whether an entry answers the query: the id has its characters in order, or the title or name contains it. */
export function symbolMatches(entry: SymbolEntry, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return needle.length === 0 || fuzzyMatches(needle, entry.name) || (entry.label !== undefined && entry.label.toLowerCase().includes(needle));
}

/** Entities whose id matches the query (characters in order), or whose title or name contains it. */
export function workspaceSymbols(model: RoadmapModel, query: string): { name: string; kind: SymbolKind; range: Range; containerName: string }[] {
  return symbolEntries(model)
    .filter((e) => symbolMatches(e, query))
    .map(({ name, kind, range, containerName }) => ({ name, kind, range, containerName }));
}
