/**
 * Glob patterns for `check`, for when the shell leaves a quoted glob
 * unexpanded, by picomatch (the matcher fast-glob and tinyglobby build on):
 * `*`, `?`, `**`, braces `{a,b}`, classes `[np]`, extglobs. As in a shell,
 * `*` never matches a leading dot: dotfiles and dot-directories are found
 * only when the pattern names the dot. Patterns use `/` (and `\` on
 * Windows, where it is a separator, not an escape).
 * Must not depend on the LSP connection or vscode.
 */
import picomatch from 'picomatch';

/** Forward slashes everywhere; on Windows a backslash is a separator too. */
export function toSlashes(path: string, windows = process.platform === 'win32'): string {
  return windows ? path.replace(/\\/g, '/') : path;
}

export function hasGlobMagic(pattern: string): boolean {
  return picomatch.scan(toSlashes(pattern)).isGlob;
}

export interface GlobPlan {
  /** The literal directory before the first segment with magic ('.' when none). */
  base: string;
  /** The rest of the pattern, relative to `base` ('' when nothing is left). */
  rest: string;
  /** How deep below `base` a match can lie, or Infinity with `**` or a brace holding `/`. */
  maxDepth: number;
  /** Whether a relative path (with `/`) below `base` matches. */
  matches(relative: string): boolean;
  /** Whether the walk may enter a directory of this name that a plain walk skips (dot-directories, node_modules): only when the pattern names it. */
  names(directory: string): boolean;
}

export function planGlob(pattern: string): GlobPlan {
  const scan = picomatch.scan(toSlashes(pattern));
  const base = scan.base === '' ? '.' : scan.base;
  const rest = scan.glob;
  const segments = rest.split('/').filter((s) => s.length > 0);
  const unbounded = segments.includes('**') || /\{[^}]*\//.test(rest);
  const matcher = rest === '' ? () => false : picomatch(rest, { dot: false });
  // picomatch lets a negated extglob such as !(a|b) match a leading dot; a shell does not.
  const namesDot = /(^|[/{,])\./.test(rest);
  const hasDotSegment = (relative: string) => relative.startsWith('.') || relative.includes('/.');
  return {
    base,
    rest,
    maxDepth: unbounded ? Infinity : segments.length,
    matches: (relative) => (namesDot || !hasDotSegment(relative)) && matcher(relative),
    names: (directory) => (directory.startsWith('.') ? namesDot : rest.includes(directory)),
  };
}
