/**
 * The server's today: the local date, given to every check (the date rules:
 * a plan item overdue, six months after the start) and to the previews.
 * `TodayWatch` notices when the local date changes (a timer to the next local
 * midnight, re-armed each time) so the open roadmaps can be checked again: an
 * item may have become overdue overnight with no edit.
 * A test may fix the server's today with the environment variable
 * `AIROADMAP_TODAY=YYYY-MM-DD` (tests never read the clock); the watch then
 * sets no timer. Must not depend on vscode or the LSP connection.
 */
import { localToday } from '../core/index';
import { backgroundTimeout } from './timers';

export { fixedTodayFromEnv, TODAY_ENV } from '../shared/today-env';

/**
 * The longest the watch waits before looking at the date again: a timer runs
 * on a monotonic clock, so after a sleep or a change of the system clock or
 * time zone the next midnight may come sooner than planned.
 */
export const MAX_WAIT_MS = 60 * 60 * 1000;

/** What the watch needs of time: the real clock and timers, or a test's. */
export interface DayClock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const REAL_DAY_CLOCK: DayClock = {
  now: () => Date.now(),
  // Unref'd: waiting for tomorrow must not keep the process alive.
  setTimeout: (run, ms) => backgroundTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The local date at an instant, YYYY-MM-DD. */
export function localDateAt(ms: number): string {
  return localToday(new Date(ms));
}

/** Milliseconds from an instant to the next local midnight (23 or 25 hours on the days the clocks change). */
export function msToNextLocalMidnight(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - ms;
}

export class TodayWatch {
  private current: string;
  private timer: unknown;
  private running = false;

  /**
   * `changed(today)` is called when the local date has moved on (never for a
   * fixed today). Call `start()` to begin watching and `dispose()` to stop.
   */
  constructor(
    private readonly changed: (today: string) => void,
    private readonly clock: DayClock = REAL_DAY_CLOCK,
    private readonly fixed?: string,
  ) {
    this.current = fixed ?? localDateAt(clock.now());
  }

  /** Today, YYYY-MM-DD. */
  get today(): string {
    return this.current;
  }

  /** Whether a timer is pending (for tests and the stats). */
  get armed(): boolean {
    return this.timer !== undefined;
  }

  start(): void {
    if (this.running || this.fixed !== undefined) return;
    this.running = true;
    this.arm();
  }

  dispose(): void {
    this.running = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    const wait = Math.min(msToNextLocalMidnight(this.clock.now()), MAX_WAIT_MS);
    this.timer = this.clock.setTimeout(() => this.tick(), Math.max(wait, 1));
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.running) return;
    const now = localDateAt(this.clock.now());
    // Re-armed first, so a failing listener cannot stop the watch.
    this.arm();
    if (now === this.current) return;
    this.current = now;
    this.changed(now);
  }
}
