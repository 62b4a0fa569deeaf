/**
 * The configuration files for a language server that cannot read the
 * workspace (VS Code for the Web, where it is a web worker): before a
 * document is opened on the server, the client reads each place an
 * airoadmap.config.yaml may be for it (shared/client-files-protocol.ts's
 * candidates, up to its workspace folder) through `vscode.workspace.fs`,
 * which reaches virtual file systems too, and sends what it found
 * (`airoadmap/configFiles`); when one changes, appears or goes (the file
 * watcher, a save), it reads it again and sends it. What was read is kept;
 * the server ignores a file sent again unchanged.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CONFIG_FILES_NOTIFICATION, configCandidates, type ClientFilesParams } from '../../server/src/shared/client-files-protocol';
import { readFedText, sendFiles } from './file-feed';

export class ConfigFeed implements vscode.Disposable {
  private readonly known = new Map<string, string | null>();
  private readonly disposables: vscode.Disposable[] = [];

  /** @param feeds whether the server cannot read the files below a URI itself (only those are sent). */
  constructor(
    private readonly client: () => BaseLanguageClient | undefined,
    watcher: vscode.FileSystemWatcher,
    private readonly feeds: (uri: vscode.Uri) => boolean = () => true,
  ) {
    const changed = (uri: vscode.Uri): void => {
      if (this.feeds(uri)) void this.reread(uri);
    };
    this.disposables.push(
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidSaveTextDocument((document) => changed(document.uri)),
    );
  }

  /** Sends the configuration files that apply to a document; call before the server hears of the document. */
  async beforeOpen(document: vscode.Uri): Promise<void> {
    if (!this.feeds(document)) return;
    const folder = vscode.workspace.getWorkspaceFolder(document)?.uri.toString();
    const candidates = configCandidates(document.toString(), folder);
    const files = await Promise.all(candidates.map(async (uri) => ({ uri, text: this.known.has(uri) ? (this.known.get(uri) ?? null) : await this.read(uri) })));
    await this.send({ files });
  }

  private async reread(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (!/(^|\/)airoadmap\.config\.yaml$/.test(key)) return;
    this.known.delete(key);
    await this.send({ files: [{ uri: key, text: await this.read(key) }] });
  }

  /** The file's text, or null when it is not there, not readable or too large; kept. */
  private async read(uri: string): Promise<string | null> {
    let text: string | null = null;
    try {
      text = await readFedText(vscode.Uri.parse(uri, true));
    } catch {
      // not a URI: null
    }
    this.known.set(uri, text);
    return text;
  }

  /** Resolves once the notification is written, so a didOpen that follows comes after it. */
  private send(params: ClientFilesParams): Promise<void> {
    return sendFiles(this.client(), CONFIG_FILES_NOTIFICATION, params);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
