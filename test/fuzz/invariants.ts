/**
 * The properties every check must keep, on any input: it never throws, every
 * diagnostic and every model range lies inside the document as an LSP client
 * sees it, the same text gives the same diagnostics, and the work done stays
 * within a bound proportional to the input size (counted work relative to the
 * language example's, test/helpers/work.ts; the unit tests bound nothing
 * else). The long runner (bench/fuzz.ts) also bounds the time spent (relative
 * to a calibration run in the same process, never an absolute wall-clock limit).
 * Shared by the unit fuzz test and the long runner. Imports the
 * core's public API only; must not depend on vscode or the LSP connection.
 */
import { readFileSync } from 'node:fs';
import { checkText, type CheckResult } from '../../server/src/core/index';
import { newWorkMeter } from '../../server/src/core/language/work';
import { workOf, workProblem, type WorkBaseline } from '../helpers/work';
import type { RoadmapModel } from '../../server/src/core/language/model';
import type { Range } from '../../server/src/core/language/positions';
import type { CheckOptions, RoadmapDiagnostic } from '../../server/src/core/language/types';

export const EXAMPLE_PATH = 'test/fixtures/dsl-example.airoadmap.yaml';

/** One broken property, with enough detail to reproduce. */
export interface Violation {
  property: 'throws' | 'diagnostic-range' | 'model-range' | 'deterministic' | 'work' | 'time' | 'valid-roadmap';
  detail: string;
}

/**
 * Line lengths in UTF-16 code units, with the LSP's line breaks (`\n`,
 * `\r\n`, a lone `\r`); the text is the one the client holds, i.e. without a
 * leading byte-order mark.
 */
export function lspLineLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lengths.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lengths.push(text.length - start);
  return lengths;
}

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Why a range is not inside the document, or undefined when it is. */
export function rangeProblem(range: Range | undefined, lines: readonly number[]): string | undefined {
  if (!range || !range.start || !range.end) return 'missing range';
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${name} ${JSON.stringify(p)} is not a position`;
    if (p.line >= lines.length) return `${name} line ${p.line} ≥ line count ${lines.length}`;
    const length = lines[p.line]!;
    if (p.character > length) return `${name} ${p.line}:${p.character} past the line's length ${length}`;
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) {
    return `start ${JSON.stringify(range.start)} after end ${JSON.stringify(range.end)}`;
  }
  return undefined;
}

/** Every range the model exposes, labelled. */
export function modelRanges(model: RoadmapModel): [string, Range][] {
  const out: [string, Range][] = [['firstKeyRange', model.firstKeyRange]];
  const fields = (label: string, f: { locations: Map<string, { keyRange: Range; valueRange: Range }> }) => {
    for (const [path, loc] of f.locations) {
      out.push([`${label}.${path} key`, loc.keyRange], [`${label}.${path} value`, loc.valueRange]);
    }
  };
  for (const [name, s] of model.sections) out.push([`section ${name} key`, s.keyRange], [`section ${name} value`, s.valueRange]);
  fields('root', model.root);
  for (const name of ['organization', 'roles', 'infrastructure', 'governance', 'budget'] as const) fields(name, model[name]);
  for (const section of ['team', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'plan'] as const) {
    for (const [id, entity] of model[section] as Map<string, Parameters<typeof fields>[1] & { idRange: Range; range: Range }>) {
      out.push([`${section}.${id} id`, entity.idRange], [`${section}.${id} range`, entity.range]);
      fields(`${section}.${id}`, entity);
    }
  }
  for (const r of model.references) out.push([`reference ${r.fromSection}.${r.field} -> ${r.target}.${r.id}`, r.range]);
  return out;
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** Diagnostics as a stable string, for the determinism property. */
export function fingerprint(diagnostics: readonly RoadmapDiagnostic[]): string {
  return JSON.stringify(diagnostics);
}

/** A margin for the work bound: a generated case may do this many times the example's work per character (see workBound). */
export const FUZZ_WORK_FACTOR = 10;

/** The bounds a case is held to beside its ranges and determinism: work (deterministic) and, in the long run, time. */
export interface CaseBounds {
  work?: { baseline: WorkBaseline; factor: number };
  time?: { calibration: Calibration; factor: number };
}

/**
 * Checks the range and determinism properties of one text, the work bound
 * when `bounds.work` is given, and the time bound when `bounds.time` is
 * given (the first run is measured; only a run over the bound is retried);
 * returns what broke (empty when all hold).
 */
export function checkInvariants(
  text: string,
  options: CheckOptions = {},
  bounds: CaseBounds = {},
  onResult?: (result: CheckResult) => void,
): Violation[] {
  const violations: Violation[] = [];
  let first;
  let second;
  let elapsed = 0;
  const meter = bounds.work ? newWorkMeter() : undefined;
  try {
    // The clock is read only for a time bound (the long run's): the unit tests read none.
    const t0 = bounds.time ? performance.now() : 0;
    first = checkText(text, meter ? { ...options, work: meter } : options);
    if (bounds.time) elapsed = performance.now() - t0;
    second = checkText(text, options);
  } catch (error) {
    return [{ property: 'throws', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }];
  }
  onResult?.(first);
  const lines = lspLineLengths(withoutBom(text));
  for (const d of first.diagnostics) {
    const problem = rangeProblem(d.range, lines);
    if (problem) violations.push({ property: 'diagnostic-range', detail: `${d.code} ${short(d.message)}: ${problem}` });
    for (const r of d.related ?? []) {
      const p = rangeProblem(r.range, lines);
      if (p) violations.push({ property: 'diagnostic-range', detail: `${d.code} related ${r.name}: ${p}` });
    }
  }
  for (const [label, range] of modelRanges(first.model)) {
    const problem = rangeProblem(range, lines);
    if (problem) violations.push({ property: 'model-range', detail: `${short(label)}: ${problem}` });
  }
  const a = fingerprint(first.diagnostics);
  const b = fingerprint(second.diagnostics);
  if (a !== b) violations.push({ property: 'deterministic', detail: `${first.diagnostics.length} vs ${second.diagnostics.length} diagnostics differ` });
  if (bounds.work && meter) {
    const problem = workProblem(workOf(meter, first.model, options.guides), bounds.work.baseline, text.length, bounds.work.factor);
    if (problem) violations.push({ property: 'work', detail: problem });
  }
  const timing = bounds.time;
  if (timing && elapsed > timeBound(timing.calibration, text.length, timing.factor)) {
    const slow = checkTime(text, timing.calibration, timing.factor, 3, options);
    if (slow) violations.push(slow);
  }
  return violations;
}

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
