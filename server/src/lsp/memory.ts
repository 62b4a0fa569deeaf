/**
 * The server process's memory, for `airoadmap/stats { memory: true }`: the
 * benchmark's leak measurement. With `collectGarbage` and a server started
 * under `node --expose-gc`, a full collection runs first, so what is left is
 * what the server still holds. Without `--expose-gc` nothing is collected and
 * `collected` says so.
 */

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
