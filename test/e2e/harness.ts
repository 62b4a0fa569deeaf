/**
 * The end-to-end harness: packs the extension as a .vsix, installs it into a
 * fresh code-server profile (VS Code 1.100.3 from test/e2e/.cache, see
 * install.sh and docs/testing.md), starts code-server on 127.0.0.1 in its
 * own process group, and opens the workbench in Debian's Chromium through
 * playwright-core. Every wait has a timeout; `stop()` kills the whole
 * process group even when a test failed.
 * Depends on Node, playwright-core and the installed code-server only; never
 * on the extension's sources (it tests the packed .vsix).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packCopy } from './pack';

// Test files run as CommonJS under tsx (the package has no "type": "module").
export const ROOT = resolve(__dirname, '..', '..');
export const CACHE = join(ROOT, 'test', 'e2e', '.cache');
export const CODE_SERVER = join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
export const RESULTS = join(ROOT, 'test-results', 'e2e');
export const CHROMIUM = process.env.AIROADMAP_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** How long the slow steps may take on a 2-core CI machine. */
export const TIMEOUTS = {
  install: 90_000,
  serverStart: 45_000,
  workbench: 60_000,
  step: 20_000,
} as const;

/** Run a command to completion, failing with its output when it fails. */
function runChecked(label: string, command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout: number }): string {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], killSignal: 'SIGKILL' });
  if (result.status !== 0) {
    throw new Error(`${label} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/**
 * The .vsix under test: `AIROADMAP_E2E_VSIX` when set (to test a given
 * package), else a fresh `npm run package` of a copy of the project, written
 * to the results folder (a copy, so the production build leaves dist/ alone).
 */
export function packageExtension(): string {
  const given = process.env.AIROADMAP_E2E_VSIX;
  if (given) return resolve(given);
  mkdirSync(RESULTS, { recursive: true });
  const out = join(RESULTS, 'airoadmap-e2e.vsix');
  rmSync(out, { force: true });
  packCopy(ROOT, out).cleanup();
  return out;
}

/** Fresh directories for one run: nothing is reused between runs. */
export interface Profile {
  base: string;
  home: string;
  userData: string;
  extensions: string;
  workspace: string;
  chrome: string;
  env: NodeJS.ProcessEnv;
}

/** Settings that keep the workbench quiet and deterministic. */
export const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'airoadmap.language': 'en',
};

/**
 * Makes a fresh profile with a copy of the given workspace files (file name
 * → absolute source path).
 */
export function createProfile(workspaceFiles: Record<string, string>): Profile {
  mkdirSync(join(CACHE, 'runs'), { recursive: true });
  const base = mkdtempSync(join(CACHE, 'runs', 'run-'));
  const dirs = {
    home: join(base, 'home'),
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    workspace: join(base, 'workspace', 'roadmaps'),
    chrome: join(base, 'chrome'),
    tmp: join(base, 'tmp'),
    config: join(base, 'home', '.config'),
    data: join(base, 'home', '.local', 'share'),
    cache: join(base, 'home', '.cache'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  for (const [name, source] of Object.entries(workspaceFiles)) cpSync(source, join(dirs.workspace, name));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    LANG: 'C.UTF-8',
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp,
  };
  return { base, home: dirs.home, userData: dirs.userData, extensions: dirs.extensions, workspace: dirs.workspace, chrome: dirs.chrome, env };
}

/** Removes old run folders, keeping the newest few for post-mortems. */
export function pruneOldRuns(keep = 2): void {
  const runs = join(CACHE, 'runs');
  if (!existsSync(runs)) return;
  const byAge = readdirSync(runs)
    .filter((name) => name.startsWith('run-'))
    .map((name) => ({ path: join(runs, name), time: statSync(join(runs, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of byAge.slice(keep)) rmSync(path, { recursive: true, force: true });
}

export function installExtension(profile: Profile, vsix: string): string {
  return runChecked(
    'code-server --install-extension',
    CODE_SERVER,
    ['--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--config', '/dev/null', '--install-extension', vsix],
    { env: profile.env, timeout: TIMEOUTS.install, cwd: profile.home },
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeout`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeout: number = TIMEOUTS.step, interval = 200): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await sleep(interval);
  }
}

export interface CodeServer {
  url: string;
  process: ChildProcess;
  logFile: string;
}

export async function startCodeServer(profile: Profile, logFile: string, fixedPort?: number): Promise<CodeServer> {
  const port = fixedPort ?? (await freePort());
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn(
    CODE_SERVER,
    [
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--config', '/dev/null',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', profile.userData,
      '--extensions-dir', profile.extensions,
      profile.workspace,
    ],
    // Its own process group, so the extension host and language server die with it.
    { cwd: profile.home, env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  trackGroup(child);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const server = { url, process: child, logFile };
  try {
    await waitFor('code-server /healthz', async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
      const response = await fetch(`${url}/healthz`);
      return response.ok;
    }, TIMEOUTS.serverStart, 250);
  } catch (error) {
    stopProcessGroup(child);
    throw error;
  }
  return server;
}

/** Process groups started here, killed on exit even when `after` never ran. */
const startedGroups = new Set<ChildProcess>();
let exitHooked = false;

function trackGroup(child: ChildProcess): void {
  startedGroups.add(child);
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', () => {
    for (const c of startedGroups) stopProcessGroup(c);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const c of startedGroups) stopProcessGroup(c);
      process.exit(130);
    });
  }
}

/** Kills a detached child's whole process group; safe to call twice. */
export function stopProcessGroup(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  startedGroups.delete(child);
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      return; // the group is gone
    }
    if (signal === 'SIGTERM') spawnSync('sleep', ['0.5']);
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function openBrowser(profile: Profile): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile.chrome, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    timeout: TIMEOUTS.serverStart,
  });
  context.setDefaultTimeout(TIMEOUTS.step);
  return context;
}

/** A session under test: code-server serving a profile, and Chromium showing its workbench. */
export interface Session {
  server: CodeServer;
  context: BrowserContext;
  /** The browser's first tab. */
  page: Page;
}

/**
 * Starts code-server on the profile (its log to `logName` in the results)
 * and opens Chromium for it. When the browser fails to open, what was
 * started is stopped before the error is thrown.
 */
export async function startSession(profile: Profile, logName: string): Promise<Session> {
  const server = await startCodeServer(profile, resultPath(logName));
  let context: BrowserContext | undefined;
  try {
    context = await openBrowser(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    return { server, context, page };
  } catch (error) {
    await stopSession({ server, context });
    throw error;
  }
}

/**
 * Closes the browser (waiting 10 s at the most), then stops code-server even
 * when closing failed; safe when nothing or only code-server was started.
 */
export async function stopSession(session: { server: CodeServer; context?: BrowserContext | undefined } | undefined): Promise<void> {
  try {
    await Promise.race([session?.context?.close(), sleep(10_000)]);
  } finally {
    stopProcessGroup(session?.server.process);
  }
}

export function codeServerAvailable(): boolean {
  return existsSync(CODE_SERVER) && existsSync(CHROMIUM);
}

/** Where the run writes screenshots and logs. */
export function resultPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

export type { Page, BrowserContext };
