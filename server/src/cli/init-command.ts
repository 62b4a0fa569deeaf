/**
 * `airoadmap init [file]`: writes the commented starter roadmap from the
 * core, and refuses to overwrite an existing file (the check and the write
 * are one atomic open, so nothing is ever clobbered).
 * Must not depend on the LSP connection or vscode.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { starterRoadmap } from '../core/texts/starter';
import { stringOption, type OptionSpecs, type ParsedArgs } from './args';
import { EXIT_OK, PathError, UsageError, errorCode } from './errors';
import type { CliIo } from './io';
import { cliMessages } from './messages';
import { terminalLine } from '../shared/terminal-text';
import { commandToday, localDateOf, TODAY_OPTION } from './today';

export const INIT_OPTIONS: OptionSpecs = {
  locale: { kind: 'string' },
  today: TODAY_OPTION,
  help: { kind: 'boolean', short: 'h' },
};

export const DEFAULT_ROADMAP_FILE = 'roadmap.airoadmap.yaml';

export function runInit(args: ParsedArgs, io: CliIo): number {
  const text = cliMessages(io.locale);
  if (args.positionals.length > 1) throw new UsageError(text.tooManyArguments('init'), 'init');
  const file = args.positionals[0] ?? DEFAULT_ROADMAP_FILE;
  // The plan starts the Monday after today; the baselines are dated today.
  const today = commandToday(stringOption(args, 'today'), io.env, io.locale, 'init');
  try {
    writeFileSync(resolve(io.cwd, file), starterRoadmap(io.locale, localDateOf(today)), { flag: 'wx' });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw new PathError(text.initExists(file));
    throw new PathError(text.initCannotWrite(file, text.fsReason(code, String(error))));
  }
  io.stdout(terminalLine(text.initCreated(file)));
  return EXIT_OK;
}
