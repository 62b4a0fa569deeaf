/**
 * `.gitignore` as git reads it, for the folder walks of `check` (by the
 * `ignore` package, the matcher eslint and prettier use): the files of the
 * walked folders, and of the folders above the walk's root up to the
 * repository's top (the folder holding `.git`). A deeper file decides before
 * a higher one, so `!keep.airoadmap.yaml` below re-includes what a rule above
 * excludes; a folder that is ignored is not entered. Named files are never
 * filtered: what the user names is checked. An unreadable or oversized
 * `.gitignore` is passed over (the walk is not the place to fail for it).
 * Must not depend on the LSP connection or vscode.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Larger than any real `.gitignore`; a bigger one is not read. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

interface Layer {
  readonly dir: string;
  readonly rules: Ignore;
}

function readRules(dir: string): Layer | undefined {
  const file = join(dir, '.gitignore');
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size > MAX_GITIGNORE_BYTES) return undefined;
    return { dir, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/** The `.gitignore` rules in force in one folder: its own file on top of its parents'. */
export class GitIgnores {
  private constructor(private readonly layers: readonly Layer[]) {}

  /** The rules for a walk that starts at `root`: the files above it up to the repository's top, and its own. */
  static above(root: string): GitIgnores {
    const chain: string[] = [root];
    for (let dir = root; !existsSync(join(dir, '.git')); ) {
      const parent = dirname(dir);
      if (parent === dir) {
        chain.length = 1; // not in a repository: only the walk's own files count
        break;
      }
      chain.push(parent);
      dir = parent;
    }
    const layers = chain
      .reverse()
      .map(readRules)
      .filter((l): l is Layer => l !== undefined);
    return new GitIgnores(layers);
  }

  /** The rules inside `dir` (a folder of the walk below this one's): with its own `.gitignore`, if it has one. */
  enter(dir: string): GitIgnores {
    const own = readRules(dir);
    return own ? new GitIgnores([...this.layers, own]) : this;
  }

  /** Whether `path` (a file, or a folder when `directory`) is ignored. */
  ignores(path: string, directory: boolean): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      const rel = relative(layer.dir, path).split(sep).join('/');
      if (rel === '' || rel === '..' || rel.startsWith('../')) continue;
      const verdict = layer.rules.test(directory ? `${rel}/` : rel);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }
}
