/**
 * Whether an LSP position lies in a range, both ends inclusive: the one test
 * the navigation, the code-action and inlay-hint filters and the preview
 * webview's cursor share. Type-only imports, so the webview bundles it
 * without `yaml` (positions.ts re-exports it for the core).
 */
import type { Position, Range } from 'vscode-languageserver-types';

export function rangeContains(range: Range, position: Position): boolean {
  if (position.line < range.start.line || position.line > range.end.line) return false;
  if (position.line === range.start.line && position.character < range.start.character) return false;
  if (position.line === range.end.line && position.character > range.end.character) return false;
  return true;
}
