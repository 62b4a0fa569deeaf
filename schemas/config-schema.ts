/**
 * The JSON Schema of airoadmap.config.yaml (`schemas/airoadmap.config.schema.json`,
 * written by `npm run schema`; contributed through yamlValidation), from the
 * same lists the reader checks against (core/features/config.ts): the codes,
 * the severities, the guide names. A unit test fails when the committed file
 * differs from what this produces.
 */
import { ALL_CODES, SEVERITIES } from '../server/src/core/language/codes';
import { CONFIG_FILE_NAME, CONFIG_GUIDES } from '../server/src/core/features/config';
import { CONFIG_KEY_TEXTS } from '../server/src/core/texts/config';

const TEXT = CONFIG_KEY_TEXTS.en;

export function renderConfigJsonSchema(): string {
  const range = (description: string) => ({
    description,
    markdownDescription: description,
    type: 'array',
    items: { type: 'number', minimum: 0 },
    minItems: 2,
    maxItems: 2,
    defaultSnippets: [{ label: '[lowest, highest]', body: ['^${1:0}', '^${2:0}'] }],
  });
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:airoadmap:config:1',
    title: CONFIG_FILE_NAME,
    description: TEXT.file,
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      locale: { description: TEXT.locale, enum: ['en', 'nb'], enumDescriptions: [TEXT.localeValues.en, TEXT.localeValues.nb] },
      rules: {
        description: TEXT.rules,
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(ALL_CODES.map((code) => [code, { enum: [...SEVERITIES] }])),
      },
      guides: {
        description: TEXT.guides,
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(Object.keys(CONFIG_GUIDES).map((name) => [name, range(TEXT.guide[name as keyof typeof TEXT.guide])])),
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
