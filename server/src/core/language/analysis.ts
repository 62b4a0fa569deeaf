/**
 * One analysis of a text: what every editor feature and view takes, whichever
 * path (the whole-text check or the incremental checker) made it.
 * `core/index.ts` `analyze(text, options)` makes one.
 * Must not depend on vscode or the LSP connection.
 */
import type { CheckResult } from './check';
import type { RoadmapModel } from './model';
import type { Finding, GuideRanges, Locale, RoadmapDiagnostic } from './types';

export interface Analysis {
  /** The text as the editor has it (a byte-order mark included; `model.text` is without). */
  readonly text: string;
  readonly model: RoadmapModel;
  readonly diagnostics: readonly RoadmapDiagnostic[];
  readonly findings: readonly Finding[];
  /** The language of the messages, hovers and labels. */
  readonly locale: Locale;
  /** The today it was checked with (YYYY-MM-DD), when the caller gave one: a quick fix that writes a date starts from it. */
  readonly today?: string;
  /** The guides it was checked with, when the caller gave any (the settings', the configuration file's): the views and the report use the same. */
  readonly guides?: GuideRanges;
}

export function analysisOf(text: string, result: CheckResult, locale: Locale, today?: string, guides?: GuideRanges): Analysis {
  const analysis: Analysis = { text, model: result.model, diagnostics: result.diagnostics, findings: result.findings, locale };
  return { ...analysis, ...(today === undefined ? {} : { today }), ...(guides === undefined ? {} : { guides }) };
}
