/**
 * The `airoadmap/report` request (*AI Roadmap: Export Report…*): the
 * quarterly steering report of an open document, as Markdown or as one
 * self-contained HTML page, from the server's current analysis: the same
 * document model and writers as `airoadmap report` (core/views/report*.ts),
 * with the document's settings, configuration file, locale and the server's
 * today. The HTML page's stylesheet nonce is fresh per answer.
 * Must not depend on vscode (the extension host API) or on Node: the
 * connection is passed in.
 */
import type { Connection } from 'vscode-languageserver';
import { documentHtml, documentMarkdown, localToday, reportDocument, type Locale, type RoadmapDiagnostic, type RoadmapModel } from '../core/index';
import { REPORT_REQUEST, reportParams, type ReportResult } from '../shared/preview-protocol';
import { guardRequest, type Logger } from './guard';
import { afterAnalysis } from './views';

export type ReportLookup = (
  uri: string,
) => { model: RoadmapModel; diagnostics: readonly RoadmapDiagnostic[]; version: number; locale: Locale } | undefined;

/** 128 random bits as hex, from Web Crypto (in Node 20 and in a browser worker alike). */
export function reportNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function reportFor(lookup: ReportLookup, raw: unknown, today: string, nonce: () => string = reportNonce): ReportResult {
  const params = reportParams(raw);
  if (!params) return null;
  const entry = lookup(params.uri);
  if (!entry) return null;
  const doc = reportDocument(entry.model, entry.diagnostics, entry.locale, today);
  const text = params.format === 'html' ? documentHtml(doc, nonce()) : documentMarkdown(doc);
  return { uri: params.uri, version: entry.version, format: params.format, text };
}

/** Registers the handler behind the error boundary; it answers once the document is analysed. */
export function registerReportHandler(
  connection: Connection,
  logger: Logger,
  lookup: ReportLookup,
  ready?: (uri: string) => Promise<void> | undefined,
  today: () => string = () => localToday(),
): void {
  connection.onRequest(REPORT_REQUEST, afterAnalysis(ready, guardRequest(logger, REPORT_REQUEST, (params: unknown) => reportFor(lookup, params, today()))));
}
