/**
 * "Did you mean …?": the closest known name by edit distance.
 * Must not depend on anything else in the project.
 */

/** Where the work of the comparisons is counted: the table cells filled (WorkMeter has this field). */
export interface SuggestionWork {
  suggestionCells: number;
}

/**
 * Edit distance counting a swap of two neighbours as one edit (optimal
 * string alignment). Fills `a.length × b.length` cells, added to `work`.
 * With a `bound`, it may stop early once the distance is sure to be over
 * it, and then returns `bound + 1` (a distance at most `bound` is exact).
 */
export function editDistance(a: string, b: string, work?: SuggestionWork, bound = Infinity): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rows of the table are enough: this one, the one before, and the one before that (for the swap).
  const width = b.length + 1;
  let before = new Int32Array(width);
  let prev = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  // Every alignment passes through one of any two rows in a row (a swap steps over one): when both rows'
  // smallest cells are over the bound, so is the distance.
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    if (work) work.suggestionCells += b.length;
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound && prevMin > bound) return bound + 1;
    prevMin = rowMin;
    const spent = before;
    before = prev;
    prev = row;
    row = spent;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `name`, when it is close enough to be a likely
 * typo: at most a third of the name's length in edits (at least 1, at most 4),
 * or a case/separator variant, or a prefix of at least 3 characters.
 */
export function closest(name: string, candidates: Iterable<string>, work?: SuggestionWork): string | undefined {
  return closestOf(name, candidates, normalize, (c) => c.toLowerCase(), work);
}

/** Candidates to compare many names with: each one's normalized and lower-case forms made once. */
export interface PreparedCandidates {
  readonly list: readonly string[];
  readonly normalized: ReadonlyMap<string, string>;
  readonly lower: ReadonlyMap<string, string>;
}

export function prepareCandidates(list: readonly string[]): PreparedCandidates {
  return { list, normalized: new Map(list.map((c) => [c, normalize(c)])), lower: new Map(list.map((c) => [c, c.toLowerCase()])) };
}

/** `closest(name, prepared.list, work)`, without normalizing the candidates again. */
export function closestPrepared(name: string, prepared: PreparedCandidates, work?: SuggestionWork): string | undefined {
  return closestOf(name, prepared.list, (c) => prepared.normalized.get(c) ?? normalize(c), (c) => prepared.lower.get(c) ?? c.toLowerCase(), work);
}

function closestOf(name: string, candidates: Iterable<string>, normalizedOf: (c: string) => string, lowerOf: (c: string) => string, work?: SuggestionWork): string | undefined {
  if (name.length === 0 || name.length > 200) return undefined;
  const normalized = normalize(name);
  const lowerName = name.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (normalizedOf(candidate) === normalized) return candidate;
    if (Math.abs(candidate.length - name.length) > 4 && !candidate.startsWith(name)) continue;
    // A candidate that starts with the name is its length difference away, no
    // fewer edits bridge the lengths: no table, which would cost the name's
    // length times the candidate's, and that one has no length limit.
    const limit = Math.min(4, Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3)));
    // Through the table, a candidate counts only at most `limit` edits away and closer than the best so far.
    const d = candidate.startsWith(name) ? candidate.length - name.length : editDistance(lowerName, lowerOf(candidate), work, Math.min(limit, bestScore - 1));
    const prefix = name.length >= 3 && candidate.startsWith(name);
    if ((d <= limit || prefix) && d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}
