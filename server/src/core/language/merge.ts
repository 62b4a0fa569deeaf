/**
 * Merge keys, as YAML 1.1 and Docker Compose read them: `<<: *base` or
 * `<<: [*a, *b]` inside a map adds the keys of the aliased maps that the map
 * does not write itself; keys written in the map win, then earlier aliases
 * over later ones, and a merged map's own merges count as its keys (its own
 * keys first). Only a plain `<<` merges (a quoted '<<' is an ordinary key).
 *
 * The walk (parse.ts) reads a map through `entries`: the pairs written in it,
 * then the merged ones, each with the alias it came through. Merging is
 * bounded like aliases, with the walk's budget (10,000 plus 2 per character
 * of the text): a merge is reported and not merged at all when expanding it
 * as written would give more keys than the budget (merges of merges of the
 * same map, each alias counted as often as it stands, as the walk counts an
 * aliased list), when the keys examined to work it out pass the budget, when
 * it nests deeper than MAX_MERGE_DEPTH, or when it comes back to a map being
 * merged (a map merging itself). Each map's merged keys are worked out once,
 * so the work stays linear however often a map is merged.
 * Must not depend on anything but `yaml`.
 */
import { isAlias, isMap, isScalar, isSeq, Scalar, type Alias, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';

/** Merges of merges deeper than this are not merged (alias chains stop at 100 hops too). */
export const MAX_MERGE_DEPTH = 100;

/** A plain `<<` key. */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && key.value === '<<' && key.type === Scalar.PLAIN;
}

/** One entry of a map as the walk reads it: written in the map (`via` null), or merged into it through the alias `via`. */
export interface MapEntry {
  pair: Pair<unknown, unknown>;
  via: Alias | null;
}

/**
 * Why (part of) a `<<` value merges nothing: `node` is the value, or its
 * item, at fault. `wrong` when it is not an alias of a map (`target` is what
 * the alias names, when it is one), `limit` when the merge is past the bounds.
 */
export type MergeProblem = ({ kind: 'wrong'; node: unknown; target: YamlNode | null } | { kind: 'limit'; node: Alias }) & {
  /** The `<<` key, where a problem with an empty value sits. */
  key: unknown;
};

/** What merging needs from the walk: aliases resolved (broken ones reported there). */
export interface MergeHost {
  resolve(node: unknown): YamlNode | null;
}

interface Merged {
  /** The pairs the map stands for when merged: its own (first of each key, no `<<`), then its merges'. */
  pairs: Pair<unknown, unknown>[];
  /** 1 for a map that merges nothing, else one more than the highest map it merges. */
  height: number;
  /** The keys expanding it as written would give: its own and, for each alias in its `<<`, that map's (duplicates counted). */
  size: number;
}

const FAILED = null;

export class Merger {
  /** Keys examined so far (the work meter's `mergedKeys`). */
  work = 0;
  private readonly memo = new Map<YAMLMap, Merged>();
  private readonly merging = new Set<YAMLMap>();

  constructor(
    private readonly host: MergeHost,
    /** The most keys merging may examine in this text. */
    private readonly budget: number,
  ) {}

  /**
   * The entries of `map`: its own pairs in order (`<<` pairs among them, for
   * the caller's duplicate check), then each merged key it does not write,
   * with its alias. Problems with the first `<<` (later ones are duplicates)
   * go to `report`.
   */
  entries(map: YAMLMap, report: (problem: MergeProblem) => void): MapEntry[] {
    const own = map.items as Pair<unknown, unknown>[];
    const out: MapEntry[] = own.map((pair) => ({ pair, via: null }));
    const merge = own.find((p) => isMergeKey(p.key));
    if (!merge) return out;
    const written = new Set<string>();
    for (const pair of own) if (!isMergeKey(pair.key)) written.add(keyName(pair.key));
    let size = own.length;
    for (const { alias, target } of this.sources(merge, report)) {
      const merged = this.mergedOf(target, 0);
      if (merged !== FAILED) size += merged.size;
      if (merged === FAILED || size > this.budget || !this.spend(merged.pairs.length)) {
        report({ kind: 'limit', node: alias, key: merge.key });
        continue;
      }
      for (const pair of merged.pairs) {
        const name = keyName(pair.key);
        if (written.has(name)) continue;
        written.add(name);
        out.push({ pair, via: alias });
      }
    }
    return out;
  }

  /** The aliased maps a `<<` value names, in order; anything else reported. */
  private sources(merge: Pair<unknown, unknown>, report: (problem: MergeProblem) => void): { alias: Alias; target: YAMLMap }[] {
    const out: { alias: Alias; target: YAMLMap }[] = [];
    const value = merge.value;
    const key = merge.key;
    if (!isAlias(value) && !isSeq(value)) {
      report({ kind: 'wrong', node: value, target: null, key });
      return out;
    }
    const items: unknown[] = isAlias(value) ? [value] : value.items;
    for (const item of items) {
      if (!isAlias(item)) {
        report({ kind: 'wrong', node: item, target: null, key });
        continue;
      }
      const target = this.host.resolve(item);
      if (target === null) continue; // an alias naming no anchor: reported as yaml-syntax
      if (!isMap(target)) {
        report({ kind: 'wrong', node: item, target, key });
        continue;
      }
      out.push({ alias: item, target });
    }
    return out;
  }

  /**
   * What `map` stands for when merged, worked out once; FAILED past the
   * budget or the depth, or back at a map being merged. A nested `<<` whose
   * value is not an alias of a map merges nothing (it is reported where its
   * own map is walked).
   */
  private mergedOf(map: YAMLMap, depth: number): Merged | typeof FAILED {
    const known = this.memo.get(map);
    if (known) return known;
    if (depth >= MAX_MERGE_DEPTH || this.merging.has(map)) return FAILED;
    if (!this.spend(map.items.length)) return FAILED;
    this.merging.add(map);
    try {
      const pairs: Pair<unknown, unknown>[] = [];
      const names = new Set<string>();
      let merge: Pair<unknown, unknown> | undefined;
      for (const pair of map.items as Pair<unknown, unknown>[]) {
        if (isMergeKey(pair.key)) {
          merge ??= pair;
          continue;
        }
        const name = keyName(pair.key);
        if (names.has(name)) continue;
        names.add(name);
        pairs.push(pair);
      }
      let height = 1;
      let size = pairs.length;
      if (merge) {
        for (const { target } of this.sources(merge, () => undefined)) {
          const inner = this.mergedOf(target, depth + 1);
          if (inner === FAILED || !this.spend(inner.pairs.length)) return FAILED;
          height = Math.max(height, inner.height + 1);
          size += inner.size;
          if (size > this.budget) return FAILED;
          for (const pair of inner.pairs) {
            const name = keyName(pair.key);
            if (names.has(name)) continue;
            names.add(name);
            pairs.push(pair);
          }
        }
      }
      if (height > MAX_MERGE_DEPTH) return FAILED;
      const merged = { pairs, height, size };
      this.memo.set(map, merged);
      return merged;
    } finally {
      this.merging.delete(map);
    }
  }

  private spend(n: number): boolean {
    if (this.work + n > this.budget) {
      this.work = this.budget;
      return false;
    }
    this.work += n;
    return true;
  }
}

function keyName(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === 'string') return key.value;
    if (typeof key.source === 'string') return key.source;
    return String(key.value);
  }
  // A collection or alias as a key: never equal to another key.
  return `\u0000${String((key as { range?: [number, number, number] | null } | null)?.range?.[0] ?? '')}`;
}
