/**
 * `airoadmap set <file> <path> <value> [--stdout]` as built (dist/cli.js): the
 * file rewritten in place with only the edit (the golden files of
 * test/fixtures/edit/), the value read as a YAML scalar, --stdout leaving the
 * file alone, and every refusal one line, exit status 2, the file
 * byte-identical.
 */
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SET_OPTIONS } from '../../server/src/cli/set-command';
import { ROOT, assertUsageError, buildCli, removeTree, runCli, tempTree } from './cli-harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'edit');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.airoadmap.yaml`), 'utf8');

let dir = '';
const cli = (args: readonly string[], env?: Record<string, string>) => runCli(args, { cwd: dir, env });
/** Writes `name` into the temporary folder as plan.airoadmap.yaml and returns its bytes. */
const put = (name: string, file = 'plan.airoadmap.yaml'): Buffer => {
  writeFileSync(join(dir, file), fixture(name));
  return readFileSync(join(dir, file));
};
const bytes = (file = 'plan.airoadmap.yaml') => readFileSync(join(dir, file));

before(() => {
  buildCli();
  dir = tempTree();
});
after(() => removeTree(dir));

describe('airoadmap set: success', () => {
  const cases: [fixture: string, path: string, value: string][] = [
    ['uc-value', 'use_cases.doc-search.value', '4'],
    ['plan-weeks-quoted', 'plan.prototype.weeks', '7-9'],
    ['plan-done-absent', 'plan.prototype.done', 'true'],
    ['kpi-actuals-missing-map', 'kpis.handling-time.actuals.2027-Q1', '3'],
    ['kpi-actuals-flow', 'kpis.flow-kpi.actuals.2027-Q2', '3'],
    ['risk-single-quoted', 'risks.hallucination.title', "It's wrong"],
    ['crlf-insert', 'plan.prototype.done', 'true'],
    ['merge-override', 'use_cases.faq-bot.value', '5'],
  ];
  for (const [name, path, value] of cases) {
    it(`${name}: writes exactly the expected file`, () => {
      put(name);
      const result = cli(['set', 'plan.airoadmap.yaml', path, value]);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `set ${path} in plan.airoadmap.yaml\n`);
      assert.deepEqual(bytes(), Buffer.from(fixture(`${name}.expected`), 'utf8'));
    });
  }

  it('reads the value as a YAML scalar: 7 a number, "7" text (refused for a score), 7-9 text', () => {
    put('plan-weeks-number');
    assert.equal(cli(['set', 'plan.airoadmap.yaml', 'plan.prototype.weeks', '8']).status, 0);
    assert.equal(bytes().toString('utf8'), fixture('plan-weeks-number.expected'));
    const before = put('uc-value');
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'use_cases.doc-search.value', '"4"']), /cannot be set for 'use_cases\.doc-search\.value'/);
    assert.deepEqual(bytes(), before);
    put('plan-weeks-plain');
    assert.equal(cli(['set', 'plan.airoadmap.yaml', 'plan.interviews.weeks', '1-2']).status, 0);
    assert.equal(bytes().toString('utf8'), fixture('plan-weeks-plain.expected'));
  });

  it('a quoted value stays text', () => {
    put('uc-quoted-needed');
    assert.equal(cli(['set', 'plan.airoadmap.yaml', 'use_cases.doc-search.title', '"Search: smart and fast"']).status, 0);
    assert.equal(bytes().toString('utf8'), fixture('uc-quoted-needed.expected'));
  });

  it('--stdout prints the new text and leaves the file', () => {
    const before = put('uc-value');
    const result = cli(['set', 'plan.airoadmap.yaml', 'use_cases.doc-search.value', '4', '--stdout']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, fixture('uc-value.expected'));
    assert.equal(result.stderr, '');
    assert.deepEqual(bytes(), before);
  });

  it('rewrites the file through a symbolic link, in place (the link stays a link)', () => {
    put('uc-effort', 'real.airoadmap.yaml');
    symlinkSync(join(dir, 'real.airoadmap.yaml'), join(dir, 'link.airoadmap.yaml'));
    assert.equal(cli(['set', 'link.airoadmap.yaml', 'use_cases.doc-search.effort', '2']).status, 0);
    assert.equal(bytes('real.airoadmap.yaml').toString('utf8'), fixture('uc-effort.expected'));
    assert.ok(lstatSync(join(dir, 'link.airoadmap.yaml')).isSymbolicLink());
  });
});

describe('airoadmap set: refusals leave the file byte-identical', () => {
  const refusals: [what: string, fixture: string, args: string[], pattern: RegExp][] = [
    ['an unknown id', 'refuse-base', ['use_cases.doc-serch.value', '4'], /^airoadmap: plan\.airoadmap\.yaml: the roadmap has no use case named 'doc-serch'\. Did you mean 'doc-search'\?$/],
    ['an unknown field', 'refuse-base', ['risks.leak.likelyhood', '2'], /has no field 'likelyhood'\. Did you mean 'likelihood'\?$/],
    ['a likelihood of 9', 'refuse-base', ['risks.hallucination.likelihood', '9'], /'9' cannot be set for 'risks\.hallucination\.likelihood'/],
    ['weeks 13', 'refuse-base', ['plan.prototype.weeks', '13'], /cannot be set for 'plan\.prototype\.weeks'/],
    ['a file with syntax errors', 'refuse-syntax', ['use_cases.doc-search.value', '4'], /YAML syntax errors/],
    ['a map merged whole', 'refuse-merge', ['use_cases.other.production.monitoring', 'true'], /anchor 'prod'/],
    ['a list as value', 'refuse-base', ['use_cases.doc-search.value', '[4]'], /'\[4\]' is not one value/],
  ];
  for (const [what, name, args, pattern] of refusals) {
    it(what, () => {
      const before = put(name);
      const result = cli(['set', 'plan.airoadmap.yaml', ...args]);
      assertUsageError(result, pattern);
      assert.deepEqual(bytes(), before);
    });
  }

  it('also with --stdout: nothing on stdout', () => {
    const before = put('refuse-base');
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'use_cases.nope.value', '4', '--stdout']), /no use case named 'nope'/);
    assert.deepEqual(bytes(), before);
  });

  it('in Norwegian with --locale nb, before or after the command', () => {
    const before = put('refuse-base');
    assertUsageError(cli(['--locale', 'nb', 'set', 'plan.airoadmap.yaml', 'use_cases.doc-serch.value', '4']), /^airoadmap: plan\.airoadmap\.yaml: veikartet har ingen brukstilfelle med id-en 'doc-serch'\. Mente du 'doc-search'\?$/);
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'risks.leak.likelihood', '9', '--locale=nb']), /kan ikke settes for 'risks\.leak\.likelihood'/);
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'risks.leak.likelihood', '9'], { LANG: 'nb_NO.UTF-8' }), /kan ikke settes/);
    assert.deepEqual(bytes(), before);
  });

  it('bad usage: missing or extra arguments, an unknown option, a missing file', () => {
    put('refuse-base');
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'use_cases.doc-search.value']), /set needs a roadmap file, a path and a value/);
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'use_cases.doc-search.value', '4', '5']), /too many arguments for 'set'/);
    assertUsageError(cli(['set', 'plan.airoadmap.yaml', 'use_cases.doc-search.value', '4', '--stdot']), /unknown option '--stdot'. Did you mean '--stdout'\?/);
    assertUsageError(cli(['set', 'missing.airoadmap.yaml', 'use_cases.doc-search.value', '4']), /'missing\.airoadmap\.yaml' does not exist\./);
    assertUsageError(cli(['set', '/dev/null', 'use_cases.doc-search.value', '4']), /neither a file nor a directory/);
  });

  it('a negative number comes after --', () => {
    put('refuse-base');
    const result = cli(['set', 'plan.airoadmap.yaml', 'kpis.handling-time.target', '--', '-1']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(bytes().toString('utf8'), /^ {4}target: -1$/m);
  });
});

describe('airoadmap set: help', () => {
  it('has its own help in both languages, listed in the general help', () => {
    const en = cli(['set', '--help']);
    assert.equal(en.status, 0);
    assert.match(en.stdout, /^Usage: airoadmap set <file> <path> <value>/);
    assert.equal(cli(['help', 'set']).stdout, en.stdout);
    assert.match(cli(['set', '--help', '--locale', 'nb']).stdout, /^Bruk: airoadmap set <fil> <sti> <verdi>/);
    assert.match(cli(['--help']).stdout, /airoadmap set <file> <path> <value>/);
    assert.match(cli(['--help', '--locale', 'nb']).stdout, /airoadmap set <fil> <sti> <verdi>/);
  });

  it('docs/cli.md documents the command, every option of it and the merge-key choice', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    assert.match(doc, /^\| `airoadmap set <file> <path> <value>` \|/m);
    const section = doc.slice(doc.indexOf('## `airoadmap set'), doc.indexOf('## `airoadmap init'));
    for (const option of Object.keys(SET_OPTIONS)) assert.ok(section.includes(`\`--${option}`), option);
    assert.match(section, /gets an explicit override, one line in the entity/);
  });

  it('a misspelt command suggests set', () => {
    assertUsageError(cli(['sett']), /Did you mean 'set'\?/);
  });
});
