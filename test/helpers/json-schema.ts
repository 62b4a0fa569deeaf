/**
 * A small JSON Schema (draft-07 subset) validator for the keywords our
 * generated schema uses: type, properties, required, additionalProperties,
 * patternProperties, propertyNames, items, enum, const, anyOf, minimum,
 * maximum, minLength, pattern. Test-only; returns readable error paths.
 */
type Json = unknown;
type Schema = Record<string, unknown>;

function typeOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validateJson(schema: Schema, value: Json, path = '$'): string[] {
  const errors: string[] = [];
  const t = schema['type'];
  if (typeof t === 'string') {
    const actual = typeOf(value);
    const ok = actual === t || (t === 'number' && actual === 'integer');
    if (!ok) return [`${path}: expected ${t}, got ${actual}`];
  }
  if ('const' in schema && schema['const'] !== value) errors.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !(schema['enum'] as Json[]).includes(value)) errors.push(`${path}: not in enum`);
  if (Array.isArray(schema['anyOf'])) {
    const branches = (schema['anyOf'] as Schema[]).map((s) => validateJson(s, value, path));
    if (!branches.some((b) => b.length === 0)) errors.push(`${path}: matches no branch (${branches.flat().join('; ')})`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${path}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${path}: above maximum`);
  }
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) errors.push(`${path}: too short`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(value)) errors.push(`${path}: does not match pattern`);
  }
  if (Array.isArray(value) && schema['items'] && typeof schema['items'] === 'object') {
    value.forEach((item, i) => errors.push(...validateJson(schema['items'] as Schema, item, `${path}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, Json>;
    const props = (schema['properties'] ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((schema['patternProperties'] ?? {}) as Record<string, Schema>).map(([p, s]) => [new RegExp(p), s] as const);
    for (const req of (schema['required'] ?? []) as string[]) if (!(req in obj)) errors.push(`${path}.${req}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (schema['propertyNames']) errors.push(...validateJson(schema['propertyNames'] as Schema, k, `${path}.${k} (name)`));
      const matching = patterns.filter(([p]) => p.test(k));
      for (const [, s] of matching) errors.push(...validateJson(s, v, `${path}.${k}`));
      if (props[k]) errors.push(...validateJson(props[k]!, v, `${path}.${k}`));
      else if (matching.length > 0) continue;
      else if (schema['additionalProperties'] === false) errors.push(`${path}.${k}: unknown property`);
      else if (schema['additionalProperties'] && typeof schema['additionalProperties'] === 'object') errors.push(...validateJson(schema['additionalProperties'] as Schema, v, `${path}.${k}`));
    }
  }
  return errors;
}
