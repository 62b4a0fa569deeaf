/**
 * Reflection over the zod model of `schemas/model.ts`: a field's schema
 * without its optional wrappers, its metadata (the section it refers to, its
 * format), an entity section's entity schema. The walk (parse.ts), completion,
 * hover and the guidance read the model through these.
 * Must not depend on vscode or the LSP connection.
 */
import * as z from 'zod';
import { fieldMeta, roadmapSchema, type EntitySection } from '../../../../schemas/model';

type AnySchema = z.ZodType;
type ObjectSchema = z.ZodObject<z.ZodRawShape>;

const SECTION_SHAPE = roadmapSchema.shape as Record<string, AnySchema>;

function isWrapper(s: AnySchema): boolean {
  return s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodNonOptional;
}

function innerOf(s: AnySchema): AnySchema {
  return (s as z.ZodOptional<AnySchema>).def.innerType;
}

/** A schema without its optional, nullable, default and non-optional wrappers. */
export function unwrap(schema: AnySchema): AnySchema {
  const cached = UNWRAPPED.get(schema);
  if (cached) return cached;
  let s = schema;
  while (isWrapper(s)) s = innerOf(s);
  UNWRAPPED.set(schema, s);
  return s;
}

/** The metadata of a field (its `ref` and `format`), looking through optional wrappers. */
const DESCRIPTIONS = new WeakMap<AnySchema, { ref?: EntitySection; format?: string }>();
const UNWRAPPED = new WeakMap<AnySchema, AnySchema>();

export function describeSchema(schema: AnySchema): { ref?: EntitySection; format?: string } {
  let cached = DESCRIPTIONS.get(schema);
  if (!cached) {
    cached = describeUncached(schema);
    DESCRIPTIONS.set(schema, cached);
  }
  return cached;
}

function describeUncached(schema: AnySchema): { ref?: EntitySection; format?: string } {
  let s: AnySchema | undefined = schema;
  let ref: EntitySection | undefined;
  let format: string | undefined;
  while (s) {
    const meta = fieldMeta.get(s);
    ref ??= meta?.ref;
    format ??= meta?.format;
    s = isWrapper(s) ? innerOf(s) : undefined;
  }
  const result: { ref?: EntitySection; format?: string } = {};
  if (ref !== undefined) result.ref = ref;
  if (format !== undefined) result.format = format;
  return result;
}

/** The schema of an entity section's entities. */
export function entitySchemaOf(section: EntitySection): ObjectSchema {
  const rec = unwrap(SECTION_SHAPE[section]!) as z.ZodRecord<z.ZodString, AnySchema>;
  return unwrap(rec.valueType) as ObjectSchema;
}

