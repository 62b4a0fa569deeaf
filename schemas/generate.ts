/**
 * Writes `schemas/airoadmap.schema.json` from the zod model and the field
 * guidance (`npm run schema`). A unit test fails when the committed file
 * differs from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { renderJsonSchema } from './json-schema';
import { renderConfigJsonSchema } from './config-schema';

export { renderJsonSchema };

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(here, 'airoadmap.schema.json'), renderJsonSchema());
  writeFileSync(join(here, 'airoadmap.config.schema.json'), renderConfigJsonSchema());
  console.log('wrote schemas/airoadmap.schema.json and schemas/airoadmap.config.schema.json');
}
