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
