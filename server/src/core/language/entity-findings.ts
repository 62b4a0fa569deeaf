/**
 * The findings of the entity rules (`RuleLike.each`) per entity, kept from
 * one check to the next by the incremental checker: an entity whose chunk an
 * edit did not touch is the same object at the same line, so its findings
 * are the same while the file's facts stay (`FileFacts`: the guides, today,
 * the currency and the plan's start). Entities are held weakly: their
 * findings go with them.
 * Must not depend on vscode or the LSP connection.
 */
import type { FileFacts } from './catalogue';
import { sameRange } from './positions';
import type { Finding } from './types';
import type { Used, UsesField } from './uses';

/** An entity's findings, and what its rules' `uses` gave when they were made. */
export interface EntityFindings {
  findings: readonly Finding[];
  uses?: [UsesField, readonly Used<unknown>[]][];
  /** The world (`EntityWorld.stamp`) of each field `uses` read, when it was last found the same. */
  stamps?: string[];
}

/**
 * What the entities' lists may name, as the incremental checker tells it:
 * the generation of the ids, and per section a count of the times its
 * entities were placed anew (an entity changed, moved or came). While both
 * stay, an entity's `uses` give what they gave.
 */
export interface EntityWorld {
  stamp(field: UsesField): string;
}

export class EntityFindingsMemo {
  private facts = '';
  private byEntity = new WeakMap<object, EntityFindings>();
  /** Entities whose findings the last check worked out (not found here), for tests and the benchmark. */
  computed = 0;
  /** Entities whose findings the last check found here. */
  reused = 0;
  /** Lists the last check worked out again to tell whether kept findings stand (their world had changed). */
  compared = 0;

  private world: EntityWorld | undefined;

  /** Starts a check with these facts: the findings kept under others are dropped. */
  begin(facts: FileFacts, world?: EntityWorld): void {
    this.world = world;
    const key = factsKey(facts);
    if (key !== this.facts) {
      this.facts = key;
      this.byEntity = new WeakMap();
    }
    this.computed = 0;
    this.reused = 0;
    this.compared = 0;
  }

  /**
   * The findings kept for `entity`, when what its rules used is what `uses`
   * gives now (the same entities, named at the same places).
   */
  get(entity: object, uses: (field: UsesField) => readonly Used<unknown>[]): readonly Finding[] | undefined {
    const found = this.byEntity.get(entity);
    if (!found) return undefined;
    const world = this.world;
    if (found.uses) {
      for (let i = 0; i < found.uses.length; i++) {
        const [field, before] = found.uses[i]!;
        const stamp = world?.stamp(field);
        if (stamp !== undefined && found.stamps?.[i] === stamp) continue;
        this.compared++;
        if (!sameUses(before, uses(field))) return undefined;
        if (stamp !== undefined) (found.stamps ??= [])[i] = stamp;
      }
    }
    this.reused++;
    return found.findings;
  }

  set(entity: object, kept: EntityFindings): void {
    this.computed++;
    const world = this.world;
    if (kept.uses && world) kept.stamps = kept.uses.map(([field]) => world.stamp(field));
    this.byEntity.set(entity, kept);
  }
}

function factsKey(facts: FileFacts): string {
  return JSON.stringify([facts.guides.trainingBudget, facts.guides.firstYearBudget, facts.guides.runningCost, facts.today, facts.currency, facts.start, facts.startDay]);
}

function sameUses(a: readonly Used<unknown>[], b: readonly Used<unknown>[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.entity !== y.entity || x.ref.id !== y.ref.id || !sameRange(x.ref.range, y.ref.range)) return false;
  }
  return true;
}
