/**
 * The .vsix holds only what runs at run time, and stays small. Packs a copy
 * of the project with the real `scripts/package.mjs` (test/e2e/pack.ts), then
 * reads the zip. Depends on Node, esbuild and @vscode/vsce only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packCopy, zipEntries, zipRead } from '../e2e/pack';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  icon?: string;
  contributes?: Record<string, unknown>;
};

/** Files the manifest points at (grammars, snippets, schemas, language configuration, icons). */
function manifestPaths(): string[] {
  const paths = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const local = !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('%') && /\.[a-z0-9]+$/i.test(value);
      if (['path', 'configuration', 'url', 'light', 'dark', 'markdown', 'image', 'svg', 'icon'].includes(key) && local) {
        paths.add(value.replace(/^\.\//, '').replace(/\\/g, '/'));
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(manifest.contributes, '');
  return [...paths];
}

test('the .vsix holds the run-time files, nothing else, and is well under 1 MB', { timeout: 240_000 }, () => {
  const { zip, entries, files, size, cleanup } = packCopy(root);
  try {
    const required = [
      manifest.main.replace(/^\.\//, ''),
      'dist/server.js',
      'schemas/airoadmap.schema.json',
      'package.json',
      'package.nls.json',
      'package.nls.nb.json',
      'LICENSE.txt', // vsce renames LICENSE
      manifest.icon ?? 'images/icon.png',
      // The preview tab's icon (client/src/preview/index.ts sets it as WebviewPanel.iconPath).
      'images/preview-light.svg',
      'images/preview-dark.svg',
    ];
    for (const file of required) assert.ok(files.includes(file), `missing ${file} in ${files.join(', ')}`);
    for (const file of manifestPaths()) assert.ok(files.includes(file), `the manifest points at ${file}, which is not packed`);

    const forbidden = files.filter(
      (file) =>
        /\.(ts|tsx|mts|cts|map)$/.test(file) ||
        file.startsWith('node_modules/') ||
        file.startsWith('test/') ||
        file.startsWith('server/') ||
        file.startsWith('client/') ||
        file.startsWith('scripts/') ||
        file.startsWith('bench/') ||
        file.startsWith('examples/') ||
        /(^|\/)[^/]*\.test\.[jt]s$/.test(file) ||
        file === 'dist/cli.js' ||
        /^(tsconfig|eslint\.config|esbuild)\./.test(file),
    );
    assert.deepEqual(forbidden, [], 'only run-time files belong in the package');
    assert.ok(size < 1024 * 1024, `the .vsix is ${(size / 1024).toFixed(0)} KiB`);
    // The Marketplace gets its own README (the manifest's vsce.readmePath), not the repository's.
    const readme = entries.find((e) => e.name.toLowerCase() === 'extension/readme.md');
    assert.ok(readme, 'a readme in the package');
    const packed = zipRead(zip, readme).toString('utf8');
    assert.equal(packed.split('\n')[0], readFileSync(join(root, 'README.marketplace.md'), 'utf8').split('\n')[0]);
    assert.doesNotMatch(packed, /npm ci|npm test/, "the repository README's developer commands stay out");
    // Production bundles are minified: a few very long lines, no source map comment.
    for (const bundle of ['dist/extension.js', 'dist/server.js']) {
      const text = zipRead(zip, entries.find((e) => e.name === `extension/${bundle}`)!).toString('utf8');
      const lines = text.split('\n').length;
      assert.ok(text.length / lines > 200, `${bundle} is not minified (${lines} lines)`);
      assert.ok(!/\/\/# sourceMappingURL=\S+\s*$/.test(text), `${bundle} points at a source map`);
    }
  } finally {
    cleanup();
  }
});

test('zipEntries reads the names of a zip', () => {
  // A one-file zip ("a.txt", stored, empty) assembled by hand.
  const name = Buffer.from('a.txt');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length, 16);
  const zip = Buffer.concat([local, name, central, name, end]);
  assert.deepEqual(zipEntries(zip).map((e) => e.name), ['a.txt']);
  assert.throws(() => zipEntries(Buffer.from('not a zip at all, certainly not')));
});
