/**
 * `npm run test:vscode`: the scenarios of the end-to-end tests through the
 * VS Code API, in a VS Code that @vscode/test-electron DOWNLOADS on first
 * run (into .vscode-test/); it needs internet and a display (use xvfb-run on
 * Linux CI). Offline machines use `npm run test:e2e` (code-server) instead.
 * Bundles the suite with esbuild (vscode stays external), copies the
 * examples into a fresh workspace, and runs VS Code with only this extension.
 * Set VSCODE_VERSION to pin a version (default: the oldest we support, 1.91.0).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';

const root = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const outDir = join(root, 'out', 'vscode-tests');
  await esbuild.build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const base = mkdtempSync(join(tmpdir(), 'airoadmap-vscode-'));
  const workspace = join(base, 'roadmaps');
  mkdirSync(workspace, { recursive: true });
  for (const name of readdirSync(join(root, 'examples')).filter((n) => n.endsWith('.airoadmap.yaml'))) {
    cpSync(join(root, 'examples', name), join(workspace, name));
  }
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.91.0',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outDir, 'index.js'),
    extensionTestsEnv: { AIROADMAP_EXAMPLES: join(root, 'examples') },
    launchArgs: [
      workspace,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${join(base, 'user-data')}`,
    ],
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
