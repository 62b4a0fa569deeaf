/**
 * The language server's entry point in a web worker (VS Code for the Web:
 * dist/web/server.js, started by the web client, client/src/extension-web.ts):
 * a connection over the worker's message port, handed to the same adapter as
 * the Node.js entry (server.ts). There is no file system here, so the
 * configuration files and the workspace's roadmap files come from the client
 * (`airoadmap/configFiles`, `airoadmap/roadmapFiles`, lsp/client-files.ts).
 * Must not depend on vscode or Node.js.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './lsp/adapter';
import { ClientConfigFiles, ClientRoadmapFiles } from './lsp/client-files';
import { Lifecycle } from './lsp/lifecycle';

// The worker's global scope is its port to the extension host (BrowserMessageReader takes a DedicatedWorkerGlobalScope).
const port = self as unknown as MessagePort;
const lifecycle = new Lifecycle();
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(port), new BrowserMessageWriter(port), { messageStrategy: lifecycle.messageStrategy });
lifecycle.register(connection);

// A stray failure outside a handler is logged; the server keeps serving.
self.addEventListener('error', (event) => connection.console.error(`[uncaught] ${event.message}`));
self.addEventListener('unhandledrejection', (event) => connection.console.error(`[unhandled] ${String(event.reason)}`));

const configs = new ClientConfigFiles();
const roadmaps = new ClientRoadmapFiles();
startServer(connection, { configReader: configs, configFeed: configs, roadmapFiles: roadmaps, roadmapFeed: roadmaps });
