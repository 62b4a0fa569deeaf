/**
 * The web entry (the manifest's `browser`, dist/web/extension.js, for
 * vscode.dev, github.dev and other VS Code for the Web): the language server
 * is dist/web/server.js in a web worker, one per start (a restart ends the
 * old one). It cannot read the workspace, so the client sends it the
 * configuration files (config-feed.ts) and the roadmap files
 * (roadmap-feed.ts), and it takes documents of any scheme (a virtual file
 * system's as well as untitled ones).
 * No Node.js here: the web bundle is checked for it (test/unit/web-bundles.test.ts).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type DocumentSelector, type MessageTransports } from 'vscode-languageclient/browser';
import { activateWith, deactivate as stopClient } from './extension';
import { LANGUAGE_ID } from './ids';

let worker: Worker | undefined;
let script: string | undefined;

/** Ends the running worker, and lets go of its blob (if it was started from one). */
function endWorker(): void {
  worker?.terminate();
  worker = undefined;
  if (script?.startsWith('blob:')) URL.revokeObjectURL(script);
  script = undefined;
}

/**
 * The worker's script: the bundle's own URL; for an extension installed on
 * a remote (code-server, whose web worker host refuses a vscode-remote: URI
 * for a worker), the same bundle read through workspace.fs, as a blob.
 */
async function serverScript(serverMain: vscode.Uri): Promise<string> {
  if (serverMain.scheme !== 'vscode-remote') return serverMain.toString(true);
  const bytes = await vscode.workspace.fs.readFile(serverMain);
  return URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'text/javascript' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // The transports, not the worker: the client library tells a worker by `instanceof Worker`,
  // which fails where the host wraps the constructor (code-server's web worker host does).
  const startWorker = async (): Promise<MessageTransports> => {
    endWorker();
    script = await serverScript(serverMain);
    worker = new Worker(script);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const documentSelector: DocumentSelector = [
    { language: LANGUAGE_ID },
    // The project configuration, for its own diagnostics (the server checks it as one, not as a roadmap).
    { pattern: '**/airoadmap.config.yaml' },
  ];
  await activateWith(context, {
    createClient: (id, name, options) => new LanguageClient(id, name, startWorker, options),
    documentSelector,
    // Nothing here can read a file: every configuration and roadmap file is sent.
    feeds: () => true,
  });
}

export async function deactivate(): Promise<void> {
  await stopClient();
  endWorker();
}
