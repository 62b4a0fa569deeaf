/**
 * The web entry (the manifest's `browser`, dist/web/extension.js, for
 * vscode.dev, github.dev and other VS Code for the Web): the language server
 * is dist/web/server.js in a web worker, one per start (a restart ends the
 * old one). It cannot read the workspace, so the client sends it the
 * configuration files (config-feed.ts), and it takes documents of any
 * scheme (a virtual file system's as well as untitled ones).
 * No Node.js here: the web bundle is checked for it (test/unit/web-bundles.test.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient, type DocumentSelector } from 'vscode-languageclient/browser';
import { activateWith, deactivate as stopClient } from './extension';
import { LANGUAGE_ID } from './ids';

let worker: Worker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const startWorker = (): Promise<Worker> => {
    worker?.terminate();
    worker = new Worker(serverMain.toString(true));
    return Promise.resolve(worker);
  };
  const documentSelector: DocumentSelector = [
    { language: LANGUAGE_ID },
    // The project configuration, for its own diagnostics (the server checks it as one, not as a roadmap).
    { pattern: '**/airoadmap.config.yaml' },
  ];
  await activateWith(context, {
    createClient: (id, name, options) => new LanguageClient(id, name, startWorker, options),
    documentSelector,
    feedConfigFiles: true,
  });
}

export async function deactivate(): Promise<void> {
  await stopClient();
  worker?.terminate();
  worker = undefined;
}
