/**
 * `check --format github`: one GitHub Actions workflow command per finding,
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::message`
 * (warning → `::warning`, info and hint → `::notice`), so the findings
 * appear as annotations on the pull request's files without SARIF. Lines
 * and columns are 1-based; the file is relative to the working directory
 * with forward slashes, as the checkout names it. Values are escaped as the
 * runner reads them (data: `%`, CR, LF; properties also `:` and `,`), and
 * any other control character is shown, never sent (terminal-text.ts).
 * Nothing else goes to stdout, so every line is a command; no colour.
 * Must not depend on the LSP connection or vscode.
 */
import type { Severity } from '../core/index';
import type { FileReport } from './report';
import { artifactUri } from './format-sarif';
import { escapeControls } from '../shared/terminal-text';

export function githubCommand(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

/** A command's message: `%`, CR and LF as the runner decodes them. */
export function escapeData(value: string): string {
  return escapeControls(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property's value: as data, and `:` and `,`, which end a property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The file as the checkout names it: relative with forward slashes (undone URI escapes). */
function displayPath(report: FileReport, cwd: string): string {
  const uri = artifactUri(report.absolute, cwd);
  return uri.startsWith('file:') ? report.file : uri.split('/').map(decodeURIComponent).join('/');
}

export function formatGithub(reports: readonly FileReport[], cwd: string): string {
  let out = '';
  for (const report of reports) {
    const file = escapeProperty(displayPath(report, cwd));
    for (const d of report.diagnostics) {
      const props = [
        `file=${file}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(d.code)}`,
      ].join(',');
      out += `::${githubCommand(d.severity)} ${props}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}
