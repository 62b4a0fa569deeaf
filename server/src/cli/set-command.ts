/**
 * `airoadmap set <file> <path> <value> [--stdout]`: sets one value of a
 * roadmap through the core's edit engine (core/features/edit.ts): `path` is
 * `section.id.field[.key]` (or `section.field` for a section such as
 * `budget`), `value` is read as a YAML scalar (`7` a number, `true` a
 * boolean, `7-9` text, a quoted value always text). The file is rewritten in
 * place, byte for byte as it was but for the edit (safe-files.ts); with
 * `--stdout` the new text is printed and the file left alone. A path naming
 * no entity or field, a value the language rejects, or a file with YAML
 * syntax errors is one line and exit status 2, and the file is untouched.
 * Must not depend on the LSP connection or vscode.
 */
import path from 'node:path';
import { isScalar, parseDocument } from 'yaml';
import { analyze, editRoadmap, type EditValue } from '../core/index';
import type { OptionSpecs, ParsedArgs } from './args';
import { errorCode, EXIT_OK, firstLine, PathError, UsageError } from './errors';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { InputReplacedError, readInputFile, rewriteInputFile } from './safe-files';
import { escapeControls, terminalLine } from '../shared/terminal-text';

export const SET_OPTIONS: OptionSpecs = {
  stdout: { kind: 'boolean' },
  locale: { kind: 'string' },
  help: { kind: 'boolean', short: 'h' },
};

export const TEXT = {
  en: {
    missingArguments: () => "set needs a roadmap file, a path and a value (airoadmap set plan.airoadmap.yaml 'use_cases.doc-search.value' 4).",
    notAScalar: (value: string) => `'${value}' is not one value; give a number, true or false, or text (quote it to keep it text).`,
    replaced: (file: string) => `'${file}' was replaced while it was being edited; nothing was written.`,
    cannotWrite: (file: string, why: string) => `cannot write '${file}': ${why}.`,
    wrote: (file: string, where: string) => `set ${where} in ${file}`,
  },
  nb: {
    missingArguments: () => "set trenger en veikartfil, en sti og en verdi (airoadmap set plan.airoadmap.yaml 'use_cases.doc-search.value' 4).",
    notAScalar: (value: string) => `'${value}' er ikke én verdi; oppgi et tall, true eller false, eller tekst (sett den i anførselstegn for at den skal forbli tekst).`,
    replaced: (file: string) => `'${file}' ble byttet ut mens den ble endret; ingenting ble skrevet.`,
    cannotWrite: (file: string, why: string) => `kan ikke skrive '${file}': ${why}.`,
    wrote: (file: string, where: string) => `satte ${where} i ${file}`,
  },
} as const;

/** The value argument as YAML reads a scalar: a number, a boolean, or text. */
function scalarOf(raw: string): EditValue | undefined {
  const doc = parseDocument(raw, { schema: 'core' });
  if (doc.errors.length > 0 || !isScalar(doc.contents)) return undefined;
  const value: unknown = doc.contents.value;
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : undefined;
}

export function runSet(args: ParsedArgs, io: CliIo): number {
  const text = cliMessages(io.locale);
  const t = TEXT[io.locale];
  const usage = (message: string) => new UsageError(message, 'set');
  if (args.positionals.length < 3) throw usage(t.missingArguments());
  if (args.positionals.length > 3) throw usage(text.tooManyArguments('set'));
  const [file, where, raw] = args.positionals as [string, string, string];
  const value = scalarOf(raw);
  if (value === undefined) throw usage(t.notAScalar(raw));

  const absolute = path.resolve(io.cwd, file);
  const { text: source, identity } = readInputFile(absolute, file, text);
  const result = editRoadmap(analyze(source, { locale: io.locale }), { path: where, value });
  if (!result.ok) throw new PathError(`${file}: ${result.message}`);

  if (args.flags.has('stdout')) {
    // Into a pipe the new text as it is; a terminal gets no control character raw.
    io.stdout(io.stdoutIsTTY ? result.text.split('\n').map(escapeControls).join('\n') : result.text);
    return EXIT_OK;
  }
  try {
    rewriteInputFile(absolute, result.text, identity);
  } catch (err) {
    throw new PathError(err instanceof InputReplacedError ? t.replaced(file) : t.cannotWrite(file, text.fsReason(errorCode(err), firstLine(err))));
  }
  io.stderr(terminalLine(t.wrote(file, where)));
  return EXIT_OK;
}
