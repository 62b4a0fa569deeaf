/**
 * When to publish diagnostics: the first time a document is seen at once,
 * later changes at once after a quiet spell, and changes that follow within
 * the delay coalesced behind a short timer (a burst of edits yields one
 * trailing check of the latest version).
 * Knows nothing of the language or the connection: it calls `publish(uri)`.
 */

/** Short enough to feel immediate, long enough to merge a burst of keystrokes. */
export const COALESCE_DELAY_MS = 25;

/** What the scheduler needs of time: the real clock and timers, or a test's. */
export interface SchedulerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const REAL_CLOCK: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, unknown>();
  private readonly seen = new Set<string>();
  /** When each document was last published (the clock's now()), for the leading edge. */
  private readonly lastRun = new Map<string, number>();
  private held = false;
  private readonly heldUris = new Set<string>();

  constructor(
    private readonly publish: (uri: string) => void,
    private readonly delayMs = COALESCE_DELAY_MS,
    private readonly clock: SchedulerClock = REAL_CLOCK,
  ) {}

  /** Holds publishing (e.g. until the settings have arrived); `release` publishes what waited. */
  hold(): void {
    this.held = true;
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    const uris = [...this.heldUris];
    this.heldUris.clear();
    for (const uri of uris) this.runNow(uri);
  }

  /** The document changed (or was opened). */
  changed(uri: string): void {
    if (this.held) {
      this.heldUris.add(uri);
      return;
    }
    if (!this.seen.has(uri)) {
      this.runNow(uri);
      return;
    }
    // A timer already pending will check whatever version is current when it fires.
    if (this.pending.has(uri)) return;
    // An edit after a quiet spell is checked at once (no added latency); edits
    // that follow within the delay wait for one trailing check of the latest version.
    const since = this.clock.now() - (this.lastRun.get(uri) ?? Number.NEGATIVE_INFINITY);
    if (since >= this.delayMs) {
      this.runNow(uri);
      return;
    }
    const timer = this.clock.setTimeout(() => {
      this.pending.delete(uri);
      this.publish(uri);
      this.lastRun.set(uri, this.clock.now());
    }, this.delayMs);
    this.pending.set(uri, timer);
  }

  /** Publishes every given document now (after a settings change). */
  republish(uris: readonly string[]): void {
    for (const uri of uris) {
      if (this.held) this.heldUris.add(uri);
      else this.runNow(uri);
    }
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.seen.delete(uri);
    this.lastRun.delete(uri);
    this.heldUris.delete(uri);
  }

  /** Pending timers and remembered documents, for the `airoadmap/stats` request. */
  stats(): { pendingTimers: number; seen: number; held: number } {
    return { pendingTimers: this.pending.size, seen: this.seen.size, held: this.heldUris.size };
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private runNow(uri: string): void {
    this.cancel(uri);
    this.seen.add(uri);
    this.publish(uri);
    this.lastRun.set(uri, this.clock.now());
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer !== undefined) this.clock.clearTimeout(timer);
    this.pending.delete(uri);
  }
}
