/**
 * The built command line's other commands and global options: --help and
 * --version, `help`, `schema` (identical to the committed schema) and `init`
 * (a starter that checks clean, never overwriting a file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_CODES, DEFAULT_SEVERITY } from '../../server/src/core/index';
import { CHECK_OPTIONS } from '../../server/src/cli/check-command';
import { ROOT, assertUsageError, buildCli, removeTree, runCli, tempTree } from './cli-harness';

let dir = '';
const cli = (args: readonly string[], env?: Record<string, string>) => runCli(args, { cwd: dir, env });

before(() => {
  buildCli();
  dir = tempTree();
});
after(() => removeTree(dir));

describe('global options', () => {
  it('--version and -v print the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = cli([flag]);
      assert.equal(result.status, 0);
      assert.equal(result.stdout, `${pkg.version}\n`);
    }
  });

  it('--help lists the commands and the exit statuses', () => {
    const result = cli(['--help']);
    assert.equal(result.status, 0);
    for (const word of ['check', 'init', 'schema', '--version', '--locale', 'Exit status']) assert.ok(result.stdout.includes(word), word);
    assert.equal(cli(['-h']).stdout, result.stdout);
    assert.equal(cli(['help']).stdout, result.stdout);
  });

  it('each command has its own help', () => {
    const check = cli(['check', '--help']);
    assert.equal(check.status, 0);
    for (const word of ['--format', 'sarif', '--max-warnings', '--rule', '--locale']) assert.ok(check.stdout.includes(word), word);
    assert.equal(cli(['help', 'check']).stdout, check.stdout);
    assert.equal(cli(['check', '-h']).stdout, check.stdout);
    assert.match(cli(['init', '--help']).stdout, /^Usage: airoadmap init/);
    assert.match(cli(['schema', '--help']).stdout, /^Usage: airoadmap schema/);
  });

  it('help comes in Norwegian with --locale nb or a Norwegian LANG', () => {
    assert.match(cli(['--locale', 'nb', '--help']).stdout, /^airoadmap: sjekk veikart/);
    assert.match(cli(['check', '--help'], { LANG: 'nb_NO.UTF-8' }).stdout, /^Bruk: airoadmap check/);
    assert.match(cli(['help', 'init', '--locale=nb']).stdout, /^Bruk: airoadmap init/);
  });

  it('hands render to its own module, with its own help', () => {
    const result = cli(['render', '--help']);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: airoadmap render/);
    assert.equal(cli(['help', 'render']).stdout, result.stdout);
  });

  it('a missing or unknown command is a usage error', () => {
    assertUsageError(cli([]), /missing command/);
    assertUsageError(cli(['chek']), /unknown command 'chek'. Did you mean 'check'\?/);
    assertUsageError(cli(['help', 'nope']), /unknown command 'nope'/);
    assertUsageError(cli(['--bogus']), /unknown option '--bogus'/);
    assertUsageError(cli(['--locale', 'fr', 'check']), /'fr' is not a valid value/);
  });
});

describe('schema', () => {
  it('prints exactly the committed JSON Schema', () => {
    const result = cli(['schema']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, readFileSync(join(ROOT, 'schemas', 'airoadmap.schema.json'), 'utf8'));
  });

  it('takes no arguments', () => {
    assertUsageError(cli(['schema', 'extra']), /too many arguments/);
  });
});

describe('init', () => {
  it('writes roadmap.airoadmap.yaml by default, and it checks with zero diagnostics', () => {
    const result = cli(['init']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /roadmap\.airoadmap\.yaml/);
    assert.ok(existsSync(join(dir, 'roadmap.airoadmap.yaml')));
    const checked = cli(['check', 'roadmap.airoadmap.yaml', '--format', 'json']);
    assert.equal(checked.status, 0);
    assert.deepEqual(JSON.parse(checked.stdout), []);
  });

  it('writes a Norwegian starter that also checks clean', () => {
    const result = cli(['init', 'veikart.airoadmap.yaml', '--locale', 'nb']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Opprettet veikart\.airoadmap\.yaml/);
    const text = readFileSync(join(dir, 'veikart.airoadmap.yaml'), 'utf8');
    assert.match(text, /# 90-dagersplanen/);
    assert.match(text, /^use_cases:$/m, 'keys stay English');
    const checked = cli(['check', 'veikart.airoadmap.yaml', '--format', 'json', '--locale', 'nb']);
    assert.equal(checked.status, 0);
    assert.deepEqual(JSON.parse(checked.stdout), []);
  });

  it('refuses to overwrite an existing file, leaving it untouched', () => {
    writeFileSync(join(dir, 'mine.airoadmap.yaml'), 'precious\n');
    assertUsageError(cli(['init', 'mine.airoadmap.yaml']), /'mine.airoadmap.yaml' already exists/);
    assert.equal(readFileSync(join(dir, 'mine.airoadmap.yaml'), 'utf8'), 'precious\n');
    assertUsageError(cli(['init']), /already exists/); // the default file from the first test
    assertUsageError(cli(['init', 'mine.airoadmap.yaml', '--locale', 'nb']), /finnes allerede/);
  });

  it('reports a file it cannot write, and extra arguments', () => {
    assertUsageError(cli(['init', 'no/such/dir/x.airoadmap.yaml']), /cannot write 'no\/such\/dir\/x.airoadmap.yaml'/);
    assertUsageError(cli(['init', 'a.airoadmap.yaml', 'b.airoadmap.yaml']), /too many arguments/);
    assert.ok(!existsSync(join(dir, 'a.airoadmap.yaml')));
  });
});

describe('docs', () => {
  it('configuration.md lists every code with its default severity', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');
    for (const code of ALL_CODES) assert.ok(doc.includes(`| \`${code}\` | ${DEFAULT_SEVERITY[code]} |`), code);
  });

  it('cli.md documents every option of check', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    for (const option of Object.keys(CHECK_OPTIONS)) assert.ok(doc.includes(`--${option}`), option);
  });
});
