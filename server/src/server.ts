/**
 * The language server's entry point (`node dist/server.js --stdio` or
 * `--node-ipc`): a connection on the transport named on the command line,
 * handed to the adapter. Must not depend on vscode.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/adapter';
import { Lifecycle } from './lsp/lifecycle';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe=', '--clientProcessId'];
if (!process.argv.slice(2).some((arg) => TRANSPORTS.some((t) => arg.startsWith(t)))) {
  process.stderr.write('usage: node dist/server.js --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

const lifecycle = new Lifecycle();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycle.messageStrategy });
lifecycle.register(connection);

// A stray failure outside a handler is logged; the server keeps serving.
process.on('uncaughtException', (error) => connection.console.error(`[uncaught] ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`[unhandled] ${String(reason)}`));

startServer(connection);
