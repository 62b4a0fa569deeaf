/**
 * A clock whose time only moves when the test says so; timers fire as it
 * passes them, in order. No real time passes, so the outcome is the same on a
 * busy machine. It fits both the diagnostics scheduler's clock and the
 * server's day clock (`now`, `setTimeout`, `clearTimeout`).
 */
export class ManualClock {
  private next = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  constructor(private time = 1000) {}

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const handle = ++this.next;
    this.timers.set(handle, { at: this.time + ms, run });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** How many timers wait. */
  get pending(): number {
    return this.timers.size;
  }

  /** The delays of the pending timers, from now. */
  get waits(): number[] {
    return [...this.timers.values()].map((t) => t.at - this.time);
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = until;
  }
}
