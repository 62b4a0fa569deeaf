/**
 * The preview panel on the VS Code side: opens it (here or to the side),
 * follows the active roadmap editor, asks the server for the views
 * (`airoadmap/views`: at once on open or switch, debounced while typing,
 * stale answers dropped), forwards the cursor, reveals entities the webview
 * asks for, restores panels after a reload and exports SVG / PNG / HTML.
 * The webview only draws; the core computes.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { RoadmapViews } from '../../../server/src/core/views/compute';
import { exportSvg } from '../../../server/src/core/views/draw';
import { DEFAULT_VIEW, type ViewName } from '../../../server/src/core/views/registry';
import { buildStandaloneHtml } from '../../../server/src/core/views/standalone';
import type { Locale } from '../../../server/src/core/language/types';
import {
  DAY_CHANGED_NOTIFICATION,
  EDIT_REQUEST,
  editableKey,
  type EditAnswer,
  type EditParams,
  isFromWebview,
  isRoadmapLocation,
  restorablePreview,
  VIEWS_REQUEST,
  type FromWebview,
  type ToWebview,
  type ViewsParams,
  type ViewsResult,
} from '../../../server/src/shared/preview-protocol';
import { PREVIEW_MESSAGES } from '../client-messages';
import { clientLocale } from '../client-settings';
import { COMMANDS, CONFIGURATION_SECTION, LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../ids';
import { base64Bytes, buildPreviewHtml, makeNonce, previewWebviewOptions, randomBytes } from './html';

/** Typing pauses this long before the preview asks again (≤ 300 ms). */
const DEBOUNCE_MS = 250;

/** The locale of the panel's own strings; the views carry theirs (the server's, from the same setting). */
function uiLocale(): Locale {
  return clientLocale((key) => vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get(key), vscode.env.language);
}

function isRoadmap(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return doc !== undefined && doc.languageId === LANGUAGE_ID;
}

class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private ready = false;
  private last: Extract<ToWebview, { type: 'update' }> | undefined;
  private lastGood: RoadmapViews | undefined;
  private currentView: ViewName = DEFAULT_VIEW;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private pngRequests = new Map<number, (dataUrl: string | null) => void>();
  private nextPng = 1;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: BaseLanguageClient,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !isRoadmap(editor?.document)) return;
        if (this.uri?.toString() === editor.document.uri.toString()) return;
        this.show(editor.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.uri && e.document.uri.toString() === this.uri.toString() && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || !this.uri || e.textEditor.document.uri.toString() !== this.uri.toString()) return;
        const p = e.selections[0]?.active;
        if (p) this.post({ type: 'cursor', uri: this.uri.toString(), position: { line: p.line, character: p.character } });
      }),
      // A new day (the server noticed midnight): the timeline's today line and the overdue items move with no edit.
      client.onNotification(DAY_CHANGED_NOTIFICATION, () => {
        if (this.panel && this.uri) void this.refresh();
      }),
      // Trusting the workspace turns editing on: the preview is told with its next update.
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (this.panel && this.uri) void this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!this.panel || !this.uri || !e.affectsConfiguration('airoadmap.language')) return;
        // The title is ours; the labels come with the views, in the language
        // the server switches to once it has pulled the new setting.
        this.panel.title = this.messages().title(baseName(this.uri));
        this.schedule();
        setTimeout(() => void this.refresh(), 1000);
      }),
    );
  }

  private get bundleRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
  }

  private messages() {
    return PREVIEW_MESSAGES[uiLocale()];
  }

  /** Opens (or reveals) the preview for the active roadmap editor or the given file. */
  async open(toSide: boolean, resource?: vscode.Uri): Promise<void> {
    const uri = resource instanceof vscode.Uri ? resource : isRoadmap(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor.document.uri : this.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(this.messages().noRoadmap);
      return;
    }
    if (this.panel) {
      this.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide);
    } else {
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        this.messages().title(baseName(uri)),
        { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
        previewWebviewOptions(this.bundleRoot),
      );
      this.attach(panel);
    }
    this.show(uri);
  }

  /**
   * A panel VS Code brings back after a window reload. Its state is what the
   * webview saved, so it is checked like any message from it: only a roadmap
   * location is shown; otherwise the active roadmap editor, or nothing.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.panel?.dispose();
    this.attach(panel);
    const saved = restorablePreview(state);
    const uri = saved ? roadmapUri(saved.uri) : undefined;
    if (saved && uri) {
      this.currentView = saved.view;
      this.show(uri);
    } else if (isRoadmap(vscode.window.activeTextEditor?.document)) {
      this.show(vscode.window.activeTextEditor.document.uri);
    } else {
      // The panel says there is nothing to show once the webview is ready.
      this.uri = undefined;
      this.last = undefined;
      this.lastGood = undefined;
    }
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.webview.options = previewWebviewOptions(this.bundleRoot);
    const webview = panel.webview;
    const nonce = makeNonce(randomBytes);
    webview.html = buildPreviewHtml({
      cspSource: webview.cspSource,
      nonce,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.bundleRoot, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.bundleRoot, 'preview.css')).toString(),
      locale: uiLocale(),
    });
    this.panelDisposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.ready = false;
        this.last = undefined;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
        for (const resolve of this.pngRequests.values()) resolve(null);
        this.pngRequests.clear();
      }),
    );
  }

  private show(uri: vscode.Uri): void {
    const switching = this.uri?.toString() !== uri.toString();
    this.uri = uri;
    if (this.panel) this.panel.title = this.messages().title(baseName(uri));
    if (switching) {
      this.last = undefined;
      this.lastGood = undefined;
    }
    void this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  private async refresh(retry = true): Promise<void> {
    const uri = this.uri;
    if (!uri || !this.panel) return;
    const mine = ++this.seq;
    let result: ViewsResult = null;
    try {
      const params: ViewsParams = { uri: uri.toString() };
      result = await this.client.sendRequest<ViewsResult>(VIEWS_REQUEST, params);
    } catch {
      // The server may still be starting; one quiet retry.
      if (retry && mine === this.seq) setTimeout(() => void this.refresh(false), 500);
      return;
    }
    if (mine !== this.seq || !result || result.uri !== uri.toString()) return; // a newer request is on its way
    if (!result.hasErrors) this.lastGood = result.views;
    const editOff = this.editOff(uri);
    this.last = { type: 'update', uri: result.uri, version: result.version, hasErrors: result.hasErrors, views: result.views, ...(editOff ? { editOff } : {}) };
    if (this.ready) this.post(this.last);
  }

  private post(message: ToWebview): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    if (!isFromWebview(raw)) return;
    const m: FromWebview = raw;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        if (this.last) this.post(this.last);
        else if (this.uri) void this.refresh();
        else this.post({ type: 'nothing', text: this.messages().nothing });
        break;
      case 'reveal':
        void this.reveal(m.uri, m.range);
        break;
      case 'view-changed':
        this.currentView = m.view;
        break;
      case 'edit':
        void this.edit(m);
        break;
      case 'png': {
        const resolve = this.pngRequests.get(m.requestId);
        this.pngRequests.delete(m.requestId);
        resolve?.(m.dataUrl);
        break;
      }
    }
  }

  /** Why the preview may not edit this file: an untrusted workspace, a read-only file system; undefined: it may. */
  private editOff(uri: vscode.Uri): string | undefined {
    const msg = this.messages();
    if (!vscode.workspace.isTrusted) return msg.editUntrusted;
    if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) return msg.editReadOnly;
    return undefined;
  }

  /**
   * An intent from the webview (checked by isFromWebview: a known element,
   * scores 1–5 or a boolean): the server plans the edit on the version the
   * preview showed, and it is applied as one workspace edit (one undo step),
   * only while the document still has that version.
   */
  private async edit(m: Extract<FromWebview, { type: 'edit' }>): Promise<void> {
    const msg = this.messages();
    if (!this.uri || m.uri !== this.uri.toString()) return;
    const off = this.editOff(this.uri);
    if (off) {
      void vscode.window.showInformationMessage(msg.editOff(off));
      return;
    }
    const target = editableKey(m.key);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === m.uri);
    if (!target || !document) return;
    if (document.version !== m.version) {
      void vscode.window.showInformationMessage(msg.editStale);
      return;
    }
    const params: EditParams = { uri: m.uri, version: m.version, changes: m.changes.map((c) => ({ path: `${target.section}.${target.id}.${c.field}`, value: c.value })) };
    let answer: EditAnswer | null;
    try {
      answer = await this.client.sendRequest<EditAnswer | null>(EDIT_REQUEST, params);
    } catch {
      answer = null;
    }
    if (!answer) {
      void vscode.window.showInformationMessage(msg.editStale);
      return;
    }
    if (!answer.applied) {
      void vscode.window.showWarningMessage(answer.message);
      return;
    }
    if (document.version !== answer.version) {
      void vscode.window.showInformationMessage(msg.editStale);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of answer.edits) edit.replace(document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    await vscode.workspace.applyEdit(edit);
  }

  private async reveal(uriText: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
    if (!this.uri || uriText !== this.uri.toString()) return;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uriText);
    const column = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private requestPng(): Promise<string | null> {
    const requestId = this.nextPng++;
    return new Promise((resolve) => {
      this.pngRequests.set(requestId, resolve);
      this.post({ type: 'export-png', requestId });
      setTimeout(() => {
        if (this.pngRequests.delete(requestId)) resolve(null);
      }, 15000);
    });
  }

  async export(): Promise<void> {
    const msg = this.messages();
    if (!this.lastGood && !this.last) {
      await this.open(true);
      await this.refresh();
    }
    const views = this.lastGood ?? this.last?.views;
    if (!views || !this.uri) {
      void vscode.window.showInformationMessage(msg.noRoadmap);
      return;
    }
    const choice = await vscode.window.showQuickPick(
      [
        { label: msg.svg, format: 'svg' as const },
        { label: msg.png, format: 'png' as const },
        { label: msg.html, format: 'html' as const },
      ],
      { placeHolder: msg.pick },
    );
    if (!choice) return;
    const stem = baseName(this.uri).replace(/\.airoadmap\.ya?ml$/i, '');
    const fileName = choice.format === 'html' ? `${stem}.html` : `${stem}-${this.currentView}.${choice.format}`;
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(this.uri, '..', fileName),
      filters: { [choice.format.toUpperCase()]: [choice.format] },
    });
    if (!target) return;
    try {
      let bytes: Uint8Array;
      if (choice.format === 'svg') {
        bytes = new TextEncoder().encode(exportSvg(views, this.currentView));
      } else if (choice.format === 'png') {
        if (!this.panel || !this.ready) {
          void vscode.window.showInformationMessage(msg.pngNeedsPreview);
          return;
        }
        const dataUrl = await this.requestPng();
        if (!dataUrl) throw new Error(msg.noImage);
        bytes = base64Bytes(dataUrl.slice(dataUrl.indexOf(',') + 1));
      } else {
        const read = async (name: string) => new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.bundleRoot, name)));
        let js: string;
        let css: string;
        try {
          [js, css] = await Promise.all([read('preview.js'), read('preview.css')]);
        } catch {
          throw new Error(msg.noBundle);
        }
        bytes = new TextEncoder().encode(buildStandaloneHtml({ views, js, css, nonce: makeNonce(randomBytes) }));
      }
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(msg.exported(target.fsPath));
    } catch (err) {
      void vscode.window.showErrorMessage(msg.failed(err instanceof Error ? err.message : String(err)));
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The URI as VS Code parses it, checked again as parsed; undefined when refused. */
function roadmapUri(text: string): vscode.Uri | undefined {
  try {
    const uri = vscode.Uri.parse(text, true);
    return isRoadmapLocation(uri) ? uri : undefined;
  } catch {
    return undefined;
  }
}

function baseName(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] ?? uri.path;
}

/** Registers the preview commands and the panel serializer; call once the language client has started. */
export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const manager = new PreviewManager(context, client);
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand(COMMANDS.openPreview, (resource?: vscode.Uri) => manager.open(false, resource)),
    vscode.commands.registerCommand(COMMANDS.openPreviewToSide, (resource?: vscode.Uri) => manager.open(true, resource)),
    vscode.commands.registerCommand(COMMANDS.exportPreview, () => manager.export()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => manager.restore(panel, state),
    }),
  );
}
