/**
 * The `airoadmap/report` request (*AI Roadmap: Export Report…*): the
 * quarterly steering report of an open document as its document model, from
 * the server's current analysis: the same model as `airoadmap report`
 * (core/views/report.ts), with the document's settings, configuration file,
 * locale and the server's today. The client writes it as Markdown or HTML
 * with the core's writers, so the server carries neither.
 * Must not depend on vscode (the extension host API) or on Node: the
 * connection is passed in.
 */
import type { Connection } from 'vscode-languageserver';
import { localToday, reportDocument, type GuideRanges, type Locale, type RoadmapDiagnostic, type RoadmapModel } from '../core/index';
import { REPORT_REQUEST, reportParams, type ReportResult } from '../shared/preview-protocol';
import type { Logger } from './guard';
import { onDocumentRequest } from './after-analysis';

export type ReportLookup = (
  uri: string,
) => { model: RoadmapModel; diagnostics: readonly RoadmapDiagnostic[]; version: number; locale: Locale; guides?: GuideRanges } | undefined;

export function reportFor(lookup: ReportLookup, raw: unknown, today: string): ReportResult {
  const params = reportParams(raw);
  if (!params) return null;
  const entry = lookup(params.uri);
  if (!entry) return null;
  return { uri: params.uri, version: entry.version, document: reportDocument(entry.model, entry.diagnostics, entry.locale, today, entry.guides) };
}

/** Registers the handler behind the error boundary; it answers once the document is analysed. */
export function registerReportHandler(
  connection: Connection,
  logger: Logger,
  lookup: ReportLookup,
  ready?: (uri: string) => Promise<void> | undefined,
  today: () => string = () => localToday(),
): void {
  onDocumentRequest(connection, logger, REPORT_REQUEST, ready, (params) => reportFor(lookup, params, today()));
}
