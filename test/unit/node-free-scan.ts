/**
 * Finds what a browser cannot run in a bundle's text: an import or require of
 * a Node.js built-in module (`node:fs`, `fs`, `path`, `child_process`,
 * `crypto`, … every name `module.builtinModules` lists, with or without the
 * `node:` prefix), a require of any module but the allowed ones (`vscode`,
 * which the web extension host provides), and Node.js's own globals
 * (`process.…`, `Buffer`, `__dirname`, `__filename`, `global.…`) unless the
 * same code first tests them with `typeof` (a library's guarded use, such as
 * minimatch's `typeof process === "object" && process ? … process.platform`).
 * Pure text work, for test/unit/web-bundles.test.ts.
 */
import { builtinModules } from 'node:module';

/** How far back a `typeof name` guard may stand from the use it guards. */
const GUARD_WINDOW = 160;

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`, name.replace(/^node:/, '')]));

export interface Finding {
  what: string;
  /** 1-based line of the bundle. */
  line: number;
  excerpt: string;
}

export function nodeUsages(code: string, allowedRequires: readonly string[] = []): Finding[] {
  const found: Finding[] = [];
  const lineAt = (index: number): number => code.slice(0, index).split('\n').length;
  const add = (what: string, index: number, length: number): void => {
    found.push({ what, line: lineAt(index), excerpt: code.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ') });
  };
  // require("x"), import("x"), import … from "x", export … from "x", import "x"
  const loads = /(?<![\w$.])(?:require|import)\s*\(\s*(["'`])([^"'`]+)\1\s*\)|\b(?:from|import)\s*(["'])([^"']+)\3/g;
  for (const m of code.matchAll(loads)) {
    const spec = m[2] ?? m[4]!;
    const viaRequire = m[2] !== undefined && /^require/.test(m[0]);
    if (BUILTINS.has(spec) || spec.startsWith('node:')) add(`loads the Node.js built-in '${spec}'`, m.index, m[0].length);
    else if (viaRequire && !allowedRequires.includes(spec)) add(`requires '${spec}', which the browser does not provide`, m.index, m[0].length);
  }
  // Node.js globals, used where no `typeof` tests them first.
  const globals = /(?<![\w$.])(process\.(?=[A-Za-z_$])|Buffer\b(?=\s*[.(])|__dirname\b|__filename\b|global\.(?=[A-Za-z_$]))/g;
  for (const m of code.matchAll(globals)) {
    const name = m[1]!.replace(/\W.*$/, '').replace(/\.$/, '');
    const before = code.slice(Math.max(0, m.index - GUARD_WINDOW), m.index);
    if (new RegExp(`typeof\\s+${name}\\b`).test(before)) continue;
    add(`uses the Node.js global ${name}`, m.index, m[0].length);
  }
  return found;
}
