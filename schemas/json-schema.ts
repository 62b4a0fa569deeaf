/**
 * The JSON Schema of the language as text, exactly as committed in
 * `schemas/airoadmap.schema.json` (written by `npm run schema`, printed by
 * `airoadmap schema`).
 *
 * The model carries no texts: the descriptions come from the English field
 * guidance (`fieldSummary`), one for the file, each field, each entity of an
 * id-keyed map, and each id of a reference list.
 */
import * as z from 'zod';
import { fieldMeta, roadmapSchema, toJsonSchema } from './model';
import { fieldSummary, LANGUAGE_KEYS, refItemSummary } from '../server/src/core/texts/guidance';

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
function withExtensionKeys(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = value;
    if (key === 'properties') out['patternProperties'] = { '^x-': { description: LANGUAGE_KEYS.extension.en.summary } };
  }
  return out;
}

export function renderJsonSchema(): string {
  const descriptions = z.registry<{ description: string }>();
  describe(roadmapSchema, '', descriptions);
  return `${JSON.stringify(withExtensionKeys(toJsonSchema(descriptions)), null, 2)}\n`;
}
