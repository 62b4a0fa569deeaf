/**
 * The preview's script (dist/webview/preview.js, also inlined in render's
 * standalone HTML) is built from the core's views, never from the zod model:
 * zod's compiled parsers probe for `eval`, which the preview's
 * Content-Security-Policy reports as a violation, and zod would make the
 * script ten times larger. Checked on the bundle's inputs, as esbuild sees
 * them (a weeks helper once pulled schemas/model.ts in: 79 KB became 880 KB).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..');

test('the webview bundle holds no zod and not the zod model', async () => {
  const result = await build({
    entryPoints: [join(ROOT, 'client', 'webview', 'preview.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outdir: join(ROOT, 'dist', 'webview-probe'),
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((p) => p.includes('server/src/core/views/')), 'the bundle is built from the views');
  assert.deepEqual(inputs.filter((p) => p.includes('node_modules/zod') || p.endsWith('schemas/model.ts')), []);
});
