/**
 * Small readings of the model shared by several rules.
 * Must not depend on vscode or the LSP connection.
 */
import type { DataSource, System, UseCase } from '../../../../schemas/model';
import { isActive, type Entity, type Reference, type RoadmapModel } from '../language/model';
import type { Range } from '../language/positions';
import type { RelatedPlace } from '../language/types';

/**
 * The references a use case makes in one of its lists, resolved to their
 * entities. Only the use case's own list counts ("uses"); nothing is inherited.
 * Repeated ids are reported once.
 */
export function usedEntities<T>(
  model: RoadmapModel,
  useCase: Entity<UseCase>,
  field: 'systems' | 'data_sources',
): { ref: Reference; entity: Entity<T> }[] {
  const out: { ref: Reference; entity: Entity<T> }[] = [];
  const seen = new Set<string>();
  const targets = model[field] as unknown as Map<string, Entity<T>>;
  for (const ref of referencesFrom(model, 'use_cases', useCase.id)) {
    if (ref.field !== field || !ref.defined) continue;
    if (seen.has(ref.id)) continue;
    const entity = targets.get(ref.id);
    if (!entity) continue;
    seen.add(ref.id);
    out.push({ ref, entity });
  }
  return out;
}

/** Section → entity id ('' outside entities) → references written there. Nested maps: no key strings to build per reference. */
const INDEX = new WeakMap<RoadmapModel, Map<string, Map<string, Reference[]>>>();
const NONE: readonly Reference[] = [];

/** The references written inside one entity, indexed once per model. */
export function referencesFrom(model: RoadmapModel, section: string, id: string): readonly Reference[] {
  let index = INDEX.get(model);
  if (!index) {
    index = new Map();
    for (const ref of model.references) {
      let bySection = index.get(ref.fromSection);
      if (!bySection) index.set(ref.fromSection, (bySection = new Map()));
      const from = ref.fromId ?? '';
      const list = bySection.get(from);
      if (list) list.push(ref);
      else bySection.set(from, [ref]);
    }
    INDEX.set(model, index);
  }
  return index.get(section)?.get(id) ?? NONE;
}

export function usedSystems(model: RoadmapModel, useCase: Entity<UseCase>) {
  return usedEntities<System>(model, useCase, 'systems');
}

export function usedDataSources(model: RoadmapModel, useCase: Entity<UseCase>) {
  return usedEntities<DataSource>(model, useCase, 'data_sources');
}

/**
 * "Uses personal data": the data sources with `personal_data: true` that the
 * use case lists in its own `data_sources` (nothing inherited), once each.
 */
export function personalDataSources(model: RoadmapModel, useCase: Entity<UseCase>) {
  return usedDataSources(model, useCase).filter(({ entity }) => entity.data.personal_data === true);
}

export function usesPersonalData(model: RoadmapModel, useCase: Entity<UseCase>): boolean {
  return personalDataSources(model, useCase).length > 0;
}

export function relatedEntity(entity: Entity<unknown>): RelatedPlace[] {
  return [{ range: entity.idRange, kind: 'referenced-entity', name: `${entity.section}.${entity.id}` }];
}

/** "Lacks": absent, empty, or an empty list. Present-but-invalid counts as present. */
export function lacks(entity: { has(path: string): boolean; data: object }, field: string): boolean {
  if (!entity.has(field)) return true;
  const value = (entity.data as Record<string, unknown>)[field];
  return Array.isArray(value) && value.length === 0 && !hasInvalid(entity, field);
}

function hasInvalid(entity: object, field: string): boolean {
  const invalid = (entity as { invalid?: Set<string> }).invalid;
  return invalid?.has(field) ?? false;
}

/** The section key's range, else the `use_cases` key's, else the file's first key. */
export function sectionOrUseCasesRange(model: RoadmapModel, section: string): Range {
  return model.sections.get(section)?.keyRange ?? model.sections.get('use_cases')?.keyRange ?? model.firstKeyRange;
}

export function activeUseCases(model: RoadmapModel): Entity<UseCase>[] {
  return [...model.use_cases.values()].filter(isActive);
}

