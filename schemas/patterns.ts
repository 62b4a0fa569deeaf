/**
 * The language's textual patterns (ids, quarters, week ranges), apart from
 * the zod model so that code running in the preview's webview can read them
 * without bundling zod (whose compiled parsers probe for `eval`, which the
 * preview's Content-Security-Policy forbids).
 * Must not depend on anything.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
/**
 * A range of weeks as text: `5-6`, with an en dash (`5–6`) or spaces around
 * the dash (`5 - 6`) meaning the same.
 */
export const WEEK_RANGE_PATTERN = /^(\d{1,2}) *[-\u2013] *(\d{1,2})$/;

/** The first and last week of a range written as text; undefined when it is not one. */
export function weekRange(text: string): [number, number] | undefined {
  const m = WEEK_RANGE_PATTERN.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

