/**
 * Where in the roadmap a range lies, by names rather than lines: the entity
 * (`use_cases.doc-search`), the field inside it (`use_cases.doc-search.kpis`),
 * a singleton section's field (`roles.ai_owner`), a section (`risks`), or ''
 * for the file itself. What CI tools fingerprint a finding with, so that an
 * edit elsewhere in the file (lines moving) keeps its identity.
 * Must not depend on vscode or the LSP connection.
 */
import { ENTITY_SECTIONS } from '../../../../schemas/model';
import { entitiesOf, type Fields, type RoadmapModel } from './model';
import type { Position, Range } from './positions';
import { rangeContains } from './range';

const SINGLETONS = ['organization', 'roles', 'infrastructure', 'governance', 'budget'] as const;

interface Place {
  range: Range;
  path: string;
  fields: Fields<unknown>;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The deepest field of `fields` whose key or value holds the position, as `prefix.key.path`. */
function fieldPath(fields: Fields<unknown>, prefix: string, at: Position): string {
  let best: string | undefined;
  for (const [path, location] of fields.locations) {
    if (!rangeContains(location.keyRange, at) && !rangeContains(location.valueRange, at)) continue;
    if (best === undefined || path.length > best.length) best = path;
  }
  return best === undefined ? prefix : `${prefix}.${best}`;
}

/** A function from a range to its place, for many ranges of one model (entities indexed once). */
export function placesOf(model: RoadmapModel): (range: Range) => string {
  const places: Place[] = [];
  for (const section of ENTITY_SECTIONS) {
    for (const entity of entitiesOf(model, section).values()) places.push({ range: entity.range, path: `${section}.${entity.id}`, fields: entity as Fields<unknown> });
  }
  places.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  return (range) => {
    const at = range.start;
    // The last entity starting at or before the position; entities do not overlap.
    let lo = 0;
    let hi = places.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (!before(at, places[mid]!.range.start)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const entity = found >= 0 ? places[found]! : undefined;
    if (entity && rangeContains(entity.range, at)) return fieldPath(entity.fields, entity.path, at);
    for (const name of SINGLETONS) {
      const section = model.sections.get(name);
      if (section && (rangeContains(section.keyRange, at) || rangeContains(section.valueRange, at))) return fieldPath(model[name] as Fields<unknown>, name, at);
    }
    for (const [name, section] of model.sections) {
      if (rangeContains(section.keyRange, at) || rangeContains(section.valueRange, at)) return name;
    }
    return '';
  };
}
