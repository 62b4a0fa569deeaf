/**
 * The preview panels on the VS Code side, as the Markdown preview has them:
 * one dynamic panel that follows the active roadmap editor and any number of
 * panels locked to their file (*Open Locked Preview to the Side*, *Toggle
 * Preview Locking*). Each panel asks the server for its views
 * (`airoadmap/views`: at once on open or switch, debounced while typing,
 * stale answers dropped), gets the cursor (and scrolls to it unless
 * `airoadmap.preview.scrollPreviewWithEditor` is off), reveals entities the
 * webview asks for, shows its source, is restored after a reload with its
 * file, lock and tab, and exports SVG / PNG / HTML.
 * The webview only draws; the core computes.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { RoadmapViews } from '../../../server/src/core/views/compute';
import { DARK_THEME } from '../../../server/src/core/views/chart-css';
import { exportSvg } from '../../../server/src/core/views/draw';
import { DEFAULT_VIEW, VIEW_NAMES, type ViewName } from '../../../server/src/core/views/registry';
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
  VIEW_PARTS_REQUEST,
  type ExportTheme,
  type FromWebview,
  type ToWebview,
  type ViewPartsResult,
} from '../../../server/src/shared/preview-protocol';
import { PREVIEW_MESSAGES } from '../client-messages';
import { clientLocale, exportTheme, scrollPreviewWithEditor } from '../client-settings';
import { COMMANDS, CONFIGURATION_SECTION, LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../ids';
import { revealCommand } from './export-actions';
import { ViewParts } from './view-parts';
import { base64Bytes, buildPreviewHtml, makeNonce, previewWebviewOptions, randomBytes } from './html';

/** Typing pauses this long before the preview asks again (≤ 300 ms). */
const DEBOUNCE_MS = 250;
/** How long the webview may take to draw a PNG or report its colours. */
const WEBVIEW_ANSWER_MS = 15000;

/** The locale of the panel's own strings; the views carry theirs (the server's, from the same setting). */
function uiLocale(): Locale {
  return clientLocale((key) => vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get(key), vscode.env.language);
}

/** Reads `airoadmap.*` settings for a file (the preview settings may differ by folder). */
function settingsOf(uri: vscode.Uri | undefined): (key: string) => unknown {
  const config = vscode.workspace.getConfiguration(CONFIGURATION_SECTION, uri);
  return (key) => config.get(key);
}

function isRoadmap(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return doc !== undefined && doc.languageId === LANGUAGE_ID;
}

/** What a panel needs of the manager that owns it. */
interface PreviewHost {
  readonly client: BaseLanguageClient;
  readonly bundleRoot: vscode.Uri;
  readonly extensionUri: vscode.Uri;
  focused(preview: RoadmapPreview): void;
  disposed(preview: RoadmapPreview): void;
}

/** One preview panel: its file, locked or following, and its own requests, timers and answers from the webview. */
class RoadmapPreview {
  uri: vscode.Uri | undefined;
  /** The column of the editor the file was shown in when the panel opened (Show Source goes back there). */
  sourceColumn: vscode.ViewColumn | undefined;
  private ready = false;
  private last: Extract<ToWebview, { type: 'update' }> | undefined;
  private lastGood: RoadmapViews | undefined;
  /** The server's views as this panel holds them, part by part (patched after an edit). */
  private readonly parts = new ViewParts();
  currentView: ViewName = DEFAULT_VIEW;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private readonly pngRequests = new Map<number, (dataUrl: string | null) => void>();
  private readonly themeRequests = new Map<number, (vars: Record<string, string> | null) => void>();
  private nextRequest = 1;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(
    private readonly host: PreviewHost,
    readonly panel: vscode.WebviewPanel,
    public locked: boolean,
  ) {
    panel.webview.options = previewWebviewOptions(this.bundleRoot);
    panel.iconPath = {
      light: vscode.Uri.joinPath(host.extensionUri, 'images', 'preview-light.svg'),
      dark: vscode.Uri.joinPath(host.extensionUri, 'images', 'preview-dark.svg'),
    };
    const webview = panel.webview;
    const nonce = makeNonce(randomBytes);
    webview.html = buildPreviewHtml({
      cspSource: webview.cspSource,
      nonce,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.bundleRoot, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.bundleRoot, 'preview.css')).toString(),
      locale: uiLocale(),
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.active) host.focused(this);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private get bundleRoot(): vscode.Uri {
    return this.host.bundleRoot;
  }

  private messages() {
    return PREVIEW_MESSAGES[uiLocale()];
  }

  get isReady(): boolean {
    return this.ready && !this.disposed;
  }

  /** The views to export: the last good render, else the last one. */
  get exportable(): RoadmapViews | undefined {
    return this.lastGood ?? this.last?.views;
  }

  shows(uri: vscode.Uri): boolean {
    return this.uri?.toString() === uri.toString();
  }

  updateTitle(): void {
    if (this.uri) this.panel.title = this.messages().title(baseName(this.uri), this.locked);
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.updateTitle();
    this.post({ type: 'locked', locked });
  }

  /** Nothing valid to show (a restored panel): it says so once the webview is ready. */
  showNothing(): void {
    this.uri = undefined;
    this.last = undefined;
    this.lastGood = undefined;
    this.parts.clear();
  }

  show(uri: vscode.Uri): void {
    const switching = !this.shows(uri);
    this.uri = uri;
    this.updateTitle();
    if (switching) {
      this.last = undefined;
      this.lastGood = undefined;
      this.parts.clear();
    }
    void this.refresh();
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, DEBOUNCE_MS);
  }

  /**
   * Asks for the tab shown (every tab the first time, or with `all`), as
   * what changed since the parts this panel holds; the webview redraws the
   * tabs that changed. An answer that does not fit what is held (a patch
   * from a value the server no longer has) is asked for again whole.
   */
  async refresh(retry = true, all = false): Promise<void> {
    const uri = this.uri;
    if (!uri || this.disposed) return;
    const mine = ++this.seq;
    let result: ViewPartsResult = null;
    try {
      result = await this.host.client.sendRequest<ViewPartsResult>(VIEW_PARTS_REQUEST, this.parts.params(uri.toString(), all ? VIEW_NAMES : [this.currentView]));
    } catch {
      // The server may still be starting; one quiet retry.
      if (retry && mine === this.seq) setTimeout(() => void this.refresh(false, all), 500);
      return;
    }
    if (mine !== this.seq || !result || result.uri !== uri.toString() || this.disposed) return; // a newer request is on its way
    const applied = this.parts.apply(result);
    if (!applied.ok) {
      this.parts.clear();
      if (retry) await this.refresh(false, true);
      return;
    }
    if (!applied.hasErrors) this.lastGood = applied.views;
    const editOff = this.editOff(uri);
    this.last = { type: 'update', uri: result.uri, version: applied.version, hasErrors: applied.hasErrors, views: applied.views, ...(editOff ? { editOff } : {}) };
    // The tabs that did not change are not drawn again (nor is anything when nothing changed but the version).
    if (this.ready) this.post({ ...this.last, fresh: applied.fresh });
  }

  /** The editor's cursor in this panel's file: highlighted, and scrolled to unless the setting says not to. */
  cursor(position: vscode.Position): void {
    if (!this.uri) return;
    const scroll = scrollPreviewWithEditor(settingsOf(this.uri));
    this.post({ type: 'cursor', uri: this.uri.toString(), position: { line: position.line, character: position.character }, scroll });
  }

  post(message: ToWebview): void {
    if (this.ready && !this.disposed) void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    if (!isFromWebview(raw)) return;
    const m: FromWebview = raw;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        if (this.locked) this.post({ type: 'locked', locked: true });
        if (this.last) this.post(this.last); // whole: a new webview has nothing drawn
        else if (this.uri) void this.refresh();
        else this.post({ type: 'nothing', text: this.messages().nothing });
        break;
      case 'reveal':
        void this.reveal(m.uri, m.range);
        break;
      case 'view-changed':
        // The tab shown now may be older than the others: what changed in it since comes.
        this.currentView = m.view;
        void this.refresh();
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
      case 'theme-vars': {
        const resolve = this.themeRequests.get(m.requestId);
        this.themeRequests.delete(m.requestId);
        resolve?.(m.vars);
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
      answer = await this.host.client.sendRequest<EditAnswer | null>(EDIT_REQUEST, params);
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

  /** The column to show the file in: where it is visible already, else where it came from, else beside the panel. */
  private editorColumn(): vscode.ViewColumn {
    const visible = vscode.window.visibleTextEditors.find((e) => this.uri !== undefined && e.document.uri.toString() === this.uri.toString());
    if (visible?.viewColumn !== undefined) return visible.viewColumn;
    if (this.sourceColumn !== undefined && this.sourceColumn !== this.panel.viewColumn) return this.sourceColumn;
    return this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }

  private async reveal(uriText: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
    if (!this.uri || uriText !== this.uri.toString()) return;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: this.editorColumn(), selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** *Show Source*: the file this panel shows, in its editor (opened if need be), focused. */
  async showSource(): Promise<void> {
    if (!this.uri) return;
    await vscode.window.showTextDocument(this.uri, { viewColumn: this.editorColumn(), preserveFocus: false, preview: false });
  }

  private ask<T>(requests: Map<number, (answer: T | null) => void>, message: (requestId: number) => ToWebview): Promise<T | null> {
    const requestId = this.nextRequest++;
    return new Promise((resolve) => {
      requests.set(requestId, resolve);
      this.post(message(requestId));
      setTimeout(() => {
        if (requests.delete(requestId)) resolve(null);
      }, WEBVIEW_ANSWER_MS);
    });
  }

  requestPng(theme: ExportTheme): Promise<string | null> {
    return this.ask(this.pngRequests, (requestId) => ({ type: 'export-png', requestId, theme }));
  }

  requestThemeVars(): Promise<Record<string, string> | null> {
    return this.ask(this.themeRequests, (requestId) => ({ type: 'theme-vars', requestId }));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.ready = false;
    this.last = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    for (const resolve of this.pngRequests.values()) resolve(null);
    this.pngRequests.clear();
    for (const resolve of this.themeRequests.values()) resolve(null);
    this.themeRequests.clear();
    this.host.disposed(this);
    this.panel.dispose();
  }
}

class PreviewManager implements vscode.Disposable, PreviewHost {
  /** Every open panel, the most recently focused last. */
  private previews: RoadmapPreview[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly client: BaseLanguageClient,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!isRoadmap(editor?.document)) return;
        const uri = editor.document.uri;
        for (const p of this.previews) {
          if (p.locked || p.shows(uri)) continue;
          p.sourceColumn = editor.viewColumn;
          p.show(uri);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        for (const p of this.showing(e.document.uri)) p.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const position = e.selections[0]?.active;
        if (!position) return;
        for (const p of this.showing(e.textEditor.document.uri)) p.cursor(position);
      }),
      // A new day (the server noticed midnight): the timeline's today line and the overdue items move with no edit.
      client.onNotification(DAY_CHANGED_NOTIFICATION, () => {
        for (const p of this.previews) void p.refresh();
      }),
      // Trusting the workspace turns editing on: the previews are told with their next update.
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        for (const p of this.previews) void p.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('airoadmap.language')) return;
        // The titles are ours; the labels come with the views, in the language
        // the server switches to once it has pulled the new setting.
        for (const p of this.previews) {
          p.updateTitle();
          p.schedule();
        }
        setTimeout(() => {
          for (const p of this.previews) void p.refresh();
        }, 1000);
      }),
    );
  }

  get bundleRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
  }

  get extensionUri(): vscode.Uri {
    return this.context.extensionUri;
  }

  private messages() {
    return PREVIEW_MESSAGES[uiLocale()];
  }

  private showing(uri: vscode.Uri): RoadmapPreview[] {
    return this.previews.filter((p) => p.shows(uri));
  }

  /** The panel that follows the active editor (there is at most one; the most recently focused if ever more). */
  private get dynamic(): RoadmapPreview | undefined {
    return this.previews.filter((p) => !p.locked).at(-1);
  }

  /** The preview the user is in (its panel focused), else the one focused last. */
  private get current(): RoadmapPreview | undefined {
    return this.previews.find((p) => p.panel.active) ?? this.previews.at(-1);
  }

  focused(preview: RoadmapPreview): void {
    this.previews = [...this.previews.filter((p) => p !== preview), preview];
  }

  disposed(preview: RoadmapPreview): void {
    this.previews = this.previews.filter((p) => p !== preview);
  }

  private adopt(panel: vscode.WebviewPanel, locked: boolean): RoadmapPreview {
    const preview = new RoadmapPreview(this, panel, locked);
    this.previews.push(preview);
    return preview;
  }

  /** The file a command is about: the one it was given, the active roadmap editor's, or the current preview's. */
  private target(resource: unknown): vscode.Uri | undefined {
    if (resource instanceof vscode.Uri) return resource;
    const editor = vscode.window.activeTextEditor;
    if (isRoadmap(editor?.document)) return editor.document.uri;
    return this.current?.uri;
  }

  private create(uri: vscode.Uri, toSide: boolean, locked: boolean): RoadmapPreview {
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      this.messages().title(baseName(uri), locked),
      { viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus: toSide },
      previewWebviewOptions(this.bundleRoot),
    );
    return this.adopt(panel, locked);
  }

  /** Opens (or reveals) the dynamic preview for the active roadmap editor or the given file. */
  async open(toSide: boolean, resource?: unknown): Promise<void> {
    const uri = this.target(resource);
    if (!uri) {
      void vscode.window.showInformationMessage(this.messages().noRoadmap);
      return;
    }
    const column = vscode.window.activeTextEditor?.viewColumn;
    let preview = this.dynamic;
    if (preview) preview.panel.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide);
    else preview = this.create(uri, toSide, false);
    preview.sourceColumn = column;
    preview.show(uri);
  }

  /** *Open Locked Preview to the Side*: a panel that stays on this file (an existing locked one of it is revealed). */
  async openLocked(resource?: unknown): Promise<void> {
    const uri = this.target(resource);
    if (!uri) {
      void vscode.window.showInformationMessage(this.messages().noRoadmap);
      return;
    }
    const existing = this.previews.find((p) => p.locked && p.shows(uri));
    if (existing) {
      existing.panel.reveal(undefined, true);
      return;
    }
    const column = vscode.window.activeTextEditor?.viewColumn;
    const preview = this.create(uri, true, true);
    preview.sourceColumn = column;
    preview.show(uri);
  }

  /** *Toggle Preview Locking* of the current preview; an unlocked one becomes the only dynamic preview, as in Markdown. */
  toggleLock(): void {
    const preview = this.current;
    if (!preview) {
      void vscode.window.showInformationMessage(this.messages().noPreview);
      return;
    }
    preview.setLocked(!preview.locked);
    if (!preview.locked) {
      for (const other of this.previews.filter((p) => p !== preview && !p.locked)) other.dispose();
      this.focused(preview);
    }
  }

  async showSource(): Promise<void> {
    const preview = this.current;
    if (!preview?.uri) {
      void vscode.window.showInformationMessage(this.messages().noPreview);
      return;
    }
    await preview.showSource();
  }

  /** *Refresh*: every preview asks the server again. */
  async refresh(): Promise<void> {
    if (this.previews.length === 0) {
      void vscode.window.showInformationMessage(this.messages().noPreview);
      return;
    }
    await Promise.all(this.previews.map((p) => p.refresh()));
  }

  /**
   * A panel VS Code brings back after a window reload. Its state is what the
   * webview saved, so it is checked like any message from it: only a roadmap
   * location is shown, locked when it was; otherwise the active roadmap
   * editor (in a dynamic panel), or nothing.
   */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = restorablePreview(state);
    const uri = saved ? roadmapUri(saved.uri) : undefined;
    const preview = this.adopt(panel, saved !== null && uri !== undefined && saved.locked);
    if (saved && uri) {
      preview.currentView = saved.view;
      preview.show(uri);
    } else if (isRoadmap(vscode.window.activeTextEditor?.document)) {
      preview.show(vscode.window.activeTextEditor.document.uri);
    } else {
      preview.showNothing();
    }
  }

  /** The preview to export: the one in focus, else one of the active editor's file, else the dynamic one. */
  private exportTarget(): RoadmapPreview | undefined {
    const focused = this.previews.find((p) => p.panel.active);
    if (focused) return focused;
    const editor = vscode.window.activeTextEditor;
    const ofEditor = isRoadmap(editor?.document) ? this.showing(editor.document.uri).at(-1) : undefined;
    return ofEditor ?? this.dynamic ?? this.previews.at(-1);
  }

  /** The colours of an SVG in the editor's theme: the webview's own, else the dark or light palette by the theme's kind. */
  private async editorThemeVars(preview: RoadmapPreview): Promise<Readonly<Record<string, string>>> {
    const vars = preview.isReady ? await preview.requestThemeVars() : null;
    if (vars && Object.keys(vars).length > 0) return vars;
    const kind = vscode.window.activeColorTheme?.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? DARK_THEME : {};
  }

  async export(): Promise<void> {
    const msg = this.messages();
    let preview = this.exportTarget();
    if (!preview) {
      await this.open(true);
      preview = this.dynamic;
    }
    // Every tab up to date: those not shown are as of when they were last shown.
    await preview?.refresh(true, true);
    const views = preview?.exportable;
    if (!preview || !views || !preview.uri) {
      void vscode.window.showInformationMessage(msg.noRoadmap);
      return;
    }
    const uri = preview.uri;
    const choice = await vscode.window.showQuickPick(
      [
        { label: msg.svg, format: 'svg' as const },
        { label: msg.png, format: 'png' as const },
        { label: msg.html, format: 'html' as const },
      ],
      { placeHolder: msg.pick },
    );
    if (!choice) return;
    const stem = baseName(uri).replace(/\.airoadmap\.ya?ml$/i, '');
    const fileName = choice.format === 'html' ? `${stem}.html` : `${stem}-${preview.currentView}.${choice.format}`;
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', fileName),
      filters: { [choice.format.toUpperCase()]: [choice.format] },
    });
    if (!target) return;
    const theme = exportTheme(settingsOf(uri));
    try {
      let bytes: Uint8Array;
      if (choice.format === 'svg') {
        const vars = theme === 'editor' ? await this.editorThemeVars(preview) : {};
        bytes = new TextEncoder().encode(exportSvg(views, preview.currentView, { vars }));
      } else if (choice.format === 'png') {
        if (!preview.isReady) {
          void vscode.window.showInformationMessage(msg.pngNeedsPreview);
          return;
        }
        const dataUrl = await preview.requestPng(theme);
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
    } catch (err) {
      void vscode.window.showErrorMessage(msg.failed(err instanceof Error ? err.message : String(err)));
      return;
    }
    void this.offerExported(target, choice.format);
  }

  /** The completion notification: Open, and Reveal where this host can (the OS's file manager on the desktop, else the Explorer view). */
  private async offerExported(target: vscode.Uri, format: 'svg' | 'png' | 'html'): Promise<void> {
    const msg = this.messages();
    const platform = typeof process === 'undefined' ? undefined : process.platform;
    const reveal = revealCommand({
      desktop: vscode.env.uiKind === vscode.UIKind.Desktop,
      remote: vscode.env.remoteName !== undefined,
      scheme: target.scheme,
      inWorkspace: vscode.workspace.getWorkspaceFolder(target) !== undefined,
    });
    const revealLabel = reveal === 'revealFileInOS' ? msg.revealInOs(platform) : reveal === 'revealInExplorer' ? msg.revealInExplorer : undefined;
    const actions = revealLabel ? [msg.open, revealLabel] : [msg.open];
    const shown = target.scheme === 'file' ? target.fsPath : target.toString(true);
    const choice = await vscode.window.showInformationMessage(msg.exported(shown), ...actions);
    if (choice === msg.open) {
      // A page opens in the browser; an image in VS Code's own image preview.
      if (format === 'html') await vscode.env.openExternal(target);
      else await vscode.commands.executeCommand('vscode.open', target);
    } else if (choice !== undefined && choice === revealLabel && reveal) {
      await vscode.commands.executeCommand(reveal, target);
    }
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
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
    vscode.commands.registerCommand(COMMANDS.openLockedPreviewToSide, (resource?: vscode.Uri) => manager.openLocked(resource)),
    vscode.commands.registerCommand(COMMANDS.togglePreviewLock, () => manager.toggleLock()),
    vscode.commands.registerCommand(COMMANDS.showSource, () => manager.showSource()),
    vscode.commands.registerCommand(COMMANDS.refreshPreview, () => manager.refresh()),
    vscode.commands.registerCommand(COMMANDS.exportPreview, () => manager.export()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => manager.restore(panel, state),
    }),
  );
}
