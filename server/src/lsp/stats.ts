/**
 * `airoadmap/stats`: what the server holds, for leak tests and the
 * benchmark. The counts are cheap and always answered. With
 * `{ memory: true }` the answer adds the process's memory: the
 * benchmark's leak measurement. With `collectGarbage` and a server started
 * under `node --expose-gc`, a full collection runs first, so what is left is
 * what the server still holds. Without `--expose-gc` nothing is collected and
 * `collected` says so.
 */

export const STATS_REQUEST = 'airoadmap/stats';

/** What the server holds; each count returns to 0 once every document is closed. */
export interface ServerCounts {
  /** Open documents. */
  documents: number;
  /** Cached analyses (one per open document at most). */
  analyses: number;
  /** Incremental checkers and the chunk results they keep. */
  checkers: number;
  chunks: number;
  /** Texts in the core's caches of recent texts (the line index, chunk parses). */
  cachedTexts: number;
  /** Long documents' analyses running in slices. */
  analysing: number;
  /** Diagnostics timers, and documents remembered or held by the scheduler. */
  pendingTimers: number;
  seen: number;
  held: number;
}

export interface ServerStats extends ServerCounts {
  /** Only when asked for with `{ memory: true }`. */
  memory?: MemorySnapshot;
}

export interface MemorySnapshot {
  /** Whether a full garbage collection ran just before the reading. */
  collected: boolean;
  heapUsedKiB: number;
  heapTotalKiB: number;
  externalKiB: number;
  rssKiB: number;
}

export interface StatsParams {
  memory?: boolean;
  collectGarbage?: boolean;
}

/** Reads `params` defensively: anything but `{ memory: true, … }` asks for the counts only. */
export function statsParams(raw: unknown): StatsParams {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  return { memory: r['memory'] === true, collectGarbage: r['collectGarbage'] === true };
}

export function memorySnapshot(collectGarbage: boolean): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  const collected = collectGarbage && typeof gc === 'function';
  // Twice: the first pass may only queue finalizers whose objects the second frees.
  if (collected) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  const kib = (bytes: number) => Math.round(bytes / 1024);
  return { collected, heapUsedKiB: kib(m.heapUsed), heapTotalKiB: kib(m.heapTotal), externalKiB: kib(m.external), rssKiB: kib(m.rss) };
}
