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

/** The bounds a case is held to beside its ranges and determinism: work (deterministic). */
export interface CaseBounds {
  work?: { baseline: WorkBaseline; factor: number };
  /**
   * How the first check runs (checkText by default): the long run (`npm run
   * fuzz`, bench/fuzz-time.ts) passes one that times it, so no clock is read here.
   */
  firstCheck?: (text: string, options: CheckOptions) => CheckResult;
}

/**
 * Checks the range and determinism properties of one text and the work bound
 * when `bounds.work` is given; returns what broke (empty when all hold).
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
  const meter = bounds.work ? newWorkMeter() : undefined;
  try {
    first = (bounds.firstCheck ?? checkText)(text, meter ? { ...options, work: meter } : options);
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
  return violations;
}
