/**
 * In-file suppression comments:
 *   # airoadmap-disable-next-line <code>[ <code>…]   the next line
 *   # airoadmap-disable <code>[ <code>…]             the whole file
 * Without codes, every code is suppressed. Only whole-line comments count.
 * Must not depend on vscode or the LSP connection.
 */

export interface Suppressions {
  /** Codes off for the whole file; `*` means all. */
  file: Set<string>;
  /** 0-based line → codes off on that line; `*` means all. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /^[ \t]*#[ \t]*airoadmap-(disable-next-line|disable)(?![\w-])(.*)$/;

export function findSuppressions(text: string): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('airoadmap-disable')) return result;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('airoadmap-disable')) continue;
    const match = DIRECTIVE.exec(line.replace(/\r$/, ''));
    if (!match) continue;
    const codes = parseCodes(match[2] ?? '');
    if (match[1] === 'disable') {
      for (const code of codes) result.file.add(code);
    } else {
      const set = result.lines.get(i + 1) ?? new Set<string>();
      for (const code of codes) set.add(code);
      result.lines.set(i + 1, set);
    }
  }
  return result;
}

function parseCodes(rest: string): string[] {
  // Anything after " -- " is a free-text reason.
  const body = rest.split(/\s--\s/)[0] ?? '';
  const codes = body.split(/[\s,]+/).filter((c) => c.length > 0);
  return codes.length > 0 ? codes : ['*'];
}

export function isSuppressed(s: Suppressions, code: string, line: number): boolean {
  if (s.file.has('*') || s.file.has(code)) return true;
  const set = s.lines.get(line);
  return set !== undefined && (set.has('*') || set.has(code));
}
