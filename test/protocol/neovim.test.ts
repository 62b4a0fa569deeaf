/**
 * A second, unrelated LSP client: headless Neovim runs test/neovim/client.lua
 * against the built server and writes the diagnostics it received; this test
 * checks them. Skipped (with a message) when `nvim` is missing, unless
 * AIROADMAP_REQUIRE_TOOLS=1, where a missing tool is a failure.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, FIXTURES, ROOT, SERVER_JS } from './support/lsp-harness';

const EXAMPLE_PATH = path.join(FIXTURES, 'dsl-example.airoadmap.yaml');
const CLIENT_LUA = path.join(ROOT, 'test', 'neovim', 'client.lua');

function hasNvim(): boolean {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

interface NeovimReport {
  nvim?: string;
  server?: string;
  uri?: string;
  version?: number;
  timed_out?: boolean;
  error?: string;
  hover?: string;
  diagnostics?: { code?: string; source?: string; message: string; severity?: number; range: { start: { line: number; character: number } } }[];
}

const available = hasNvim();
const required = process.env.AIROADMAP_REQUIRE_TOOLS === '1';
const skip = !available && !required ? 'nvim is not installed (apt-get install neovim); set AIROADMAP_REQUIRE_TOOLS=1 to make this a failure' : false;

describe('Neovim as the client', { skip }, () => {
  before(async () => {
    await ensureBuilt();
  });

  it('receives the server’s diagnostics and a hover for the example roadmap', () => {
    assert.ok(available, 'nvim is required (AIROADMAP_REQUIRE_TOOLS=1) but not installed');
    const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-nvim-'));
    try {
      const out = path.join(dir, 'report.json');
      const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${CLIENT_LUA}`], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          HOME: dir,
          XDG_CONFIG_HOME: path.join(dir, 'config'),
          XDG_DATA_HOME: path.join(dir, 'data'),
          XDG_STATE_HOME: path.join(dir, 'state'),
          XDG_CACHE_HOME: path.join(dir, 'cache'),
          AIROADMAP_NODE: process.execPath,
          AIROADMAP_SERVER: SERVER_JS,
          AIROADMAP_FILE: EXAMPLE_PATH,
          AIROADMAP_OUT: out,
        },
      });
      assert.equal(run.error, undefined, `nvim ran (${String(run.error)})`);
      const report = JSON.parse(readFileSync(out, 'utf8')) as NeovimReport;
      assert.equal(report.error, undefined, `client.lua failed: ${report.error}\n${run.stderr}`);
      assert.equal(report.timed_out, false, 'diagnostics arrived in time');
      assert.equal(report.server, 'airoadmap-language-server');
      assert.ok(report.uri?.endsWith('/dsl-example.airoadmap.yaml'));
      const diagnostics = report.diagnostics ?? [];
      assert.ok(diagnostics.every((d) => d.source === 'airoadmap'));
      const unknown = diagnostics.filter((d) => d.code === 'unknown-reference');
      // roles.data_steward: bjorn and roles.business_contact: carla (lines 12 and 13 of the file).
      assert.deepEqual(unknown.map((d) => d.range.start.line), [11, 12]);
      assert.ok(unknown.every((d) => d.severity === 1));
      assert.ok(diagnostics.some((d) => d.code === 'data-quality-low'));
      assert.match(report.hover ?? '', /4[–-]5/, 'the hover on readiness arrived');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
