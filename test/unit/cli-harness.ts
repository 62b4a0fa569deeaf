/**
 * Test harness for the command line: builds dist/cli.js (only that bundle,
 * written atomically so parallel test files and builds never see half a
 * file), runs `node bin/airoadmap.js …` as a child process in a temporary
 * directory, and checks that error output is one line without a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { FIXTURE_TODAY } from '../helpers/fixtures';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'airoadmap.js');

/** Builds the CLI bundle the way esbuild.mjs does, into dist/cli.js. */
export function buildCli(): void {
  const result = buildSync({
    entryPoints: [join(ROOT, 'server/src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
    outfile: join(ROOT, 'dist', 'cli.js'),
  });
  const output = result.outputFiles.find((f) => f.path.endsWith('cli.js'));
  assert.ok(output, 'esbuild produced dist/cli.js');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const temporary = join(ROOT, 'dist', `cli.js.${process.pid}.tmp`);
  writeFileSync(temporary, output.contents);
  renameSync(temporary, join(ROOT, 'dist', 'cli.js'));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment without anything that changes language or colour, plus
 * `extra`. Today is the fixtures' (AIROADMAP_TODAY), so no run depends on the
 * day the test runs; `extra` may set another (or '' for the local date).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return { ...env, AIROADMAP_TODAY: FIXTURE_TODAY, ...extra };
}

export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; prefix?: readonly string[] }): CliResult {
  const command = options.prefix ? options.prefix[0]! : process.execPath;
  const commandArgs = options.prefix ? [...options.prefix.slice(1), process.execPath, BIN, ...args] : [BIN, ...args];
  const result = spawnSync(command, commandArgs, { cwd: options.cwd, env: cleanEnv(options.env), encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A usage or path error: status 2, nothing on stdout, one line on stderr, no stack trace. */
export function assertUsageError(result: CliResult, pattern?: RegExp): void {
  assert.equal(result.status, 2, `exit status 2 expected; stderr: ${result.stderr}`);
  assert.equal(result.stdout, '');
  assertNoStackTrace(result.stderr);
  const lines = result.stderr.split('\n').filter((l) => l.length > 0);
  assert.equal(lines.length, 1, `one line on stderr expected, got: ${result.stderr}`);
  assert.match(lines[0]!, /^airoadmap: /);
  if (pattern) assert.match(lines[0]!, pattern);
}

export function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at .+\(?.*:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(stderr, /node:internal|Error: |EPIPE/, 'no raw Node.js error');
}

/** A fresh temporary directory with the given files (relative path → content). */
export function tempTree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'airoadmap-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[[0-9;]*m/;

/** Only warnings (kpi-no-baseline, kpi-no-target on line 5) and one info (kpi-unused). */
export const WARN_ROADMAP = 'airoadmap: 1\norganization:\n  name: Acme\nkpis:\n  speed:\n    name: Speed\n';
/** One error: unknown-reference on 'nobody' (0-based line 4, characters 12–18). */
export const ERROR_ROADMAP = 'airoadmap: 1\norganization:\n  name: Acme\nroles:\n  ai_owner: nobody\n';
