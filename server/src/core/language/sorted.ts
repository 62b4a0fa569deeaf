/**
 * Binary search over things sorted by where they start (lines, chunks): the
 * last one starting at or before a place. One search for every such list.
 * Must not depend on vscode or the LSP connection.
 */

/** The index of the last item from `from` on whose `start` is at most `at`; `from - 1` when there is none. */
export function lastStartingAtOrBefore<T>(items: readonly T[], start: (item: T) => number, at: number, from = 0): number {
  let lo = from;
  let hi = items.length - 1;
  let found = from - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (start(items[mid]!) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
