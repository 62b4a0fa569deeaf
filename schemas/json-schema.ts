/**
 * The JSON Schema of the language as text, exactly as committed in
 * `schemas/airoadmap.schema.json` (written by `npm run schema`, printed by
 * `airoadmap schema`).
 *
 * The model carries no texts: every text comes from the English field
 * guidance (server/src/core/texts/guidance.ts): `description` is a field's
 * one-line summary, `markdownDescription` its meaning and advice,
 * `enumDescriptions`/`markdownEnumDescriptions` what each value means (the
 * texts hovers show), and `defaultSnippets` are completion's skeletons of a
 * new entity (the same field lists, texts/sections.ts).
 *
 * It agrees with the language (test/unit/json-schema-agreement.test.ts): an
 * empty value (nothing after the colon, `~`, `null`, `""`) counts as absent
 * in the language, so every optional field, entity, list item and map value
 * also accepts `null` and `""`.
 */
import * as z from 'zod';
import { ENTITY_SECTIONS, fieldMeta, ID_PATTERN, roadmapSchema, toJsonSchema, type EntitySection } from './model';
import { fieldSummary, guidanceFor, LANGUAGE_KEYS, refItemSummary, VALUE_MEANINGS } from '../server/src/core/texts/guidance';
import { NEW_IDS, newEntityLabel, SKELETON_FIELDS, ENTITY_NOUNS } from '../server/src/core/texts/sections';

/**
 * The schema's id: a URN, so it names the language version without claiming
 * a web address; editors find the schema by its file or URL, not by `$id`.
 */
export const SCHEMA_ID = 'urn:airoadmap:schema:1';

type Json = Record<string, unknown>;

/** The schema under optional and non-optional wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNonOptional) s = s.def.innerType as z.ZodType;
  return s;
}

/** Registers the summary of `path` on `schema`, then on what it contains. */
function describe(schema: z.ZodType, path: string, into: z.core.$ZodRegistry<{ description: string }>): void {
  const s = unwrap(schema);
  const summary = fieldSummary(path, 'en');
  if (summary === undefined) throw new Error(`no field guidance for ${path || 'the file'}`);
  into.add(s, { description: summary });
  if (s instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(s.shape as Record<string, z.ZodType>)) describe(child, path ? `${path}.${key}` : key, into);
  } else if (s instanceof z.ZodRecord) {
    // Entities of an id-keyed map are described; the values of other maps (a KPI's actuals by quarter) are plain numbers.
    if (fieldMeta.get(s.keyType as z.ZodType)?.format === 'id') describe(s.valueType as z.ZodType, `${path}.*`, into);
  } else if (s instanceof z.ZodArray) {
    const section = fieldMeta.get(s)?.ref;
    if (section) into.add(s.element as z.ZodType, { description: refItemSummary(section, 'en') });
  }
}

/** The file's own keys with the extension keys (`x-…`, which every check ignores) allowed beside them, after `properties`. */
function withExtensionKeys(schema: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = value;
    if (key === 'properties') {
      const text = LANGUAGE_KEYS.extension.en;
      out['patternProperties'] = { '^x-': { description: text.summary, markdownDescription: text.text } };
    }
  }
  return out;
}

/** A field's meaning and advice as Markdown (the guidance is written in Markdown), else its summary. */
function markdownOf(path: string, fallback: string | undefined): string | undefined {
  const guide = guidanceFor(path)?.en;
  if (!guide) return fallback;
  return guide.advice ? `${guide.meaning}\n\n${guide.advice}` : guide.meaning;
}

/** `phase: 1 | 2 | 3` comes out of zod as `anyOf` of constants: an `enum`, so it can carry enumDescriptions. */
function constantsAsEnum(node: Json): Json {
  const branches = node['anyOf'];
  if (!Array.isArray(branches) || branches.length === 0) return node;
  const consts = branches as Json[];
  if (!consts.every((b) => 'const' in b && Object.keys(b).every((k) => k === 'const' || k === 'type'))) return node;
  const { anyOf: _branches, ...rest } = node;
  void _branches;
  const types = new Set(consts.map((b) => b['type']));
  return { ...(types.size === 1 && [...types][0] !== undefined ? { type: [...types][0] } : {}), enum: consts.map((b) => b['const']), ...rest };
}

/** Texts of an enumeration's values, from the meanings hovers show. */
function withEnumTexts(node: Json, path: string): Json {
  const values = node['enum'];
  if (!Array.isArray(values)) return node;
  const meanings = VALUE_MEANINGS[path];
  const texts = values.map((v) => meanings?.[String(v)]?.en);
  if (texts.some((t) => t === undefined)) throw new Error(`no meaning for every value of ${path}`);
  return { ...node, enumDescriptions: texts, markdownEnumDescriptions: texts };
}

/** Accepts an empty value as well (nothing, `~`, `null`, `""`), as the language does; texts stay at the top for hovers. */
function orEmpty(node: Json): Json {
  const { description, markdownDescription, defaultSnippets, ...rest } = node;
  const top: Json = {};
  if (description !== undefined) top['description'] = description;
  if (markdownDescription !== undefined) top['markdownDescription'] = markdownDescription;
  if (defaultSnippets !== undefined) top['defaultSnippets'] = defaultSnippets;
  return { ...top, anyOf: [rest, { enum: [null, ''] }] };
}

/** A snippet placeholder for one field's value, as completion's skeletons have them: choices for enumerations, scores, flags. */
function placeholder(schema: z.ZodType, field: string, n: number): string {
  const inner = unwrap(schema);
  const meta = fieldMeta.get(schema) ?? fieldMeta.get(inner) ?? {};
  const choice = (options: readonly string[]) => `\${${n}|${options.join(',')}|}`;
  if (inner instanceof z.ZodArray) return `\${${n}}`;
  if (meta.ref) return `\${${n}:${NEW_IDS[meta.ref]}}`;
  if (meta.format === 'score') return choice(['1', '2', '3', '4', '5']);
  if (meta.format === 'weeks') return choice(['1', '2', '3', '4', '5-6', '7-8', '9-10', '11', '12']);
  if (meta.format === 'date') return `\${${n}:YYYY-MM-DD}`;
  if (meta.format === 'money' || inner instanceof z.ZodNumber) return `\${${n}:0}`;
  if (inner instanceof z.ZodEnum) return choice((inner.options as readonly (string | number)[]).map(String));
  if (inner instanceof z.ZodBoolean) return choice(['true', 'false']);
  if (inner instanceof z.ZodUnion) return choice((inner.options as z.ZodType[]).map((o) => (o instanceof z.ZodLiteral ? String(o.value) : '')).filter(Boolean));
  return `\${${n}:${field}}`;
}

/**
 * A new entity of `section` under a placeholder id, with completion's skeleton
 * fields. A value starting with `^` is inserted as written (a number or a
 * flag, not a string), as VS Code and yaml-language-server read it.
 */
function entitySnippet(section: EntitySection): Json {
  const inner = unwrap(roadmapSchema.shape[section]);
  const entity = inner instanceof z.ZodRecord ? unwrap(inner.valueType as z.ZodType) : undefined;
  const shape = entity instanceof z.ZodObject ? (entity.shape as Record<string, z.ZodType>) : {};
  const body: Json = {};
  let n = 2;
  for (const field of SKELETON_FIELDS[section] ?? []) {
    const schema = shape[field];
    if (!schema) continue;
    const text = placeholder(schema, field, n++);
    const s = unwrap(schema);
    body[field] = s instanceof z.ZodArray ? [text] : s instanceof z.ZodString || s instanceof z.ZodEnum ? text : `^${text}`;
  }
  return { label: newEntityLabel(section, 'en'), description: `A ${ENTITY_NOUNS[section].en} with the fields it usually starts with.`, body: { [`\${1:${NEW_IDS[section]}}`]: body } };
}

/** Adds the editor keywords to the schema at `path` (a guidance path), then to what it contains. */
function enrich(node: Json, path: string): Json {
  let out = withEnumTexts(constantsAsEnum(node), path);
  const props = out['properties'] as Record<string, Json> | undefined;
  if (props) {
    const required = new Set((out['required'] as string[] | undefined) ?? []);
    const next: Record<string, Json> = {};
    for (const [key, child] of Object.entries(props)) {
      const childPath = path ? `${path}.${key}` : key;
      let c = enrich(child, childPath);
      c = { ...c, markdownDescription: markdownOf(childPath, c['description'] as string | undefined) };
      if (path === '' && (ENTITY_SECTIONS as readonly string[]).includes(key)) c = { ...c, defaultSnippets: [entitySnippet(key as EntitySection)] };
      next[key] = required.has(key) ? c : orEmpty(c);
    }
    out = { ...out, properties: next };
  }
  const values = out['additionalProperties'];
  if (values && typeof values === 'object') {
    const names = out['propertyNames'] as Json | undefined;
    const byId = names?.['pattern'] === ID_PATTERN.source;
    const childPath = `${path}.*`;
    let c = enrich(values as Json, childPath);
    if (byId) c = { ...c, markdownDescription: markdownOf(childPath, c['description'] as string | undefined) };
    out = { ...out, additionalProperties: orEmpty(c) };
  }
  const items = out['items'];
  if (items && typeof items === 'object' && !Array.isArray(items)) {
    const c = enrich(items as Json, path);
    out = { ...out, items: orEmpty(c['description'] ? { ...c, markdownDescription: c['description'] } : c) };
  }
  return out;
}

export function renderJsonSchema(): string {
  const descriptions = z.registry<{ description: string }>();
  describe(roadmapSchema, '', descriptions);
  const { $schema, ...schema } = toJsonSchema(descriptions);
  const file = enrich(schema, '');
  const summary = fieldSummary('', 'en') ?? '';
  const top: Json = {
    $schema,
    $id: SCHEMA_ID,
    ...file,
    description: `${summary} Schema id ${SCHEMA_ID}.`,
    markdownDescription: `${summary}\n\nSchema id \`${SCHEMA_ID}\` (language version 1).`,
  };
  return `${JSON.stringify(withExtensionKeys(top), null, 2)}\n`;
}
