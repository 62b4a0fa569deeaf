// The web build's language server (dist/web/server.js, as `npm run build`
// leaves it) in Chromium: served from a local HTTP server on 127.0.0.1,
// started as a Worker in a page, and driven over the browser message
// transport (postMessage of JSON-RPC objects, what vscode-languageclient's
// browser client does) with real LSP: initialize, didOpen of
// examples/problems.airoadmap.yaml under a virtual file system's URI, its
// diagnostics, a completion and a hover; then the configuration file as the
// web client sends it (airoadmap/configFiles) turns a rule off, and the
// symbol search finds a roadmap that is not open (airoadmap/roadmapFiles).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { LspSession } from '../protocol/support/lsp-harness';
import { launch, lineOf, ROOT, skipReason, watch, type Watch } from './harness';

const skip = skipReason();
const BUNDLE = path.join(ROOT, 'dist', 'web', 'server.js');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples', 'problems.airoadmap.yaml'), 'utf8');
// A virtual workspace's URIs (github.dev): the worker has no disk and needs none.
const FOLDER = 'vscode-vfs://github/airoadmap/demo';
const URI = `${FOLDER}/examples/problems.airoadmap.yaml`;

interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}
/** An answer (by id) or a message of a method (for a URI). */
interface Want {
  id?: number;
  method?: string;
  uri?: string;
}
interface Diagnostic {
  code?: string | number;
  message: string;
  range: { start: { line: number; character: number } };
}

/** The page's side: the worker, everything it posted, and answers to its requests (null: no client features). */
const PAGE = `<!doctype html><meta charset="utf-8"><title>worker</title><script>
  window.__received = [];
  window.__errors = [];
  const worker = new Worker('/server.js');
  worker.onerror = (e) => window.__errors.push(String(e.message));
  worker.onmessage = (e) => {
    const m = e.data;
    window.__received.push(m);
    if (m && m.method && m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
  };
  window.__send = (m) => worker.postMessage(m);
  window.__find = (want, start) => window.__received.slice(start).find((m) =>
    want.id !== undefined ? m.id === want.id && m.method === undefined : m.method === want.method && (want.uri === undefined || (m.params && m.params.uri) === want.uri));
</script>`;

describe('the web language server in a worker', { skip }, () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  let w: Watch;
  let origin: string;
  let nextId = 1;
  const served: string[] = [];

  const notify = (method: string, params: unknown): Promise<void> => page.evaluate((m) => (window as unknown as { __send(m: unknown): void }).__send(m), { jsonrpc: '2.0', method, params });
  const received = (): Promise<RpcMessage[]> => page.evaluate(() => (window as unknown as { __received: RpcMessage[] }).__received);

  /** The first message from `from` on that is the answer with the id, or of the method (for the URI); Playwright bounds the wait. */
  async function waitFor(want: Want, from = 0): Promise<RpcMessage> {
    const find = ([w, start]: readonly [Want, number]) => (window as unknown as { __find(w: Want, start: number): RpcMessage | undefined }).__find(w, start);
    try {
      await page.waitForFunction(find, [want, from] as const, { timeout: 15_000, polling: 25 });
    } catch {
      throw new Error(`no ${JSON.stringify(want)} from the worker; it posted ${JSON.stringify(await received()).slice(0, 2000)}; errors ${JSON.stringify(w.consoleErrors)}`);
    }
    return (await page.evaluate(find, [want, from] as const))!;
  }

  async function request(method: string, params: unknown): Promise<unknown> {
    const id = nextId++;
    await page.evaluate((m) => (window as unknown as { __send(m: unknown): void }).__send(m), { jsonrpc: '2.0', id, method, params });
    const answer = await waitFor({ id });
    assert.equal(answer.error, undefined, `${method}: ${JSON.stringify(answer.error)}`);
    return answer.result;
  }

  /** The diagnostics published for the URI after message `from`. */
  async function diagnostics(from: number): Promise<Diagnostic[]> {
    const m = await waitFor({ method: 'textDocument/publishDiagnostics', uri: URI }, from);
    return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
  }

  before(async () => {
    assert.ok(existsSync(BUNDLE), `${path.relative(ROOT, BUNDLE)} is missing: run npm run build first`);
    const bundle = readFileSync(BUNDLE);
    server = createServer((req, res) => {
      served.push(req.url ?? '');
      if (req.url === '/index.html') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      else if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      else if (req.url === '/favicon.ico') res.writeHead(204).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
    page = await browser.newPage();
    w = watch(page, (url) => url.startsWith(`${origin}/`));
    await page.goto(`${origin}/index.html`);
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('initialize: the same capabilities as the Node.js server', async () => {
    const result = (await request('initialize', {
      processId: null,
      rootUri: FOLDER,
      workspaceFolders: [{ uri: FOLDER, name: 'demo' }],
      capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown', 'plaintext'] } } },
      initializationOptions: { language: 'en' },
    })) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    assert.equal(result.serverInfo.name, 'airoadmap-language-server');
    for (const capability of ['completionProvider', 'hoverProvider', 'definitionProvider', 'codeActionProvider', 'documentSymbolProvider']) assert.ok(result.capabilities[capability], capability);
    await notify('initialized', {});
    // The same startServer: the Node.js build (dist/server.js) answers the same.
    const node = await LspSession.start();
    try {
      assert.deepEqual(result, JSON.parse(JSON.stringify(node.initializeResult)));
    } finally {
      await node.stop();
    }
  });

  test('didOpen of an example: its diagnostics, with the unknown owner where the file says', async () => {
    const from = (await received()).length;
    await notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'airoadmap', version: 1, text: EXAMPLE } });
    const found = await diagnostics(from);
    const unknown = found.find((d) => d.code === 'unknown-reference');
    assert.ok(unknown, `unknown-reference in ${JSON.stringify(found.map((d) => d.code))}`);
    assert.equal(unknown.range.start.line, lineOf(EXAMPLE, '    owner: karin'));
    assert.match(unknown.message, /'karin'.*Did you mean 'kari'\?/);
    assert.ok(found.some((d) => d.code === 'role-missing'), 'role-missing');
  });

  test('completion of an owner offers the team', async () => {
    const line = lineOf(EXAMPLE, '    owner: karin');
    const result = (await request('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: '    owner: '.length } })) as { items: { label: string }[] } | { label: string }[];
    const labels = (Array.isArray(result) ? result : result.items).map((i) => i.label);
    assert.ok(labels.includes('kari') && labels.includes('ola'), `labels: ${labels.join(', ')}`);
  });

  test('hover on readiness gives the framework’s guidance', async () => {
    const line = EXAMPLE.split('\n').findIndex((l) => /^\s+readiness: /.test(l));
    const character = EXAMPLE.split('\n')[line]!.indexOf('readiness') + 2;
    const hover = (await request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character } })) as { contents: { value: string } | string } | null;
    assert.ok(hover, 'a hover');
    const text = typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
    assert.match(text, /1[–-]5/);
    assert.match(text, /4[–-]5/);
  });

  test('the configuration file the client sends applies, and its removal too', async () => {
    let from = (await received()).length;
    await notify('airoadmap/configFiles', { files: [{ uri: `${FOLDER}/airoadmap.config.yaml`, text: 'rules:\n  unknown-reference: off\n' }, { uri: `${FOLDER}/examples/airoadmap.config.yaml`, text: null }] });
    const off = await diagnostics(from);
    assert.ok(!off.some((d) => d.code === 'unknown-reference'), 'the rule is off');
    assert.ok(off.some((d) => d.code === 'role-missing'), 'the others stay');
    from = (await received()).length;
    await notify('airoadmap/configFiles', { files: [{ uri: `${FOLDER}/airoadmap.config.yaml`, text: null }] });
    assert.ok((await diagnostics(from)).some((d) => d.code === 'unknown-reference'), 'the file went: the rule is back');
  });

  test('the symbol search finds a roadmap that is not open, from the files the client sends', async () => {
    const closed = `${FOLDER}/examples/nordlys.airoadmap.yaml`;
    const search = async (query: string) => ((await request('workspace/symbol', { query })) as { name: string; containerName: string; location: { uri: string } }[]).filter((s) => s.location.uri === closed);
    assert.deepEqual(await search('invoice-match'), [], 'not sent yet: only the open roadmap is known');
    await notify('airoadmap/roadmapFiles', { files: [{ uri: closed, text: readFileSync(path.join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8') }, { uri: URI, text: EXAMPLE }] });
    const hits = await search('invoice-match');
    assert.ok(hits.some((s) => s.name === 'invoice-match' && s.containerName === 'use_cases'), JSON.stringify(hits));
    // The open roadmap is the editor's, listed once.
    const open = ((await request('workspace/symbol', { query: 'invoice-scan' })) as { location: { uri: string } }[]).filter((s) => s.location.uri === URI);
    assert.equal(open.length, 1);
    await notify('airoadmap/roadmapFiles', { files: [{ uri: closed, text: null }] });
    assert.deepEqual(await search('invoice-match'), [], 'deleted');
  });

  test('shutdown answers; nothing left the local server, nothing failed', async () => {
    assert.equal(await request('shutdown', null), null);
    assert.deepEqual(served.filter((u) => u !== '/index.html' && u !== '/server.js' && u !== '/favicon.ico'), []);
    assert.deepEqual(w.leaks, []);
    assert.deepEqual(w.consoleErrors, []);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors), []);
  });
});
