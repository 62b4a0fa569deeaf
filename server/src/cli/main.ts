/**
 * Entry point of the `airoadmap` command line (bundled to dist/cli.js, run by
 * bin/airoadmap.js): wires the process to `runCli`. A reader that closes the
 * pipe early (`airoadmap check | head -1`) ends the output quietly; nothing
 * ever prints a stack trace.
 * Must not depend on the LSP connection or vscode.
 */
import { errorCode, EXIT_USAGE, firstLine } from './errors';
import { localeFromArgs, localeFromEnv } from './locale';
import { cliMessages } from './messages';
import { runCli } from './run';
import { descriptorReader } from './safe-files';
import { terminalLine } from '../shared/terminal-text';

const argv = process.argv.slice(2);
const localeFlag = localeFromArgs(argv);
const locale = localeFlag ?? localeFromEnv(process.env);

// After EPIPE nobody is listening: stop writing, finish, and keep the real exit status.
let stdoutOpen = true;
let stdoutBroken = false;
process.stdout.on('error', (error) => {
  stdoutOpen = false;
  if (errorCode(error) !== 'EPIPE') stdoutBroken = true;
});
process.stderr.on('error', () => {
  // Nowhere is left to report a failing stderr.
});
process.on('uncaughtException', (error) => {
  try {
    process.stderr.write(terminalLine(`airoadmap: ${cliMessages(locale).internalError(firstLine(error))}`));
  } finally {
    process.exit(EXIT_USAGE);
  }
});

void runCli(argv, {
  stdout: (text) => {
    if (stdoutOpen) process.stdout.write(text);
  },
  stderr: (text) => void process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
  locale,
  localeGiven: localeFlag !== undefined,
  streams: { stdout: process.stdout, stderr: process.stderr },
  stdin: descriptorReader(0),
}).then((status) => {
  process.exitCode = stdoutBroken ? EXIT_USAGE : status;
});
