/**
 * The bundles stay small (the web's too): zod is imported as a namespace
 * (`import * as z from 'zod'`) so esbuild drops its translated error
 * messages (zod/v4/locales, about 260 KB of the server's 1 MB). Built as
 * `npm run build:prod` builds them (scripts/bundles.mjs), in memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { bundleOptions } from '../../scripts/bundles.mjs';

const ROOT = join(__dirname, '..', '..');
const KB = 1024;

async function measure(name: 'server' | 'cli' | 'extension' | 'webExtension' | 'webServer'): Promise<{ bytes: number; inputs: string[] }> {
  const options = (bundleOptions as (o: { production: boolean; outBase: string }) => Record<string, BuildOptions>)({ production: true, outBase: join(ROOT, 'dist', 'size-probe') })[name]!;
  const result = await build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined)!;
  // What reaches the bundle: esbuild lists a tree-shaken module with no bytes.
  const inputs = Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path);
  return { bytes: js.contents.byteLength, inputs };
}

// The bound is a tripwire for zod's locales (about 260 KB): 669 KB when it was set, 697 KB before issue 17's
// incremental pipeline (the edit's cut and line index, the open's one parse, the kept diagnostics and suggestions: 8 KB)
// and the preview's view parts (patches, the parts cache: 4 KB); 708 KB with both.
test('the production server bundle is under 720 KB, with none of zod’s locales', async () => {
  const server = await measure('server');
  assert.ok(server.bytes < 720 * KB, `dist/server.js would be ${Math.round(server.bytes / KB)} KB`);
  assert.ok(server.inputs.some((p) => p.includes('node_modules/zod/')), 'the server is built with zod');
  for (const name of ['server', 'cli', 'extension', 'webExtension', 'webServer'] as const) {
    const { inputs } = name === 'server' ? server : await measure(name);
    assert.deepEqual(inputs.filter((p) => /node_modules\/zod\/.*locales\/(?!en\.)/.test(p)), [], `${name}: zod's other languages`);
  }
});
