/**
 * `airoadmap/viewParts` over real JSON-RPC (`node dist/server.js --stdio`):
 * the preview's first answer has every tab whole; after an edit it asks for
 * the tab it shows with the ids it holds and gets a patch a small fraction of
 * the whole, which applied gives what `airoadmap/views` answers whole; a
 * hostile request is answered null and the server goes on; a closed
 * document's parts are forgotten (a stale id is answered whole).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateRoadmap } from '../../bench/generate';
import { ViewParts } from '../../client/src/preview/view-parts';
import { VIEW_PARTS_REQUEST, VIEWS_REQUEST, type ViewPartsResult, type ViewsResult } from '../../server/src/shared/preview-protocol';
import { ensureBuilt, fixtureUri, LspSession } from './support/lsp-harness';

describe('the preview asks for what changed (airoadmap/viewParts)', () => {
  let s: LspSession;
  before(async () => {
    await ensureBuilt();
    s = await LspSession.start({ today: '2027-02-15' });
  });
  after(async () => {
    await s.stop();
  });

  it('a title typed into one of 300 use cases comes back as a patch of the matrix, equal to the views computed whole', async () => {
    const uri = fixtureUri('view-parts.airoadmap.yaml');
    const text = generateRoadmap(300).text;
    await s.open(uri, text);
    await s.waitForDiagnostics(uri);
    const parts = new ViewParts();
    const ask = async (tab: 'matrix' | 'kpis') => {
      const result = await s.connection.sendRequest<ViewPartsResult>(VIEW_PARTS_REQUEST, parts.params(uri, [tab]));
      return { result, bytes: JSON.stringify(result).length };
    };
    const first = await ask('matrix');
    const opened = parts.apply(first.result);
    assert.ok(opened.ok);
    const whole = await s.connection.sendRequest<ViewsResult>(VIEWS_REQUEST, { uri });
    assert.deepEqual(opened.views, whole!.views);

    const at = text.indexOf('title: "', text.indexOf('\nuse_cases:\n')) + 'title: "'.length;
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at - 1) - 1;
    await s.change(uri, 2, [{ range: { start: { line, character }, end: { line, character } }, text: 'Fast ' }]);
    const next = await ask('matrix');
    assert.equal(next.result?.version, 2, 'answered of the edited text (the request waits for its analysis)');
    assert.deepEqual(Object.keys(next.result!.parts).sort(), ['head', 'matrix']);
    assert.ok(next.bytes * 100 < first.bytes, `${next.bytes} bytes after the edit, ${first.bytes} at first`);
    const applied = parts.apply(next.result);
    assert.ok(applied.ok);
    assert.deepEqual(applied.fresh, ['matrix']);
    const wholeAfter = await s.connection.sendRequest<ViewsResult>(VIEWS_REQUEST, { uri });
    assert.deepEqual(applied.views.matrix, wholeAfter!.views.matrix);
    assert.ok(JSON.stringify(applied.views.matrix).includes('Fast '));

    // Closed and opened again: the ids held are unknown to the server now, so the parts come whole.
    await s.close(uri);
    await s.open(uri, text, 1);
    await s.waitForDiagnostics(uri);
    const reopened = await ask('kpis');
    assert.ok(reopened.result && 'data' in reopened.result.parts.kpis!);
    assert.ok(parts.apply(reopened.result).ok);
  });

  it('hostile params are answered null and the server answers the next request', async () => {
    for (const params of [null, 7, { uri: 3 }, { uri: 'file:///x', tabs: 'matrix' }, { uri: 'file:///x', tabs: ['<script>'] }, { uri: 'file:///none', tabs: ['matrix'] }, { uri: 'file:///x', tabs: [], have: { matrix: 'a' } }]) {
      assert.equal(await s.connection.sendRequest(VIEW_PARTS_REQUEST, params), null, JSON.stringify(params));
    }
    const uri = fixtureUri('view-parts-small.airoadmap.yaml');
    await s.open(uri, generateRoadmap(5).text);
    const answer = await s.connection.sendRequest<ViewPartsResult>(VIEW_PARTS_REQUEST, { uri, tabs: ['budget'] });
    assert.deepEqual(Object.keys(answer!.parts).sort(), ['budget', 'head']);
  });
});
