/**
 * VS Code for the Web runs the extension in a browser's extension host and
 * the language server in a web worker: their bundles (dist/web/, built by
 * `npm run build`, and as `npm run package` builds them) must not load a
 * Node.js built-in, require anything but `vscode`, or use Node.js's globals.
 * The scanner (node-free-scan.ts) is shown to find exactly those in the Node
 * bundles and in small samples, so a clean web bundle means something.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { bundleOptions } from '../../scripts/bundles.mjs';
import { nodeUsages } from './node-free-scan';

const ROOT = join(__dirname, '..', '..');
const options = bundleOptions as (o: { production: boolean; outBase: string }) => Record<string, BuildOptions>;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; browser?: string };

/** What a web bundle may require: the web extension host's `vscode`; the worker nothing. */
const WEB = [
  { file: 'dist/web/extension.js', bundle: 'webExtension', allowed: ['vscode'] },
  { file: 'dist/web/server.js', bundle: 'webServer', allowed: [] },
] as const;

function built(file: string): string {
  const path = join(ROOT, file);
  assert.ok(existsSync(path), `${file} is missing: run npm run build first`);
  return readFileSync(path, 'utf8');
}

const report = (findings: ReturnType<typeof nodeUsages>): string[] => findings.map((f) => `${f.line}: ${f.what}: …${f.excerpt}…`);

describe('the web bundles', () => {
  it('the manifest’s browser entry is the web extension bundle, which starts the web worker bundle', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    const all = options({ production: false, outBase: '.' });
    assert.equal(all['webExtension']!.outfile, join('dist', 'web', 'extension.js'));
    assert.equal(all['webExtension']!.platform, 'browser');
    assert.equal(all['webServer']!.outfile, join('dist', 'web', 'server.js'));
    assert.equal(all['webServer']!.platform, 'browser');
    assert.equal(all['webServer']!.format, 'iife');
    // The web client starts the worker from the same path.
    assert.match(readFileSync(join(ROOT, 'client/src/extension-web.ts'), 'utf8'), /joinPath\(context\.extensionUri, 'dist', 'web', 'server\.js'\)/);
    assert.match(built('dist/web/extension.js'), /new Worker\(/);
  });

  for (const { file, allowed } of WEB) {
    it(`${file} (as built) loads no Node.js built-in and uses no Node.js global`, () => {
      const code = built(file);
      assert.ok(code.length > 100_000, `${file} holds the client library and the core`);
      assert.deepEqual(report(nodeUsages(code, allowed)), []);
    });
  }

  it('as packed (production, minified) too', async () => {
    const production = options({ production: true, outBase: join(ROOT, 'dist', 'web-probe') });
    for (const { bundle, allowed } of WEB) {
      const result = await build({ ...production[bundle]!, absWorkingDir: ROOT, write: false, logLevel: 'silent' });
      const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
      assert.deepEqual(report(nodeUsages(js.text, allowed)), [], bundle);
    }
  });
});

describe('the scanner', () => {
  it('finds the Node.js built-ins of the Node bundles (dist/server.js, dist/extension.js)', () => {
    const server = nodeUsages(built('dist/server.js'), ['vscode']).map((f) => f.what);
    for (const name of ['fs', 'path', 'child_process', 'net', 'os']) assert.ok(server.includes(`loads the Node.js built-in '${name}'`), `dist/server.js: ${name}`);
    const extension = nodeUsages(built(manifest.main.replace(/^\.\//, '')), ['vscode']).map((f) => f.what);
    assert.ok(extension.includes(`loads the Node.js built-in 'child_process'`), 'the Node client spawns the server');
  });

  it('finds each kind in a sample, and lets a guarded use and the allowed module pass', () => {
    const kinds = (code: string, allowed: string[] = []): string[] => nodeUsages(code, allowed).map((f) => f.what);
    assert.deepEqual(kinds('var fs = require("fs");'), [`loads the Node.js built-in 'fs'`]);
    assert.deepEqual(kinds(`const p = require('node:path');`), [`loads the Node.js built-in 'node:path'`]);
    assert.deepEqual(kinds('import { randomBytes } from "crypto";'), [`loads the Node.js built-in 'crypto'`]);
    assert.deepEqual(kinds('await import("node:child_process")'), [`loads the Node.js built-in 'node:child_process'`]);
    assert.deepEqual(kinds('require("vscode")'), [`requires 'vscode', which the browser does not provide`]);
    assert.deepEqual(kinds('require("vscode")', ['vscode']), []);
    assert.deepEqual(kinds('if (process.platform === "win32") x();'), ['uses the Node.js global process']);
    assert.deepEqual(kinds('const b = Buffer.from(s, "base64");'), ['uses the Node.js global Buffer']);
    assert.deepEqual(kinds('load(__dirname + "/x")'), ['uses the Node.js global __dirname']);
    assert.deepEqual(kinds('var p = typeof process === "object" && process ? process.platform : "posix";'), []);
    // Names that only look alike are not uses.
    assert.deepEqual(kinds('new SharedArrayBuffer(4); this.emptyBuffer(); ral.timer.setImmediate(f); a.process.b; // we have to process.'), []);
  });
});
