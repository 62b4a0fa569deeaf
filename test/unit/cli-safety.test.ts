/**
 * Command-line safety of the built `airoadmap` (node bin/airoadmap.js), beyond
 * what cli.test.ts covers: `check` never writes to its inputs (read-only files
 * and directories included), unreadable files and directories met while
 * searching, broken links and link loops, 10,000 files in a tree, paths that
 * are not roadmaps (PNG, JSON, a FIFO, a device), and closed pipes for every
 * command that writes — each a clear line and the right exit status, never a
 * stack trace. Runs the commands as "nobody" (setpriv) where permissions
 * matter and the tests run as root; skips with a reason when that cannot be done.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { BIN, ERROR_ROADMAP, ROOT, WARN_ROADMAP, assertNoStackTrace, assertUsageError, buildCli, cleanEnv, removeTree, runCli, tempTree, type CliResult } from './cli-harness';

const AS_ROOT = process.getuid?.() === 0;
const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];

let dir = '';
const check = (args: readonly string[], cwd = dir): CliResult => runCli(['check', ...args], { cwd });

/** Runs as an unprivileged user when the tests run as root (so permissions bite); undefined when that is impossible. */
function unprivileged(t: TestContext): readonly string[] | undefined | false {
  if (!AS_ROOT) return undefined;
  const probe = runCli(['--version'], { cwd: '/', prefix: NOBODY });
  if (probe.status !== 0) {
    t.skip('running as root and cannot switch to an unprivileged user (setpriv) here');
    return false;
  }
  return NOBODY;
}

/** Everything observable about a tree: each entry's type, mode, size, mtime and content hash. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (path: string, rel: string) => {
    const s = lstatSync(path);
    const hash = s.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : '';
    out[rel || '.'] = `${s.mode.toString(8)} ${s.size} ${s.mtimeMs} ${s.ctimeMs} ${hash}`;
    if (s.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name), rel ? `${rel}/${name}` : name);
  };
  visit(root, '');
  return out;
}

/** Like runCli, with room for large outputs (spawnSync's default buffer is 1 MiB). */
function checkLarge(args: readonly string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, 'check', ...args], { cwd: dir, env: cleanEnv(), encoding: 'utf8', timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const nonEmptyLines = (text: string): string[] => text.split('\n').filter((l) => l.length > 0);

before(() => {
  buildCli();
  dir = tempTree({
    'ok/error.airoadmap.yaml': ERROR_ROADMAP,
    'ok/warn.airoadmap.yaml': WARN_ROADMAP,
  });
  // Everyone may enter the temp tree (the unprivileged runs need to).
  chmodSync(dir, 0o755);
});

after(() => {
  if (dir) {
    spawnSync('chmod', ['-R', 'u+rwX', dir]);
    removeTree(dir);
  }
});

describe('check never writes to its inputs', () => {
  it('leaves content, mode, mtime and ctime of files and directories as they were, read-only ones included', (t) => {
    const tree = join(dir, 'readonly');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'error.airoadmap.yaml'), ERROR_ROADMAP);
    writeFileSync(join(tree, 'sub', 'warn.airoadmap.yml'), WARN_ROADMAP);
    writeFileSync(join(tree, 'sub', 'ro.airoadmap.yaml'), ERROR_ROADMAP);
    chmodSync(join(tree, 'sub', 'ro.airoadmap.yaml'), 0o444);
    chmodSync(join(tree, 'sub'), 0o555);
    chmodSync(tree, 0o555);
    const before = snapshot(tree);
    const runs: CliResult[] = [];
    for (const format of ['text', 'json', 'sarif']) runs.push(check(['readonly', '--format', format]));
    runs.push(check(['readonly/sub/ro.airoadmap.yaml', '--rule', 'unknown-reference=warning', '--max-warnings', '0']));
    const prefix = unprivileged(t);
    if (prefix) runs.push(runCli(['check', tree], { cwd: '/', prefix }));
    for (const r of runs) {
      assert.equal(r.status, 1, r.stderr);
      assertNoStackTrace(r.stderr);
    }
    assert.match(runs[0]!.stderr, /in 3 files/);
    assert.deepEqual(snapshot(tree), before);
  });
});

describe('check: what a directory search meets', () => {
  it('an unreadable file inside a searched directory: one line naming it, exit 2', (t) => {
    const prefix = unprivileged(t);
    if (prefix === false) return;
    const tree = join(dir, 'unreadable-file');
    mkdirSync(tree);
    writeFileSync(join(tree, 'a.airoadmap.yaml'), WARN_ROADMAP);
    writeFileSync(join(tree, 'b.airoadmap.yaml'), ERROR_ROADMAP);
    chmodSync(join(tree, 'b.airoadmap.yaml'), 0o000);
    assertUsageError(runCli(['check', 'unreadable-file'], { cwd: dir, prefix }), /^airoadmap: cannot read 'unreadable-file\/b\.airoadmap\.yaml': permission denied\.$/);
  });

  it('a directory without permission, given or met while searching: one line naming it, exit 2', (t) => {
    const prefix = unprivileged(t);
    if (prefix === false) return;
    const tree = join(dir, 'locked-dirs');
    mkdirSync(join(tree, 'open'), { recursive: true });
    mkdirSync(join(tree, 'closed'));
    writeFileSync(join(tree, 'open', 'a.airoadmap.yaml'), WARN_ROADMAP);
    writeFileSync(join(tree, 'closed', 'b.airoadmap.yaml'), WARN_ROADMAP);
    chmodSync(join(tree, 'closed'), 0o000);
    assertUsageError(runCli(['check', 'locked-dirs/closed'], { cwd: dir, prefix }), /^airoadmap: cannot read 'locked-dirs\/closed': permission denied\.$/);
    assertUsageError(runCli(['check', 'locked-dirs'], { cwd: dir, prefix }), /^airoadmap: cannot read 'locked-dirs\/closed': permission denied\.$/);
    // What can be read alone still checks.
    assert.equal(runCli(['check', 'locked-dirs/open'], { cwd: dir, prefix }).status, 0);
  });

  it('a broken link named like a roadmap: one "skipped" line, the rest is checked', () => {
    const tree = join(dir, 'broken-link');
    mkdirSync(tree);
    writeFileSync(join(tree, 'a.airoadmap.yaml'), ERROR_ROADMAP);
    symlinkSync(join(tree, 'gone.airoadmap.yaml'), join(tree, 'b.airoadmap.yaml'));
    symlinkSync(join(tree, 'gone.txt'), join(tree, 'notes.txt'));
    const result = check(['broken-link', '--format', 'json']);
    assert.equal(result.status, 1);
    assert.deepEqual([...new Set((JSON.parse(result.stdout) as { file: string }[]).map((d) => d.file))], ['broken-link/a.airoadmap.yaml']);
    assert.deepEqual(nonEmptyLines(result.stderr), ["airoadmap: skipped 'broken-link/b.airoadmap.yaml': a broken symbolic link."], 'only the link named like a roadmap is mentioned');
    assertNoStackTrace(result.stderr);
    // In Norwegian too.
    assert.match(check(['broken-link', '--locale', 'nb']).stderr, /^airoadmap: hoppet over 'broken-link\/b\.airoadmap\.yaml': en brutt symbolsk lenke\.$/m);
  });

  it('a link loop: skipped with a line while searching, exit 2 when given; a directory loop is entered once', () => {
    const tree = join(dir, 'loops');
    mkdirSync(join(tree, 'inner'), { recursive: true });
    writeFileSync(join(tree, 'inner', 'real.airoadmap.yaml'), WARN_ROADMAP);
    symlinkSync('b.airoadmap.yaml', join(tree, 'a.airoadmap.yaml'));
    symlinkSync('a.airoadmap.yaml', join(tree, 'b.airoadmap.yaml'));
    symlinkSync('..', join(tree, 'inner', 'up'));
    symlinkSync('.', join(tree, 'inner', 'self'));
    const result = check(['loops', '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([...new Set((JSON.parse(result.stdout) as { file: string }[]).map((d) => d.file))], ['loops/inner/real.airoadmap.yaml'], 'each file once');
    assert.deepEqual(nonEmptyLines(result.stderr), [
      "airoadmap: skipped 'loops/a.airoadmap.yaml': too many symbolic links.",
      "airoadmap: skipped 'loops/b.airoadmap.yaml': too many symbolic links.",
    ]);
    assertUsageError(check(['loops/a.airoadmap.yaml']), /^airoadmap: cannot read 'loops\/a\.airoadmap\.yaml': too many symbolic links\.$/);
  });

  it('10,000 files in a tree: completes and reports every one', () => {
    const tree = join(dir, 'many');
    const FILES = 10_000;
    for (let d = 0; d < 100; d++) {
      const sub = join(tree, `d${String(d).padStart(2, '0')}`);
      mkdirSync(sub, { recursive: true });
      for (let f = 0; f < FILES / 100; f++) writeFileSync(join(sub, `r${String(f).padStart(2, '0')}.airoadmap.yaml`), ERROR_ROADMAP.replace('Acme', `Acme ${d}-${f}`));
    }
    const result = checkLarge(['many', '--format', 'json']);
    assertNoStackTrace(result.stderr);
    assert.equal(result.status, 1, result.stderr);
    const diagnostics = JSON.parse(result.stdout) as { file: string; code: string }[];
    assert.equal(diagnostics.length, FILES);
    assert.equal(new Set(diagnostics.map((d) => d.file)).size, FILES, 'every file reported');
    assert.ok(diagnostics.every((d) => d.code === 'unknown-reference'));
    const text = checkLarge(['many']);
    assert.equal(FILES, 10_000);
    assert.equal(text.stderr, '10,000 errors in 10,000 files.\n', 'the summary groups digits as the locale does (en)');
    assert.equal(nonEmptyLines(text.stdout).length, FILES);
  });
});

describe('check: a path that is not a roadmap', () => {
  it('a PNG given by name: one diagnostic line, exit 1, no binary echoed', () => {
    copyFileSync(join(ROOT, 'images', 'icon.png'), join(dir, 'icon.png'));
    const result = check(['icon.png']);
    assert.equal(result.status, 1);
    const lines = nonEmptyLines(result.stdout);
    assert.equal(lines.length, 1, result.stdout);
    assert.match(lines[0]!, /^icon\.png:1:1: error .*\[wrong-type\]$/);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(result.stdout, /[\u0000-\u0008\u000e-\u001f\ufffd]/, 'printable output only');
    assert.equal(result.stderr, '1 error in 1 file.\n');
  });

  it('a JSON file given by name: checked as what it is (YAML), saying what is missing, exit 1', () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
    const result = check(['package.json', '--format', 'json']);
    assert.equal(result.status, 1);
    const codes = (JSON.parse(result.stdout) as { code: string }[]).map((d) => d.code).sort();
    assert.ok(codes.includes('unsupported-version') && codes.includes('missing-required'), codes.join(', '));
  });

  it('files that are not roadmaps are not picked up by a directory search', () => {
    const tree = join(dir, 'mixed');
    mkdirSync(tree);
    copyFileSync(join(ROOT, 'images', 'icon.png'), join(tree, 'icon.png'));
    writeFileSync(join(tree, 'data.json'), '{}');
    writeFileSync(join(tree, 'config.yaml'), 'a: 1\n');
    assertUsageError(check(['mixed']), /^airoadmap: no roadmap files .* found in 'mixed'\.$/);
  });

  it('a FIFO or a device given by name: one line, exit 2, and it never blocks reading', (t) => {
    if (spawnSync('mkfifo', [join(dir, 'pipe.airoadmap.yaml')]).status !== 0) return t.skip('no mkfifo');
    assertUsageError(check(['pipe.airoadmap.yaml']), /^airoadmap: 'pipe\.airoadmap\.yaml' is neither a file nor a directory\.$/);
    assertUsageError(check(['/dev/null']), /^airoadmap: '\/dev\/null' is neither a file nor a directory\.$/);
  });
});

describe('output to a closed pipe', () => {
  /** Runs the command with stdout (or stderr) closed by the reader at the first byte, or at once. */
  async function closedReader(args: readonly string[], stream: 'stdout' | 'stderr'): Promise<{ status: number | null; signal: string | null; other: string }> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: cleanEnv() });
    let other = '';
    const keep = stream === 'stdout' ? child.stderr : child.stdout;
    keep.setEncoding('utf8').on('data', (chunk: string) => (other += chunk));
    child[stream].destroy();
    const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
    return { status, signal, other };
  }

  it('render, schema and help end quietly when nobody reads stdout', async () => {
    for (const [args, status] of [
      [['render', 'ok/error.airoadmap.yaml'], 0],
      [['render', 'ok/error.airoadmap.yaml', '--format', 'svg', '--view', 'risks'], 0],
      [['schema'], 0],
      [['--help'], 0],
      [['check', 'ok', '--format', 'sarif'], 1],
    ] as const) {
      const r = await closedReader(args, 'stdout');
      assert.equal(r.signal, null, `${args.join(' ')}: not killed by a signal`);
      assert.equal(r.status, status, `${args.join(' ')}: the exit status is kept`);
      assertNoStackTrace(r.other);
    }
  });

  it('a closed stderr does not change the exit status', async () => {
    assert.equal((await closedReader(['check', 'missing.airoadmap.yaml'], 'stderr')).status, 2);
    assert.equal((await closedReader(['check', 'ok'], 'stderr')).status, 1);
    assert.equal((await closedReader(['check', 'ok/warn.airoadmap.yaml'], 'stderr')).status, 0);
  });
});
