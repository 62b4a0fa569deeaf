/**
 * The built `airoadmap check` command, run as a child process on temporary
 * directories: every option, every exit status, each output format, file
 * discovery, and robustness (closed pipes, unreadable paths, no stack traces).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_CODES, DEFAULT_SEVERITY, ruleDocUrl } from '../../server/src/core/index';
import { useColour } from '../../server/src/cli/io';
import { starterRoadmap } from '../../server/src/core/texts/starter';
import { ANSI, BIN, ERROR_ROADMAP, WARN_ROADMAP, assertNoStackTrace, assertUsageError, buildCli, cleanEnv, removeTree, runCli, tempTree } from './cli-harness';

/** The severity word "error" in red, as on a terminal. */
const RED_ERROR = '\u001b[31merror\u001b[0m';
const CLEAN_ROADMAP = starterRoadmap('en', new Date(2027, 0, 6));

let dir = '';
const check = (args: readonly string[], env?: Record<string, string>) => runCli(['check', ...args], { cwd: dir, env });

interface JsonDiagnostic {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

function json(args: readonly string[], env?: Record<string, string>): { status: number | null; diagnostics: JsonDiagnostic[] } {
  const result = check([...args, '--format', 'json'], env);
  assertNoStackTrace(result.stderr);
  return { status: result.status, diagnostics: JSON.parse(result.stdout) as JsonDiagnostic[] };
}

before(() => {
  buildCli();
  dir = tempTree({
    'clean.airoadmap.yaml': CLEAN_ROADMAP,
    'warn.airoadmap.yaml': WARN_ROADMAP,
    'error.airoadmap.yaml': ERROR_ROADMAP,
    'tree/a/one.airoadmap.yaml': WARN_ROADMAP,
    'tree/a/b/two.airoadmap.yml': ERROR_ROADMAP,
    'tree/a/notes.yaml': 'not: a roadmap\n',
    'tree/node_modules/dep/three.airoadmap.yaml': ERROR_ROADMAP,
    'tree/.hidden/four.airoadmap.yaml': ERROR_ROADMAP,
    'tree/z.airoadmap.yaml': CLEAN_ROADMAP,
    'empty/readme.txt': 'nothing here\n',
  });
});

after(() => removeTree(dir));

describe('check: exit status', () => {
  it('is 0 with no diagnostics, and says so on stderr', () => {
    const result = check(['clean.airoadmap.yaml']);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'No problems in 1 file.\n');
  });

  it('is 0 with warnings only, 1 with an error', () => {
    assert.equal(check(['warn.airoadmap.yaml']).status, 0);
    assert.equal(check(['error.airoadmap.yaml']).status, 1);
    assert.equal(check(['warn.airoadmap.yaml', 'error.airoadmap.yaml']).status, 1);
  });

  it('--max-warnings N fails with more than N warnings', () => {
    // warn.airoadmap.yaml has exactly 2 warnings
    assert.equal(check(['warn.airoadmap.yaml', '--max-warnings', '2']).status, 0);
    assert.equal(check(['warn.airoadmap.yaml', '--max-warnings=2']).status, 0);
    const over = check(['warn.airoadmap.yaml', '--max-warnings', '1']);
    assert.equal(over.status, 1);
    assert.match(over.stderr, /Too many warnings: 2, at most 1/);
    assert.equal(check(['warn.airoadmap.yaml', '--max-warnings', '0']).status, 1);
    assert.equal(check(['clean.airoadmap.yaml', '--max-warnings', '0']).status, 0);
    assert.equal(check(['warn.airoadmap.yaml', '--max-warnings', '0', '--format', 'json']).status, 1);
  });

  it('--max-warnings needs a whole number', () => {
    assertUsageError(check(['warn.airoadmap.yaml', '--max-warnings', 'many']), /--max-warnings/);
    assertUsageError(check(['warn.airoadmap.yaml', '--max-warnings=-1']), /--max-warnings/);
    assertUsageError(check(['warn.airoadmap.yaml', '--max-warnings']), /needs a value/);
  });
});

describe('check: --rule', () => {
  it('off removes a code', () => {
    const before = json(['warn.airoadmap.yaml']).diagnostics.map((d) => d.code);
    assert.ok(before.includes('kpi-no-baseline'));
    const after = json(['warn.airoadmap.yaml', '--rule', 'kpi-no-baseline=off']).diagnostics.map((d) => d.code);
    assert.ok(!after.includes('kpi-no-baseline'));
    assert.deepEqual(after, before.filter((c) => c !== 'kpi-no-baseline'));
  });

  it('re-grades a code, changing the exit status', () => {
    const raised = json(['warn.airoadmap.yaml', '--rule', 'kpi-no-target=error']);
    assert.equal(raised.status, 1);
    assert.equal(raised.diagnostics.find((d) => d.code === 'kpi-no-target')?.severity, 'error');
    const lowered = json(['error.airoadmap.yaml', '--rule=unknown-reference=hint']);
    assert.equal(lowered.status, 0);
    assert.equal(lowered.diagnostics[0]?.severity, 'hint');
  });

  it('is repeatable', () => {
    const result = json(['warn.airoadmap.yaml', '--rule', 'kpi-no-baseline=off', '--rule', 'kpi-no-target=off', '--rule', 'kpi-unused=off']);
    assert.deepEqual(result.diagnostics, []);
  });

  it('rejects an unknown code, an unknown severity and a malformed value', () => {
    assertUsageError(check(['warn.airoadmap.yaml', '--rule', 'bogus=warning']), /unknown diagnostic code 'bogus'/);
    assertUsageError(check(['warn.airoadmap.yaml', '--rule', 'kpi-unusd=off']), /Did you mean 'kpi-unused'/);
    assertUsageError(check(['warn.airoadmap.yaml', '--rule', 'kpi-unused=loud']), /'loud' is not a severity/);
    assertUsageError(check(['warn.airoadmap.yaml', '--rule', 'kpi-unused']), /<code>=<severity>/);
  });
});

describe('check: usage errors', () => {
  it('rejects unknown options, formats and locales with one line', () => {
    assertUsageError(check(['--formt', 'json']), /unknown option '--formt'. Did you mean '--format'/);
    assertUsageError(check(['--format', 'xml']), /'xml' is not a valid value for '--format'/);
    assertUsageError(check(['--locale', 'de']), /'de' is not a valid value for '--locale'/);
    assertUsageError(check(['--format', 'json', '--format', 'text']), /more than once/);
    assertUsageError(check(['--help=yes']), /takes no value/);
  });
});

describe('check: text format', () => {
  it('prints file:line:col: severity message [code], 1-based, with a summary on stderr', () => {
    const result = check(['error.airoadmap.yaml', 'warn.airoadmap.yaml']);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^error\.airoadmap\.yaml:5:13: error 'roles\.ai_owner' refers to 'nobody'.* \[unknown-reference\]$/);
    assert.match(lines[1]!, /^warn\.airoadmap\.yaml:5:3: warning KPI 'speed' has no baseline\..* \[kpi-no-baseline\]$/);
    assert.match(lines[3]!, /^warn\.airoadmap\.yaml:5:3: info .* \[kpi-unused\]$/);
    assert.equal(result.stderr, '1 error, 2 warnings, 1 info in 2 files.\n');
  });

  it('has no colour codes when stdout is not a terminal, or with NO_COLOR', () => {
    assert.doesNotMatch(check(['error.airoadmap.yaml']).stdout, ANSI);
    assert.doesNotMatch(check(['error.airoadmap.yaml'], { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout, ANSI);
    assert.ok(check(['error.airoadmap.yaml'], { FORCE_COLOR: '1' }).stdout.includes(`${RED_ERROR} 'roles`));
  });

  it('colours the severity word on a terminal unless NO_COLOR, FORCE_COLOR=0 or TERM=dumb says not', (t) => {
    if (spawnSync('script', ['--version']).status !== 0) return t.skip('script(1) is not available for a pseudo-terminal');
    const viaTty = (env: Record<string, string>) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" check error.airoadmap.yaml`, '/dev/null'], { cwd: dir, env: cleanEnv({ TERM: 'xterm-256color', ...env }), encoding: 'utf8' }).stdout;
    assert.ok(viaTty({}).includes(RED_ERROR));
    assert.ok(viaTty({ NO_COLOR: '' }).includes(RED_ERROR), 'an empty NO_COLOR is unset (no-color.org)');
    assert.doesNotMatch(viaTty({ NO_COLOR: '1' }), ANSI);
    assert.doesNotMatch(viaTty({ FORCE_COLOR: '0' }), ANSI);
    assert.doesNotMatch(viaTty({ TERM: 'dumb' }), ANSI);
    assert.ok(viaTty({ TERM: 'dumb', FORCE_COLOR: '1' }).includes(RED_ERROR), 'FORCE_COLOR beats a dumb terminal');
  });

  it('decides colour from the environment in one place (useColour)', () => {
    const cases: [Record<string, string>, boolean, boolean][] = [
      [{}, true, true],
      [{}, false, false],
      [{ NO_COLOR: '1' }, true, false],
      [{ NO_COLOR: '' }, true, true],
      [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
      [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: 'false' }, true, false],
      [{ FORCE_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '' }, false, false],
      [{ TERM: 'dumb' }, true, false],
      [{ TERM: 'dumb', FORCE_COLOR: '2' }, false, true],
      [{ TERM: 'xterm' }, true, true],
    ];
    for (const [env, stdoutIsTTY, expected] of cases) assert.equal(useColour({ env, stdoutIsTTY }), expected, `${JSON.stringify(env)} on ${stdoutIsTTY ? 'a terminal' : 'a pipe'}`);
  });
});

describe('check: json format', () => {
  it('prints one array of { file, range, severity, code, message } with 0-based positions', () => {
    const result = check(['error.airoadmap.yaml', 'warn.airoadmap.yaml', '--format', 'json']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '', 'the machine formats keep stderr quiet');
    const diagnostics = JSON.parse(result.stdout) as JsonDiagnostic[];
    assert.ok(Array.isArray(diagnostics));
    assert.equal(diagnostics.length, 4);
    for (const d of diagnostics) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'file', 'message', 'range', 'severity']);
      assert.deepEqual(Object.keys(d.range).sort(), ['end', 'start']);
      for (const p of [d.range.start, d.range.end]) {
        assert.deepEqual(Object.keys(p).sort(), ['character', 'line']);
        assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0);
      }
      assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
      assert.ok((ALL_CODES as string[]).includes(d.code));
      assert.ok(d.message.length > 0);
    }
    const reference = diagnostics[0]!;
    assert.equal(reference.file, 'error.airoadmap.yaml');
    assert.equal(reference.code, 'unknown-reference');
    // 'nobody' sits on the fifth line ("  ai_owner: nobody"), columns 12..18, counted from 0.
    assert.deepEqual(reference.range, { start: { line: 4, character: 12 }, end: { line: 4, character: 18 } });
    assert.equal(diagnostics[1]!.file, 'warn.airoadmap.yaml');
    assert.deepEqual(diagnostics[1]!.range.start, { line: 4, character: 2 });
  });

  it('prints an empty array for a clean file', () => {
    const result = check(['clean.airoadmap.yaml', '--format', 'json']);
    assert.equal(result.status, 0);
    assert.deepEqual(JSON.parse(result.stdout), []);
  });
});

describe('check: sarif format', () => {
  interface SarifLog {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
      }[];
    }[];
  }

  const sarif = (args: readonly string[]) => {
    const result = check([...args, '--format', 'sarif']);
    assertNoStackTrace(result.stderr);
    return { status: result.status, log: JSON.parse(result.stdout) as SarifLog };
  };

  it('has what GitHub code scanning needs in the run and the tool', () => {
    const { status, log } = sarif(['error.airoadmap.yaml']);
    assert.equal(status, 1);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif.*2\.1\.0.*\.json$/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0]!.tool.driver;
    assert.equal(driver.name, 'airoadmap');
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(driver.version, pkg.version);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r['id']),
      ALL_CODES,
      'every code is a rule',
    );
    for (const rule of driver.rules) {
      const id = rule['id'] as (typeof ALL_CODES)[number];
      const help = rule['help'] as { text: string };
      assert.ok(help.text.length > 20, `help for ${id}`);
      assert.ok((rule['shortDescription'] as { text: string }).text.length > 0);
      assert.ok((rule['fullDescription'] as { text: string }).text.length > 0);
      assert.equal(rule['helpUri'], ruleDocUrl(id));
      assert.match(String(rule['name']), /^[A-Z][A-Za-z]+$/);
      const level = (rule['defaultConfiguration'] as { level: string }).level;
      const expected = { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[DEFAULT_SEVERITY[id]];
      assert.equal(level, expected, `default level of ${id}`);
    }
    const baseline = driver.rules.find((r) => r['id'] === 'kpi-no-baseline')!;
    assert.match((baseline['help'] as { text: string }).text, /baseline|starting point/i, 'checklist help is the article reason');
  });

  it('reports each diagnostic with ruleId, ruleIndex, level, message and a 1-based region', () => {
    const { log } = sarif(['error.airoadmap.yaml', 'warn.airoadmap.yaml']);
    const run = log.runs[0]!;
    assert.equal(run.results.length, 4);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]!['id'], result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const region = result.locations[0]!.physicalLocation.region;
      assert.ok(region['startLine']! >= 1 && region['startColumn']! >= 1);
    }
    const [reference] = run.results;
    assert.equal(reference!.ruleId, 'unknown-reference');
    assert.equal(reference!.level, 'error');
    assert.equal(reference!.locations[0]!.physicalLocation.artifactLocation.uri, 'error.airoadmap.yaml');
    assert.deepEqual(reference!.locations[0]!.physicalLocation.region, { startLine: 5, startColumn: 13, endLine: 5, endColumn: 19 });
    assert.deepEqual(
      run.results.filter((r) => r.ruleId === 'kpi-unused').map((r) => r.level),
      ['note'],
      'info becomes note',
    );
  });

  it('uses paths relative to the working directory with forward slashes', () => {
    const { log } = sarif(['tree']);
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.includes('tree/a/b/two.airoadmap.yml'), uris.join(', '));
    for (const uri of uris) assert.ok(!uri.includes('\\') && !uri.startsWith('/'));
  });
});

describe('check: finding files', () => {
  const files = (args: readonly string[]) => [...new Set(json(args).diagnostics.map((d) => d.file))];

  it('searches directories recursively, skipping node_modules and dot-directories', () => {
    assert.deepEqual(files(['tree']), ['tree/a/b/two.airoadmap.yml', 'tree/a/one.airoadmap.yaml']);
    assert.deepEqual(files(['tree/']), ['tree/a/b/two.airoadmap.yml', 'tree/a/one.airoadmap.yaml']);
    const summary = check(['tree']).stderr;
    assert.match(summary, /in 3 files/, 'z.airoadmap.yaml is checked too (and clean)');
  });

  it('checks the current directory without paths', () => {
    const result = runCli(['check', '--format', 'json'], { cwd: join(dir, 'tree', 'a') });
    const found = [...new Set((JSON.parse(result.stdout) as JsonDiagnostic[]).map((d) => d.file))];
    assert.deepEqual(found, ['b/two.airoadmap.yml', 'one.airoadmap.yaml']);
  });

  it('expands quoted globs with *, ** and ?', () => {
    assert.deepEqual(files(['tree/**/*.airoadmap.yml']), ['tree/a/b/two.airoadmap.yml']);
    assert.deepEqual(files(['tree/*/one.airoadmap.yaml']), ['tree/a/one.airoadmap.yaml']);
    assert.deepEqual(files(['tree/?/?/*.yml']), ['tree/a/b/two.airoadmap.yml']);
    assert.deepEqual(files(['*.airoadmap.yaml']), ['error.airoadmap.yaml', 'warn.airoadmap.yaml'], '* does not descend');
    assert.deepEqual(files(['**/one.*']), ['tree/a/one.airoadmap.yaml']);
  });

  it('expands braces, classes and extglobs, and finds dotfiles and node_modules only where the pattern names them', () => {
    const globs = tempTree({
      'north/plan.airoadmap.yaml': ERROR_ROADMAP,
      'south/plan.airoadmap.yaml': ERROR_ROADMAP,
      'west/plan.airoadmap.yaml': ERROR_ROADMAP,
      'n1.airoadmap.yaml': ERROR_ROADMAP,
      'p2.airoadmap.yaml': ERROR_ROADMAP,
      'q3.airoadmap.yaml': ERROR_ROADMAP,
      '.draft.airoadmap.yaml': ERROR_ROADMAP,
      '.github/ci.airoadmap.yaml': ERROR_ROADMAP,
      'node_modules/dep/x.airoadmap.yaml': ERROR_ROADMAP,
    });
    try {
      const found = (args: readonly string[]) => [...new Set((JSON.parse(runCli(['check', '--format', 'json', ...args], { cwd: globs }).stdout) as JsonDiagnostic[]).map((d) => d.file))];
      assert.deepEqual(found(['{north,south}/*.airoadmap.yaml']), ['north/plan.airoadmap.yaml', 'south/plan.airoadmap.yaml']);
      assert.deepEqual(found(['[np]*.airoadmap.yaml']), ['n1.airoadmap.yaml', 'p2.airoadmap.yaml']);
      assert.deepEqual(found(['!(n1|p2).airoadmap.yaml']), ['q3.airoadmap.yaml'], 'an extglob; the dotfile stays out');
      assert.deepEqual(found(['**/*.airoadmap.yaml']).length, 6, 'no dotfile, no dot-directory, no node_modules');
      assert.deepEqual(found(['.*.airoadmap.yaml']), ['.draft.airoadmap.yaml'], 'a named dot is found');
      assert.deepEqual(found(['.github/*.airoadmap.yaml']), ['.github/ci.airoadmap.yaml']);
      assert.deepEqual(found(['{.github,north}/*.airoadmap.yaml']), ['.github/ci.airoadmap.yaml', 'north/plan.airoadmap.yaml']);
      assert.deepEqual(found(['node_modules/**/*.airoadmap.yaml']), ['node_modules/dep/x.airoadmap.yaml']);
    } finally {
      removeTree(globs);
    }
  });

  it('leaves out what .gitignore ignores when walking folders, up to the repository top, but checks a named file', () => {
    const repo = tempTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'out/\n*.tmp.airoadmap.yaml\n',
      'plans/.gitignore': '!keep.tmp.airoadmap.yaml\nold.airoadmap.yaml\n',
      'plans/a.airoadmap.yaml': ERROR_ROADMAP,
      'plans/old.airoadmap.yaml': ERROR_ROADMAP,
      'plans/scratch.tmp.airoadmap.yaml': ERROR_ROADMAP,
      'plans/keep.tmp.airoadmap.yaml': ERROR_ROADMAP,
      'plans/out/generated.airoadmap.yaml': ERROR_ROADMAP,
      'out/b.airoadmap.yaml': ERROR_ROADMAP,
      'only-ignored/x.tmp.airoadmap.yaml': ERROR_ROADMAP,
    });
    try {
      const inPlans = (args: readonly string[]) => [...new Set((JSON.parse(runCli(['check', '--format', 'json', ...args], { cwd: join(repo, 'plans') }).stdout) as JsonDiagnostic[]).map((d) => d.file))];
      assert.deepEqual(inPlans([]), ['a.airoadmap.yaml', 'keep.tmp.airoadmap.yaml'], 'the top .gitignore applies from a subfolder; the deeper one re-includes keep');
      assert.deepEqual(inPlans(['**/*.airoadmap.yaml']), ['a.airoadmap.yaml', 'keep.tmp.airoadmap.yaml'], 'globs too');
      assert.deepEqual(inPlans(['old.airoadmap.yaml', 'out/generated.airoadmap.yaml']), ['old.airoadmap.yaml', 'out/generated.airoadmap.yaml'], 'named files are checked');
      const fromTop = runCli(['check', '--format', 'json', '.'], { cwd: repo });
      assert.deepEqual([...new Set((JSON.parse(fromTop.stdout) as JsonDiagnostic[]).map((d) => d.file))], ['plans/a.airoadmap.yaml', 'plans/keep.tmp.airoadmap.yaml']);
      assertUsageError(runCli(['check', 'only-ignored'], { cwd: repo }), /no roadmap files .* in 'only-ignored' \(one is ignored by \.gitignore; name a file to check it anyway\)/);
      assertUsageError(runCli(['check', 'out/*.airoadmap.yaml'], { cwd: repo }), /no files match 'out\/\*\.airoadmap\.yaml' \(one that does is ignored by \.gitignore\)/);
      // Outside a repository only the walked folders' own files count.
      rmSync(join(repo, '.git'), { recursive: true });
      assert.deepEqual(inPlans([]), ['a.airoadmap.yaml', 'keep.tmp.airoadmap.yaml', 'out/generated.airoadmap.yaml', 'scratch.tmp.airoadmap.yaml']);
    } finally {
      removeTree(repo);
    }
  });

  it('checks a file given twice once', () => {
    assert.equal(json(['error.airoadmap.yaml', './error.airoadmap.yaml', 'error.airoadmap.yaml']).diagnostics.length, 1);
  });

  it('checks an explicitly named file whatever its name', () => {
    writeFileSync(join(dir, 'plain.yaml'), ERROR_ROADMAP);
    assert.equal(check(['plain.yaml']).status, 1);
  });
});

describe('check: paths it cannot use (exit 2, one line, no stack trace)', () => {
  it('a missing path', () => {
    assertUsageError(check(['missing.airoadmap.yaml']), /'missing.airoadmap.yaml' does not exist/);
  });

  it('a glob that matches nothing', () => {
    assertUsageError(check(['nowhere/**/*.airoadmap.yaml']), /no files match/);
    assertUsageError(check(['tree/**/*.json']), /no files match/);
  });

  it('a directory without roadmap files, also when named like one', () => {
    assertUsageError(check(['empty']), /no roadmap files/);
    mkdirSync(join(dir, 'folder.airoadmap.yaml', 'inner.airoadmap.yaml'), { recursive: true });
    assertUsageError(check(['folder.airoadmap.yaml']), /no roadmap files .* in 'folder.airoadmap.yaml'/);
  });

  it('a path through a file, and a dangling link', () => {
    assertUsageError(check(['clean.airoadmap.yaml/x.airoadmap.yaml']), /cannot read/);
    symlinkSync(join(dir, 'gone.airoadmap.yaml'), join(dir, 'dangling.airoadmap.yaml'));
    assertUsageError(check(['dangling.airoadmap.yaml']), /does not exist/);
  });

  it('one bad path among good ones stops the run before any output', () => {
    assertUsageError(check(['error.airoadmap.yaml', 'missing.airoadmap.yaml']));
  });

  it('a file without read permission', (t) => {
    const locked = join(dir, 'locked', 'locked.airoadmap.yaml');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(locked, ERROR_ROADMAP);
    chmodSync(locked, 0o000);
    // root reads anything: then run the command as "nobody", when that is possible here
    const asRoot = process.getuid?.() === 0;
    const prefix = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined;
    if (asRoot) {
      chmodSync(dir, 0o755);
      chmodSync(join(dir, 'locked'), 0o755);
      const probe = runCli(['--version'], { cwd: '/', prefix });
      if (probe.status !== 0) return t.skip('cannot run the command as an unprivileged user here');
    }
    const result = runCli(['check', locked], { cwd: '/', prefix });
    assertUsageError(result, /cannot read .*permission denied/);
  });
});

describe('check: language', () => {
  it('--locale nb gives Norwegian messages and summary', () => {
    const result = check(['warn.airoadmap.yaml', '--locale', 'nb']);
    assert.match(result.stdout, /KPI-en 'speed' mangler utgangsverdi/);
    assert.doesNotMatch(result.stdout, /has no baseline/);
    assert.equal(result.stderr, '2 advarsler, 1 info i 1 fil.\n');
  });

  it('follows LANG / LC_ALL, and --locale wins', () => {
    assert.match(check(['warn.airoadmap.yaml'], { LANG: 'nb_NO.UTF-8' }).stdout, /mangler utgangsverdi/);
    assert.match(check(['warn.airoadmap.yaml'], { LANG: 'no_NO' }).stdout, /mangler utgangsverdi/);
    assert.match(check(['warn.airoadmap.yaml'], { LANG: 'nb_NO.UTF-8', LC_ALL: 'en_GB.UTF-8' }).stdout, /has no baseline/);
    assert.match(check(['warn.airoadmap.yaml', '--locale', 'en'], { LC_ALL: 'nb_NO.UTF-8' }).stdout, /has no baseline/);
    assert.match(check(['warn.airoadmap.yaml'], { LANG: 'C.UTF-8' }).stdout, /has no baseline/);
  });

  it('localises usage errors too', () => {
    assertUsageError(check(['--format', 'xml', '--locale', 'nb']), /er ikke en gyldig verdi/);
    assertUsageError(check(['mangler.airoadmap.yaml'], { LANG: 'nb_NO.UTF-8' }), /finnes ikke/);
  });

  it('SARIF rule texts follow the locale', () => {
    const log = JSON.parse(check(['warn.airoadmap.yaml', '--format', 'sarif', '--locale', 'nb']).stdout) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[];
    };
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'kpi-no-baseline')!;
    assert.equal(rule.shortDescription.text, 'KPI uten utgangsverdi');
  });
});

describe('check: suppression comments', () => {
  it('disable-next-line and disable silence codes', () => {
    writeFileSync(join(dir, 'suppressed.airoadmap.yaml'), WARN_ROADMAP.replace('  speed:\n', '  # airoadmap-disable-next-line kpi-no-baseline kpi-no-target\n  speed:\n'));
    assert.deepEqual(
      json(['suppressed.airoadmap.yaml']).diagnostics.map((d) => d.code),
      ['kpi-unused'],
    );
    writeFileSync(join(dir, 'silenced.airoadmap.yaml'), `# airoadmap-disable\n${ERROR_ROADMAP}`);
    assert.equal(json(['silenced.airoadmap.yaml']).status, 0);
  });
});

describe('check: robustness', () => {
  it('never writes to its inputs', () => {
    const path = join(dir, 'error.airoadmap.yaml');
    const before = { text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs };
    check(['error.airoadmap.yaml', '--format', 'sarif']);
    check(['error.airoadmap.yaml']);
    assert.deepEqual({ text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs }, before);
  });

  it('survives garbage input', () => {
    writeFileSync(join(dir, 'garbage.airoadmap.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x5b, 0x3a, 0x0a, 0x09, 0x2d]));
    const result = check(['garbage.airoadmap.yaml']);
    assert.equal(result.status, 1);
    assertNoStackTrace(result.stderr);
  });

  it('does not crash when the reader closes the pipe early', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 150; i++) many[`r${String(i).padStart(3, '0')}.airoadmap.yaml`] = ERROR_ROADMAP;
    const big = tempTree(many);
    try {
      for (const format of ['text', 'json', 'sarif']) {
        const child = spawn(process.execPath, [BIN, 'check', big, '--format', format], { env: cleanEnv() });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.stdout.once('data', () => child.stdout.destroy());
        const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
        assert.equal(status, 1, `${format}: the exit status still reports the errors; stderr: ${stderr}`);
        assertNoStackTrace(stderr);
      }
    } finally {
      removeTree(big);
    }
  });

  it('works in a shell pipeline into head', (t) => {
    if (spawnSync('sh', ['-c', 'true']).status !== 0) return t.skip('no sh');
    const many: Record<string, string> = {};
    for (let i = 0; i < 150; i++) many[`r${i}.airoadmap.yaml`] = WARN_ROADMAP;
    const big = tempTree(many);
    try {
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check . | head -1`], { cwd: big, env: cleanEnv(), encoding: 'utf8' });
      assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
      assert.match(result.stdout, /^r\d+\.airoadmap\.yaml:5:3: warning /);
      assertNoStackTrace(result.stderr);
    } finally {
      removeTree(big);
    }
  });
});
