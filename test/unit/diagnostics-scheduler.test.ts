/**
 * When the server publishes diagnostics, on a clock the test moves by hand:
 * no real time passes, so the outcome is the same on a busy machine.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticsScheduler } from '../../server/src/lsp/diagnostics-scheduler';
import { ManualClock } from '../helpers/manual-clock';

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
    assert.equal(clock.pending, 1, 'one timer for the whole burst');
    clock.advance(25);
    assert.deepEqual(published, ['a', 'a']);
    assert.equal(clock.pending, 0);
  });

  it('an edit after a quiet spell is published at once (no added latency)', () => {
    const { s, clock, published } = scheduler();
    s.changed('a');
    clock.advance(25);
    s.changed('a');
    assert.deepEqual(published, ['a', 'a']);
    assert.equal(clock.pending, 0);
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
