/**
 * A long synchronous job cut into slices: the job is a generator whose steps
 * are small (one chunk of a big document walked), and the task runs steps for
 * a few milliseconds, then gives the event loop a turn (`nextTurn`), so
 * the connection reads and answers other messages meanwhile. It can be
 * cancelled (a newer text arrived) or finished at once (a caller cannot wait).
 * Knows nothing of the language or the connection.
 */
import { nextTurn } from './timers';

/** Documents this long (in characters) or longer are analysed in slices; shorter ones as before, at once. */
export const SLICED_FROM_CHARS = 512 * 1024;

/** How long one slice runs before the event loop gets a turn. */
export const SLICE_MS = 8;

export class SlicedTask<T> {
  /** Resolves when the task ends: finished (the result was handed on) or cancelled. Never rejects. */
  readonly done: Promise<void>;
  /** Turns given to the event loop so far (for tests and the benchmark). */
  slices = 0;
  private state: 'running' | 'finished' | 'cancelled' = 'running';
  private resolve!: () => void;

  /**
   * @param steps the job; its return value is the result.
   * @param fallback computes the result at once when a step throws.
   * @param onResult receives the result, once, unless the task is cancelled first.
   */
  constructor(
    private readonly steps: Generator<void, T, void>,
    private readonly fallback: () => T,
    private readonly onResult: (result: T) => void,
    private readonly sliceMs = SLICE_MS,
  ) {
    this.done = new Promise<void>((resolve) => (this.resolve = resolve));
    nextTurn(() => this.slice());
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /** Stops the task; `onResult` is not called. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.state = 'cancelled';
    this.resolve();
  }

  /** Runs the remaining steps now, without yielding. */
  finishNow(): void {
    while (this.state === 'running') {
      const step = this.next();
      if (step.done) this.finish(step.value);
    }
  }

  private slice(): void {
    if (this.state !== 'running') return;
    const deadline = performance.now() + this.sliceMs;
    for (;;) {
      const step = this.next();
      if (step.done) {
        this.finish(step.value);
        return;
      }
      if (performance.now() >= deadline) break;
    }
    this.slices++;
    nextTurn(() => this.slice());
  }

  private next(): IteratorResult<void, T> {
    try {
      return this.steps.next();
    } catch {
      return { done: true, value: this.fallback() };
    }
  }

  private finish(result: T): void {
    this.state = 'finished';
    try {
      this.onResult(result);
    } finally {
      this.resolve();
    }
  }
}
