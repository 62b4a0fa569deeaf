/**
 * `check --format json`: one JSON array, each element
 * `{ file, range, severity, code, message }` with 0-based LSP positions,
 * exactly as rules.md ("Machine-readable output") specifies.
 * Must not depend on the LSP connection or vscode.
 */
import type { Code, Severity } from '../core/index';
import type { Range } from '../core/language/positions';
import type { FileReport } from './report';
import { escapeJsonText } from '../shared/terminal-text';

export interface JsonDiagnostic {
  file: string;
  range: Range;
  severity: Severity;
  code: Code;
  message: string;
}

export function toJsonDiagnostics(reports: readonly FileReport[]): JsonDiagnostic[] {
  return reports.flatMap((report) =>
    report.diagnostics.map((d) => ({
      file: report.file,
      range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  );
}

export function formatJson(reports: readonly FileReport[]): string {
  // DEL, C1 and bidi characters escaped too (the same value), for a terminal that shows the JSON.
  return `${escapeJsonText(JSON.stringify(toJsonDiagnostics(reports), null, 2))}\n`;
}
