/**
 * Turns the paths of `check` into the roadmap files to read: files as given,
 * directories searched recursively for `*.airoadmap.yaml|yml` (skipping
 * node_modules and dot-directories), and globs. Each file is reported under
 * the name the user gave (a directory's files: the directory joined with the
 * relative path); `-` is standard input, `<stdin>`. Reads nothing but
 * directory listings and stats.
 * Must not depend on the LSP connection or vscode.
 */
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { PathError, errorCode } from './errors';
import { globToRegExp, hasGlobMagic, splitGlob } from './glob';
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

/**
 * Every file below `root` (sorted, depth-first) whose relative path passes
 * `accept`. Symbolic links are followed; a directory is entered once.
 */
function walk(root: string, rootDisplay: string, maxDepth: number, accept: (relative: string) => boolean, text: CliMessages, onSkip: SkipReporter): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string, relative: string, depth: number) => {
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
        if (accept(childRelative)) onSkip(text.skipped(join(rootDisplay, childRelative), errorCode(error)));
        continue;
      }
      if (stats.isDirectory()) {
        if (!skipDirectory(name) && depth + 1 < maxDepth) visit(child, childRelative, depth + 1);
      } else if (stats.isFile() && accept(childRelative)) {
        found.push(childRelative);
      }
    }
  };
  visit(root, '', 0);
  return found;
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
  const relatives = walk(absolute, path, Infinity, (relative) => ROADMAP_FILE.test(relative), text, onSkip);
  if (relatives.length === 0) throw new PathError(text.noRoadmapFilesIn(path));
  return relatives.map((relative) => ({ display: join(path, relative), absolute: join(absolute, relative) }));
}

function filesOfGlob(pattern: string, cwd: string, text: CliMessages, onSkip: SkipReporter): FoundFile[] {
  const { base, rest, maxDepth } = splitGlob(pattern);
  const baseAbsolute = resolve(cwd, base);
  let isDirectory = false;
  try {
    isDirectory = statSync(baseAbsolute).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory || rest === '') throw new PathError(text.globNoMatch(pattern));
  const matcher = globToRegExp(rest);
  const relatives = walk(baseAbsolute, base, maxDepth, (relative) => matcher.test(relative), text, onSkip);
  if (relatives.length === 0) throw new PathError(text.globNoMatch(pattern));
  return relatives.map((relative) => ({ display: join(base, relative), absolute: join(baseAbsolute, relative) }));
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
