/**
 * Hostile files opened in the real language server, as a new user opening
 * them in an editor would (issue 7's acceptance): the corpus of
 * test/fuzz/hostile-corpus.ts, each opened, previewed (`airoadmap/views`),
 * outlined, folded, hovered, completed, given code actions and inlay hints,
 * then edited once. Every request is answered without an error, no handler
 * logs a failure, the process never exits, and closing everything leaves the
 * server holding nothing. Test-only; never imports vscode.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver-protocol';
import { STATS_REQUEST, type ServerStats } from '../../server/src/lsp/stats';
import { VIEWS_REQUEST, type ViewsResult } from '../../server/src/shared/preview-protocol';
import { writeHostileCorpus, type HostileCorpus } from '../fuzz/hostile-corpus';
import { ensureBuilt, LspSession } from './support/lsp-harness';

const WAIT = { timeoutMs: 120_000 };

/** The position after the last character of `text` (LSP lines: \n, \r\n or a lone \r). */
function endOf(text: string): Position {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

describe('hostile files opened in the language server', () => {
  let dir: string;
  let corpus: HostileCorpus;
  let s: LspSession;
  before(async () => {
    await ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-hostile-lsp-'));
    corpus = writeHostileCorpus(dir);
    s = await LspSession.start();
  });
  after(async () => {
    await s?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every file: diagnostics, preview, outline, folds, hover, completion, code actions, inlay hints and an edit, all answered', async () => {
    for (const file of corpus.files) {
      const uri = pathToFileURL(file.path).href;
      const what = `${file.name} (${file.about})`;
      await s.open(uri, file.text);
      const first = await s.waitForDiagnostics(uri, (p) => p.version === 1, WAIT);
      for (const d of first.diagnostics) {
        const length = typeof d.message === 'string' ? d.message.length : d.message.value.length;
        assert.ok(length <= 1000, `${what}: a message of ${length} characters`);
      }

      const textDocument = { uri };
      const end = endOf(file.text);
      const middle: Position = { line: Math.floor(end.line / 2), character: 2 };
      const views = await s.connection.sendRequest<ViewsResult>(VIEWS_REQUEST, { uri });
      assert.ok(views && views.version === 1 && views.views.schema === 1, `${what}: the preview's model`);
      assert.doesNotMatch(JSON.stringify(views), new RegExp(corpus.marker), `${what}: no tag loaded secret.txt into the preview`);
      const symbols = await s.connection.sendRequest<unknown[] | null>('textDocument/documentSymbol', { textDocument });
      assert.ok(Array.isArray(symbols), `${what}: an outline`);
      assert.ok(Array.isArray(await s.connection.sendRequest('textDocument/foldingRange', { textDocument })), `${what}: folds`);
      const hovered = await s.connection.sendRequest('textDocument/hover', { textDocument, position: middle });
      assert.doesNotMatch(JSON.stringify(hovered ?? null), new RegExp(corpus.marker), `${what}: hover`);
      await s.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 1, character: 3 } });
      await s.connection.sendRequest('textDocument/completion', { textDocument, position: end });
      await s.connection.sendRequest('textDocument/completion', { textDocument, position: middle });
      await s.connection.sendRequest('textDocument/selectionRange', { textDocument, positions: [middle] });
      await s.connection.sendRequest('textDocument/inlayHint', { textDocument, range: { start: { line: 0, character: 0 }, end } });
      const around = first.diagnostics.slice(0, 3);
      for (const d of around) await s.connection.sendRequest('textDocument/codeAction', { textDocument, range: d.range, context: { diagnostics: [d] } });

      // One keystroke at the end (a new line with a comment), then its diagnostics.
      await s.change(uri, 2, [{ range: { start: end, end }, text: '\n# edited\n' }]);
      await s.waitForDiagnostics(uri, (p) => p.version === 2, WAIT);
      assert.equal(s.child.exitCode, null, `${what}: the server is still running`);
    }
  });

  it('no handler failed, nothing ran, and closing everything leaves the server holding nothing', async () => {
    const failures = s.logs.filter((l) => /failed|Error|exception/i.test(l));
    assert.deepEqual(failures, [], 'no handler logged a failure');
    assert.equal((globalThis as Record<string, unknown>)['__airoadmapPwned'], undefined);
    assert.equal(existsSync(corpus.touched), false, 'no tag ran a command');
    for (const file of corpus.files) await s.close(pathToFileURL(file.path).href);
    const last = pathToFileURL(corpus.files.at(-1)!.path).href;
    await s.waitForDiagnostics(last, (p) => p.version === undefined && p.diagnostics.length === 0, WAIT);
    const stats = await s.connection.sendRequest<ServerStats>(STATS_REQUEST);
    assert.deepEqual({ documents: stats.documents, analyses: stats.analyses, checkers: stats.checkers, chunks: stats.chunks, cachedTexts: stats.cachedTexts }, { documents: 0, analyses: 0, checkers: 0, chunks: 0, cachedTexts: 0 });
    assert.doesNotMatch(s.stderr, /Error|at .*:\d+:\d+/, 'nothing on the server’s stderr');
  });
});
