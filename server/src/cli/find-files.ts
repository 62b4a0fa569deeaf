/**
 * Turns the paths of `check` into the roadmap files to read: files as given,
 * directories searched recursively for `*.airoadmap.yaml|yml` (skipping
 * node_modules, dot-directories and what `.gitignore` ignores: gitignore.ts),
 * and globs (glob.ts: a dot-directory or node_modules only when the pattern
 * names it). Each file is reported under
 * the name the user gave (a directory's files: the directory joined with the
 * relative path); `-` is standard input, `<stdin>`. Reads nothing but
 * directory listings and stats.
 * Must not depend on the LSP connection or vscode.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { PathError, errorCode } from './errors';
import { GitIgnores } from './gitignore';
import { hasGlobMagic, planGlob } from './glob';
import type { CliMessages } from './messages';
import { STDIN_NAME } from './safe-files';

/** Not a path: the seen-set's key for standard input. */
const STDIN_KEY = '\0stdin';

export const ROADMAP_FILE = /\.airoadmap\.ya?ml$/;

/** Told about files a directory search passes over (one localised line each). */
export type SkipReporter = (message: string) => void;

export interface FoundFile {
  /** As the user gave it (or directory as given + relative path); `<stdin>` for `-`. */
  display: string;
  /** For standard input: `<stdin>` in the working directory (where its configuration is looked for). */
  absolute: string;
  /** The path was `-`: read standard input. */
  stdin?: boolean;
}

function skipDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function tryRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

interface WalkRules {
  /** How deep below the root a file may lie. */
  maxDepth: number;
  /** Whether a file (by its path relative to the root, with `/`) is wanted. */
  accept(relative: string): boolean;
  /** Whether to enter a directory that a plain walk skips (dot-directories, node_modules). */
  enterSkipped(name: string): boolean;
}

/** What a walk found, and how many wanted files `.gitignore` kept out. */
interface Walked {
  relatives: string[];
  ignored: number;
}

/**
 * Every file below `root` (sorted, depth-first) whose relative path passes
 * `accept`, leaving out what `.gitignore` ignores. Symbolic links are
 * followed; a directory is entered once.
 */
function walk(root: string, rootDisplay: string, rules: WalkRules, text: CliMessages, onSkip: SkipReporter): Walked {
  const found: string[] = [];
  let ignored = 0;
  const seen = new Set<string>();
  const visit = (dir: string, relative: string, depth: number, ignores: GitIgnores) => {
    const real = tryRealpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      const shown = relative ? join(rootDisplay, relative) : rootDisplay;
      throw new PathError(text.cannotRead(shown, text.fsReason(errorCode(error), String(error))));
    }
    for (const name of names) {
      const childRelative = relative ? `${relative}/${name}` : name;
      const child = join(dir, name);
      let stats: Stats;
      try {
        stats = statSync(child);
      } catch (error) {
        // A dangling link or a link loop named like a roadmap is worth a line; then go on.
        if (rules.accept(childRelative) && !ignores.ignores(child, false)) onSkip(text.skipped(join(rootDisplay, childRelative), errorCode(error)));
        continue;
      }
      if (stats.isDirectory()) {
        if ((skipDirectory(name) && !rules.enterSkipped(name)) || depth + 1 >= rules.maxDepth) continue;
        if (ignores.ignores(child, true)) continue;
        visit(child, childRelative, depth + 1, ignores.enter(child));
      } else if (stats.isFile() && rules.accept(childRelative)) {
        if (ignores.ignores(child, false)) ignored++;
        else found.push(childRelative);
      }
    }
  };
  visit(root, '', 0, GitIgnores.above(root));
  return { relatives: found, ignored };
}

function filesOfPath(path: string, cwd: string, text: CliMessages, onSkip: SkipReporter): FoundFile[] {
  const absolute = resolve(cwd, path);
  let stats: Stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = errorCode(error);
    if ((code === 'ENOENT' || code === 'ENOTDIR') && hasGlobMagic(path)) return filesOfGlob(path, cwd, text, onSkip);
    if (code === 'ENOENT') throw new PathError(text.notFound(path));
    throw new PathError(text.cannotRead(path, text.fsReason(code, String(error))));
  }
  if (stats.isFile()) return [{ display: path, absolute }];
  if (!stats.isDirectory()) throw new PathError(text.notAFile(path));
  const { relatives, ignored } = walk(absolute, path, { maxDepth: Infinity, accept: (relative) => ROADMAP_FILE.test(relative), enterSkipped: () => false }, text, onSkip);
  if (relatives.length === 0) throw new PathError(text.noRoadmapFilesIn(path, ignored));
  return relatives.map((relative) => ({ display: join(path, relative), absolute: join(absolute, relative) }));
}

function filesOfGlob(pattern: string, cwd: string, text: CliMessages, onSkip: SkipReporter): FoundFile[] {
  const glob = planGlob(pattern);
  const baseAbsolute = resolve(cwd, glob.base);
  let isDirectory = false;
  try {
    isDirectory = statSync(baseAbsolute).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory || glob.rest === '') throw new PathError(text.globNoMatch(pattern, 0));
  const { relatives, ignored } = walk(baseAbsolute, glob.base, { maxDepth: glob.maxDepth, accept: glob.matches, enterSkipped: glob.names }, text, onSkip);
  if (relatives.length === 0) throw new PathError(text.globNoMatch(pattern, ignored));
  return relatives.map((relative) => ({ display: join(glob.base, relative), absolute: join(baseAbsolute, relative) }));
}

/**
 * The files to check, in the order given, each once. Throws PathError (with
 * a localised one-line message) for a path that is missing, unreadable or
 * matches no roadmap file.
 */
export function findRoadmapFiles(paths: readonly string[], cwd: string, text: CliMessages, onSkip: SkipReporter = () => undefined): FoundFile[] {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  for (const path of paths.length > 0 ? paths : ['.']) {
    if (path === '-') {
      // Standard input, once however often it is named.
      if (!seen.has(STDIN_KEY)) out.push({ display: STDIN_NAME, absolute: resolve(cwd, STDIN_NAME), stdin: true });
      seen.add(STDIN_KEY);
      continue;
    }
    for (const file of filesOfPath(path, cwd, text, onSkip)) {
      const key = tryRealpath(file.absolute);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(file);
    }
  }
  return out;
}
