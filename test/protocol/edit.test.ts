/**
 * The `airoadmap/edit` request behind editing from the previews, over real
 * JSON-RPC: the server plans the edit on its analysis of the version the
 * preview showed, with the core's edit engine, and answers one text edit that
 * changes exactly the lines of the values set; it refuses another version and
 * a value the language rejects, in the settings' language, and answers null
 * to params that are no edit.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDIT_REQUEST, type EditAnswer } from '../../server/src/shared/preview-protocol';
import { applyEdits, ensureBuilt, fixtureUri, LspSession, ROOT } from './support/lsp-harness';

const EXAMPLE = readFileSync(join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
const changedLines = (a: string, b: string) => {
  const x = a.split('\n');
  const y = b.split('\n');
  assert.equal(x.length, y.length, 'no line added or removed');
  return x.flatMap((line, i): [string, string][] => (line === y[i] ? [] : [[line, y[i]!]]));
};

describe('the edit request', () => {
  let s: LspSession;
  before(async () => {
    await ensureBuilt();
    s = await LspSession.start({ settings: { language: 'nb' } });
  });
  after(async () => {
    await s.stop();
  });
  const edit = (params: unknown) => s.connection.sendRequest<EditAnswer | null>(EDIT_REQUEST, params);

  it("sets a bubble's effort and value as one edit of exactly those two lines", async () => {
    const uri = fixtureUri('edit-matrix.airoadmap.yaml');
    await s.open(uri, EXAMPLE, 5);
    await s.waitForDiagnostics(uri);
    const answer = await edit({ uri, version: 5, changes: [{ path: 'use_cases.doc-search.effort', value: 2 }, { path: 'use_cases.doc-search.value', value: 4 }] });
    assert.ok(answer?.applied, JSON.stringify(answer));
    assert.equal(answer.version, 5);
    assert.equal(answer.edits.length, 1, 'one edit: one undo step');
    const after = applyEdits(EXAMPLE, answer.edits);
    const changed = changedLines(EXAMPLE, after);
    assert.deepEqual(changed.map(([, b]) => b.replace(/\s+#.*$/, '').trim()).sort(), ['effort: 2', 'value: 4'], 'exactly the two lines, nothing else');
    for (const [a, b] of changed) assert.equal(a.replace(/\d/, '#'), b.replace(/\d/, '#'), 'only the digit changed on each line');
  });

  it('refuses another version and a value the language rejects, in the settings’ language', async () => {
    const uri = fixtureUri('edit-refuse.airoadmap.yaml');
    await s.open(uri, EXAMPLE, 3);
    await s.waitForDiagnostics(uri);
    const stale = await edit({ uri, version: 2, changes: [{ path: 'use_cases.doc-search.value', value: 4 }] });
    assert.equal(stale?.applied, false);
    assert.ok(stale && !stale.applied && /versjon/i.test(stale.message), JSON.stringify(stale));
    const bad = await edit({ uri, version: 3, changes: [{ path: 'risks.hallucination.likelihood', value: 9 }] });
    assert.equal(bad?.applied, false, JSON.stringify(bad));
    const unknown = await edit({ uri, version: 3, changes: [{ path: 'use_cases.doc-serch.value', value: 4 }] });
    assert.ok(unknown && !unknown.applied && /doc-search/.test(unknown.message), 'did you mean');
  });

  it('answers null to params that are no edit and to unknown documents', async () => {
    const uri = fixtureUri('edit-null.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    for (const params of [null, [], {}, { uri }, { uri, version: 1 }, { uri, version: 1, changes: [] }, { uri, version: 1, changes: [{ path: 5, value: 1 }] }, { uri, version: 1, changes: [{ path: 'a.b.c', value: {} }] }, { uri: fixtureUri('nope.airoadmap.yaml'), version: 1, changes: [{ path: 'use_cases.doc-search.value', value: 4 }] }]) {
      assert.equal(await edit(params), null, JSON.stringify(params));
    }
  });
});
