/**
 * `check --format gitlab`: a GitLab Code Quality report, the JSON array a
 * job's `artifacts:reports:codequality` takes: per finding `description`,
 * `check_name` (the code), `fingerprint` (fingerprint.ts: stable across
 * unrelated edits), `severity` and `location.path` / `location.lines.begin`
 * (1-based). GitLab's severities are info, minor, major, critical, blocker:
 * error → major (it fails the check; critical and blocker are left for
 * security), warning → minor, info and hint → info.
 * Must not depend on the LSP connection or vscode.
 */
import type { Severity } from '../core/index';
import type { FileReport } from './report';
import { artifactUri } from './format-sarif';
import { fingerprints } from './fingerprint';
import { escapeJsonText } from '../shared/terminal-text';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export function gitlabSeverity(severity: Severity): GitlabSeverity {
  return severity === 'error' ? 'major' : severity === 'warning' ? 'minor' : 'info';
}

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

export function toGitlab(reports: readonly FileReport[], cwd: string): CodeQualityIssue[] {
  return reports.flatMap((report) => {
    const uri = artifactUri(report.absolute, cwd);
    const path = uri.startsWith('file:') ? report.file : uri.split('/').map(decodeURIComponent).join('/');
    const prints = fingerprints(report, path);
    return report.diagnostics.map((d, i) => ({
      description: d.message,
      check_name: d.code,
      fingerprint: prints[i]!,
      severity: gitlabSeverity(d.severity),
      location: { path, lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
    }));
  });
}

export function formatGitlab(reports: readonly FileReport[], cwd: string): string {
  return `${escapeJsonText(JSON.stringify(toGitlab(reports, cwd), null, 2))}\n`;
}
