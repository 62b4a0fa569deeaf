/**
 * Work, not time: what the tests bound instead of a clock (issue 18). A check
 * run with a work meter (`CheckOptions.work`) reports the units it did (YAML
 * characters parsed, CST tokens, nodes walked, alias hops, reference
 * look-ups, "did you mean" candidates); the rules' reads of the model are
 * counted here by running them over a model whose entity maps and reference
 * list count every element read. Counts do not change when the machine is
 * busy, so these bounds hold with both cores loaded; the wall-clock bounds
 * live in `npm run bench` and `npm run fuzz`.
 * Imports the core's public API only.
 */
import { checkText, effectiveGuides, runRules, type CheckResult } from '../../server/src/core/index';
import { MAX_NESTING } from '../../server/src/core/language/parse';
import { RULES } from '../../server/src/core/rules/index';
import type { RoadmapModel } from '../../server/src/core/language/model';
import type { CheckOptions, GuideRanges } from '../../server/src/core/language/types';
import { newWorkMeter, totalWork, type WorkMeter } from '../../server/src/core/language/work';

/** A counter of reads, shared by the counted maps and lists of one model. */
interface Reads {
  n: number;
}

/** A map that counts every look-up and every element iterated. */
class CountedMap<K, V> extends Map<K, V> {
  private reads: Reads = { n: 0 };

  static of<K, V>(source: ReadonlyMap<K, V>, reads: Reads): CountedMap<K, V> {
    const map = new CountedMap<K, V>();
    for (const [k, v] of source) map.set(k, v);
    map.reads = reads;
    return map;
  }

  override get(key: K): V | undefined {
    this.reads.n++;
    return super.get(key);
  }

  override has(key: K): boolean {
    this.reads.n++;
    return super.has(key);
  }

  override forEach(fn: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    super.forEach((v, k, m) => {
      this.reads.n++;
      fn.call(thisArg, v, k, m);
    });
  }

  override *entries(): MapIterator<[K, V]> {
    for (const e of super.entries()) {
      this.reads.n++;
      yield e;
    }
  }

  override *keys(): MapIterator<K> {
    for (const k of super.keys()) {
      this.reads.n++;
      yield k;
    }
  }

  override *values(): MapIterator<V> {
    for (const v of super.values()) {
      this.reads.n++;
      yield v;
    }
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/** A read-only view of a list that counts every element read. */
function countedList<T>(list: T[], reads: Reads): T[] {
  return new Proxy(list, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) reads.n++;
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

const ENTITY_SECTIONS = ['team', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'plan'] as const;

/**
 * Elements of entity maps, sections and references the checklist rules read
 * from `model` (the rules run once more, over a counting copy of the model).
 */
export function countRuleReads(model: RoadmapModel, guides: GuideRanges | undefined = undefined): number {
  const reads: Reads = { n: 0 };
  const counted: RoadmapModel = { ...model, sections: CountedMap.of(model.sections, reads), references: countedList(model.references, reads) };
  const writable = counted as unknown as Record<string, unknown>;
  for (const section of ENTITY_SECTIONS) writable[section] = CountedMap.of(model[section] as ReadonlyMap<string, unknown>, reads);
  runRules(counted, effectiveGuides(counted, guides));
  return reads.n;
}

/** The entities of a model, every section's. */
export function entityCount(model: RoadmapModel): number {
  let n = 0;
  for (const section of ENTITY_SECTIONS) n += model[section].size;
  return n;
}

/** What the rules may read: every entity, section and reference of the model (and one for the file). */
export function ruleUnits(model: RoadmapModel): number {
  let n = 1 + model.sections.size + model.references.length;
  for (const section of ENTITY_SECTIONS) n += model[section].size;
  return n;
}

/** The work of one check: the core's meter and the rules' reads. */
export interface Work {
  meter: WorkMeter;
  /** `totalWork(meter)`: the core's units added up. */
  core: number;
  /** Elements the rules read (entities, sections, references). */
  rules: number;
  /** Entities, sections and references in the model (`ruleUnits`). */
  units: number;
}

/** One check with a work meter (and the rules' reads counted over its model). */
export function measureWork(text: string, options: CheckOptions = {}): { result: CheckResult; work: Work } {
  const meter = newWorkMeter();
  const result = checkText(text, { ...options, work: meter });
  return { result, work: workOf(meter, result.model, options.guides) };
}

/** The work of a check already run with `meter`: the meter's total and the rules' reads over its model. */
export function workOf(meter: WorkMeter, model: RoadmapModel, guides?: GuideRanges): Work {
  return { meter, core: totalWork(meter), rules: countRuleReads(model, guides), units: ruleUnits(model) };
}

/** The core's work per character of a normal roadmap (the language example): deterministic, so measured once. */
export interface WorkBaseline {
  perChar: number;
  /** The whole example's work: the floor of every bound (small inputs are dominated by fixed costs). */
  example: number;
}

export function workBaseline(example: string): WorkBaseline {
  const { work } = measureWork(example);
  return { perChar: work.core / example.length, example: work.core };
}

/**
 * The work a check may do, with `factor` the margin: the core `factor` times
 * the example's work per character of the input (never less than `factor`
 * times the whole example), the rules `factor` / 5 reads per rule of every
 * entity, section and reference (each rule reads each of them a few times at most).
 */
export function workBound(baseline: WorkBaseline, length: number, units: number, factor: number): { core: number; rules: number } {
  return {
    core: factor * Math.max(baseline.example, baseline.perChar * length),
    rules: (factor / 5) * RULES.length * units + 100 * factor,
  };
}

/** Why a check's work is over its bound, or undefined when it is within. */
export function workProblem(work: Work, baseline: WorkBaseline, length: number, factor: number): string | undefined {
  const bound = workBound(baseline, length, work.units, factor);
  const problems: string[] = [];
  if (work.core > bound.core) problems.push(`core work ${work.core} > ${Math.round(bound.core)} for ${length} chars (${JSON.stringify(work.meter)})`);
  if (work.rules > bound.rules) problems.push(`rule reads ${work.rules} > ${Math.round(bound.rules)} for ${work.units} entities, sections and references`);
  if (work.meter.composeDepth > MAX_NESTING) problems.push(`nesting ${work.meter.composeDepth} handed to the YAML composer > ${MAX_NESTING}`);
  if (work.meter.walkedNodes > WALK_BUDGET_BASE + WALK_BUDGET_PER_CHAR * length) problems.push(`walked ${work.meter.walkedNodes} nodes > ${WALK_BUDGET_BASE} + ${WALK_BUDGET_PER_CHAR} per character`);
  if (work.meter.mergedKeys > WALK_BUDGET_BASE + WALK_BUDGET_PER_CHAR * length) problems.push(`examined ${work.meter.mergedKeys} keys to merge > ${WALK_BUDGET_BASE} + ${WALK_BUDGET_PER_CHAR} per character`);
  return problems.length > 0 ? `${problems.join('; ')} (factor ${factor})` : undefined;
}

/** The structure walk's budget (parse.ts), and merging's (merge.ts): 10,000 nodes plus 2 per character. */
export const WALK_BUDGET_BASE = 10_000;
export const WALK_BUDGET_PER_CHAR = 2;
