/**
 * "Did you mean …?": the closest known name by edit distance.
 * Must not depend on anything else in the project.
 */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `name`, when it is close enough to be a likely
 * typo: at most a third of the name's length in edits (at least 1, at most 4),
 * or a case/separator variant, or a prefix of at least 3 characters.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length === 0 || name.length > 200) return undefined;
  const normalized = normalize(name);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    if (normalize(candidate) === normalized) return candidate;
    if (Math.abs(candidate.length - name.length) > 4 && !candidate.startsWith(name)) continue;
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    const limit = Math.min(4, Math.max(1, Math.floor(Math.max(name.length, candidate.length) / 3)));
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
