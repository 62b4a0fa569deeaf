// `npm run package`: packs the .vsix with @vscode/vsce, which first runs the
// manifest's `vscode:prepublish` (the production bundles), as a plain
// `vsce package` or `vsce publish` does. Everything the extension runs is
// bundled by esbuild, so vsce runs with no dependencies, and the Marketplace
// gets README.marketplace.md (both set in package.json's `vsce` key);
// .vscodeignore keeps only run-time files.
//
//   node scripts/package.mjs [--out file.vsix]
//
// Prints the path of the .vsix on the last line of stdout. Depends on nothing
// but Node and the dev dependencies (esbuild, @vscode/vsce).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function run(label, command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (result.status !== 0) {
    console.error(`package: ${label} failed (${result.error?.message ?? `exit status ${result.status}`})`);
    process.exit(1);
  }
}

const out = resolve(root, option('--out') ?? `${manifest.name}-${manifest.version}.vsix`);

run('vsce package', process.execPath, [
  join(root, 'node_modules', '@vscode', 'vsce', 'vsce'),
  'package',
  '--no-dependencies',
  '--out',
  out,
]);

const size = statSync(out).size;
console.error(`package: ${(size / 1024).toFixed(1)} KiB`);
console.log(out);
