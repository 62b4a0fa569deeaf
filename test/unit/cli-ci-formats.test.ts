/**
 * The CI-native outputs of `check`: SARIF valid against the official 2.1.0
 * schema (test/fixtures/sarif, vendored as test data) with `%SRCROOT%` and
 * fingerprints that survive unrelated edits; GitHub workflow commands and a
 * GitLab Code Quality report in their documented shapes, with hostile text
 * escaped. In-process through runCli.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import type { Log } from 'sarif';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../../server/src/cli/run';
import { escapeData, escapeProperty } from '../../server/src/cli/format-github';
import type { CodeQualityIssue } from '../../server/src/cli/format-gitlab';
import { ERROR_ROADMAP, ROOT, WARN_ROADMAP, removeTree, tempTree } from './cli-harness';

const PROBLEMS = readFileSync(join(ROOT, 'examples', 'problems.airoadmap.yaml'), 'utf8');
const CLEAN = readFileSync(join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
const HOSTILE_NAME = 'we%ird,na:me.airoadmap.yaml';

let dir = '';
let outside = '';
before(() => {
  dir = tempTree({
    'error.airoadmap.yaml': ERROR_ROADMAP,
    'warn.airoadmap.yaml': WARN_ROADMAP,
    'plans/problems.airoadmap.yaml': PROBLEMS,
    'clean.airoadmap.yaml': CLEAN,
    [HOSTILE_NAME]: ERROR_ROADMAP,
  });
  outside = tempTree({ 'far.airoadmap.yaml': ERROR_ROADMAP });
});
after(() => {
  removeTree(dir);
  removeTree(outside);
});

async function check(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTTY: true, // the CI formats never colour, even on a terminal
    env: { AIROADMAP_TODAY: '2026-12-01', FORCE_COLOR: '1' },
    cwd: dir,
    locale: 'en',
    streams: { stdout: process.stdout, stderr: process.stderr },
  };
  const status = await runCli(['check', ...args], io);
  return { status, stdout, stderr };
}

const sarifOf = async (args: readonly string[]) => JSON.parse((await check([...args, '--format', 'sarif'])).stdout) as Log;

describe('check --format sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  // Draft-04's `id` is draft-07's `$id`; nothing else of draft-04 is used.
  const { id, $schema: _draft, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (v: string) => /^[a-z][a-z0-9+.-]*:/i.test(v) && !/\s/.test(v));
  ajv.addFormat('uri-reference', (v: string) => !/\s/.test(v));
  ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
  const validate = ajv.compile({ ...rest, $id: String(id) });

  it('is valid against the official SARIF 2.1.0 schema: findings, none, a file outside the working directory', async () => {
    for (const args of [['error.airoadmap.yaml', 'warn.airoadmap.yaml'], ['plans'], ['clean.airoadmap.yaml'], [HOSTILE_NAME], [join(outside, 'far.airoadmap.yaml')]]) {
      const log = await sarifOf(args);
      assert.ok(validate(log), `${args.join(' ')}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
    }
    // The schema is not trivially permissive.
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'a driver without a name');
    assert.equal(validate({ version: '2.1.0', runs: [], extra: 1 }), false, 'an unknown property');
  });

  it('names files under %SRCROOT%, relative; a file outside by its file: URI', async () => {
    const log = await sarifOf(['plans', join(outside, 'far.airoadmap.yaml')]);
    const run = log.runs[0]!;
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const locations = run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!);
    assert.ok(locations.some((l) => l.uri === 'plans/problems.airoadmap.yaml' && l.uriBaseId === '%SRCROOT%'));
    const far = locations.find((l) => l.uri!.startsWith('file:'))!;
    assert.equal(far.uri, pathToFileURL(join(outside, 'far.airoadmap.yaml')).href);
    assert.equal(far.uriBaseId, undefined);
  });

  it('fingerprints each finding by code, file and place, so lines moving keep them; no two alike', async () => {
    const file = join(dir, 'plans', 'problems.airoadmap.yaml');
    const prints = (log: Log) => log.runs[0]!.results!.map((r) => ({ print: r.partialFingerprints!['airoadmap/v1']!, line: r.locations![0]!.physicalLocation!.region!.startLine!, rule: r.ruleId! }));
    const first = prints(await sarifOf(['plans']));
    assert.ok(first.length >= 10, `problems.airoadmap.yaml has findings (${first.length})`);
    assert.equal(new Set(first.map((p) => p.print)).size, first.length, 'unique');
    for (const p of first) assert.match(p.print, /^[0-9a-f]{64}$/);
    // An unrelated edit: a comment block and a new, clean team member before everything else.
    const edited = PROBLEMS.replace(/^team:\n/m, 'team:\n  # added in review\n  zoe:\n    name: Zoe Lind\n    title: Analyst\n');
    assert.notEqual(edited, PROBLEMS, 'the fixture has a team section');
    writeFileSync(file, edited);
    try {
      const second = prints(await sarifOf(['plans']));
      assert.ok(second.some((p, i) => p.line !== first[i]?.line), 'lines moved');
      assert.deepEqual(new Set(second.map((p) => p.print)), new Set(first.map((p) => p.print)));
    } finally {
      writeFileSync(file, PROBLEMS);
    }
  });
});

describe('check --format github', () => {
  it('prints one workflow command per finding with 1-based positions and the code as title, nothing else', async () => {
    const result = await check(['error.airoadmap.yaml', 'warn.airoadmap.yaml', '--format', 'github']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+$/);
    assert.equal(lines[0], "::error file=error.airoadmap.yaml,line=5,col=13,endLine=5,endColumn=19,title=unknown-reference::" + lines[0]!.split('::')[2]);
    assert.ok(lines.some((l) => l.startsWith('::notice ') && l.includes('title=kpi-unused')), 'info becomes notice');
    assert.ok(!result.stdout.includes('\u001b['), 'no colour');
  });

  it('escapes what would end a property or forge a command', async () => {
    const result = await check([HOSTILE_NAME, '--format', 'github']);
    assert.match(result.stdout, /^::error file=we%25ird%2Cna%3Ame\.airoadmap\.yaml,line=5,/);
    assert.equal(escapeData('50% done\r\n::error::forged'), '50%25 done%0D%0A::error::forged');
    assert.equal(escapeProperty('a,b:c%'), 'a%2Cb%3Ac%25');
    assert.equal(escapeData('bell\u0007 esc\u001b[2J'), 'bell\\u0007 esc\\u001b[2J', 'other controls are shown, never sent');
  });
});

describe('check --format gitlab', () => {
  it('is a Code Quality report: description, check_name, fingerprint, severity, location.path and lines.begin', async () => {
    const result = await check(['plans', 'error.airoadmap.yaml', 'warn.airoadmap.yaml', '--format', 'gitlab']);
    const issues = JSON.parse(result.stdout) as CodeQualityIssue[];
    assert.ok(Array.isArray(issues) && issues.length > 10);
    for (const issue of issues) {
      assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
      assert.equal(typeof issue.description, 'string');
      assert.match(issue.check_name, /^[a-z-]+$/);
      assert.match(issue.fingerprint, /^[0-9a-f]{64}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity));
      assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
      assert.ok(!issue.location.path.startsWith('/') && !issue.location.path.includes('\\'));
    }
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'unique fingerprints');
    const bySeverity = (code: string) => issues.find((i) => i.check_name === code)?.severity;
    assert.equal(bySeverity('unknown-reference'), 'major');
    assert.equal(bySeverity('kpi-unused'), 'info');
    assert.ok(issues.some((i) => i.location.path === 'plans/problems.airoadmap.yaml' && i.severity === 'minor'), 'warnings are minor');
    assert.equal(issues.find((i) => i.check_name === 'unknown-reference' && i.location.path === 'error.airoadmap.yaml')?.location.lines.begin, 5);
  });
});
