/**
 * A work meter: counts of the units of work a check did, for tests that bound
 * work instead of time (a count does not change when the machine is busy).
 * The caller passes a meter as `CheckOptions.work` (or to `parseRoadmap`,
 * `IncrementalChecker.parse`); the core adds to it, so one meter can sum
 * several checks. Without a meter nothing is counted beyond a few integer
 * fields flushed at the end. No module state: each check fills the meter it is given.
 * Must not depend on anything else in the project.
 */
export interface WorkMeter {
  /** Times the YAML parser was run (on a whole text or on one chunk). */
  yamlParses: number;
  /** Characters handed to the YAML parser (the incremental path parses changed chunks only). */
  parsedChars: number;
  /** CST tokens the nesting cut visited: one per collection and per item key and value. */
  cstTokens: number;
  /** The deepest collection nesting handed to the YAML composer, which recurses once per level (a maximum, not a sum). */
  composeDepth: number;
  /** YAML nodes the structure walk visited (its budget: 10,000 plus 2 per character). */
  walkedNodes: number;
  /** Nodes visited to build the alias table (once per document with an alias). */
  aliasTableNodes: number;
  /** Alias hops followed to reach the node an alias names. */
  aliasHops: number;
  /** Keys examined to merge maps (`<<: *base`): bounded as the walk is, 10,000 plus 2 per character. */
  mergedKeys: number;
  /** References looked up among the defined ids. */
  referenceLookups: number;
  /** Candidate names compared for "did you mean" (keys, enum values, ids of dangling references). */
  suggestionCandidates: number;
  /** Table cells the edit distance filled comparing them (name length × candidate length per comparison). */
  suggestionCells: number;
  /** Characters scanned for line breaks to index the whole text's lines (around the change only, after an edit told as one). */
  indexedChars: number;
  /** Diagnostics built from findings (message formatted); the incremental checker reuses unchanged ones. */
  diagnosticsBuilt: number;
  /** Characters of chunk texts the incremental checker looked up its results by (a look-up hashes the text); an edit told as one keeps the results of the chunks it did not cut again. */
  chunkKeyChars: number;
}

export function newWorkMeter(): WorkMeter {
  return { yamlParses: 0, parsedChars: 0, cstTokens: 0, composeDepth: 0, walkedNodes: 0, aliasTableNodes: 0, aliasHops: 0, mergedKeys: 0, referenceLookups: 0, suggestionCandidates: 0, suggestionCells: 0, indexedChars: 0, diagnosticsBuilt: 0, chunkKeyChars: 0 };
}

/** Every count of the parse, the walk and the references but the depth, added up: one number for "work grows linearly" checks (diagnostics built are counted apart). */
export function totalWork(meter: WorkMeter): number {
  return meter.parsedChars + meter.cstTokens + meter.walkedNodes + meter.aliasTableNodes + meter.aliasHops + meter.mergedKeys + meter.referenceLookups + meter.suggestionCandidates + meter.suggestionCells;
}
