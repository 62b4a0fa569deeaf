// `npm run pack:cli -- --pack-destination DIR`: packs the command line alone
// as an npm package (airoadmap-<version>.tgz) that installs the `airoadmap`
// command anywhere: `npm install DIR/airoadmap-<version>.tgz`, then
// `npx airoadmap check …`. The package holds only what the command runs:
// the launcher, the minified CLI bundle and the preview bundle `render`
// embeds, plus its own package.json (no dependencies: everything is bundled),
// README (packages/cli/README.md) and licence. The extension's .vsix is
// packed by scripts/package.mjs and is not touched; neither is dist/.
//
//   node scripts/pack-cli.mjs [--pack-destination DIR]
//
// Prints the tarball's path on the last line of stdout.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { bundleOptions } from './bundles.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const at = args.indexOf('--pack-destination');
const unknown = args.filter((a, i) => !(i === at || i === at + 1));
if (unknown.length > 0 || (at >= 0 && args[at + 1] === undefined)) {
  console.error(`pack:cli: usage: npm run pack:cli -- [--pack-destination DIR] (got: ${args.join(' ')})`);
  process.exit(2);
}
const destination = resolve(at >= 0 ? args[at + 1] : root);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const stage = mkdtempSync(join(tmpdir(), 'airoadmap-cli-package-'));
try {
  const bundles = bundleOptions({ production: true, outBase: stage });
  await Promise.all([bundles.cli, bundles.webview].map((b) => esbuild.build({ ...b, absWorkingDir: root, logLevel: 'error' })));
  mkdirSync(join(stage, 'bin'));
  copyFileSync(join(root, 'bin', 'airoadmap.js'), join(stage, 'bin', 'airoadmap.js'));
  copyFileSync(join(root, 'packages', 'cli', 'README.md'), join(stage, 'README.md'));
  copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  const cliManifest = {
    name: manifest.name,
    version: manifest.version,
    description: 'Checks, renders and reports AI-adoption roadmaps kept as code (*.airoadmap.yaml): the airoadmap command line, for CI and the terminal.',
    license: manifest.license,
    keywords: ['ai', 'roadmap', 'yaml', 'lint', 'ci', 'sarif'],
    bin: { airoadmap: 'bin/airoadmap.js' },
    files: ['bin/airoadmap.js', 'dist/cli.js', 'dist/webview/preview.js', 'dist/webview/preview.css'],
    engines: { node: manifest.engines.node },
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);
  mkdirSync(destination, { recursive: true });
  const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: stage, encoding: 'utf8', shell: process.platform === 'win32' });
  if (packed.status !== 0) {
    console.error(`pack:cli: npm pack failed (${packed.error?.message ?? `exit status ${packed.status}`})\n${packed.stderr}`);
    process.exit(1);
  }
  const [{ filename, files }] = JSON.parse(packed.stdout);
  console.log(`pack:cli: ${files.length} files: ${files.map((f) => f.path).join(', ')}`);
  console.log(join(destination, filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
