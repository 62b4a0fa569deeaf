/**
 * What an entity refers to: the references written inside it, and those of
 * one of its lists resolved to their entities. Shared by the rules (helpers)
 * and the entity rules' context (`EntityRuleContext.uses`), whose findings
 * the incremental checker keeps while what they used stays the same.
 * Must not depend on vscode or the LSP connection.
 */
import type { EntitySection } from '../../../../schemas/model';
import type { Entity, EntityMaps, Reference, RoadmapModel } from './model';

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

/** A reference of an entity's list and the entity it names. */
export interface Used<T> {
  ref: Reference;
  entity: Entity<T>;
}

/** The lists of an entity whose ids name entities of the section of the same name. */
export type UsesField = 'systems' | 'data_sources';

/**
 * The references an entity makes in one of its lists, resolved to their
 * entities. Only the entity's own list counts ("uses"); nothing is inherited.
 * Repeated ids are reported once.
 */
export function usedEntities<T>(model: RoadmapModel, entity: { section: EntitySection; id: string }, field: UsesField): Used<T>[] {
  const out: Used<T>[] = [];
  const seen = new Set<string>();
  const targets = (model as EntityMaps)[field] as unknown as Map<string, Entity<T>>;
  for (const ref of referencesFrom(model, entity.section, entity.id)) {
    if (ref.field !== field || !ref.defined) continue;
    if (seen.has(ref.id)) continue;
    const target = targets.get(ref.id);
    if (!target) continue;
    seen.add(ref.id);
    out.push({ ref, entity: target });
  }
  return out;
}
