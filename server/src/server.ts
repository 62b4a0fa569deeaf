/**
 * The language server's entry point (`node dist/server.js --stdio` or
 * `--node-ipc`): a connection on the transport named on the command line,
 * handed to the adapter. Must not depend on vscode.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/adapter';
import { ClientConfigFiles, ClientRoadmapFiles, diskOrClientConfigs, diskOrClientRoadmaps } from './lsp/client-files';
import { diskConfigReader, diskRoadmapFiles } from './lsp/disk-roadmaps';
import { FramingCheck } from './lsp/framing';
import { throwInHandlers } from './lsp/guard';
import { Lifecycle } from './lsp/lifecycle';
import { memorySnapshot } from './lsp/stats';
import { fixedTodayFromEnv, TODAY_ENV } from './lsp/today';
import { terminalLine } from './shared/terminal-text';

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

// Today is the local date; AIROADMAP_TODAY=YYYY-MM-DD fixes it (for tests, which never read the clock).
const today = fixedTodayFromEnv(process.env, (value) => process.stderr.write(terminalLine(`airoadmap-language-server: ignoring ${TODAY_ENV}='${value.slice(0, 40)}': not a date YYYY-MM-DD; today is the local date.`)));
throwInHandlers(process.env['AIROADMAP_TEST_THROW']);
// file: documents and folders from the disk; the others (a virtual workspace) as the client sends them.
const sentConfigs = new ClientConfigFiles();
const sentRoadmaps = new ClientRoadmapFiles();
startServer(connection, {
  today,
  roadmapFiles: diskOrClientRoadmaps(diskRoadmapFiles(), sentRoadmaps),
  configReader: diskOrClientConfigs(diskConfigReader(), sentConfigs),
  configFeed: sentConfigs,
  roadmapFeed: sentRoadmaps,
  memory: memorySnapshot,
});

// Over stdio, a message the server cannot frame ends the process with a
// reason on stderr (see lsp/framing.ts); attached after the connection's
// reader, which therefore sees every chunk first.
if (process.argv.includes('--stdio')) {
  const framing = new FramingCheck();
  const onData = (chunk: Buffer): void => {
    const problem = framing.push(chunk);
    if (problem === undefined) return;
    process.stdin.off('data', onData);
    process.stdin.pause();
    const exit = (): never => process.exit(1);
    process.stderr.write(`airoadmap-language-server: cannot read the client's ${problem}; exiting (code 1) so that the client can restart the server.\n`, exit);
    setTimeout(exit, 1000);
  };
  process.stdin.on('data', onData);
}
