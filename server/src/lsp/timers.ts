/**
 * Timers that work in both hosts of the language server: Node.js (a process
 * that must be free to exit) and a browser's web worker (VS Code for the
 * Web), where a timer is a number with no `unref` and there is no
 * `setImmediate`. Must not depend on vscode or Node.js.
 */

/** A timeout that does not keep a Node.js process alive (a browser's timer has nothing to keep alive). */
export function backgroundTimeout(run: () => void, ms: number): ReturnType<typeof setTimeout> {
  const handle = setTimeout(run, ms);
  (handle as { unref?: () => void }).unref?.();
  return handle;
}

/** Runs `run` once the event loop has had a turn: `setImmediate` on Node.js, a zero timeout elsewhere. */
export function nextTurn(run: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(run);
  else setTimeout(run, 0);
}
