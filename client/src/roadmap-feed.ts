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
import { readFedText, sendFiles } from './file-feed';

/** The server's bound (workspace-roadmaps.ts MAX_FILES). */
const MAX_FILES = 2_000;
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

  private read(uri: vscode.Uri): Promise<string | null> {
    return readFedText(uri);
  }

  private send(params: ClientFilesParams): Promise<void> {
    return sendFiles(this.client(), ROADMAP_FILES_NOTIFICATION, params);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
