/**
 * A long document in the real server (issue 18, item 12): its analysis runs
 * in slices, so requests on other documents are answered before its
 * diagnostics are published; its own requests wait for it and answer for
 * its text; a newer edit or a close stops it; its diagnostics equal
 * `checkText`'s; and its preview answer stays within the views' byte bound,
 * saying which views are too large to draw and how many entities they hold.
 * Behaviour and sizes are asserted, never times. Test-only; never imports vscode.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, CompletionRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, ResponseError, type CompletionList, type Hover, type Position } from 'vscode-languageserver-protocol/node';
import { generateRoadmap } from '../../bench/generate';
import { checkText } from '../../server/src/core/index';
import { hover as coreHover } from '../../server/src/core/features/hover';
import { PREVIEW_LIMITS } from '../../server/src/core/views/compute';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { parseSettings, toCheckOptions } from '../../server/src/lsp/settings';
import { SLICED_FROM_CHARS } from '../../server/src/lsp/sliced-task';
import { STATS_REQUEST, type ServerStats } from '../../server/src/lsp/stats';
import { VIEWS_REQUEST, type ViewsResult } from '../../server/src/shared/preview-protocol';
import { ensureBuilt, FIXTURES, fixtureUri, LspSession, positionOf } from './support/lsp-harness';

const SMALL = readFileSync(path.join(FIXTURES, 'dsl-example.airoadmap.yaml'), 'utf8');
/** 2,100 use cases, 2.2 MB: several times the slicing threshold, and more use cases than the preview draws. */
const BIG = generateRoadmap(2100).text;
/** 600 use cases, just over the threshold. */
const MID = generateRoadmap(600).text;
const WAIT = { timeoutMs: 180_000 };
/** What the server checks with: the harness's client sends no settings, locale en. */
const OPTIONS = toCheckOptions(parseSettings({}), 'en');

/** The diagnostics the server should publish for `text`, as they arrive over JSON. */
function expectedDiagnostics(text: string, uri: string): unknown {
  return JSON.parse(JSON.stringify(checkText(text, OPTIONS).diagnostics.map((d) => toLspDiagnostic(d, uri))));
}

/** `text` with its last `title:` value replaced. */
function retitled(text: string, title: string): string {
  const at = text.lastIndexOf('title: ');
  return `${text.slice(0, at)}title: ${title}${text.slice(text.indexOf('\n', at))}`;
}

describe('a long document is analysed in slices', () => {
  let s: LspSession;
  const small = fixtureUri('big-doc-small.airoadmap.yaml');
  before(async () => {
    await ensureBuilt();
    s = await LspSession.start();
    await s.open(small, SMALL);
    await s.waitForDiagnostics(small);
  });
  after(async () => {
    await s?.stop();
  });

  it('requests on another document are answered before its diagnostics; its own wait; the diagnostics equal checkText', async () => {
    assert.ok(BIG.length > 4 * SLICED_FROM_CHARS && SMALL.length < SLICED_FROM_CHARS);
    const big = fixtureUri('big.airoadmap.yaml');
    const publishedSoFar = (): number => s.publishedFor(big).length;
    /** The request's answer, and how many diagnostics publishes for the long document came before it. */
    const answered = async <T>(request: Promise<T>): Promise<{ value: T; publishedBefore: number }> => {
      const value = await request;
      return { value, publishedBefore: publishedSoFar() };
    };
    await s.open(big, BIG);
    // Sent at once after the open, while the long document is being analysed.
    const smallHover = answered(s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: positionOf(SMALL, 'doc-search:', 0, 2) }));
    const smallCompletion = answered(s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: small }, position: positionOf(SMALL, 'stage: ', 0, 7) }));
    const bigPosition: Position = positionOf(BIG, 'use_cases:', 0, 2);
    const bigHover = answered(s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: big }, position: bigPosition }));
    const bigSymbols = answered(s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: big } }));

    const hoverAnswer = await smallHover;
    assert.equal(hoverAnswer.publishedBefore, 0, 'the hover on the small document came before the long one was done');
    assert.match(JSON.stringify((hoverAnswer.value as Hover).contents), /doc-search|Smart document search/);
    const completionAnswer = await smallCompletion;
    assert.equal(completionAnswer.publishedBefore, 0, 'so did the completion');
    assert.ok(((completionAnswer.value as CompletionList).items ?? completionAnswer.value).length > 0);

    const published = await s.waitForDiagnostics(big, () => true, WAIT);
    assert.equal(published.version, 1);
    assert.ok(published.diagnostics.length > 100);
    assert.deepEqual(published.diagnostics, expectedDiagnostics(BIG, big), 'the same diagnostics as checkText');

    // The long document's own requests waited for its analysis and answer for its text.
    const expectedHover = JSON.parse(JSON.stringify(coreHover(checkText(BIG, OPTIONS).model, bigPosition, 'en')));
    assert.deepEqual((await bigHover).value, expectedHover);
    assert.ok(expectedHover !== null);
    assert.ok(((await bigSymbols).value ?? []).length > 0);

    const stats = await s.connection.sendRequest<ServerStats>(STATS_REQUEST);
    assert.equal(stats.analysing, 0, 'no analysis left running');
  });

  it('the preview answer of the long document is bounded and names the views too large to draw', async () => {
    const big = fixtureUri('big.airoadmap.yaml');
    const result = await s.connection.sendRequest<ViewsResult>(VIEWS_REQUEST, { uri: big });
    assert.ok(result);
    const bytes = Buffer.byteLength(JSON.stringify(result));
    assert.ok(bytes <= PREVIEW_LIMITS.maxBytes, `${bytes} bytes`);
    const views = result.views;
    assert.deepEqual(views.tooLarge?.matrix, { unit: 'entities', count: 2100, limit: 2000, message: 'Too large to draw: 2,100 use cases (the preview draws up to 2,000)' });
    assert.deepEqual(views.tooLarge?.kpis, { unit: 'entities', count: 2100, limit: 2000, message: 'Too large to draw: 2,100 KPIs (the preview draws up to 2,000)' });
    assert.deepEqual([views.matrix.bubbles.length, views.matrix.ranked.length, views.kpis.cards.length], [0, 0, 0]);
    // 1,050 risks and 96 plan items are still drawn.
    assert.equal(views.risks.cells.reduce((n, c) => n + c.risks.length, 0) + views.risks.notPlaced.length, 1050);
    assert.equal(views.timeline.items.length + views.timeline.notPlaced.length, 96);
    assert.equal(result.hasErrors, false);
  });

  it('an edit during the analysis stops it: only the newest text is published, as checkText has it', async () => {
    const uri = fixtureUri('edited-big.airoadmap.yaml');
    const edited = retitled(MID, 'Renamed while being analysed');
    await s.open(uri, MID, 1);
    await s.change(uri, 2, [{ text: edited }]);
    const published = await s.waitForDiagnostics(uri, (p) => p.version === 2, WAIT);
    assert.deepEqual(s.publishedFor(uri).map((p) => p.version), [2], 'version 1 was never published');
    assert.deepEqual(published.diagnostics, expectedDiagnostics(edited, uri));
    await s.close(uri);
  });

  it('a request waiting for the analysis and then cancelled is answered RequestCancelled at once; the analysis goes on', async () => {
    const uri = fixtureUri('cancelled-big.airoadmap.yaml');
    const text = retitled(BIG, 'Cancelled while waiting');
    await s.open(uri, text);
    const source = new CancellationTokenSource();
    const pending = s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'use_cases:', 0, 2) }, source.token);
    // The server handles messages in order: once it answers this, the hover has been dispatched and waits for the analysis.
    assert.equal((await s.connection.sendRequest<ServerStats>(STATS_REQUEST)).analysing, 1, 'the analysis is running');
    source.cancel();
    await assert.rejects(pending, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
    // Answered before the analysis ended: nothing published for the document yet, and it is still running.
    assert.equal(s.publishedFor(uri).length, 0, 'the cancelled request did not wait for the diagnostics');
    assert.equal((await s.connection.sendRequest<ServerStats>(STATS_REQUEST)).analysing, 1, 'nor finish the analysis synchronously');
    const published = await s.waitForDiagnostics(uri, () => true, WAIT);
    assert.deepEqual(published.diagnostics, expectedDiagnostics(text, uri));
    await s.close(uri);
  });

  it('closing the document during its analysis stops it: nothing published but the empty list, nothing held', async () => {
    const pick = (st: ServerStats) => ({ documents: st.documents, analyses: st.analyses, checkers: st.checkers, chunks: st.chunks, analysing: st.analysing });
    const before = pick(await s.connection.sendRequest<ServerStats>(STATS_REQUEST));
    const uri = fixtureUri('closed-big.airoadmap.yaml');
    await s.open(uri, MID);
    await s.close(uri);
    assert.deepEqual(pick(await s.connection.sendRequest<ServerStats>(STATS_REQUEST)), before);
    // Something published after the close, to be sure nothing of the closed document followed.
    const later = fixtureUri('after-close.airoadmap.yaml');
    await s.open(later, SMALL);
    await s.waitForDiagnostics(later);
    await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: small }, position: positionOf(SMALL, 'doc-search:', 0, 2) });
    assert.deepEqual(s.publishedFor(uri), [{ uri, diagnostics: [] }]);
  });
});
