/**
 * The core is a pure library: it imports only yaml, zod and the LSP *types*
 * (never vscode or the connection), and has no `any`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const ALLOWED = new Set(['yaml', 'zod', 'vscode-languageserver-types', 'vscode-languageserver-textdocument']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const files = [...tsFiles(join(root, 'server', 'src', 'core')), join(root, 'schemas', 'model.ts')];

test('the core imports only yaml, zod, the LSP types and itself', () => {
  assert.ok(files.length > 30);
  const offenders: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(?:import|export|\})[^\n]*\bfrom '([^']+)';$/gm)) {
      const spec = match[1]!;
      if (spec.startsWith('.')) continue;
      if (!ALLOWED.has(spec)) offenders.push(`${relative(root, file)}: ${spec}`);
    }
    if (/require\(|process\.env|from 'node:/.test(text)) offenders.push(`${relative(root, file)}: uses Node or the environment`);
  }
  assert.deepEqual(offenders, []);
});

test('the core has no `any`', () => {
  const offenders = files.filter((file) => /:\s*any\b|\bas any\b|<any>/.test(readFileSync(file, 'utf8'))).map((f) => relative(root, f));
  assert.deepEqual(offenders, []);
});

/** What each layer of the core may import (besides itself and `schemas/`); `index.ts` joins them all. */
const LAYERS: Record<string, readonly string[]> = {
  language: [],
  texts: ['language'],
  rules: ['language', 'texts'],
  features: ['language', 'texts', 'rules'],
  views: ['language', 'texts'],
};
const CORE = join(root, 'server', 'src', 'core');

/** The relative imports of a file, resolved to paths from the repository's root. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/\bfrom '(\.[^']+)'/g), ...text.matchAll(/\bimport\('(\.[^']+)'\)/g)].map((m) => m[1]!);
  return specs.map((spec) => relative(root, join(file, '..', spec)));
}

function layerOf(path: string): string | undefined {
  const inCore = relative(relative(root, CORE), path);
  if (inCore.startsWith('..')) return undefined;
  return inCore.split('/')[0];
}

test('the core is grouped by layer: no file directly in core/ but index.ts, and every folder is a known layer', () => {
  const entries = readdirSync(CORE);
  assert.deepEqual(entries.filter((name) => !statSync(join(CORE, name)).isDirectory()), ['index.ts']);
  assert.deepEqual(entries.filter((name) => statSync(join(CORE, name)).isDirectory()).sort(), Object.keys(LAYERS).sort());
});

test('each layer imports only the layers below it (language nothing but itself)', () => {
  const offenders: string[] = [];
  for (const file of tsFiles(CORE)) {
    const layer = layerOf(relative(root, file));
    if (layer === 'index.ts' || layer === undefined) continue;
    const allowed = new Set([layer, ...(LAYERS[layer] ?? [])]);
    for (const target of relativeImports(file)) {
      if (target.startsWith('schemas/')) continue;
      const to = layerOf(target);
      if (to === undefined) offenders.push(`${relative(root, file)} imports ${target}, outside the core`);
      else if (to === 'index' || to === 'index.ts') offenders.push(`${relative(root, file)} imports the core's public face`);
      else if (!allowed.has(to)) offenders.push(`${relative(root, file)} (${layer}) imports ${target} (${to})`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('the incremental checker is private to the language layer (the rest go through core/index.ts)', () => {
  const sources = [...tsFiles(join(root, 'server', 'src')), ...tsFiles(join(root, 'client'))];
  const offenders: string[] = [];
  for (const file of sources) {
    const from = relative(root, file);
    if (from.startsWith('server/src/core/language/') || from === 'server/src/core/index.ts') continue;
    if (relativeImports(file).some((target) => target.startsWith('server/src/core/language/incremental'))) offenders.push(from);
  }
  assert.deepEqual(offenders, []);
});
