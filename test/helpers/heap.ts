/**
 * The heap after a full garbage collection, for tests that bound what a
 * cache keeps. `--expose-gc` is switched on at run time, so the test runner
 * needs no flag.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** A full collection (twice: the first may only queue finalizers). */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}

/** `heapUsed` in MiB after a full collection. */
export function collectedHeapMiB(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
