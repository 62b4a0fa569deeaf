/**
 * *AI Roadmap: Export Report…*: the quarterly steering report of the active
 * roadmap (or the one chosen in the Explorer), as Markdown or as a
 * self-contained HTML page, written where the user says. The server computes
 * the report's document from its current analysis (`airoadmap/report`, the
 * same report as `airoadmap report`); the client writes it in the chosen
 * format with the core's writers and saves it through `vscode.workspace.fs`,
 * so it works on virtual files too.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Locale } from '../../server/src/core/language/types';
import { documentHtml } from '../../server/src/core/views/report-html';
import { documentMarkdown } from '../../server/src/core/views/report-markdown';
import { isReportDocument, REPORT_REQUEST, type ReportFormat, type ReportParams, type ReportResult } from '../../server/src/shared/preview-protocol';
import { REPORT_MESSAGES } from './client-messages';
import { clientLocale } from './client-settings';
import { COMMANDS, CONFIGURATION_SECTION, LANGUAGE_ID } from './ids';

function uiLocale(): Locale {
  return clientLocale((key) => vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get(key), vscode.env.language);
}

/** 128 random bits as hex (Web Crypto: the desktop and the web extension host alike), for the page's stylesheet. */
function reportNonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `plan.airoadmap.yaml` → `plan.report.md`; any other name keeps its stem. */
export function reportFileName(roadmapPath: string, format: ReportFormat): string {
  const base = roadmapPath.slice(roadmapPath.lastIndexOf('/') + 1) || 'roadmap';
  const stem = base.replace(/\.airoadmap\.ya?ml$/i, '').replace(/\.ya?ml$/i, '') || 'roadmap';
  return `${stem}.report.${format}`;
}

/** The roadmap to report on: the Explorer's or editor title's resource, else the active roadmap editor's document. */
async function roadmapDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) {
    try {
      return await vscode.workspace.openTextDocument(resource);
    } catch {
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === LANGUAGE_ID ? active : undefined;
}

/** Where the save dialog starts: beside the roadmap, or in the first workspace folder for an untitled one. */
function defaultTarget(uri: vscode.Uri, name: string): vscode.Uri | undefined {
  if (uri.scheme !== 'untitled') return vscode.Uri.joinPath(uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

/**
 * What a caller (a keybinding's `args`, another extension, the API tests) may
 * give instead of the quick pick and the save dialog: a format, and a target
 * file whose name ends in that format's extension. Anything else is ignored
 * and the user is asked.
 */
export interface ExportReportOptions {
  format: ReportFormat;
  target?: vscode.Uri;
}

const EXTENSIONS: Record<ReportFormat, string[]> = { md: ['md'], html: ['html', 'htm'] };

function givenOptions(raw: unknown): ExportReportOptions | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { format, target } = raw as { format?: unknown; target?: unknown };
  if (format !== 'md' && format !== 'html') return undefined;
  if (!(target instanceof vscode.Uri)) return { format };
  const ext = target.path.slice(target.path.lastIndexOf('.') + 1).toLowerCase();
  return EXTENSIONS[format].includes(ext) ? { format, target } : { format };
}

export async function exportReport(client: BaseLanguageClient, resource?: unknown, options?: unknown): Promise<void> {
  const msg = REPORT_MESSAGES[uiLocale()];
  const doc = await roadmapDocument(resource);
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(msg.noRoadmap);
    return;
  }
  const given = givenOptions(options);
  const format =
    given?.format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: msg.markdown, detail: msg.markdownDetail, format: 'md' as const },
          { label: msg.html, detail: msg.htmlDetail, format: 'html' as const },
        ],
        { placeHolder: msg.pick },
      )
    )?.format;
  if (!format) return;
  const target =
    given?.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(doc.uri, reportFileName(doc.uri.path, format)),
      filters: { [format === 'md' ? 'Markdown' : 'HTML']: EXTENSIONS[format] },
      saveLabel: msg.save,
    }));
  if (!target) return;
  if (target.toString() === doc.uri.toString()) {
    void vscode.window.showErrorMessage(msg.notOverRoadmap);
    return;
  }
  try {
    const params: ReportParams = { uri: doc.uri.toString() };
    const result = await client.sendRequest<ReportResult>(REPORT_REQUEST, params);
    if (!result || !isReportDocument(result.document)) throw new Error(msg.unknownDocument);
    const text = format === 'html' ? documentHtml(result.document, reportNonce()) : documentMarkdown(result.document);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (err) {
    void vscode.window.showErrorMessage(msg.failed(err instanceof Error ? err.message : String(err)));
    return;
  }
  const shown = target.scheme === 'file' ? target.fsPath : target.toString(true);
  // Not waited for: a caller that gave the target goes on while the notification stays.
  void vscode.window.showInformationMessage(msg.exported(shown), msg.open).then((open) => (open === msg.open ? openReport(target, format) : undefined));
}

/** Markdown opens in the editor (its own preview is a click away); the page in the browser, as it prints. */
async function openReport(target: vscode.Uri, format: ReportFormat): Promise<void> {
  if (format === 'md') await vscode.commands.executeCommand('vscode.open', target);
  else await vscode.env.openExternal(target);
}

/** Registers *AI Roadmap: Export Report…*; call once the language client has started. */
export function registerReport(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(COMMANDS.exportReport, (resource?: unknown, options?: unknown) => exportReport(client, resource, options)));
}
