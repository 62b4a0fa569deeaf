/**
 * Small readings of the model shared by several rules.
 * Must not depend on vscode or the LSP connection.
 */
import type { DataSource, System, UseCase } from '../../../../schemas/model';
import { isActive, type Entity, type RoadmapModel } from '../language/model';
import { referencesFrom, usedEntities, type Used } from '../language/uses';
import type { Range } from '../language/positions';
import type { RelatedPlace } from '../language/types';

/** What an entity refers to lives with the language (`language/uses.ts`): the entity rules' `ctx.uses` reads it too. */
export { referencesFrom, usedEntities };

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
  return personalData(usedDataSources(model, useCase));
}

/** Of the data sources a use case lists, those with `personal_data: true`. */
export function personalData(used: readonly Used<DataSource>[]): Used<DataSource>[] {
  return used.filter(({ entity }) => entity.data.personal_data === true);
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

