/**
 * The human-readable output of `check`: one line per diagnostic,
 * `file:line:col: severity message [code]` with 1-based line and column
 * (UTF-16 units, as editors count), the severity word coloured on terminals.
 * The severity words stay English so problem matchers and grep work in any locale.
 * The file name and the message are escaped (terminal-text.ts): an id, a value
 * or a file name cannot steer the terminal or forge a line.
 * Must not depend on the LSP connection or vscode.
 */
import type { Severity } from '../core/index';
import type { FileReport } from './report';
import { escapeControls } from '../shared/terminal-text';

const COLOURS: Readonly<Record<Severity, string>> = {
  error: '\u001b[31m', // red
  warning: '\u001b[33m', // yellow
  info: '\u001b[36m', // cyan
  hint: '\u001b[2m', // dim
};
const RESET = '\u001b[0m';

/** Keeps one diagnostic on one line whatever its message holds. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function formatText(reports: readonly FileReport[], colour: boolean): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const severity = colour ? `${COLOURS[d.severity]}${d.severity}${RESET}` : d.severity;
      lines.push(`${escapeControls(report.file)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity} ${escapeControls(oneLine(d.message))} [${d.code}]`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
