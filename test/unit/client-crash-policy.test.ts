/** The client's crash policy: restart within limits, tell the user once. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CrashPolicy, MAX_CONNECTION_ERRORS } from '../../client/src/crash-policy';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('CrashPolicy', () => {
  it('restarts after a crash and says so once', () => {
    const c = clock();
    const policy = new CrashPolicy({ maxRestarts: 3, windowMs: 60_000, now: c.now });
    assert.deepEqual(policy.closed(), { restart: true, notify: 'restarted' });
    c.advance(1000);
    assert.deepEqual(policy.closed(), { restart: true });
    c.advance(1000);
    assert.deepEqual(policy.closed(), { restart: true });
  });

  it('gives up after too many crashes within the window, telling the user once', () => {
    const c = clock();
    const policy = new CrashPolicy({ maxRestarts: 2, windowMs: 60_000, now: c.now });
    policy.closed();
    policy.closed();
    assert.deepEqual(policy.closed(), { restart: false, notify: 'gave-up' });
    assert.deepEqual(policy.closed(), { restart: false });
  });

  it('forgets crashes older than the window', () => {
    const c = clock();
    const policy = new CrashPolicy({ maxRestarts: 2, windowMs: 60_000, now: c.now });
    policy.closed();
    policy.closed();
    c.advance(61_000);
    assert.equal(policy.closed().restart, true, 'the earlier crashes fell out of the window');
  });

  it('a manual restart counts afresh but does not repeat the restart notice', () => {
    const c = clock();
    const policy = new CrashPolicy({ maxRestarts: 1, windowMs: 60_000, now: c.now });
    assert.equal(policy.closed().notify, 'restarted');
    assert.deepEqual(policy.closed(), { restart: false, notify: 'gave-up' });
    policy.reset();
    assert.deepEqual(policy.closed(), { restart: true });
    assert.deepEqual(policy.closed(), { restart: false, notify: 'gave-up' });
  });

  it('tolerates a few connection errors, then shuts down', () => {
    const policy = new CrashPolicy();
    assert.equal(policy.error(1), 'continue');
    assert.equal(policy.error(MAX_CONNECTION_ERRORS), 'continue');
    assert.equal(policy.error(MAX_CONNECTION_ERRORS + 1), 'shutdown');
    assert.equal(policy.error(undefined), 'shutdown');
  });
});
