/**
 * When the server publishes diagnostics, on a clock the test moves by hand:
 * no real time passes, so the outcome is the same on a busy machine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticsScheduler, type SchedulerClock } from '../../server/src/lsp/diagnostics-scheduler';

/** A clock whose time only moves when the test says so; timers fire as it passes them. */
class ManualClock implements SchedulerClock {
  private time = 1000;
  private next = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

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

  get pendingTimers(): number {
    return this.timers.size;
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

function scheduler(delay = 25) {
  const clock = new ManualClock();
  const published: string[] = [];
  const s = new DiagnosticsScheduler((uri) => published.push(uri), delay, clock);
  return { clock, published, s };
}

describe('diagnostics scheduler', () => {
  it('publishes a document the first time at once', () => {
    const { s, published } = scheduler();
    s.changed('a');
    assert.deepEqual(published, ['a']);
  });

  it('coalesces a burst of edits into one trailing publish', () => {
    const { s, clock, published } = scheduler();
    s.changed('a');
    for (let i = 0; i < 11; i++) {
      clock.advance(2);
      s.changed('a');
    }
    assert.deepEqual(published, ['a'], 'nothing more until the timer fires');
    assert.equal(clock.pendingTimers, 1, 'one timer for the whole burst');
    clock.advance(25);
    assert.deepEqual(published, ['a', 'a']);
    assert.equal(clock.pendingTimers, 0);
  });

  it('an edit after a quiet spell is published at once (no added latency)', () => {
    const { s, clock, published } = scheduler();
    s.changed('a');
    clock.advance(25);
    s.changed('a');
    assert.deepEqual(published, ['a', 'a']);
    assert.equal(clock.pendingTimers, 0);
  });

  it('edits spaced wider than the delay are each published', () => {
    const { s, clock, published } = scheduler();
    for (let i = 0; i < 5; i++) {
      s.changed('a');
      clock.advance(30);
    }
    assert.equal(published.length, 5);
  });

  it('documents are scheduled independently', () => {
    const { s, clock, published } = scheduler();
    s.changed('a');
    s.changed('b');
    clock.advance(1);
    s.changed('a');
    s.changed('b');
    assert.deepEqual(published, ['a', 'b']);
    clock.advance(25);
    assert.deepEqual(published.sort(), ['a', 'a', 'b', 'b']);
  });

  it('closing cancels the pending publish and forgets the document', () => {
    const { s, clock, published } = scheduler();
    s.changed('a');
    clock.advance(1);
    s.changed('a');
    s.closed('a');
    clock.advance(100);
    assert.deepEqual(published, ['a']);
    s.changed('a');
    assert.deepEqual(published, ['a', 'a'], 'a re-opened document is new again: published at once');
  });

  it('holds publishing until released, then publishes what waited once', () => {
    const { s, clock, published } = scheduler();
    s.hold();
    s.changed('a');
    s.changed('a');
    s.changed('b');
    clock.advance(100);
    assert.deepEqual(published, []);
    s.release();
    assert.deepEqual(published, ['a', 'b']);
  });
});
