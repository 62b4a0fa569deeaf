/**
 * The installable command line (issue 15): `npm run pack:cli` writes one
 * tarball; installed with npm into a fresh folder outside the repository
 * (offline: the package has no dependencies), its `airoadmap` command
 * checks, renders and reports there, without the repository's sources or
 * node_modules. The tarball holds only the bundle and its package files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_TODAY } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; engines: { node: string } };

/** npm as a child of `npm test` would inherit the parent's npm_* settings (its prefix, its script); start it clean. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^npm_/i.test(name)) env[name] = value;
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return { ...env, AIROADMAP_TODAY: FIXTURE_TODAY, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: npmEnv(), encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} failed (${String(result.status)}${result.error ? `, ${result.error.message}` : ''}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

test('npm run pack:cli writes one tarball that installs the airoadmap command in any folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'airoadmap-pack-test-'));
  try {
    const destination = join(scratch, 'packed');
    const packed = ok(run('npm', ['run', '--silent', 'pack:cli', '--', '--pack-destination', destination], ROOT), 'npm run pack:cli');
    const tarball = packed.trim().split('\n').at(-1)!;
    assert.deepEqual(readdirSync(destination), [`${MANIFEST.name}-${MANIFEST.version}.tgz`], 'one tarball, named after the package');
    assert.equal(tarball, join(destination, `${MANIFEST.name}-${MANIFEST.version}.tgz`), 'the last line names it');

    // Only the bundle and the package's own files: no sources, no maps, no node_modules.
    const listed = ok(run('tar', ['-tzf', tarball], scratch), 'tar -t').trim().split('\n').sort();
    assert.deepEqual(listed, ['package/LICENSE', 'package/README.md', 'package/bin/airoadmap.js', 'package/dist/cli.js', 'package/dist/webview/preview.css', 'package/dist/webview/preview.js', 'package/package.json']);

    // A fresh project outside the repository.
    const project = join(scratch, 'project');
    ok(run('mkdir', ['-p', project], scratch), 'mkdir');
    writeFileSync(join(project, 'package.json'), '{ "name": "somebody-elses-project", "private": true }\n');
    ok(run('npm', ['install', '--offline', '--save-dev', tarball], project), 'npm install of the tarball');
    const installed = join(project, 'node_modules', MANIFEST.name);
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(pkg['version'], MANIFEST.version);
    assert.deepEqual(pkg['engines'], { node: MANIFEST.engines.node });
    assert.equal(pkg['license'], 'MIT');
    assert.equal(pkg['dependencies'], undefined, 'everything is bundled: no dependencies');
    assert.equal(pkg['devDependencies'], undefined);
    assert.equal(pkg['private'], undefined, 'publishable');
    assert.match(readFileSync(join(installed, 'README.md'), 'utf8'), /npx airoadmap check/, 'its own README, about the command line');
    assert.ok(!existsSync(join(installed, 'node_modules')), 'nothing installed beside it');
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')), [MANIFEST.name], 'no dependency was installed');

    for (const name of ['nordlys.airoadmap.yaml', 'problems.airoadmap.yaml']) copyFileSync(join(ROOT, 'examples', name), join(project, name));
    const npx = (...args: string[]) => run('npx', ['--offline', '--no-install', 'airoadmap', ...args], project);

    assert.equal(ok(npx('--version'), 'airoadmap --version').trim(), MANIFEST.version);
    const clean = npx('check', 'nordlys.airoadmap.yaml');
    assert.equal(clean.status, 0, clean.stderr);
    const problems = npx('check', '--format', 'json', 'problems.airoadmap.yaml');
    assert.equal(problems.status, 1, 'errors give exit status 1');
    const findings = JSON.parse(problems.stdout) as { file: string; code: string }[];
    assert.ok(findings.length > 10 && findings.every((f) => f.file === 'problems.airoadmap.yaml'), problems.stdout.slice(0, 400));

    // render embeds the preview bundle shipped beside the CLI.
    ok(npx('render', 'nordlys.airoadmap.yaml', '-o', 'roadmap.html'), 'airoadmap render');
    const html = readFileSync(join(project, 'roadmap.html'), 'utf8');
    assert.ok(html.includes('Content-Security-Policy'), 'the page has its CSP');
    assert.ok(html.includes('id="airoadmap-data"') && html.includes('Nordlys'), 'the page carries the roadmap\'s views');
    assert.ok(html.includes('airoadmapPreview'), 'and the preview script that draws them');

    // The quarterly report, in Markdown.
    const report = ok(npx('report', 'nordlys.airoadmap.yaml', '--today', '2027-02-15', '--locale', 'nb'), 'airoadmap report');
    assert.match(report, /^# Nordlys Logistikk AS: kvartalsrapport for KI\n/);
    assert.match(report, /^## Budsjett$/m);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('pack:cli refuses an option it does not know, in one line', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'pack-cli.mjs'), '--pack-destinaton', '/tmp/x'], { encoding: 'utf8' });
  assert.equal(result.status, 2);
  assert.match(result.stderr.trim(), /^pack:cli: usage: .*--pack-destinaton/);
  assert.equal(result.stderr.trim().split('\n').length, 1);
});
