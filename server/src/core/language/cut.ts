/**
 * User text cut to a length for a message or an answer: a 10 MB key must not
 * make a 10 MB message, nor a 10 MB title a 10 MB preview answer.
 * Must not depend on vscode or the LSP connection.
 */

/** `value` when at most `max` UTF-16 units, else its first `max - 1` and an ellipsis (never half a surrogate pair). */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max - 1;
  if (/[\ud800-\udbff]/.test(value.charAt(cut - 1))) cut--;
  return `${value.slice(0, cut)}…`;
}
