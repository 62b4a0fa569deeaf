/**
 * Where a YAML node's own content ends, as an offset into the text it was
 * parsed from. yaml's ranges of block collections run on over trailing
 * comments and blank lines, and how far depends on what follows the node
 * (the next key, a comment, the end of the text): the same entity parsed
 * alone (the incremental checker's chunk) and inside the whole file would
 * end in different places. The content end does not: it stops at the last
 * item's content, without trailing whitespace, so folds, selection ranges,
 * the outline and entity ranges end at the same place on either path.
 * Must not depend on anything but `yaml`.
 */
import { isMap, isPair, isSeq } from 'yaml';

type Spanned = { range?: [number, number, number] | null };

export function spanOf(node: unknown): [number, number] | null {
  const r = (node as Spanned | null | undefined)?.range;
  return r ? [r[0], r[1]] : null;
}

/**
 * Where a node's own content ends. Block collections' ranges run on over
 * trailing comments and blank lines; this stops at the last item's content.
 */
export function contentEnd(node: unknown, text: string): number | null {
  let current: unknown = node;
  let fallback: number | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const span = spanOf(current);
    if (!span) return fallback;
    if ((isMap(current) || isSeq(current)) && !current.flow && current.items.length > 0) {
      fallback = span[1];
      const last = current.items[current.items.length - 1];
      if (isPair(last)) {
        if (last.value !== null && last.value !== undefined && spanOf(last.value)) {
          current = last.value;
        } else {
          return spanOf(last.key)?.[1] ?? fallback;
        }
      } else {
        current = last;
      }
      continue;
    }
    let end = span[1];
    // Block scalars end after their final line break.
    while (end > span[0] && /\s/.test(text[end - 1] ?? '')) end--;
    return end;
  }
  return fallback;
}
