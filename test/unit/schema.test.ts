/**
 * The generated JSON Schema: committed file up to date, and it accepts the
 * full example of dsl.md (checked with a small validator of the keywords the
 * generator emits, so no extra dependency is needed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renderJsonSchema } from '../../schemas/generate';
import { validateJson } from '../helpers/json-schema';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'airoadmap.schema.json'), 'utf8')) as Record<string, unknown>;

test('schemas/airoadmap.schema.json is up to date (run `npm run schema`)', () => {
  assert.equal(readFileSync(join(root, 'schemas', 'airoadmap.schema.json'), 'utf8'), renderJsonSchema());
});

test('the schema accepts the full example of dsl.md', () => {
  const example = parse(readFileSync(join(root, 'test', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8')) as unknown;
  assert.deepEqual(validateJson(schema, example), []);
});

test('the schema rejects what the language rejects', () => {
  const bad = { airoadmap: 1, organization: { name: 'X', colour: 'red' }, systems: { crm: { readiness: 7 } }, plan: { a: { weeks: 13 } } };
  const errors = validateJson(schema, bad);
  assert.ok(errors.some((e) => e.includes('colour')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('readiness')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('weeks')), errors.join('\n'));
  assert.ok(validateJson(schema, { organization: { name: 'X' } }).some((e) => e.includes('airoadmap')));
});

test('the schema takes the additions of catalogue 2: x- keys at the top level, weeks with an en dash or spaces', () => {
  const roadmap = { airoadmap: 1, organization: { name: 'X' }, 'x-defaults': { anything: [1, 'two'] }, plan: { a: { weeks: '5–6' }, b: { weeks: '5 - 6' }, c: { weeks: '5-6' } } };
  assert.deepEqual(validateJson(schema, roadmap), []);
  // Only at the top level, and only with the prefix.
  assert.ok(validateJson(schema, { airoadmap: 1, organization: { name: 'X', 'x-note': 1 } }).some((e) => e.includes('x-note')));
  assert.ok(validateJson(schema, { airoadmap: 1, organization: { name: 'X' }, defaults: {} }).some((e) => e.includes('defaults')));
  assert.ok(validateJson(schema, { airoadmap: 1, organization: { name: 'X' }, plan: { a: { weeks: '6–5' } } }).length === 0, 'the order of weeks is not a pattern: the checker says it');
  assert.ok(validateJson(schema, { airoadmap: 1, organization: { name: 'X' }, plan: { a: { weeks: '5 — 6' } } }).some((e) => e.includes('weeks')), 'an em dash is not a range');
});

test('every field carries a description', () => {
  const missing: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    const props = n['properties'] as Record<string, unknown> | undefined;
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (!(v as Record<string, unknown>)['description']) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
    }
    if (n['additionalProperties'] && typeof n['additionalProperties'] === 'object') walk(n['additionalProperties'], `${path}.*`);
  };
  walk(schema, '$');
  assert.deepEqual(missing, []);
});
