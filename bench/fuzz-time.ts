/**
 * The long fuzz run's time bound (`npm run fuzz`): clocks belong here, in the
 * benchmarks, never in `npm test` (test/unit/clock-free.test.ts). A case's
 * first check is timed and compared with a calibration of the language
 * example in this process; only a case over the bound is re-run, and it
 * fails only if the best of three is still over (a GC pause or a busy machine
 * makes one slow run, not three).
 */
import { readFileSync } from 'node:fs';
import { checkText, type CheckOptions, type CheckResult } from '../server/src/core/index';
import { EXAMPLE_PATH, type Violation } from '../test/fuzz/invariants';

/** Time per character of a normal roadmap, measured in this process (the best of several warm runs). */
export interface Calibration {
  /** Milliseconds per 1,000 characters. */
  msPerKChar: number;
  /** Milliseconds for the whole example. */
  exampleMs: number;
}

export function calibrate(example = readFileSync(EXAMPLE_PATH, 'utf8'), runs = 30): Calibration {
  for (let i = 0; i < 10; i++) checkText(example);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkText(example);
    best = Math.min(best, performance.now() - t0);
  }
  best = Math.max(best, 0.05);
  return { exampleMs: best, msPerKChar: (best * 1000) / example.length };
}

/**
 * The time a check of `length` characters may take: `factor` times the
 * calibrated cost of that many characters, and never less than `factor` times
 * the whole example (small inputs are dominated by fixed costs and noise).
 */
export function timeBound(calibration: Calibration, length: number, factor: number): number {
  return factor * Math.max(calibration.exampleMs, (calibration.msPerKChar * length) / 1000);
}

/**
 * The time property: the best of up to `tries` runs stays within the bound
 * (one slow run can be a GC pause or a busy machine; a slow best-of-three is not).
 */
export function checkTime(text: string, calibration: Calibration, factor: number, tries = 3, options: CheckOptions = {}): Violation | undefined {
  const bound = timeBound(calibration, text.length, factor);
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t0 = performance.now();
    checkText(text, options);
    best = Math.min(best, performance.now() - t0);
    if (best <= bound) return undefined;
  }
  return { property: 'time', detail: `best of ${tries} runs ${best.toFixed(1)} ms > bound ${bound.toFixed(1)} ms for ${text.length} chars (calibration ${calibration.msPerKChar.toFixed(3)} ms per 1,000 chars)` };
}

/**
 * A first check that is timed, for `CaseBounds.firstCheck`, and the time
 * property of the case it ran: undefined when within the bound.
 */
export function timedCheck(calibration: Calibration, factor: number): { firstCheck: (text: string, options: CheckOptions) => CheckResult; violation: () => Violation | undefined } {
  let last: { text: string; options: CheckOptions; ms: number } | undefined;
  return {
    firstCheck: (text, options) => {
      const t0 = performance.now();
      const result = checkText(text, options);
      last = { text, options, ms: performance.now() - t0 };
      return result;
    },
    violation: () => {
      if (!last || last.ms <= timeBound(calibration, last.text.length, factor)) return undefined;
      return checkTime(last.text, calibration, factor, 3, last.options);
    },
  };
}
