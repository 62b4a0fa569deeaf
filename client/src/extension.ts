/**
 * The VS Code side, shared by the desktop and the web: starts the language
 * server for `airoadmap` documents, restarts it if it crashes (saying so
 * once), and contributes the commands. How the server runs is the entry's:
 * extension-node.ts (a Node.js process, dist/server.js) or extension-web.ts
 * (a web worker, dist/web/server.js); nothing here needs Node.js. The
 * language work is all in the server; the pure policies live in small
 * modules next to this one.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  State,
  type BaseLanguageClient,
  type DocumentSelector,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { ConfigFeed } from './config-feed';
import { RoadmapFeed } from './roadmap-feed';
import { CLIENT_MESSAGES } from './client-messages';
import { clientLocale, settingsSnapshot } from './client-settings';
import { CrashPolicy } from './crash-policy';
import { newRoadmapContent, untitledRoadmapName } from './new-roadmap';
import { COMMANDS, CONFIGURATION_SECTION, LANGUAGE_ID } from './ids';
import { registerPreview } from './preview/index';
import { registerReport } from './report';


/** What differs between the entries: how the client and its server are made, and what the server can read. */
export interface ClientHost {
  createClient(id: string, name: string, options: LanguageClientOptions): BaseLanguageClient;
  /** The documents the server takes. */
  documentSelector: DocumentSelector;
  /**
   * Whether the server cannot read the files below a URI itself (the web: none; the desktop: a virtual
   * workspace's): for those, the client sends it the configuration and roadmap files (config-feed.ts, roadmap-feed.ts).
   */
  feeds(uri: vscode.Uri): boolean;
}

let client: BaseLanguageClient | undefined;

export async function activateWith(context: vscode.ExtensionContext, host: ClientHost): Promise<void> {
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

  const roadmapWatcher = vscode.workspace.createFileSystemWatcher('**/{airoadmap.config.yaml,*.airoadmap.yaml,*.airoadmap.yml}');
  context.subscriptions.push(roadmapWatcher);
  const feed = new ConfigFeed(() => client, roadmapWatcher, (uri) => host.feeds(uri));
  const roadmapFeed = new RoadmapFeed(() => client, roadmapWatcher, (uri) => host.feeds(uri));
  context.subscriptions.push(feed, roadmapFeed);
  const clientOptions: LanguageClientOptions = {
    documentSelector: host.documentSelector,
    // The configuration files reach a server that cannot read them before the documents they apply to.
    middleware: {
      didOpen: async (document, next) => {
        await feed.beforeOpen(document.uri);
        await next(document);
      },
    },
    outputChannel: output,
    errorHandler,
    // The server re-checks open roadmaps when an airoadmap.config.yaml changes, and re-lists roadmaps for the symbol search.
    synchronize: { fileEvents: roadmapWatcher },
    // The server pulls the settings too; this snapshot makes its first answer right.
    initializationOptions: settingsSnapshot(setting),
  };
  const languageClient = host.createClient(LANGUAGE_ID, 'AI Roadmap', clientOptions);
  client = languageClient;
  // A server that cannot list the workspace gets its roadmap files at every start (a restarted one has none).
  context.subscriptions.push(
    languageClient.onDidChangeState((e) => {
      if (e.newState === State.Running) void roadmapFeed.sendAll();
    }),
  );

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
      // What the Node.js client's restart() does; the web client has no restart().
      if (languageClient.isRunning()) await languageClient.stop();
      await languageClient.start();
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
