/**
 * Conversions between the core's results and LSP messages: diagnostics
 * (both ways, so code actions can find the finding behind a diagnostic the
 * client sends back) and workspace edits. No language logic here.
 * Must not depend on the connection or on vscode.
 */
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { isCode, ruleDocUrl, sameRange, type Severity } from '../core/index';
import type { FixHint, RoadmapDiagnostic } from '../core/index';

export const DIAGNOSTIC_SOURCE = 'airoadmap';

const TO_LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const FROM_LSP_SEVERITY: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** What a published diagnostic carries in `data`, for the quick fixes. */
export interface DiagnosticData {
  fix?: FixHint;
  suggestion?: string;
}

export function toLspDiagnostic(d: RoadmapDiagnostic, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: d.range,
    severity: TO_LSP_SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: ruleDocUrl(d.code) },
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (d.related && d.related.length > 0) {
    diagnostic.relatedInformation = d.related.map(
      (r): DiagnosticRelatedInformation => ({ location: { uri, range: r.range }, message: r.message }),
    );
  }
  if (d.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  const data: DiagnosticData = {};
  if (d.fix) data.fix = d.fix;
  if (d.suggestion) data.suggestion = d.suggestion;
  if (data.fix || data.suggestion) diagnostic.data = data;
  return diagnostic;
}

/**
 * Each core diagnostic converted once: the incremental checker gives an
 * unchanged diagnostic the same object on every check (language/diagnostic-memo.ts),
 * so after an edit only the diagnostics that changed are converted again,
 * however many the file has. Keyed weakly by that object: a diagnostic no
 * analysis holds any more takes its LSP form with it.
 */
export class LspDiagnostics {
  private readonly converted = new WeakMap<RoadmapDiagnostic, { uri: string; diagnostic: Diagnostic }>();
  /** Conversions done (cache misses), for tests and the server's stats. */
  conversions = 0;

  of(d: RoadmapDiagnostic, uri: string): Diagnostic {
    const known = this.converted.get(d);
    // The related places carry the document's URI: a diagnostic of another URI (a renamed document) is converted anew.
    if (known && known.uri === uri) return known.diagnostic;
    const diagnostic = toLspDiagnostic(d, uri);
    this.conversions++;
    this.converted.set(d, { uri, diagnostic });
    return diagnostic;
  }

  all(diagnostics: readonly RoadmapDiagnostic[], uri: string): Diagnostic[] {
    return diagnostics.map((d) => this.of(d, uri));
  }
}


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The finding behind a diagnostic the client sends back: the current one with
 * the same code and range when there is one, else rebuilt from the
 * diagnostic itself (its `data` keeps the fix). Foreign diagnostics → null.
 */
export function fromLspDiagnostic(d: Diagnostic, current: readonly RoadmapDiagnostic[]): RoadmapDiagnostic | null {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string' || !isCode(d.code)) return null;
  const code = d.code;
  const match = current.find((c) => c.code === code && sameRange(c.range, d.range));
  if (match) return match;
  const rebuilt: RoadmapDiagnostic = {
    code,
    severity: FROM_LSP_SEVERITY[d.severity ?? DiagnosticSeverity.Warning] ?? 'warning',
    range: d.range,
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
  if (isRecord(d.data)) {
    if (isRecord(d.data.fix) && typeof d.data.fix.kind === 'string') rebuilt.fix = d.data.fix as unknown as FixHint;
    if (typeof d.data.suggestion === 'string') rebuilt.suggestion = d.data.suggestion;
  }
  if (d.tags?.includes(DiagnosticTag.Unnecessary)) rebuilt.unnecessary = true;
  return rebuilt;
}

/** Edits of one document as a workspace edit, versioned when the client supports it. */
export function toWorkspaceEdit(uri: string, version: number, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}
