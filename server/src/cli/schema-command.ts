/**
 * `airoadmap schema`: prints the JSON Schema of the language, exactly as
 * the committed `schemas/airoadmap.schema.json` (same generator, same layout).
 * Must not depend on the LSP connection or vscode.
 */
import { renderJsonSchema } from '../../../schemas/json-schema';
import type { OptionSpecs, ParsedArgs } from './args';
import { EXIT_OK, UsageError } from './errors';
import type { CliIo } from './io';
import { cliMessages } from './messages';

export const SCHEMA_OPTIONS: OptionSpecs = {
  locale: { kind: 'string' },
  help: { kind: 'boolean', short: 'h' },
};

export function runSchema(args: ParsedArgs, io: CliIo): number {
  if (args.positionals.length > 0) throw new UsageError(cliMessages(io.locale).tooManyArguments('schema'), 'schema');
  io.stdout(renderJsonSchema());
  return EXIT_OK;
}
