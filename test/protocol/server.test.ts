/**
 * Protocol tests: the built server (`node dist/server.js --stdio`) driven over
 * JSON-RPC the way an editor drives it, one test per feature.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  DidChangeTextDocumentNotification,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SelectionRangeRequest,
  TextDocumentSyncKind,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Range,
  type SelectionRange,
  type SymbolInformation,
  CancellationTokenSource,
  LSPErrorCodes,
} from 'vscode-languageserver-protocol/node';
import { fork } from 'node:child_process';
import { createProtocolConnection, InitializeRequest, IPCMessageReader, IPCMessageWriter, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { applyEdits, ensureBuilt, FIXTURES, fixtureUri, LspSession, positionOf, SERVER_JS, withCursor } from './support/lsp-harness';

/** One JSON-RPC message framed as on the wire, to write several in one write (the server then reads them together). */
function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const protocolFixture = (name: string): string => fixture(path.join('protocol', name));
const EXAMPLE = fixture('dsl-example.airoadmap.yaml');
const NAVIGATION = protocolFixture('navigation.airoadmap.yaml');

function hoverText(h: Hover | null): string {
  if (!h) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return (c as MarkupContent).value ?? '';
}

function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line !== range.end.line) throw new Error('multi-line range');
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

let counter = 0;
/** A fresh uri per test, so tests never see each other's documents. */
const freshUri = (name: string): string => fixtureUri(`${++counter}-${name}`);

describe('language server over stdio', () => {
  let s: LspSession;

  before(async () => {
    await ensureBuilt();
    s = await LspSession.start();
  });
  after(async () => {
    // Handler failures are answered as errors and logged; show them for whoever reads the run.
    if (s?.logs.length) console.log(`server log (${s.logs.length}):\n${s.logs.map((l) => l.split('\n')[0]).join('\n')}`);
    await s?.stop();
  });

  it('announces incremental sync and every feature', () => {
    const caps = s.initializeResult.capabilities;
    const sync = caps.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, TextDocumentSyncKind.Incremental);
    assert.deepEqual([...(caps.completionProvider?.triggerCharacters ?? [])].sort(), [' ', ',', '-', ':', '['].sort());
    for (const key of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'documentHighlightProvider',
      'renameProvider',
      'codeActionProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
      'inlayHintProvider',
    ] as const) {
      assert.ok(caps[key], `${key} is announced`);
    }
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  });

  it('also speaks over --node-ipc', async () => {
    const child = fork(SERVER_JS, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.equal(result.serverInfo?.name, 'airoadmap-language-server');
      await connection.sendRequest(ShutdownRequest.type);
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('publishes diagnostics with code, source, rule link, related places and fix data', async () => {
    const uri = freshUri('example.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    const { diagnostics, version } = await s.waitForDiagnostics(uri);
    assert.equal(version, 1);
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) {
      assert.equal(d.source, 'airoadmap');
      assert.equal(typeof d.code, 'string');
      assert.ok(d.codeDescription?.href.endsWith(`#${String(d.code)}`), `rule link of ${String(d.code)}`);
    }
    const unknown = diagnostics.filter((d) => d.code === 'unknown-reference');
    assert.deepEqual(unknown.map((d) => textAt(EXAMPLE, d.range)).sort(), ['bjorn', 'carla']);
    assert.equal(unknown[0]!.severity, DiagnosticSeverity.Error);
    assert.deepEqual((unknown[0]!.data as { fix?: unknown }).fix, { kind: 'create-entity', section: 'team', id: textAt(EXAMPLE, unknown[0]!.range) });
    const quality = diagnostics.find((d) => d.code === 'data-quality-low');
    assert.ok(quality, 'data-quality-low reported');
    assert.equal(quality.severity, DiagnosticSeverity.Warning);
    assert.equal(quality.relatedInformation?.[0]?.location.uri, uri);
    assert.equal(textAt(EXAMPLE, quality.relatedInformation![0]!.location.range), 'archive');
    const info = diagnostics.find((d) => d.code === 'risk-category-missing');
    assert.equal(info?.severity, DiagnosticSeverity.Information);
  });

  it('fades unused KPIs and points a duplicate id at its first definition', async () => {
    const uri = freshUri('unused.airoadmap.yaml');
    const text = 'airoadmap: 1\norganization:\n  name: X\nkpis:\n  lonely:\n    name: Nobody measures me\n  lonely:\n    name: Twice\n';
    await s.open(uri, text);
    const { diagnostics } = await s.waitForDiagnostics(uri);
    const unused = diagnostics.find((d) => d.code === 'kpi-unused');
    assert.ok(unused, `kpi-unused in ${codes(diagnostics).join(', ')}`);
    assert.deepEqual(unused.tags, [DiagnosticTag.Unnecessary]);
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-key');
    assert.ok(duplicate, 'duplicate-key reported');
    assert.equal(duplicate.range.start.line, 6);
    assert.equal(duplicate.relatedInformation?.[0]?.location.range.start.line, 4);
  });

  it('completes exactly the KPI ids inside `kpis: [`', async () => {
    const uri = freshUri('completion.airoadmap.yaml');
    const { text, position } = withCursor(protocolFixture('completion-kpis.airoadmap.yaml'));
    await s.open(uri, text);
    const result = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionList | CompletionItem[] | null;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    assert.deepEqual(items.map((i) => i.label).sort(), ['error-rate', 'handling-time', 'supplier-nps']);
    assert.ok(items.every((i) => i.documentation !== undefined || i.detail !== undefined), 'items carry documentation');
  });

  it('hovers on `readiness` with the framework guidance', async () => {
    const uri = freshUri('hover.airoadmap.yaml');
    const { text, position } = withCursor(protocolFixture('hover-readiness.airoadmap.yaml'));
    await s.open(uri, text);
    const h = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const value = hoverText(h);
    assert.match(value, /1[–-]5/);
    assert.match(value, /4[–-]5/);
    assert.match(value, /early/i);
  });

  it('goes to the definition of a KPI reference', async () => {
    const uri = freshUri('definition.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const position = positionOf(NAVIGATION, 'handling-time', 1, 3); // in `kpis: - handling-time`
    const result = (await s.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location | null;
    assert.ok(result && !Array.isArray(result));
    assert.equal(result.uri, uri);
    assert.deepEqual(result.range.start, positionOf(NAVIGATION, '  handling-time:', 0, 2));
    assert.equal(textAt(NAVIGATION, result.range), 'handling-time');
  });

  it('finds every reference of a KPI id', async () => {
    const uri = freshUri('references.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const position = positionOf(NAVIGATION, '  handling-time:', 0, 4);
    const withDeclaration = (await s.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } })) ?? [];
    const without = (await s.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } })) ?? [];
    assert.equal(withDeclaration.length, 3);
    assert.equal(without.length, 2);
    for (const loc of withDeclaration) {
      assert.equal(loc.uri, uri);
      assert.equal(textAt(NAVIGATION, loc.range), 'handling-time');
    }
  });

  it('highlights an id and its uses', async () => {
    const uri = freshUri('highlight.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const position = positionOf(NAVIGATION, 'owner: anna', 0, 8);
    const highlights = (await s.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position })) ?? [];
    // `anna:` in team plus the two owners.
    assert.equal(highlights.length, 3);
    assert.ok(highlights.every((h) => textAt(NAVIGATION, h.range) === 'anna'));
  });

  it('renames a KPI id everywhere', async () => {
    const uri = freshUri('rename.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const position = positionOf(NAVIGATION, 'handling-time', 0, 2);
    const prepared = await s.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    assert.ok(prepared && 'range' in prepared, 'prepareRename gives a range');
    assert.equal(textAt(NAVIGATION, prepared.range), 'handling-time');
    const edit = await s.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'invoice-minutes' });
    const edits = edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 3);
    assert.equal(applyEdits(NAVIGATION, edits), NAVIGATION.replaceAll('handling-time', 'invoice-minutes'));
  });

  it('refuses an invalid or taken id on rename, with a message', async () => {
    const uri = freshUri('rename-refused.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const position = positionOf(NAVIGATION, 'handling-time', 0, 2);
    for (const newName of ['Bad Id', 'error-rate']) {
      await assert.rejects(
        s.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName }),
        (error: unknown) => error instanceof ResponseError && error.message.length > 0 && error.code !== -32603,
        `rename to '${newName}' is refused`,
      );
    }
    // Not on an id: prepareRename answers null or refuses, it does not crash.
    const onKey = positionOf(NAVIGATION, 'title:', 0, 2);
    const answer = await s.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: onKey }).catch((e: unknown) => e);
    assert.ok(answer === null || answer instanceof ResponseError);
  });

  describe('quick fixes apply cleanly', () => {
    const source = protocolFixture('quick-fix.airoadmap.yaml');
    const cases: { title: RegExp; code: string; expected: string }[] = [
      { code: 'unknown-reference', title: /handling-time/, expected: 'quick-fix.change.expected.airoadmap.yaml' },
      { code: 'kpi-no-baseline', title: /baseline/, expected: 'quick-fix.add-baseline.expected.airoadmap.yaml' },
      { code: 'kpi-no-baseline', title: /kpi-no-baseline/, expected: 'quick-fix.disable.expected.airoadmap.yaml' },
    ];
    for (const c of cases) {
      it(`${c.code}: ${c.title.source}`, async () => {
        const uri = freshUri('quick-fix.airoadmap.yaml');
        await s.open(uri, source);
        const { diagnostics } = await s.waitForDiagnostics(uri);
        const diagnostic = diagnostics.find((d) => d.code === c.code);
        assert.ok(diagnostic, `${c.code} in ${codes(diagnostics).join(', ')}`);
        const actions = (await s.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })) as CodeAction[];
        const action = actions.find((a) => c.title.test(a.title));
        assert.ok(action, `an action /${c.title.source}/ among ${actions.map((a) => a.title).join(' | ')}`);
        assert.equal(action.kind, 'quickfix');
        assert.deepEqual(action.diagnostics, [diagnostic]);
        const fixed = applyEdits(source, action.edit?.changes?.[uri] ?? []);
        assert.equal(fixed, protocolFixture(c.expected));
        // The fixed text no longer has the diagnostic at that place.
        const fixedUri = freshUri('quick-fix-fixed.airoadmap.yaml');
        await s.open(fixedUri, fixed);
        const after = await s.waitForDiagnostics(fixedUri);
        assert.ok(!after.diagnostics.some((d) => d.code === c.code), `${c.code} gone after the fix`);
      });
    }

    it('creates a missing referenced entity as a skeleton', async () => {
      const uri = freshUri('create.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const { diagnostics } = await s.waitForDiagnostics(uri);
      const diagnostic = diagnostics.find((d) => d.code === 'unknown-reference');
      assert.ok(diagnostic);
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
      const create = actions.find((a) => /bjorn/.test(a.title) && !/disable/i.test(a.title));
      assert.ok(create, actions.map((a) => a.title).join(' | '));
      const fixed = applyEdits(EXAMPLE, create.edit?.changes?.[uri] ?? []);
      const fixedUri = freshUri('created.airoadmap.yaml');
      await s.open(fixedUri, fixed);
      const after = await s.waitForDiagnostics(fixedUri);
      const left = after.diagnostics.filter((d) => d.code === 'unknown-reference').map((d) => textAt(fixed, d.range));
      assert.deepEqual(left, ['carla']);
      assert.ok(!after.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error && d.code !== 'unknown-reference'), 'the skeleton is valid');
    });

    it('answers a range without diagnostics in the context too', async () => {
      const uri = freshUri('quick-fix-no-context.airoadmap.yaml');
      await s.open(uri, source);
      const { diagnostics } = await s.waitForDiagnostics(uri);
      const diagnostic = diagnostics.find((d) => d.code === 'unknown-reference')!;
      const actions = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(actions.some((a) => /handling-time/.test(a.title)));
      const none = (await s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [], only: ['refactor'] } })) as CodeAction[];
      assert.deepEqual(none, []);
    });
  });

  it('outlines sections and entities', async () => {
    const uri = freshUri('symbols.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const kpis = symbols.find((sym) => sym.name === 'kpis' || /kpi/i.test(sym.name));
    assert.ok(kpis, symbols.map((x) => x.name).join(', '));
    assert.deepEqual(kpis.children?.map((c) => c.name), ['handling-time', 'error-rate']);
    assert.equal(kpis.children?.[0]?.detail, 'Minutes per invoice');
    const useCases = symbols.find((sym) => sym.children?.some((c) => c.name === 'invoice-triage'));
    assert.ok(useCases);
  });

  it('finds symbols across every open roadmap', async () => {
    const a = freshUri('ws-a.airoadmap.yaml');
    const b = freshUri('ws-b.airoadmap.yaml');
    await s.open(a, NAVIGATION);
    await s.open(b, EXAMPLE);
    const found = ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? []) as SymbolInformation[];
    const uris = new Set(found.map((f) => f.location.uri));
    assert.ok(uris.has(a) && uris.has(b), 'symbols from both documents');
    const narrowed = ((await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'search-time' })) ?? []) as SymbolInformation[];
    assert.ok(narrowed.length > 0 && narrowed.length < found.length);
    assert.ok(narrowed.some((f) => f.name.includes('search-time') && f.location.uri === b));
  });

  it('folds sections and entities', async () => {
    const uri = freshUri('folding.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const ranges = (await s.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
    const lines = NAVIGATION.split('\n');
    const kpisLine = lines.indexOf('kpis:');
    const triageLine = lines.indexOf('  invoice-triage:');
    assert.ok(ranges.some((r) => r.startLine === kpisLine && r.endLine === lines.length - 2), 'kpis section folds to its last line');
    assert.ok(ranges.some((r) => r.startLine === triageLine && r.endLine === lines.indexOf('  supplier-chat:') - 1), 'an entity folds');
  });

  it('expands the selection outwards', async () => {
    const uri = freshUri('selection.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const position = positionOf(NAVIGATION, 'Minutes per invoice', 0, 3);
    const [selection] = (await s.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: [position] })) ?? [];
    assert.ok(selection);
    const chain: Range[] = [];
    for (let r: SelectionRange | undefined = selection; r; r = r.parent) chain.push(r.range);
    assert.ok(chain.length >= 3, `nested ranges, got ${chain.length}`);
    const size = (r: Range) => (r.end.line - r.start.line) * 10_000 + (r.end.character - r.start.character);
    for (let i = 1; i < chain.length; i++) assert.ok(size(chain[i]!) >= size(chain[i - 1]!), 'each parent is at least as large');
  });

  it('shows priority and quadrant as inlay hints on use cases', async () => {
    const uri = freshUri('hints.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    const whole = { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } };
    const hints = (await s.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: whole })) ?? [];
    assert.equal(hints.length, 2);
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.some((l) => /quick win/i.test(l)), labels.join(' | '));
    assert.deepEqual(hints.map((h) => h.position.line).sort((x, y) => x - y), [NAVIGATION.split('\n').indexOf('  invoice-triage:'), NAVIGATION.split('\n').indexOf('  supplier-chat:')]);
    const none = (await s.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } })) ?? [];
    assert.equal(none.length, 0, 'only hints inside the requested range');
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = freshUri('close.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    await s.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const from = s.published.length;
    await s.close(uri);
    const cleared = await s.waitForDiagnostics(uri, () => true, { from });
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('never publishes a result for an older version than the current one', async () => {
    const uri = freshUri('versions.airoadmap.yaml');
    const base = 'airoadmap: 1\norganization:\n  name: X\n';
    await s.open(uri, base);
    await s.waitForDiagnostics(uri);
    let text = base;
    const last = 12;
    // The burst goes out in one write, as a fast typist's edits reach a busy
    // server: it reads them together, so coalescing does not depend on how fast
    // this process can send (sent one by one with a wait for each, a loaded
    // machine could space them wider than the coalescing delay).
    const burst: Buffer[] = [];
    for (let version = 2; version <= last; version++) {
      // Each edit appends a line; the last one leaves an unknown key behind.
      const line = version === last ? 'bogus_section: 1\n' : `# edit ${version}\n`;
      const lineCount = text.split('\n').length - 1;
      const change = { range: { start: { line: lineCount, character: 0 }, end: { line: lineCount, character: 0 } }, text: line };
      burst.push(frame({ method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version }, contentChanges: [change] } }));
      text += line;
    }
    s.child.stdin.write(Buffer.concat(burst));
    const final = await s.waitForDiagnostics(uri, (p) => p.version === last);
    assert.ok(codes(final.diagnostics).includes('unknown-key'), 'the last publish describes the last text');
    // Give a late publish the chance to show up, then check the order.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const versions = s.publishedFor(uri).map((p) => p.version ?? -1);
    assert.equal(versions.at(-1), last);
    assert.deepEqual(versions, [...versions].sort((x, y) => x - y), 'versions never go backwards');
    assert.ok(versions.length < last, `edits were coalesced (${versions.length} publishes for ${last} versions)`);
  });

  it('honours a cancelled request', async () => {
    const uri = freshUri('cancel.airoadmap.yaml');
    await s.open(uri, NAVIGATION);
    // The request and its cancellation go out in one write, so the server reads
    // both before it dispatches either: the answer is RequestCancelled on any
    // machine (sent one after the other, a busy machine could dispatch the
    // request before the cancellation arrives, and the test would race).
    const id = 'cancel-test-1';
    // The server's output as the client receives it, read frame by frame until the answer to `id`.
    let raw = Buffer.alloc(0);
    const answered = new Promise<{ id: unknown; error?: { code: number }; result?: unknown }>((resolve) => {
      const onData = (chunk: Buffer) => {
        raw = Buffer.concat([raw, chunk]);
        for (;;) {
          // Listening started mid-stream: skip to the first frame header.
          const start = raw.indexOf('Content-Length:');
          if (start < 0) return;
          raw = raw.subarray(start);
          const headerEnd = raw.indexOf('\r\n\r\n');
          if (headerEnd < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(raw.subarray(0, headerEnd).toString('ascii'))?.[1]);
          if (raw.length < headerEnd + 4 + length) return;
          const message = JSON.parse(raw.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as { id?: unknown; error?: { code: number } };
          raw = raw.subarray(headerEnd + 4 + length);
          if (message.id === id) {
            s.child.stdout.off('data', onData);
            resolve({ ...message, id });
            return;
          }
        }
      };
      s.child.stdout.on('data', onData);
    });
    s.child.stdin.write(
      Buffer.concat([frame({ id, method: DocumentSymbolRequest.method, params: { textDocument: { uri } } }), frame({ method: '$/cancelRequest', params: { id } })]),
    );
    const response = await answered;
    assert.equal(response.id, id);
    assert.equal(response.error?.code, LSPErrorCodes.RequestCancelled, `answered ${JSON.stringify(response)}`);
    // A request cancelled through the client library is answered RequestCancelled or, when it was already served, with its result.
    const source = new CancellationTokenSource();
    const pending = s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token);
    source.cancel();
    await pending.then(
      (symbols) => assert.ok(Array.isArray(symbols)),
      (e: unknown) => assert.ok(e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled, String(e)),
    );
    // And the next request is answered as usual.
    const symbols = await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  });

  describe('bad input never takes the server down', () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const documents: Record<string, string> = {
      binary: junk,
      'huge-line': `airoadmap: 1\norganization:\n  name: ${'x'.repeat(500_000)}\n`,
      'top-level-list': '- a\n- b: [1, 2\n- {c: d}\n',
      empty: '',
      'only-comments': '# nothing here\n',
      'deep-nesting': `${'['.repeat(2000)}\n`,
      'anchors': 'a: &a [*a, *a]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n',
      'bad-shapes': 'airoadmap: [1]\norganization: 5\nkpis:\n  - x\nuse_cases:\n  uc:\n    kpis: 7\n    systems: {a: b}\n',
    };
    const positions = [
      { line: 0, character: 0 },
      { line: 0, character: 100_000 },
      { line: 5_000, character: 3 },
      { line: -1, character: -5 },
    ];

    for (const [name, text] of Object.entries(documents)) {
      it(`${name}: every request answers and diagnostics arrive`, async () => {
        const uri = freshUri(`${name}.airoadmap.yaml`);
        await s.open(uri, text);
        await s.waitForDiagnostics(uri);
        const doc = { textDocument: { uri } };
        for (const position of positions) {
          const requests: Promise<unknown>[] = [
            s.connection.sendRequest(CompletionRequest.type, { ...doc, position }),
            s.connection.sendRequest(HoverRequest.type, { ...doc, position }),
            s.connection.sendRequest(DefinitionRequest.type, { ...doc, position }),
            s.connection.sendRequest(ReferencesRequest.type, { ...doc, position, context: { includeDeclaration: true } }),
            s.connection.sendRequest(DocumentHighlightRequest.type, { ...doc, position }),
            s.connection.sendRequest(PrepareRenameRequest.type, { ...doc, position }),
            s.connection.sendRequest(RenameRequest.type, { ...doc, position, newName: 'x' }),
            s.connection.sendRequest(SelectionRangeRequest.type, { ...doc, positions: [position] }),
            s.connection.sendRequest(CodeActionRequest.type, { ...doc, range: { start: position, end: position }, context: { diagnostics: [] } }),
          ];
          // A refusal (ResponseError) is an answer too; what matters is that one comes.
          await Promise.all(requests.map((r) => r.catch((e: unknown) => assert.ok(e instanceof ResponseError, String(e)))));
        }
        await s.connection.sendRequest(DocumentSymbolRequest.type, doc);
        await s.connection.sendRequest(FoldingRangeRequest.type, doc);
        await s.connection.sendRequest(InlayHintRequest.type, { ...doc, range: { start: positions[0]!, end: positions[2]! } });
        await s.close(uri);
      });
    }

    it('requests for unknown documents get empty answers', async () => {
      const doc = { textDocument: { uri: 'file:///nowhere/never-opened.airoadmap.yaml' } };
      const position = { line: 1, character: 1 };
      assert.equal(await s.connection.sendRequest(HoverRequest.type, { ...doc, position }), null);
      assert.equal(await s.connection.sendRequest(DocumentSymbolRequest.type, doc), null);
      assert.equal(await s.connection.sendRequest(DefinitionRequest.type, { ...doc, position }), null);
      await s.change(doc.textDocument.uri, 2, [{ text: 'x' }]);
      await s.close('file:///nowhere/never-opened-either.airoadmap.yaml');
    });

    it('malformed parameters are refused, and the next request is still answered', async () => {
      const uri = freshUri('after-junk.airoadmap.yaml');
      await s.open(uri, NAVIGATION);
      const { diagnostics } = await s.waitForDiagnostics(uri);
      assert.ok(Array.isArray(diagnostics));
      await assert.rejects(s.connection.sendRequest(HoverRequest.type, { textDocument: null, position: 'x' } as never), ResponseError);
      await assert.rejects(s.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: null, context: null } as never), ResponseError);
      await assert.rejects(s.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions: 7 } as never), ResponseError);
      const symbols = await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(symbols) && symbols.length > 0);
      assert.equal(s.child.exitCode, null, 'the server is still running');
    });
  });
});
