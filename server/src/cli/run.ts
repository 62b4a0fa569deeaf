/**
 * Dispatches the command line: global options (--help, --version, --locale),
 * then the command with its own options. Returns the exit status; errors
 * meant for the user become one localised line on stderr and status 2.
 * Must not depend on the LSP connection or vscode.
 */
import { closest } from '../core/language/suggest';
import { parseArgs, stringOption, type OptionSpecs, type ParsedArgs } from './args';
import { CHECK_OPTIONS, runCheck } from './check-command';
import { errorLine, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { helpText, type HelpTopic } from './help';
import { INIT_OPTIONS, runInit } from './init-command';
import { RENDER_OPTIONS, runRender } from './render';
import { REPORT_OPTIONS, runReport } from './report-command';
import type { CliIo } from './io';
import { isLocale, LOCALES } from './locale';
import { cliMessages } from './messages';
import { runSchema, SCHEMA_OPTIONS } from './schema-command';
import { runSet, SET_OPTIONS } from './set-command';
import { TOOL_VERSION } from './version';

interface Command {
  options: OptionSpecs;
  run(args: ParsedArgs, io: CliIo): number | Promise<number>;
}

const COMMANDS: Readonly<Record<Exclude<HelpTopic, 'general'>, Command>> = {
  check: { options: CHECK_OPTIONS, run: runCheck },
  init: { options: INIT_OPTIONS, run: runInit },
  schema: { options: SCHEMA_OPTIONS, run: runSchema },
  render: { options: RENDER_OPTIONS, run: runRender },
  report: { options: REPORT_OPTIONS, run: runReport },
  set: { options: SET_OPTIONS, run: runSet },
};

const GLOBAL_OPTIONS: OptionSpecs = {
  help: { kind: 'boolean', short: 'h' },
  version: { kind: 'boolean', short: 'v' },
  locale: { kind: 'string' },
};

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

function dispatch(argv: readonly string[], io: CliIo): number | Promise<number> {
  const text = cliMessages(io.locale);
  // Options before the command: only the global ones.
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-' && argv[i] !== '--') {
    i += argv[i] === '--locale' ? 2 : 1;
  }
  const global = parseArgs(argv.slice(0, i), GLOBAL_OPTIONS, text, undefined);
  validateLocale(global, io);
  if (global.flags.has('version')) {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  const rest = argv.slice(argv[i] === '--' ? i + 1 : i);
  const name = rest[0];
  if (global.flags.has('help') || name === undefined) {
    if (name === undefined && !global.flags.has('help')) throw new UsageError(text.missingCommand());
    io.stdout(helpText('general', io.locale));
    return EXIT_OK;
  }
  if (name === 'help') {
    const topic = rest[1];
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(text.unknownCommand(topic, closest(topic, Object.keys(COMMANDS))));
    io.stdout(helpText(topic ?? 'general', io.locale));
    return EXIT_OK;
  }
  if (!isCommand(name)) throw new UsageError(text.unknownCommand(name, closest(name, [...Object.keys(COMMANDS), 'help'])));
  const command = COMMANDS[name];
  const args = parseArgs(rest.slice(1), command.options, text, name);
  validateLocale(args, io);
  if (args.flags.has('help')) {
    io.stdout(helpText(name, io.locale));
    return EXIT_OK;
  }
  return command.run(args, io);
}

function validateLocale(args: ParsedArgs, io: CliIo): void {
  const value = stringOption(args, 'locale');
  if (value !== undefined && !isLocale(value)) throw new UsageError(cliMessages(io.locale).badChoice('--locale', value, LOCALES));
}

/** Runs the command line; never rejects. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr(errorLine(error, cliMessages(io.locale)));
    return EXIT_USAGE;
  }
}
