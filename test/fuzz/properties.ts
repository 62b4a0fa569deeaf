/**
 * The fuzz properties of the core, as data: each names its generator and
 * what must hold. The unit test runs them briefly, bench/fuzz.ts runs them
 * long; a failing case is written to test/fixtures/fuzz/ as JSON (JSON keeps
 * lone surrogates and NULs exactly) and replayed by the unit test forever after.
 * Must not depend on vscode.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CheckResult } from '../../server/src/core/index';
import { roadmapSchema } from '../../schemas/model';
import type { CheckOptions } from '../../server/src/core/language/types';
import { anyText, mutate, mutatedText, slightlyInvalidRoadmap, toYaml, toYamlWithMerges, validRoadmap, yamlSoup, yamlStyle } from './arbitraries';
import { checkInvariants, EXAMPLE_PATH, type CaseBounds, type Violation } from './invariants';

export const FOUND_DIR = 'test/fixtures/fuzz';

/** The structure codes: a valid roadmap must get none of them. */
export const STRUCTURE_CODES = new Set(['yaml-syntax', 'multiple-documents', 'unsupported-version', 'missing-required', 'wrong-type', 'invalid-value', 'unknown-key', 'duplicate-key', 'unknown-reference', 'rule-failed']);

/** A roadmap with merge keys and `x-` keys (catalogue 2), among the seeds. */
export const MERGE_KEYS_PATH = 'test/fixtures/review/merge-keys.airoadmap.yaml';

/** The seed roadmaps the line mutations start from: the language example, a roadmap with merge keys and the shipped examples. */
export function seedTexts(): string[] {
  const seeds = [readFileSync(EXAMPLE_PATH, 'utf8'), readFileSync(MERGE_KEYS_PATH, 'utf8')];
  if (existsSync('examples')) {
    for (const name of readdirSync('examples').sort()) {
      if (/\.airoadmap\.ya?ml$/.test(name)) seeds.push(readFileSync(join('examples', name), 'utf8'));
    }
  }
  return seeds;
}

export interface FuzzCase {
  text: string;
  options: CheckOptions;
  /** For valid generated roadmaps: the object the text was written from. */
  source?: Record<string, unknown>;
}

export interface FuzzProperty {
  name: string;
  /** Share of the runs this property gets. */
  weight: number;
  arbitrary: fc.Arbitrary<FuzzCase>;
  /** Extra checks beyond the shared invariants. */
  extra?: (c: FuzzCase, diagnostics: CheckResult) => string | undefined;
}

const optionsArb: fc.Arbitrary<CheckOptions> = fc.record({
  locale: fc.constantFrom('en', 'nb') as fc.Arbitrary<'en' | 'nb'>,
});

/** A valid roadmap: zod accepts the object, the core reports no structure code, and keeps every entity's data. */
function validExtra(c: FuzzCase, result: CheckResult): string | undefined {
  if (!c.source) return undefined;
  const zod = roadmapSchema.safeParse(c.source);
  if (!zod.success) return `generator bug: zod rejects the generated roadmap: ${zod.error.issues[0]?.message}`;
  const structural = result.diagnostics.filter((d) => STRUCTURE_CODES.has(d.code));
  if (structural.length > 0) return `valid roadmap got ${structural[0]!.code} at ${JSON.stringify(structural[0]!.range.start)}: ${structural[0]!.message}`;
  for (const section of ['team', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'plan'] as const) {
    const written = (c.source[section] ?? {}) as Record<string, unknown>;
    const model = result.model[section] as Map<string, { data: unknown }>;
    if (model.size !== Object.keys(written).length) return `${section}: ${model.size} entities in the model, ${Object.keys(written).length} written`;
    for (const [id, value] of Object.entries(written)) {
      const entity = model.get(id);
      if (!entity) return `${section}.${id} missing from the model`;
      if (!sameData(entity.data, value)) return `${section}.${id} data ${JSON.stringify(entity.data)} differs from ${JSON.stringify(value)}`;
    }
  }
  return undefined;
}

function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b) || (typeof a === 'number' && a === b);
}

export function properties(seeds: readonly string[] = seedTexts()): FuzzProperty[] {
  return [
    { name: 'any text', weight: 3, arbitrary: fc.record({ text: anyText, options: optionsArb }) },
    { name: 'yaml token soup', weight: 2, arbitrary: fc.record({ text: yamlSoup, options: optionsArb }) },
    {
      name: 'valid roadmaps from the zod model',
      weight: 1.5,
      arbitrary: fc.record({ source: validRoadmap, style: yamlStyle, options: optionsArb }).map(({ source, style, options }) => ({ text: toYaml(source, style), options, source })),
      extra: validExtra,
    },
    {
      name: 'valid roadmaps written with merge keys',
      weight: 1,
      arbitrary: fc
        .record({ source: validRoadmap, style: yamlStyle, picks: fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 8 }), options: optionsArb })
        .map(({ source, style, picks, options }) => ({ text: toYamlWithMerges(source, style, picks), options, source })),
      extra: validExtra,
    },
    {
      name: 'slightly invalid roadmaps from the zod model',
      weight: 1.5,
      arbitrary: fc.record({ source: slightlyInvalidRoadmap, style: yamlStyle, options: optionsArb }).map(({ source, style, options }) => ({ text: toYaml(source, style), options })),
    },
    {
      name: 'examples mutated line by line',
      weight: 2,
      arbitrary: fc.record({ m: mutatedText(seeds), options: optionsArb }).map(({ m, options }) => ({ text: mutate(seeds[m.seed]!, m.mutations), options })),
    },
  ];
}

/** All properties of one case: the shared invariants, the property's own, and the work (and time) bounds given. */
export function violationsOf(property: FuzzProperty, c: FuzzCase, bounds: CaseBounds): Violation[] {
  let result: CheckResult | undefined;
  const violations = checkInvariants(c.text, c.options, bounds, (r) => (result = r));
  if (property.extra && result) {
    const problem = property.extra(c, result);
    if (problem) violations.push({ property: 'valid-roadmap', detail: `${property.name}: ${problem}` });
  }
  return violations;
}

/** Writes a failing case as a fixture; returns its path. */
export function saveFoundCase(property: string, c: FuzzCase, violations: readonly Violation[], seed: number | undefined): string {
  mkdirSync(FOUND_DIR, { recursive: true });
  const hash = createHash('sha256').update(c.text).digest('hex').slice(0, 12);
  const path = join(FOUND_DIR, `found-${hash}.json`);
  const record = { property, seed, found: new Date().toISOString().slice(0, 10), violations, options: c.options, text: c.text };
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}

export interface FoundCase {
  file: string;
  property: string;
  note?: string;
  options: CheckOptions;
  text: string;
}

/** The fixtures of earlier failures (hand-reduced ones included). */
export function foundCases(): FoundCase[] {
  if (!existsSync(FOUND_DIR)) return [];
  return readdirSync(FOUND_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(FOUND_DIR, file), 'utf8')) as Omit<FoundCase, 'file'>) }));
}
