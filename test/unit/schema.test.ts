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
