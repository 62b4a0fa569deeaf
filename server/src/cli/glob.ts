/**
 * Simple glob patterns for `check`, for when the shell leaves a quoted glob
 * unexpanded: `*` (any characters but `/`), `?` (one character but `/`) and
 * `**` as a whole segment (any number of directories). Patterns use `/`
 * (and `\` on Windows). Nothing else is special.
 * Must not depend on the LSP connection or vscode.
 */

export function hasGlobMagic(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Forward slashes everywhere; on Windows a backslash is a separator too. */
export function toSlashes(path: string, windows = process.platform === 'win32'): string {
  return windows ? path.replace(/\\/g, '/') : path;
}

export interface SplitGlob {
  /** The literal directory before the first segment with a wildcard ('.' when none). */
  base: string;
  /** The rest of the pattern, relative to `base`. */
  rest: string;
  /** How deep below `base` a match can lie, or Infinity with `**`. */
  maxDepth: number;
}

export function splitGlob(pattern: string): SplitGlob {
  const segments = toSlashes(pattern).split('/');
  let first = segments.findIndex(hasGlobMagic);
  if (first < 0) first = segments.length;
  const baseSegments = segments.slice(0, first);
  let base = baseSegments.join('/');
  if (base === '' && baseSegments.length > 0) base = '/'; // an absolute pattern such as "/*.yaml"
  if (base === '') base = '.';
  const restSegments = segments.slice(first).filter((s) => s.length > 0);
  return {
    base,
    rest: restSegments.join('/'),
    maxDepth: restSegments.includes('**') ? Infinity : restSegments.length,
  };
}

const escapeRegExp = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

function segmentToRegExp(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (ch === '*') out += out.endsWith('[^/]*') ? '' : '[^/]*';
    else if (ch === '?') out += '[^/]';
    else out += escapeRegExp(ch);
  }
  return out;
}

/** A regular expression matching relative paths (with `/`) against a relative pattern. */
export function globToRegExp(relativePattern: string): RegExp {
  const segments = relativePattern.split('/').filter((s) => s.length > 0);
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '(?:[^/]+/)*[^/]+' : '(?:[^/]+/)*';
    else source += segmentToRegExp(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}
