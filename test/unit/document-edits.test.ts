/**
 * Edits checked as edits (issue 17, item 1): the server's documents record
 * LSP's content changes (`DocumentChanges`), the store hands them to the
 * document's incremental checker, and the checker cuts again only the chunks
 * around them. Random sequences of `didChange` events, several ranges in one
 * event among them, on LF and CRLF texts (and a few with a byte-order mark), go through the real `TextDocuments`
 * and `DocumentStore`; after every event the store's analysis answers as a
 * fresh full check of the same text: diagnostics, outline, folding, hovers
 * and the previews' views. Told as its change, an edit scans only the lines
 * around it for the line index.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocuments, type Connection, type DidChangeTextDocumentParams, type DidOpenTextDocumentParams, type TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, createIncrementalChecker } from '../../server/src/core/index';
import { newWorkMeter } from '../../server/src/core/language/work';
import { hover } from '../../server/src/core/features/hover';
import { foldingRanges } from '../../server/src/core/features/ranges';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { computeViews } from '../../server/src/core/views/compute';
import { splitChunks } from '../../server/src/core/language/incremental/checker';
import { DocumentChanges, DocumentStore } from '../../server/src/lsp/document-store';
import { SLICED_FROM_CHARS } from '../../server/src/lsp/sliced-task';
import { generateRoadmap } from '../../bench/generate';
import { roadmapFiles } from '../helpers/fixtures';

const root = join(__dirname, '..', '..');
const sources = [...roadmapFiles(join(root, 'examples')), join(root, 'test', 'fixtures', 'dsl-example.airoadmap.yaml')].map((f) => readFileSync(f, 'utf8'));
const URI = 'file:///edited.airoadmap.yaml';
const TODAY = '2027-09-01';

/** The handlers `TextDocuments.listen` registers, on a connection that is only that. */
function fakeConnection(): { connection: Connection; open: (p: DidOpenTextDocumentParams) => void; change: (p: DidChangeTextDocumentParams) => void } {
  const handlers = new Map<string, (params: unknown) => void>();
  const on = (name: string) => (handler: (params: unknown) => void) => {
    handlers.set(name, handler);
    return { dispose() {} };
  };
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  } as unknown as Connection;
  return { connection, open: (p) => handlers.get('open')!(p), change: (p) => handlers.get('change')!(p) };
}

function server(text: string) {
  const changes = new DocumentChanges();
  const documents = new TextDocuments(changes.configuration);
  const { connection, open, change } = fakeConnection();
  documents.listen(connection);
  const store = new DocumentStore(documents, () => ({ today: TODAY }), changes);
  open({ textDocument: { uri: URI, languageId: 'airoadmap', version: 1, text } });
  return { store, documents, change };
}

/** One content change: at `at` (mod the length), `remove` characters replaced by `text`; `whole`: the whole text sent. */
type Change = { at: number; remove: number; text: string; whole: boolean };

// Mostly what typing does; now and then what the cut must refuse (a document marker, an anchor, a tab, a quote left open).
const typed = ['a', '1', ' ', '\n', '\r\n', ':', '-', '#', ',', '  ', 'x: 1\n', 'value: 9', 'kpis: [k]', 'stage: pilot', '  new-id:\n    name: N\n', 'risks:\n  r9:\n    title: T\n', '    # c\n', 'kpis:\n', ''];
const refused = ['---\n', '&a ', '\t', '"', '[', ']'];
const changeArb: fc.Arbitrary<Change> = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 40 })),
  text: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...typed) }, fc.constantFrom(...refused)),
  whole: fc.oneof({ weight: 30, arbitrary: fc.constant(false) }, fc.constant(true)),
});

/** LSP content changes for `changes`, each range read from the text the ones before made (a copy of the document follows them). */
function contentChanges(text: string, changes: readonly Change[]): TextDocumentContentChangeEvent[] {
  const copy = TextDocument.create(URI, 'airoadmap', 0, text);
  const out: TextDocumentContentChangeEvent[] = [];
  for (const c of changes) {
    const current = copy.getText();
    const start = c.at % (current.length + 1);
    const end = Math.min(current.length, start + c.remove);
    const event: TextDocumentContentChangeEvent = c.whole
      ? { text: current.slice(0, start) + c.text + current.slice(end) }
      : { range: { start: copy.positionAt(start), end: copy.positionAt(end) }, text: c.text };
    out.push(event);
    TextDocument.update(copy, [event], 0);
  }
  return out;
}

/** What the editor shows of an analysis, beside its diagnostics. */
function answers(model: ReturnType<typeof checkText>['model'], positions: readonly { line: number; character: number }[]) {
  return {
    symbols: documentSymbols(model, 'en'),
    folds: foldingRanges(model),
    hovers: positions.map((p) => hover(model, p, 'en')),
    views: JSON.stringify(computeViews(model, 'en', TODAY)),
  };
}

test('edits sent as LSP content changes are checked as edits, and every answer equals a fresh full check', () => {
  let events = 0;
  let fromEdit = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.boolean(), fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, fc.constant(true)), fc.array(fc.array(changeArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (which, windows, bom, sequence) => {
      // Now and then with a byte-order mark (the edit is then not used: the whole text is cut, as before).
      const initial = (bom ? '\ufeff' : '') + (windows ? sources[which]!.replace(/\r?\n/g, '\r\n') : sources[which]!);
      const { store, documents, change } = server(initial);
      store.analysis(URI);
      let version = 1;
      for (const changes of sequence) {
        const before = documents.get(URI)!.getText();
        change({ textDocument: { uri: URI, version: ++version }, contentChanges: contentChanges(before, changes) });
        const document = documents.get(URI)!;
        const text = document.getText();
        const analysis = store.analysis(URI)!;
        // Counted where both texts can be cut (else the whole-document parse runs, edit or not).
        if (!bom && splitChunks(before) && splitChunks(text)) {
          events++;
          if (store.cutFromEdit(URI)) fromEdit++;
        }
        const full = checkText(text, { today: TODAY });
        assert.equal(analysis.text, text);
        assert.deepEqual(analysis.diagnostics, full.diagnostics);
        // Hovers where the change was made and at the start of the text.
        const at = changes[0]!.at % (text.length + 1);
        const positions = [document.positionAt(at), document.positionAt(Math.max(0, at - 3)), { line: 1, character: 2 }];
        assert.deepEqual(answers(analysis.model, positions), answers(full.model, positions));
      }
    }),
    { numRuns: 60, seed: 20261209 },
  );
  // The comparison is of the edit path only if it was taken often.
  assert.ok(fromEdit / events > 0.8, `only ${fromEdit} of ${events} checks cut from the edit`);
});

test('a typed character reaches the checker as a change of one chunk: the store hands it on, the rest of the cut is kept', () => {
  const text = sources[0]!;
  const { store, documents, change } = server(text);
  store.analysis(URI);
  const at = text.indexOf('title:') + 'title: '.length;
  const document = documents.get(URI)!;
  change({ textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: document.positionAt(at), end: document.positionAt(at) }, text: 'X' }] });
  const analysis = store.analysis(URI)!;
  assert.equal(store.cutFromEdit(URI), true);
  assert.deepEqual(analysis.diagnostics, checkText(documents.get(URI)!.getText(), { today: TODAY }).diagnostics);
  // The whole text replaced (a client without incremental sync): the whole text is cut again.
  change({ textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: `${text}\n` }] });
  store.analysis(URI);
  assert.equal(store.cutFromEdit(URI), false);
});

test('a long document, checked in slices, is cut from its edit too', async () => {
  const text = generateRoadmap(520, undefined, 'findings').text;
  assert.ok(text.length >= SLICED_FROM_CHARS, `${text.length} characters: checked in slices`);
  const { store, documents, change } = server(text);
  await store.ready(URI);
  const at = text.indexOf('    title: ', text.length >> 1) + '    title: '.length;
  const document = documents.get(URI)!;
  change({ textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: document.positionAt(at), end: document.positionAt(at + 1) }, text: 'Q' }, { range: { start: document.positionAt(3), end: document.positionAt(3) }, text: '' }] });
  const waiting = store.ready(URI);
  assert.ok(waiting, 'the edited long document is checked in slices');
  await waiting;
  const analysis = store.analysis(URI)!;
  assert.equal(store.cutFromEdit(URI), true);
  assert.deepEqual(analysis.diagnostics, checkText(documents.get(URI)!.getText(), { today: TODAY }).diagnostics);
});

test('an edit told as its change scans a few lines for the line index; the text alone scans all of it', () => {
  const text = generateRoadmap(300, undefined, 'findings').text;
  const checker = createIncrementalChecker();
  checker.check(text, { today: TODAY });
  const at = text.indexOf('    title: ', text.length >> 1) + '    title: '.length;
  const next = `${text.slice(0, at)}X${text.slice(at)}`;
  const told = newWorkMeter();
  const result = checker.check(next, { today: TODAY, work: told }, { from: text, changes: [{ start: at, end: at, text: 'X' }] });
  assert.equal(checker.lastCutFromEdit, true);
  assert.equal(checker.lastWalked, 1);
  assert.ok(told.indexedChars < 1000, `${told.indexedChars} of ${next.length} characters scanned for the line index`);
  assert.deepEqual(result.diagnostics, checkText(next, { today: TODAY }).diagnostics);
  const again = `${next.slice(0, at)}Y${next.slice(at)}`;
  const alone = newWorkMeter();
  checker.check(again, { today: TODAY, work: alone });
  assert.equal(checker.lastCutFromEdit, false);
  assert.equal(alone.indexedChars, again.length);
});
