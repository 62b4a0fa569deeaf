/**
 * The command line's today: `--today YYYY-MM-DD` on check (every format),
 * init and render; `AIROADMAP_TODAY` when it is not given (the harness sets the
 * fixtures' today, so no run depends on the day); the local date otherwise,
 * tested in-process with a clock the test gives. A date that does not exist is
 * a usage error (exit 2) in both languages.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { resolveToday, commandToday, BadToday } from '../../server/src/cli/today';
import { UsageError } from '../../server/src/cli/errors';
import { assertUsageError, buildCli, removeTree, runCli, tempTree } from './cli-harness';
import { WEEK_ONE_PLAN as PLAN } from '../helpers/fixtures';


let dir = '';
const cli = (args: readonly string[], env?: Record<string, string>) => runCli(args, { cwd: dir, env });
const codes = (args: readonly string[], env?: Record<string, string>): string[] => {
  const result = cli(['check', 'plan.airoadmap.yaml', '--format', 'json', ...args], env);
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code);
};

before(() => {
  buildCli();
  dir = tempTree({ 'plan.airoadmap.yaml': PLAN });
});

after(() => removeTree(dir));

describe('check --today', () => {
  it('the day after the last day of week 1 makes its item overdue; that last day does not', () => {
    assert.deepEqual(codes(['--today', '2027-01-11']), ['plan-item-overdue']);
    assert.deepEqual(codes(['--today=2027-01-10']), []);
  });

  it('reaches the text and SARIF outputs too', () => {
    const text = cli(['check', 'plan.airoadmap.yaml', '--today', '2027-01-11']);
    assert.match(text.stdout, /^plan\.airoadmap\.yaml:6:3: warning .*10 January 2027.* \[plan-item-overdue\]$/m);
    const sarif = JSON.parse(cli(['check', 'plan.airoadmap.yaml', '--format', 'sarif', '--today', '2027-01-11']).stdout) as { runs: { results: { ruleId: string }[] }[] };
    assert.deepEqual(sarif.runs[0]!.results.map((r) => r.ruleId), ['plan-item-overdue']);
  });

  it('without --today, AIROADMAP_TODAY is today (the harness gives the fixtures’ day); --today wins over it', () => {
    assert.deepEqual(codes([]), [], 'the harness default, 2026-12-01, is before the plan');
    assert.deepEqual(codes([], { AIROADMAP_TODAY: '2027-01-11' }), ['plan-item-overdue']);
    assert.deepEqual(codes(['--today', '2027-01-10'], { AIROADMAP_TODAY: '2027-01-11' }), []);
  });

  it('a date that does not exist is a usage error, in the chosen language', () => {
    for (const bad of ['2027-02-29', '2027-13-01', '2027-1-4', 'tomorrow', '']) {
      assertUsageError(cli(['check', 'plan.airoadmap.yaml', `--today=${bad}`]), new RegExp(`'--today' needs a date YYYY-MM-DD that exists, not '${bad}'`));
    }
    assertUsageError(cli(['--locale', 'nb', 'check', 'plan.airoadmap.yaml', '--today', '2027-02-30']), /'--today' trenger en dato ÅÅÅÅ-MM-DD som finnes, ikke '2027-02-30'\. Kjør 'airoadmap check --help'/);
    assertUsageError(cli(['check', 'plan.airoadmap.yaml', '--today']), /'--today' needs a value/);
    assertUsageError(cli(['check', 'plan.airoadmap.yaml'], { AIROADMAP_TODAY: 'soon' }), /AIROADMAP_TODAY needs a date YYYY-MM-DD that exists, not 'soon'/);
  });

  it('check --help and init --help name it, in both languages', () => {
    assert.match(cli(['check', '--help']).stdout, /--today YYYY-MM-DD +the day the date rules take as today/);
    assert.match(cli(['--locale', 'nb', 'check', '--help']).stdout, /--today ÅÅÅÅ-MM-DD +dagen datoreglene regner som i dag/);
    assert.match(cli(['init', '--help']).stdout, /--today YYYY-MM-DD +the day to write it for/);
    assert.match(cli(['--locale', 'nb', 'init', '--help']).stdout, /--today ÅÅÅÅ-MM-DD +dagen det skrives for/);
  });
});

describe('init --today', () => {
  it('starts the plan the Monday after and dates the baselines that day', () => {
    assert.equal(cli(['init', 'a.airoadmap.yaml', '--today', '2027-01-06']).status, 0);
    const doc = parse(readFileSync(join(dir, 'a.airoadmap.yaml'), 'utf8')) as { organization: { start: string }; kpis: Record<string, { baseline_date?: string }> };
    assert.equal(doc.organization.start, '2027-01-11');
    const dated = Object.values(doc.kpis).map((k) => k.baseline_date).filter((d) => d !== undefined);
    assert.ok(dated.length > 0 && dated.every((d) => d === '2027-01-06'), JSON.stringify(dated));
    assert.equal(cli(['init', 'b.airoadmap.yaml'], { AIROADMAP_TODAY: '2028-02-29' }).status, 0);
    assert.match(readFileSync(join(dir, 'b.airoadmap.yaml'), 'utf8'), /start: 2028-03-06/);
    assertUsageError(cli(['init', 'c.airoadmap.yaml', '--today', '2027-02-29']), /'--today' needs a date/);
  });

  it('the starter written for a day checks clean on that day', () => {
    assert.equal(cli(['init', 'd.airoadmap.yaml', '--today', '2027-01-06']).status, 0);
    const result = cli(['check', 'd.airoadmap.yaml', '--today', '2027-01-06']);
    assert.equal(result.stderr, 'No problems in 1 file.\n');
  });
});

describe('render --today', () => {
  const timeline = (args: readonly string[], env?: Record<string, string>) => cli(['render', 'plan.airoadmap.yaml', '--format', 'svg', '--view', 'timeline', ...args], env);

  it('places today on the timeline from --today, else AIROADMAP_TODAY', () => {
    assert.match(timeline(['--today', '2027-02-10']).stdout, /class="today"/);
    assert.doesNotMatch(timeline([]).stdout, /class="today"/, 'the harness default is before the plan');
    assert.match(timeline([], { AIROADMAP_TODAY: '2027-02-10' }).stdout, /class="today"/);
  });

  it('refuses a date that does not exist', () => {
    const result = timeline(['--today', '2027-02-30']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /'--today' needs a date YYYY-MM-DD that exists, not '2027-02-30'/);
    const fromEnv = timeline([], { AIROADMAP_TODAY: '2027-02-30' });
    assert.equal(fromEnv.status, 2);
    assert.match(fromEnv.stderr, /AIROADMAP_TODAY needs a date/);
  });
});

describe('resolveToday (in-process, with the clock given)', () => {
  it('is the option, else AIROADMAP_TODAY, else the local date of the clock', () => {
    const clock = () => new Date(2027, 0, 11, 0, 30);
    assert.equal(resolveToday(undefined, {}, clock), '2027-01-11');
    assert.equal(resolveToday(undefined, { AIROADMAP_TODAY: '' }, clock), '2027-01-11', 'empty is unset');
    assert.equal(resolveToday(undefined, { AIROADMAP_TODAY: '2026-12-01' }, clock), '2026-12-01');
    assert.equal(resolveToday('2028-02-29', { AIROADMAP_TODAY: '2026-12-01' }, clock), '2028-02-29');
    assert.equal(resolveToday(undefined, {}, () => new Date(2027, 0, 10, 23, 59)), '2027-01-10', 'local, not UTC');
  });

  it('a bad value throws, as a usage error of the command', () => {
    assert.throws(() => resolveToday('2027-02-29', {}), BadToday);
    assert.throws(() => resolveToday(undefined, { AIROADMAP_TODAY: 'x' }), BadToday);
    assert.throws(
      () => commandToday('2027-02-29', {}, 'nb', 'check'),
      (e: unknown) => e instanceof UsageError && e.command === 'check' && /trenger en dato/.test(e.message),
    );
  });
});
