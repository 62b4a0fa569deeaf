/**
 * What `check` found in one file, as every output format receives it, and
 * the counts the exit status and summary are computed from.
 * Must not depend on the LSP connection or vscode.
 */
import type { RoadmapDiagnostic } from '../core/index';
import type { SeverityCounts } from './messages';

export interface FileReport {
  /** The file as given on the command line (or directory as given + relative path). */
  file: string;
  absolute: string;
  diagnostics: RoadmapDiagnostic[];
  /**
   * For each diagnostic, where it lies by name (core placesOf: `use_cases.doc-search.kpis`),
   * what the CI formats fingerprint it with; none: the file only.
   */
  places?: string[];
}

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) for (const d of report.diagnostics) counts[d.severity]++;
  return counts;
}
