/**
 * The VS Code side: starts the language server (dist/server.js) for
 * `airoadmap` documents, restarts it if it crashes (saying so once), and
 * contributes the commands. The language work is all in the server; the
 * pure policies live in small modules next to this one.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CLIENT_MESSAGES } from './client-messages';
import { clientLocale, settingsSnapshot } from './client-settings';
import { CrashPolicy } from './crash-policy';
import { newRoadmapContent, untitledRoadmapName } from './new-roadmap';
import { COMMANDS, CONFIGURATION_SECTION, LANGUAGE_ID } from './ids';
import { registerPreview } from './preview/index';
import { registerReport } from './report';


let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const setting = (key: string): unknown => vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get(key);
  const messages = () => CLIENT_MESSAGES[clientLocale(setting, vscode.env.language)];
  const output = vscode.window.createOutputChannel('AI Roadmap', { log: true });
  context.subscriptions.push(output);

  const policy = new CrashPolicy();
  const tell = (what: 'restarted' | 'gave-up'): void => {
    const m = messages();
    const text = what === 'restarted' ? m.restarted : m.gaveUp(policy.maxRestarts + 1, Math.round(policy.windowMs / 60000));
    const show = what === 'restarted' ? vscode.window.showInformationMessage : vscode.window.showErrorMessage;
    void show(text, m.showOutput).then((choice) => {
      if (choice === m.showOutput) output.show(true);
    });
  };
  const errorHandler: ErrorHandler = {
    error: (_error, _message, count) => ({
      action: policy.error(count) === 'continue' ? ErrorAction.Continue : ErrorAction.Shutdown,
      handled: true,
    }),
    closed: () => {
      const decision = policy.closed();
      if (decision.notify) tell(decision.notify);
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const roadmapWatcher = vscode.workspace.createFileSystemWatcher('**/{airoadmap.config.yaml,*.airoadmap.yaml,*.airoadmap.yml}');
  context.subscriptions.push(roadmapWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      // The project configuration, for its own diagnostics (the server checks it as one, not as a roadmap).
      { scheme: 'file', pattern: '**/airoadmap.config.yaml' },
    ],
    outputChannel: output,
    errorHandler,
    // The server re-checks open roadmaps when an airoadmap.config.yaml changes, and re-lists roadmaps for the symbol search.
    synchronize: { fileEvents: roadmapWatcher },
    // The server pulls the settings too; this snapshot makes its first answer right.
    initializationOptions: settingsSnapshot(setting),
  };
  const languageClient = new LanguageClient(LANGUAGE_ID, 'AI Roadmap', serverOptions, clientOptions);
  client = languageClient;

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.newRoadmap, async () => {
      try {
        // An untitled document with a name: its tab reads roadmap.airoadmap.yaml and Save proposes that
        // name (with only content, VS Code would take the starter's first comment line for both).
        const taken = new Set(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').map((d) => d.uri.path.split('/').pop() ?? ''));
        const uri = vscode.Uri.from({ scheme: 'untitled', path: untitledRoadmapName(taken) });
        const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), LANGUAGE_ID);
        const editor = await vscode.window.showTextDocument(document);
        await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), newRoadmapContent(setting, vscode.env.language)));
        editor.selection = new vscode.Selection(0, 0, 0, 0);
      } catch (error) {
        output.appendLine(`New roadmap failed: ${error instanceof Error ? error.message : String(error)}`);
        void vscode.window.showErrorMessage(messages().noStarter);
      }
    }),
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      policy.reset();
      output.appendLine(messages().restarting);
      if (languageClient.isRunning()) await languageClient.restart();
      else await languageClient.start();
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
  );

  try {
    await languageClient.start();
  } catch (error) {
    // Commands stay registered, so "Restart Language Server" can try again.
    output.appendLine(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  registerPreview(context, languageClient);
  registerReport(context, languageClient);
  console.log('[airoadmap] extension activated');
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}
