/**
 * A finding's identity for CI tools (SARIF partialFingerprints, GitLab's
 * fingerprint): the code, the file and where in the roadmap it lies by name
 * (report.places), plus its number among findings alike, never its line, so
 * an unrelated edit above it keeps the identity and a code scanning alert
 * or a merge request's "new issues" stays the same finding.
 * Must not depend on the LSP connection or vscode.
 */
import { createHash } from 'node:crypto';
import type { FileReport } from './report';

/** The version of the recipe, part of SARIF's fingerprint key. */
export const FINGERPRINT_KEY = 'airoadmap/v1';

/** One fingerprint per diagnostic of each report, in order; `file` is how the file is named in the output (relative, forward slashes). */
export function fingerprints(report: FileReport, file: string): string[] {
  const seen = new Map<string, number>();
  return report.diagnostics.map((d, i) => {
    const identity = `${d.code}\0${file}\0${report.places?.[i] ?? ''}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return createHash('sha256').update(`${identity}\0${occurrence}`).digest('hex');
  });
}
