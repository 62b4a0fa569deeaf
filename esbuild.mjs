// One build script for every bundle. `--watch` rebuilds on change,
// `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { bundleOptions } from './scripts/bundles.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const bundles = Object.values(bundleOptions({ production }));

mkdirSync('dist', { recursive: true });
if (watch) {
  const contexts = await Promise.all(bundles.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(bundles.map((b) => esbuild.build(b)));
}
