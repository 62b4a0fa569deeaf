/**
 * airoadmap.config.yaml on the command line (dsl.md, "Project
 * configuration"): found from the roadmap's folder upwards, chosen with
 * --config or left out with --no-config; the flags beat it and it beats the
 * defaults; its guides make the range checks run in NOK; its own mistakes
 * are reported in it and never stop the check, but a file that is not YAML
 * stops the run with one line. In-process through runCli, plus the core's
 * reader in both languages.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../../server/src/cli/run';
import { readConfig } from '../../server/src/core/features/config';
import { removeTree, tempTree } from './cli-harness';

/** A roadmap in NOK: a first-year budget far outside the EUR guide, a KPI that no use case uses (kpi-unused, info). */
const NOK = `airoadmap: 1
organization:
  name: Fjordkraft AS
  currency: NOK
budget:
  first_year: 90000
kpis:
  speed:
    name: Speed
    unit: minutes
    baseline: 10
    target: 5
`;

const CONFIG = `# the team's settings
locale: nb
rules:
  kpi-unused: error
guides:
  budget_first_year: [500000, 1500000]
`;

let dir = '';
before(() => {
  dir = tempTree({
    'repo/airoadmap.config.yaml': CONFIG,
    'repo/plans/q1/nok.airoadmap.yaml': NOK,
    'repo/other.config.yaml': 'rules:\n  kpi-unused: off\n',
    'repo/typos.config.yaml': 'locale: de\nruls:\n  kpi-unused: warning\nrules:\n  kpi-unusd: off\n  budget-first-year-range: loud\nguides:\n  training_budget: [50000, 20000]\n  first_year: [1, 2]\n',
    'repo/broken.config.yaml': 'rules: [kpi-unused\n',
    'repo/list.config.yaml': '- locale: nb\n',
    'plain/nok.airoadmap.yaml': NOK,
  });
});
after(() => removeTree(dir));

function check(cwd: string, args: readonly string[], localeGiven = false): Promise<{ status: number; stdout: string; stderr: string }> {
  return run(cwd, ['check', ...args], localeGiven);
}

async function run(cwd: string, argv: readonly string[], localeGiven = false): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTTY: false,
    env: { AIROADMAP_TODAY: '2026-12-01' },
    cwd: join(dir, cwd),
    locale: argv.includes('nb') ? 'nb' : 'en',
    localeGiven: localeGiven || argv.includes('--locale'),
    streams: { stdout: process.stdout, stderr: process.stderr },
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

const codes = (stdout: string) => [...stdout.matchAll(/\[([a-z-]+)\]$/gm)].map((m) => m[1]!).sort();

describe('check with airoadmap.config.yaml', () => {
  it('without a configuration, a NOK roadmap gets no budget guidance', async () => {
    const plain = await check('plain', ['nok.airoadmap.yaml']);
    assert.deepEqual(codes(plain.stdout).filter((c) => c.endsWith('-range')), []);
    assert.ok(codes(plain.stdout).includes('kpi-unused'));
  });

  it('is found from a subfolder upwards: its guides make the range check fire in NOK, its rules and locale apply', async () => {
    const result = await check('repo/plans/q1', ['nok.airoadmap.yaml']);
    assert.ok(codes(result.stdout).includes('budget-first-year-range'), result.stdout);
    assert.match(result.stdout, /error .*\[kpi-unused\]/, 'kpi-unused raised to error by the file');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /500\u00a0000–1\u00a0500\u00a0000 NOK/, 'the guide in the message, as Norwegian writes amounts');
    assert.match(result.stderr, /i 1 fil\.\n$/, 'the summary in the configured language');
    // And from the repository's top, through a folder path.
    const top = await check('repo', ['plans']);
    assert.ok(codes(top.stdout).includes('budget-first-year-range'));
  });

  it('render applies the same file: the budget tab shows its NOK guide, the page its language; --no-config leaves both out', async () => {
    const page = await run('repo/plans/q1', ['render', 'nok.airoadmap.yaml', '--format', 'svg', '--view', 'budget']);
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stdout, /Deres veiledende spenn for det første året: 500\u00a0000[ \u00a0]NOK–1\u00a0500\u00a0000[ \u00a0]NOK\./);
    const english = await run('repo/plans/q1', ['render', 'nok.airoadmap.yaml', '--format', 'svg', '--view', 'budget', '--locale', 'en']);
    assert.match(english.stdout, /Your guide for the first year: 500,000 NOK–1,500,000 NOK\./, '--locale beats the file, the guides still apply');
    const none = await run('repo/plans/q1', ['render', 'nok.airoadmap.yaml', '--format', 'svg', '--view', 'budget', '--no-config']);
    assert.equal(none.status, 0, none.stderr);
    assert.doesNotMatch(none.stdout, /500[,\u00a0]000/, 'no guide for NOK without the file');
    assert.match(none.stdout, /aria-label="First-year budget"/, 'the tab is drawn, in English');
    const both = await run('repo/plans/q1', ['render', 'nok.airoadmap.yaml', '--no-config', '--config', 'x.yaml']);
    assert.equal(both.status, 2);
  });

  it('precedence: flags beat the file, the file beats the defaults', async () => {
    const flagged = await check('repo', ['plans', '--rule', 'kpi-unused=off', '--locale', 'en']);
    assert.ok(!codes(flagged.stdout).includes('kpi-unused'), '--rule beats the file');
    assert.match(flagged.stderr, /in 1 file\.\n$/, '--locale beats the file');
    assert.ok(codes(flagged.stdout).includes('budget-first-year-range'), 'the guides still apply');
    const chosen = await check('repo', ['plans', '--config', 'other.config.yaml']);
    assert.ok(!codes(chosen.stdout).includes('kpi-unused'), '--config names another file');
    assert.ok(!codes(chosen.stdout).includes('budget-first-year-range'), 'which has no guides');
    const none = await check('repo', ['plans', '--no-config']);
    assert.deepEqual(codes(none.stdout), codes((await check('plain', ['nok.airoadmap.yaml'])).stdout), '--no-config: the defaults');
    const both = await check('repo', ['plans', '--no-config', '--config', 'other.config.yaml']);
    assert.equal(both.status, 2);
  });

  it("reports the file's own mistakes in it, with did-you-mean, and checks with the rest", async () => {
    const result = await check('repo', ['plans', '--config', 'typos.config.yaml']);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('typos.config.yaml:'));
    assert.equal(lines.length, 6, result.stderr);
    assert.match(lines[0]!, /^typos\.config\.yaml:1:9: warning 'de' is not a language/);
    assert.match(result.stderr, /typos\.config\.yaml:2:1: warning Unknown key 'ruls' in the configuration: did you mean 'rules'\?/);
    assert.match(result.stderr, /Unknown diagnostic code 'kpi-unusd': did you mean 'kpi-unused'\?/);
    assert.match(result.stderr, /'loud' is not a severity/);
    assert.match(result.stderr, /The guide 'training_budget' must be two amounts/);
    assert.match(result.stderr, /Unknown guide 'first_year'/);
    assert.notEqual(result.status, 2, 'the check ran');
    assert.ok(codes(result.stdout).includes('kpi-unused'));
  });

  it('a configuration that is not YAML, not a mapping or missing stops the run with one line', async () => {
    const broken = await check('repo', ['plans', '--config', 'broken.config.yaml']);
    assert.equal(broken.status, 2);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /^airoadmap: cannot use the configuration 'broken\.config\.yaml' \(line \d+, column \d+\): .+\.\n/);
    const list = await check('repo', ['plans', '--config', 'list.config.yaml', '--locale', 'nb']);
    assert.equal(list.status, 2);
    assert.match(list.stderr, /^airoadmap: kan ikke bruke konfigurasjonen 'list\.config\.yaml' \(linje 1, kolonne 1\): Konfigurasjonen må være en tilordning/);
    const missing = await check('repo', ['plans', '--config', 'nowhere.yaml']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /'nowhere\.yaml' does not exist/);
  });
});

describe('readConfig (core)', () => {
  it('reads locale, rules and guides, and says what it leaves out in both languages', () => {
    const read = readConfig(CONFIG, 'en');
    assert.deepEqual(read.config, { locale: 'nb', severities: { 'kpi-unused': 'error' }, guides: { firstYearBudget: [500000, 1500000] } });
    assert.deepEqual(read.findings, []);
    const nb = readConfig('rules:\n  data-sillo: off\n', 'nb');
    assert.equal(nb.findings[0]!.message, "Ukjent diagnosekode 'data-sillo': mente du 'data-silo'? Den blir ikke brukt.");
    assert.deepEqual(nb.findings[0]!.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 12 } });
    assert.deepEqual(readConfig('', 'en'), { config: { severities: {}, guides: {} }, findings: [], usable: true });
    assert.equal(readConfig('guides:\n  running_cost_monthly: [a, 2]\n', 'en').config.guides.runningCost, undefined);
    assert.equal(readConfig('locale: [', 'en').usable, false);
  });
});

describe('the configuration file’s JSON Schema', () => {
  it('is the committed file, takes what the reader takes and refuses what it reports', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { default: Ajv } = await import('ajv');
    const { renderConfigJsonSchema } = await import('../../schemas/config-schema');
    const committed = readFileSync(join(__dirname, '..', '..', 'schemas', 'airoadmap.config.schema.json'), 'utf8');
    assert.equal(committed, renderConfigJsonSchema(), 'npm run schema writes it');
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(JSON.parse(committed) as object);
    const good = [CONFIG, '', 'rules:\n', 'locale: en\nrules:\n  data-silo: off\nguides:\n  training_budget: [20000, 50000]\n  running_cost_monthly: [0, 1]\n'];
    for (const text of good) {
      assert.deepEqual(readConfig(text, 'en').findings, [], text);
      assert.ok(validate(parse(text) ?? null), `${text}: ${ajv.errorsText(validate.errors)}`);
    }
    const bad = ['locale: de\n', 'ruls:\n  kpi-unused: off\n', 'rules:\n  kpi-unusd: off\n', 'rules:\n  kpi-unused: loud\n', 'guides:\n  training_budget: [1, 2, 3]\n', 'guides:\n  first_year: [1, 2]\n'];
    for (const text of bad) {
      assert.ok(readConfig(text, 'en').findings.length > 0, text);
      assert.equal(validate(parse(text)), false, text);
    }
  });
});
