/**
 * The JSON Schema for other editors agrees with the language (issue 15,
 * deliverable 6): every fixture and example the language reads without a
 * structure finding passes the generated schema (ajv, draft-07), a few wrong
 * documents do not, and every field and enumeration value carries its text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import Ajv from 'ajv';
import { checkText } from '../../server/src/core';
import { STRUCTURE_CODES } from '../../server/src/core/language/codes';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'airoadmap.schema.json'), 'utf8')) as Record<string, unknown>;

/** ajv with the editor keywords (VS Code, yaml-language-server) known, so strict mode stays on. */
function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets']);
  // The schema's own `pattern` checks the calendar; the format only names it.
  ajv.addFormat('date', /^\d{4}-\d\d-\d\d$/);
  return ajv.compile(schema);
}
const validate = validator();

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

const structure = new Set<string>(Object.keys(STRUCTURE_CODES));

/** The files the language reads without a structure finding (so no YAML syntax error either), parsed as the language reads them (core schema, merge keys, a %YAML 1.1 date still text). */
function accepted(): { file: string; value: unknown }[] {
  const out: { file: string; value: unknown }[] = [];
  for (const file of [...yamlFiles(join(root, 'test', 'fixtures')), ...yamlFiles(join(root, 'examples'))]) {
    const text = readFileSync(file, 'utf8');
    const result = checkText(text);
    if (result.findings.some((f) => structure.has(f.code))) continue;
    const docs = parseAllDocuments(text, { merge: true, schema: 'core', uniqueKeys: false });
    if (!Array.isArray(docs) || docs.length !== 1 || docs[0]!.errors.length > 0) continue;
    out.push({ file: relative(root, file), value: docs[0]!.toJS({ maxAliasCount: -1 }) as unknown });
  }
  return out;
}

test('every fixture and example the language accepts without a structure finding passes the JSON Schema', () => {
  const files = accepted();
  assert.ok(files.length >= 150, `only ${files.length} fixtures checked`);
  const rejected = files.map(({ file, value }) => ({ file, errors: errorsOf(value) })).filter((r) => r.errors.length > 0);
  assert.deepEqual(rejected.slice(0, 5).map((r) => `${r.file}: ${r.errors.slice(0, 3).join('; ')}`), [], `${rejected.length} of ${files.length} rejected`);
});

test('empty values pass as the language reads them: an empty section, entity, list and field', () => {
  const text = 'airoadmap: 1\norganization:\n  name: X\n  industry: ~\n  employees: ""\ngovernance:\nbudget: null\nuse_cases:\n  u:\n  v:\n    risks:\n    kpis: [~]\n    stage:\n';
  assert.deepEqual(checkText(text).findings.filter((f) => structure.has(f.code)), [], 'the language takes it without a structure finding');
  assert.deepEqual(errorsOf(parseAllDocuments(text)[0]!.toJS() as unknown), []);
});

test('the schema is not trivially permissive: wrong documents are rejected', () => {
  const base = { airoadmap: 1, organization: { name: 'X' } };
  const cases: [string, unknown][] = [
    ['an unknown key in a use case', { ...base, use_cases: { u: { title: 'U', colour: 'red' } } }],
    ['a wrong stage', { ...base, use_cases: { u: { stage: 'live' } } }],
    ['a wrong AI Act class', { ...base, use_cases: { u: { ai_act: 'unacceptable' } } }],
    ['a score outside 1–5', { ...base, risks: { r: { impact: 6 } } }],
    ['a phase 4', { ...base, use_cases: { u: { phase: 4 } } }],
    ['an empty organisation name', { airoadmap: 1, organization: { name: '' } }],
    ['no organisation', { airoadmap: 1 }],
    ['an unknown section', { ...base, goals: {} }],
  ];
  for (const [what, doc] of cases) {
    assert.ok(errorsOf(doc).length > 0, `${what} passed the schema`);
    assert.ok(checkText(JSON.stringify(doc)).findings.some((f) => structure.has(f.code)), `${what} is accepted by the language too`);
  }
});

test('an $id, and every field and enumeration value carries its text', () => {
  assert.equal(schema['$id'], 'urn:airoadmap:schema:1');
  assert.equal(schema['$schema'], 'http://json-schema.org/draft-07/schema#');
  const missing: string[] = [];
  let enums = 0;
  let snippets = 0;
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    const n = node as Record<string, unknown>;
    const values = n['enum'] as unknown[] | undefined;
    if (values && !(values.length === 2 && values[0] === null && values[1] === '')) {
      enums++;
      for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
        const texts = n[key] as unknown[] | undefined;
        if (texts?.length !== values.length || texts.some((t) => typeof t !== 'string' || t === '')) missing.push(`${path} ${key}`);
      }
    }
    for (const s of (n['defaultSnippets'] as { body?: unknown; label?: unknown }[] | undefined) ?? []) {
      snippets++;
      if (typeof s.label !== 'string' || !JSON.stringify(s.body).includes('${1:')) missing.push(`${path} defaultSnippets`);
    }
    for (const [k, v] of Object.entries((n['properties'] as Record<string, Record<string, unknown>> | undefined) ?? {})) {
      if (typeof v['markdownDescription'] !== 'string' || typeof v['description'] !== 'string') missing.push(`${path}.${k}`);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'enum') walk(v, `${path}/${k}`);
  };
  walk(schema, '$');
  assert.deepEqual(missing, []);
  assert.ok(enums >= 15, `only ${enums} enumerations`);
  assert.equal(snippets, 7, 'one snippet per entity section');
});
