/**
 * The JSON Schema of airoadmap.config.yaml (`schemas/airoadmap.config.schema.json`,
 * written by `npm run schema`; contributed through yamlValidation), from the
 * same lists the reader checks against (core/features/config.ts): the codes,
 * the severities, the guide names. A unit test fails when the committed file
 * differs from what this produces.
 */
import { ALL_CODES, SEVERITIES } from '../server/src/core/language/codes';
import { CONFIG_FILE_NAME, CONFIG_GUIDES } from '../server/src/core/features/config';

const GUIDE_TEXT: Record<string, string> = {
  training_budget: 'The training budget per person: [lowest, highest], in the roadmap\'s currency.',
  budget_first_year: 'The budget for the first year: [lowest, highest], in the roadmap\'s currency.',
  running_cost_monthly: 'The running cost per production system and month: [lowest, highest], in the roadmap\'s currency.',
};

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
    description: 'The project configuration of airoadmap, shared by the editor and the command line: the language of the messages, a severity per diagnostic code, and the organisation\'s own guide ranges.',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: {
      locale: { description: 'The language of the messages: en or nb.', enum: ['en', 'nb'], enumDescriptions: ['English', 'Norwegian Bokmål'] },
      rules: {
        description: 'A severity per diagnostic code: off, hint, info, warning or error.',
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(ALL_CODES.map((code) => [code, { enum: [...SEVERITIES] }])),
      },
      guides: {
        description: 'The organisation\'s own guide ranges, in its currency; with them the *-range checks run in any currency.',
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(Object.keys(CONFIG_GUIDES).map((name) => [name, range(GUIDE_TEXT[name] ?? name)])),
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
