/**
 * Try the extension in a real VS Code without installing VS Code:
 *
 *   bash test/e2e/install.sh && npx tsx test/e2e/serve.ts [folder] [--port N]
 *
 * Packs the .vsix, installs it into a fresh code-server profile, opens a copy
 * of `folder` (default: examples/) and prints the URL to open in a browser.
 * Ctrl+C stops code-server and everything it started (one process group).
 * Uses the same harness as the end-to-end tests.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CODE_SERVER, ROOT, createProfile, installExtension, packageExtension, pruneOldRuns, resultPath, startCodeServer, stopProcessGroup } from './harness';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
  const folder = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? join(ROOT, 'examples'));
  if (!existsSync(CODE_SERVER)) {
    console.error('code-server is not installed: run `bash test/e2e/install.sh` first.');
    process.exit(2);
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(`not a folder: ${folder}`);
    process.exit(2);
  }
  pruneOldRuns();
  console.log('packing the extension…');
  const vsix = packageExtension();
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((name) => statSync(join(folder, name)).isFile())
      .map((name) => [name, join(folder, name)]),
  );
  const profile = createProfile(files);
  installExtension(profile, vsix);
  const server = await startCodeServer(profile, resultPath('serve-code-server.log'), port);
  const url = `${server.url}/?folder=${encodeURIComponent(profile.workspace)}`;
  console.log(`\nAI Roadmap in code-server (VS Code 1.100.3), with a copy of ${folder}:\n\n  ${url}\n`);
  console.log(`Edits go to the copy in ${profile.workspace}. Log: ${server.logFile}. Ctrl+C to stop.`);
  const stop = () => {
    stopProcessGroup(server.process);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code) => {
    console.error(`code-server exited (${code ?? 'signal'})`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
