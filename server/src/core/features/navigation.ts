/**
 * Go to definition, find references and document highlights for ids.
 *
 * An "id occurrence" is an entity's id key (its definition) or a reference
 * to it (any field with `ref` metadata: flow lists, block lists, scalars).
 * Everything is read from the model's `references` and entity maps; offsets
 * and positions are converted only through `model.mapper`. A reference
 * merged into its map (`<<: *base`) is where its id is written, in the
 * anchored map, not the alias it came through (where its diagnostics sit).
 * Must not depend on vscode or the LSP connection.
 */
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import { ENTITY_SECTIONS, type EntitySection } from '../../../../schemas/model';
import { entitiesOf, type Reference, type RoadmapModel } from '../language/model';
import { compareRanges, rangeContains, type Position, type Range } from '../language/positions';

export interface IdOccurrence {
  section: EntitySection;
  id: string;
  /** The id itself, without quotes when it is written quoted. */
  range: Range;
  isDefinition: boolean;
}

/**
 * The range of the id's own characters inside `range` (a key or a value as
 * the parser gives it): without the quotes of a quoted scalar. Null when the
 * text there is not the id spelled out (an alias, an escape sequence), which
 * an edit must then leave alone.
 */
export function idTextRange(model: RoadmapModel, range: Range, id: string): Range | null {
  const start = model.mapper.offsetAt(range.start);
  const end = model.mapper.offsetAt(range.end);
  const raw = model.text.slice(start, end);
  if (raw === id) return model.mapper.toLspRange(start, end);
  if (raw.length === id.length + 2 && raw.slice(1, -1) === id && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) {
    return model.mapper.toLspRange(start + 1, end - 1);
  }
  return null;
}

function occurrenceRange(model: RoadmapModel, range: Range, id: string): Range {
  return idTextRange(model, range, id) ?? range;
}

/** The id occurrence under the cursor (ends of the id count as on it). */
export function occurrenceAt(model: RoadmapModel, position: Position): IdOccurrence | null {
  if (!Number.isFinite(position.line) || !Number.isFinite(position.character)) return null;
  for (const section of ENTITY_SECTIONS) {
    for (const entity of entitiesOf(model, section).values()) {
      if (entity.idRange.start.line > position.line || entity.idRange.end.line < position.line) continue;
      if (rangeContains(entity.idRange, position)) {
        return { section, id: entity.id, range: occurrenceRange(model, entity.idRange, entity.id), isDefinition: true };
      }
    }
  }
  for (const reference of model.references) {
    const place = usePlace(reference);
    if (rangeContains(place, position)) {
      return { section: reference.target, id: reference.id, range: occurrenceRange(model, place, reference.id), isDefinition: false };
    }
  }
  return null;
}

/** Where a reference's id is written: its range, or for a merged one, the place in the anchored map. */
export function usePlace(reference: Reference): Range {
  return reference.written ?? reference.range;
}

/** The id key of the entity the cursor's id names; null when it is not defined. */
export function findDefinition(model: RoadmapModel, position: Position): Range | null {
  const occurrence = occurrenceAt(model, position);
  if (!occurrence) return null;
  const entity = entitiesOf(model, occurrence.section).get(occurrence.id);
  return entity ? occurrenceRange(model, entity.idRange, entity.id) : null;
}

/** Every place the id is used (and, when asked, its definition first), in document order. */
export function findReferences(model: RoadmapModel, position: Position, includeDeclaration: boolean): Range[] {
  const occurrence = occurrenceAt(model, position);
  if (!occurrence) return [];
  return occurrencesOf(model, occurrence.section, occurrence.id)
    .filter((o) => includeDeclaration || !o.isDefinition)
    .map((o) => o.range);
}

/** The definition (if any) and every reference of an id, definition first. */
export function occurrencesOf(model: RoadmapModel, section: EntitySection, id: string): IdOccurrence[] {
  const out: IdOccurrence[] = [];
  const entity = entitiesOf(model, section).get(id);
  if (entity) out.push({ section, id, range: occurrenceRange(model, entity.idRange, id), isDefinition: true });
  // Entities merging one anchored map share its written ids: each place once.
  const places = new Map<string, Range>();
  for (const r of model.references) {
    if (r.target !== section || r.id !== id) continue;
    const place = usePlace(r);
    places.set(`${place.start.line}:${place.start.character}`, place);
  }
  const uses = [...places.values()].map((place) => ({ section, id, range: occurrenceRange(model, place, id), isDefinition: false })).sort((a, b) => compareRanges(a.range, b.range));
  out.push(...uses);
  return out;
}

/** The definition is a write, the references reads. */
export function documentHighlights(model: RoadmapModel, position: Position): DocumentHighlight[] {
  const occurrence = occurrenceAt(model, position);
  if (!occurrence) return [];
  return occurrencesOf(model, occurrence.section, occurrence.id).map((o) => ({
    range: o.range,
    kind: o.isDefinition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
