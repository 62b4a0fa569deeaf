/**
 * The desktop entry (the manifest's `main`, dist/extension.js): the language
 * server is the extension's own dist/server.js in a Node.js process over
 * IPC, which reads the workspace's files on disk itself. Documents on disk,
 * untitled ones, and those of a virtual workspace (Remote Repositories,
 * `vscode-vfs:`), whose configuration and roadmap files the client sends.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith } from './extension';
import { LANGUAGE_ID } from './ids';

export { deactivate } from './extension';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const documentSelector: DocumentSelector = [
    { scheme: 'file', language: LANGUAGE_ID },
    { scheme: 'untitled', language: LANGUAGE_ID },
    { scheme: 'vscode-vfs', language: LANGUAGE_ID },
    // The project configuration, for its own diagnostics (the server checks it as one, not as a roadmap).
    { scheme: 'file', pattern: '**/airoadmap.config.yaml' },
    { scheme: 'vscode-vfs', pattern: '**/airoadmap.config.yaml' },
  ];
  await activateWith(context, {
    createClient: (id, name, options) => new LanguageClient(id, name, serverOptions, options),
    documentSelector,
    // The server reads file: folders itself; a virtual workspace's files (Remote Repositories) are sent.
    feeds: (uri) => uri.scheme !== 'file',
  });
}
