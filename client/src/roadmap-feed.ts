/**
 * The workspace's roadmap files for a language server that cannot list or
 * read them (VS Code for the Web): whenever the server (re)starts, the client
 * finds every `*.airoadmap.yaml|yml` of the workspace (`findFiles`, skipping
 * node_modules and dot-folders, at most 2,000, as the server does on disk),
 * reads them through `vscode.workspace.fs` and sends them
 * (`airoadmap/roadmapFiles`, in batches); when the file watcher reports one
 * created, changed or deleted, it sends that one again. The server searches
 * them for the symbol search (Ctrl+T) of roadmaps that are not open.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ROADMAP_FILES_NOTIFICATION, type ClientFilesParams } from '../../server/src/shared/client-files-protocol';

/** The server's bounds (workspace-roadmaps.ts MAX_FILES, MAX_FILE_BYTES). */
const MAX_FILES = 2_000;
const MAX_BYTES = 8 * 1024 * 1024;
/** Files per notification. */
const BATCH = 100;
const ROADMAP = /\.airoadmap\.ya?ml$/;

export class RoadmapFeed implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  /** @param feeds whether the server cannot read the files below a URI itself (only those folders are listed). */
  constructor(
    private readonly client: () => BaseLanguageClient | undefined,
    watcher: vscode.FileSystemWatcher,
    private readonly feeds: (uri: vscode.Uri) => boolean = () => true,
  ) {
    const changed = (uri: vscode.Uri): void => {
      if (ROADMAP.test(uri.path) && this.feeds(uri)) void this.read(uri).then((text) => this.send({ files: [{ uri: uri.toString(), text }] }));
    };
    this.disposables.push(watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }

  /** Finds, reads and sends every roadmap file of the workspace folders the server cannot read. */
  async sendAll(): Promise<void> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => this.feeds(f.uri));
    const uris: vscode.Uri[] = [];
    for (const folder of folders) {
      try {
        const pattern = new vscode.RelativePattern(folder, '**/*.{airoadmap.yaml,airoadmap.yml}');
        uris.push(...(await vscode.workspace.findFiles(pattern, '{**/node_modules/**,**/.*/**}', MAX_FILES - uris.length)));
      } catch {
        // no file search there: only its open roadmaps are searched
      }
      if (uris.length >= MAX_FILES) break;
    }
    for (let i = 0; i < uris.length; i += BATCH) {
      const batch = uris.slice(i, i + BATCH);
      const files = await Promise.all(batch.map(async (uri) => ({ uri: uri.toString(), text: await this.read(uri) })));
      await this.send({ files });
    }
  }

  private async read(uri: vscode.Uri): Promise<string | null> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return bytes.byteLength <= MAX_BYTES ? new TextDecoder('utf-8').decode(bytes) : null;
    } catch {
      return null;
    }
  }

  private async send(params: ClientFilesParams): Promise<void> {
    const client = this.client();
    if (!client || params.files.length === 0) return;
    try {
      await client.sendNotification(ROADMAP_FILES_NOTIFICATION, params);
    } catch {
      // Not running: the next start sends them all again.
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
