/**
 * What the views' computations share: the reference every drawn element
 * carries to its entity, the "not placed" entries, and small readers of the
 * model's values. Each tab's `compute.ts` builds on these.
 * Must not depend on vscode or the LSP connection.
 */
import type { EntitySection } from '../../../../schemas/model';
import type { Entity, RoadmapModel } from '../language/model';
import type { Range } from '../language/positions';
import type { Locale } from '../language/types';

/** What every drawn element knows about its entity. */
export interface ElementRef {
  /** `section:id`, unique across the views' entities. */
  key: string;
  section: EntitySection;
  id: string;
  /** The id key, revealed and selected on click. */
  range: Range;
  /** The whole entity, for highlighting the element under the editor's cursor. */
  entityRange: Range;
  aria: string;
}

/** An element the preview can reveal and highlight: its key and ranges (an ElementRef, or a link to another entity). */
export interface RevealTarget {
  key: string;
  section: string;
  id: string;
  range: Range;
  entityRange: Range;
}

export interface NotPlaced extends ElementRef {
  title: string;
  /** The missing or invalid fields, e.g. ["value", "effort"]. */
  missing: string[];
  reason: string;
}

export function refOf(entity: Entity<unknown>, aria: string): ElementRef {
  return { key: `${entity.section}:${entity.id}`, section: entity.section, id: entity.id, range: entity.idRange, entityRange: entity.range, aria };
}

export function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function teamName(model: RoadmapModel, id: string | undefined): string | null {
  if (id === undefined) return null;
  return textOf(model.team.get(id)?.data.name) ?? id;
}

function listJoin(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'nb' ? ' og ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

/**
 * Why an entity is not placed: "Missing a valid value and effort, so it is not
 * in the matrix." with `where` (the chart, in each locale), "Missing a valid
 * weeks." without.
 */
export function missingReason(missing: string[], locale: Locale, where?: Readonly<Record<Locale, string>>): string {
  const names = listJoin(missing, locale);
  if (where === undefined) return locale === 'nb' ? `Mangler gyldig ${names}.` : `Missing a valid ${names}.`;
  return locale === 'nb' ? `Mangler gyldig ${names}, så den står ikke i ${where.nb}.` : `Missing a valid ${names}, so it is not in ${where.en}.`;
}

/** Six decimals: coordinates and fractions stay short in the JSON. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
