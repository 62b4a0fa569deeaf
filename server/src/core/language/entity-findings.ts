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
import type { Finding } from './types';

export class EntityFindingsMemo {
  private facts = '';
  private byEntity = new WeakMap<object, readonly Finding[]>();
  /** Entities whose findings the last check worked out (not found here), for tests and the benchmark. */
  computed = 0;
  /** Entities whose findings the last check found here. */
  reused = 0;

  /** Starts a check with these facts: the findings kept under others are dropped. */
  begin(facts: FileFacts): void {
    const key = factsKey(facts);
    if (key !== this.facts) {
      this.facts = key;
      this.byEntity = new WeakMap();
    }
    this.computed = 0;
    this.reused = 0;
  }

  get(entity: object): readonly Finding[] | undefined {
    const found = this.byEntity.get(entity);
    if (found) this.reused++;
    return found;
  }

  set(entity: object, findings: readonly Finding[]): void {
    this.computed++;
    this.byEntity.set(entity, findings);
  }
}

function factsKey(facts: FileFacts): string {
  return JSON.stringify([facts.guides.trainingBudget, facts.guides.firstYearBudget, facts.guides.runningCost, facts.today, facts.currency, facts.start, facts.startDay]);
}
