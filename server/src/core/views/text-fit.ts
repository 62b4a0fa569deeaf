/**
 * How much room a text takes in a chart, and a text made to fit a width: the
 * one estimate the tabs lay their labels out with (the matrix's labels and
 * ranked list, the timeline's titles, owners and links; the heat map by
 * characters), so that "it fits" means the same everywhere. Widths are estimated on the wide side: an
 * estimate too small is an overlap on screen, one too large only a line
 * wrapped early.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import { truncate } from './vdom';

// Advance widths of DejaVu Sans (what Chromium falls back to on Linux, and wider than the
// system fonts of macOS and Windows) in em, so a width estimated here is not too small.
const NARROW = new Map<string, number>([
  ...[...'ijl|'].map((c) => [c, 0.28] as const),
  ...[...".,:;'!"].map((c) => [c, 0.33] as const),
  ...[...' f/()[]'].map((c) => [c, 0.36] as const),
  ...[...'trI-J'].map((c) => [c, 0.42] as const),
  ...[...'sczkvxyL'].map((c) => [c, 0.6] as const),
  ...[...'mMWæÆœŒ…—'].map((c) => [c, 1.0] as const),
  ...[...'wOQGDØ%'].map((c) => [c, 0.82] as const),
]);

/** The width of a text at a font size (px, or the chart's units), estimated on the wide side. */
export function textWidth(text: string, px: number, bold = false): number {
  let em = 0;
  for (const c of text) em += NARROW.get(c) ?? (c >= 'A' && c <= 'Z' ? 0.72 : 0.64);
  return em * px * (bold ? 1.1 : 1) * 1.03;
}

/** How many of `chars` fit in `width` from the start (at least one). */
function fitting(chars: readonly string[], width: number, px: number): number {
  let w = 0;
  for (let k = 0; k < chars.length; k++) {
    w += textWidth(chars[k]!, px);
    if (w > width) return Math.max(1, k);
  }
  return chars.length;
}

/** A text broken into lines of at most `width`, at spaces; a word longer than a line is cut where it must. */
export function wrapToWidth(text: string, width: number, px: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (textWidth(next, px) <= width) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    let chars = [...word];
    while (chars.length > 1 && textWidth(chars.join(''), px) > width) {
      const k = fitting(chars, width, px);
      lines.push(chars.slice(0, k).join(''));
      chars = chars.slice(k);
    }
    line = chars.join('');
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A text shortened with '…' to the most characters that fit `width`
 * (unchanged when it fits); null when fewer than `minChars` would.
 */
export function fitToWidth(text: string, width: number, px: number, minChars = 1): string | null {
  if (textWidth(text, px) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, px) <= width) lo = mid;
    else hi = mid - 1;
  }
  if (lo + 1 < minChars) return null;
  return lo === 0 ? truncate(text, 1) : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/**
 * A text broken at spaces into at most `maxLines` lines of at most `maxChars`
 * characters (the heat map's cells: short lines of one size, where a
 * character count is estimate enough); a word longer than a line is broken with a hyphen, and what does not fit ends
 * the last line with an ellipsis. `shortened` says whether anything was left
 * out (then the full text belongs in a tooltip and the accessible name).
 */
export function wrapToChars(text: string, maxChars: number, maxLines: number): { lines: string[]; shortened: boolean } {
  const width = Math.max(2, maxChars);
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while ([...word].length > width) {
      // A word longer than a line: what fits of it on a line of its own.
      if (line) {
        lines.push(line);
        line = '';
      }
      // Broken with a hyphen, as a long compound word is in print.
      lines.push(`${[...word].slice(0, width - 1).join('')}-`);
      word = [...word].slice(width - 1).join('');
    }
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, shortened: false };
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = truncate(`${kept[last]!} ${lines[last + 1]!}`, width);
  if (!kept[last]!.endsWith('…')) kept[last] = `${[...kept[last]!].slice(0, width - 1).join('')}…`;
  return { lines: kept, shortened: true };
}
