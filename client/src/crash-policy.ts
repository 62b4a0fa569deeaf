/**
 * What the client does when the language server dies: restart it up to
 * `maxRestarts` times within a sliding window, then give up; tell the user
 * once that it was restarted and once if it gives up — never a loop of
 * notifications. Pure (no vscode import) so it can be unit-tested.
 */

export interface CrashDecision {
  restart: boolean;
  /** The one notification to show now, if any. */
  notify?: 'restarted' | 'gave-up';
}

export interface CrashPolicyOptions {
  maxRestarts?: number;
  windowMs?: number;
  now?: () => number;
}

export const DEFAULT_MAX_RESTARTS = 4;
export const DEFAULT_WINDOW_MS = 3 * 60 * 1000;
/** Connection errors tolerated in a row before the client shuts the connection. */
export const MAX_CONNECTION_ERRORS = 3;

export class CrashPolicy {
  readonly maxRestarts: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private crashes: number[] = [];
  private toldRestarted = false;
  private toldGaveUp = false;

  constructor(options: CrashPolicyOptions = {}) {
    this.maxRestarts = options.maxRestarts ?? DEFAULT_MAX_RESTARTS;
    this.windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  /** The server's connection closed without the client asking for it. */
  closed(): CrashDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    if (this.crashes.length > this.maxRestarts) {
      const decision: CrashDecision = { restart: false };
      if (!this.toldGaveUp) decision.notify = 'gave-up';
      this.toldGaveUp = true;
      return decision;
    }
    const decision: CrashDecision = { restart: true };
    if (!this.toldRestarted) decision.notify = 'restarted';
    this.toldRestarted = true;
    return decision;
  }

  /** A read/write error on the connection: keep going for a few, then shut down. */
  error(count: number | undefined): 'continue' | 'shutdown' {
    return count !== undefined && count <= MAX_CONNECTION_ERRORS ? 'continue' : 'shutdown';
  }

  /** The user restarted the server by hand: count afresh (and say so again if it gives up again). */
  reset(): void {
    this.crashes = [];
    this.toldGaveUp = false;
  }
}
