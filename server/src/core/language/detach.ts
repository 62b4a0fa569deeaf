/**
 * V8 keeps a whole string alive behind every slice cut from it. A cache that
 * outlives the text it was filled from (chunk results, per-chunk parses) must
 * therefore hold copies, or one edit after another it keeps a whole old copy
 * of the document per entry.
 */

/** A copy of `s` that shares no memory with the string it was cut from. */
export function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
