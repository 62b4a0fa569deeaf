/**
 * `airoadmap/viewParts` (lsp/views.ts ViewPartsCache) and the preview's copy
 * of it (client/src/preview/view-parts.ts), end to end on the core's
 * incremental checker: the first answer carries every tab whole; after an
 * edit the preview asks for the tab it shows and gets only what changed,
 * computed for that tab alone; what it then holds is what a whole
 * computation gives; anything that does not fit is asked for again whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateRoadmap } from '../../bench/generate';
import { ViewParts } from '../../client/src/preview/view-parts';
import { createIncrementalChecker } from '../../server/src/core/index';
import { computeViews, PREVIEW_LIMITS } from '../../server/src/core/views/compute';
import { VIEW_NAMES } from '../../server/src/core/views/registry';
import { ViewPartsCache } from '../../server/src/lsp/views';
import { viewPartsParams, type ViewPartsResult } from '../../server/src/shared/preview-protocol';

const URI = 'file:///w/big.airoadmap.yaml';
const TODAY = '2027-02-15';

function session(n: number) {
  const checker = createIncrementalChecker();
  let text = generateRoadmap(n).text;
  let version = 1;
  let analysis = checker.check(text);
  const server = new ViewPartsCache();
  const client = new ViewParts();
  const entry = () => ({ model: analysis.model, version, locale: 'en' as const });
  return {
    server,
    client,
    get text() {
      return text;
    },
    /** Replaces the nth `from` of a section. */
    edit(from: string, to: string, nth = 0, section = 'use_cases') {
      let at = text.indexOf(`\n${section}:\n`);
      for (let i = 0; i <= nth; i++) at = text.indexOf(from, at + 1);
      assert.ok(at >= 0, `found ${from}`);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      version++;
      analysis = checker.check(text);
    },
    ask(tabs: Parameters<ViewParts['params']>[1]): { result: ViewPartsResult; bytes: number } {
      // Through JSON both ways, as over the connection.
      const params = viewPartsParams(JSON.parse(JSON.stringify(client.params(URI, tabs))))!;
      const result = JSON.parse(JSON.stringify(server.answer(URI, entry(), params, TODAY))) as ViewPartsResult;
      return { result, bytes: JSON.stringify(result).length };
    },
    whole: () => computeViews(analysis.model, 'en', TODAY, PREVIEW_LIMITS),
  };
}

test('the first answer is every tab whole; after a title edit the shown tab comes as a patch of a few hundred bytes, computed alone', () => {
  const s = session(300);
  const first = s.ask(['matrix']);
  assert.deepEqual(Object.keys(first.result!.parts).sort(), ['head', ...VIEW_NAMES].sort(), 'a copy that is not complete asks for everything');
  const opened = s.client.apply(first.result);
  assert.ok(opened.ok);
  assert.deepEqual(opened.views, s.whole());
  assert.equal(s.server.computed, VIEW_NAMES.length);

  s.edit('title: ', 'title: Renamed ', 40);
  const after = s.ask(['matrix']);
  assert.deepEqual(Object.keys(after.result!.parts).sort(), ['head', 'matrix']);
  assert.equal(s.server.computed, VIEW_NAMES.length + 1, 'only the matrix is computed again');
  const matrix = after.result!.parts.matrix!;
  assert.ok('patch' in matrix && matrix.patch.length > 0 && matrix.patch.length < 20, `a patch of a few operations (${'patch' in matrix ? matrix.patch.length : 'whole'})`);
  assert.ok(after.bytes * 100 < first.bytes, `the answer is under 1 % of the first (${after.bytes} of ${first.bytes} bytes)`);
  const applied = s.client.apply(after.result);
  assert.ok(applied.ok);
  assert.deepEqual(applied.fresh, ['matrix']);
  assert.deepEqual(applied.views.matrix, s.whole().matrix, 'the patched matrix is the one computed whole');
  assert.ok(JSON.stringify(applied.views.matrix).includes('Renamed'));
});

test('a tab shown after some edits catches up from the value the preview holds; a tab nothing changed in answers an empty patch', () => {
  const s = session(120);
  assert.ok(s.client.apply(s.ask(['matrix']).result).ok);
  s.edit('title: ', 'title: One ', 3);
  assert.ok(s.client.apply(s.ask(['matrix']).result).ok);
  s.edit('title: ', 'title: Two ', 9);
  assert.ok(s.client.apply(s.ask(['matrix']).result).ok);
  // The register was last fetched two edits ago: its patch covers both.
  const register = s.ask(['register']);
  const part = register.result!.parts.register!;
  assert.ok('patch' in part && part.patch.length > 0);
  const applied = s.client.apply(register.result);
  assert.ok(applied.ok);
  assert.deepEqual(applied.views.register, s.whole().register);
  // Asked again with nothing changed: an empty patch of the same id, nothing fresh, nothing computed.
  const computed = s.server.computed;
  const again = s.ask(['register']);
  const same = again.result!.parts.register!;
  assert.ok('patch' in same && same.patch.length === 0 && same.base === same.id);
  assert.equal(s.server.computed, computed);
  const none = s.client.apply(again.result);
  assert.ok(none.ok);
  assert.deepEqual(none.fresh, []);
  // An edit of a KPI's baseline leaves the matrix as it was: its id stays, its answer is an empty patch.
  s.edit('baseline: ', 'baseline: 1', 2, 'kpis');
  const kpiEdit = s.ask(['matrix']).result!.parts.matrix!;
  assert.ok('patch' in kpiEdit && kpiEdit.patch.length === 0, 'the matrix did not change');
});

test('whatever the answers, the copy the preview holds equals the views computed whole (random edits, random tabs)', () => {
  const s = session(60);
  assert.ok(s.client.apply(s.ask(['matrix']).result).ok);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const tabsSeen = new Set<string>();
  for (let i = 0; i < 30; i++) {
    const which = next();
    if (which < 0.4) s.edit('title: ', `title: T${i} `, Math.floor(next() * 50));
    else if (which < 0.6) s.edit('effort: ', 'effort: 1', Math.floor(next() * 50));
    else if (which < 0.8) s.edit('likelihood: ', 'likelihood: 4', Math.floor(next() * 20), 'risks');
    else s.edit('weeks: ', 'weeks: 1', Math.floor(next() * 10), 'plan');
    const tab = VIEW_NAMES[Math.floor(next() * VIEW_NAMES.length)]!;
    tabsSeen.add(tab);
    const applied = s.client.apply(s.ask([tab]).result);
    assert.ok(applied.ok, `edit ${i}`);
    assert.deepEqual(applied.views[tab], s.whole()[tab], `edit ${i}: ${tab}`);
  }
  assert.ok(tabsSeen.size >= 4);
});

test('a patch from a value the preview does not hold, or an answer of the wrong shape, is refused, and a cleared copy asks for everything', () => {
  const s = session(30);
  assert.ok(s.client.apply(s.ask(['matrix']).result).ok);
  s.edit('title: ', 'title: X ', 1);
  const { result } = s.ask(['matrix']);
  const matrix = result!.parts.matrix!;
  assert.ok('patch' in matrix);
  assert.deepEqual(s.client.apply({ ...result!, parts: { ...result!.parts, matrix: { ...matrix, base: matrix.base + 1000 } } }), { ok: false });
  assert.deepEqual(s.client.apply({ ...result!, parts: { matrix: { id: 1, base: matrix.base, patch: [{ op: 'set', path: ['nowhere', 'at', 'all'], value: 1 }] } } }), { ok: false });
  assert.deepEqual(s.client.apply({ uri: URI, version: 1, hasErrors: false, parts: { matrix: { id: 1, data: { bubbles: 'no' } } } } as ViewPartsResult), { ok: false });
  assert.deepEqual(s.client.apply(null), { ok: false });
  // Refused answers changed nothing: the right one still applies.
  assert.ok(s.client.apply(result).ok);
  s.client.clear();
  assert.deepEqual(s.client.params(URI, ['kpis']).tabs, VIEW_NAMES);
});

test('the params are checked: unknown tabs, ids that are not natural numbers, a have that is not an object', () => {
  assert.deepEqual(viewPartsParams({ uri: 'u', tabs: ['kpis', 'matrix', 'kpis'] }), { uri: 'u', tabs: ['matrix', 'kpis'], have: {} });
  assert.deepEqual(viewPartsParams({ uri: 'u', tabs: [], have: { matrix: 3, nonsense: 4 } }), { uri: 'u', tabs: [], have: { matrix: 3 } });
  for (const bad of [null, 'u', { uri: 'u' }, { uri: 1, tabs: [] }, { uri: 'u', tabs: ['nope'] }, { uri: 'u', tabs: [], have: [] }, { uri: 'u', tabs: [], have: { matrix: -1 } }, { uri: 'u', tabs: [], have: { head: 1.5 } }]) {
    assert.equal(viewPartsParams(bad), undefined, JSON.stringify(bad));
  }
  assert.equal(viewPartsParams(JSON.parse('{"uri":"u","tabs":[],"have":{"__proto__":{"matrix":1}}}'))?.have?.matrix, undefined);
});

test("the views use the guides the diagnostics were checked with (the settings', the configuration file's); new guides are new parts", () => {
  const text = 'airoadmap: 1\norganization:\n  name: Fjord AS\n  currency: NOK\nbudget:\n  first_year: 90000\n';
  const model = createIncrementalChecker().check(text).model;
  const server = new ViewPartsCache();
  const client = new ViewParts();
  const ask = (guides?: { firstYearBudget: [number, number] }) => {
    const params = viewPartsParams(client.params(URI, ['budget']))!;
    const applied = client.apply(JSON.parse(JSON.stringify(server.answer(URI, { model, version: 1, locale: 'en', ...(guides ? { guides } : {}) }, params, TODAY))) as ViewPartsResult);
    assert.ok(applied.ok);
    return applied;
  };
  assert.equal(ask().views.budget.guide, null, 'a NOK file has no framework guide');
  const own = ask({ firstYearBudget: [500000, 1500000] });
  assert.deepEqual(own.fresh, ['budget']);
  assert.equal(own.views.budget.guide?.min, 500000);
  assert.match(own.views.budget.guide?.text ?? '', /^Your guide for the first year: 500,000 NOK–1,500,000 NOK\.$/);
  assert.deepEqual(computeViews(model, 'en', TODAY, PREVIEW_LIMITS, { firstYearBudget: [500000, 1500000] }).budget, own.views.budget);
});

test('a restarted server gives its ids to other values: what the preview held of the one before is never patched by them', () => {
  const checker = createIncrementalChecker();
  const before = checker.check(generateRoadmap(40).text).model;
  const afterText = generateRoadmap(40).text.replace(/title: "/, 'title: "Restarted ');
  const after = createIncrementalChecker().check(afterText).model;
  const first = new ViewPartsCache();
  const client = new ViewParts();
  const ask = (server: ViewPartsCache, model: typeof before, params = client.params(URI, ['matrix'])) =>
    JSON.parse(JSON.stringify(server.answer(URI, { model, version: 1, locale: 'en' }, viewPartsParams(JSON.parse(JSON.stringify(params)))!, TODAY))) as ViewPartsResult;
  assert.ok(client.apply(ask(first, before)).ok);
  // The new server has seen the edited text first (another preview opened it), so its ids 1, 2, … are of that text.
  const second = new ViewPartsCache();
  const other = new ViewParts();
  assert.ok(other.apply(ask(second, after, other.params(URI, ['matrix']))).ok);
  const answer = ask(second, after);
  assert.ok(answer && 'data' in answer.parts.matrix!, 'the ids of another server are not taken as bases: the part comes whole');
  const applied = client.apply(answer);
  assert.deepEqual(applied, { ok: false }, 'and the copy, holding nothing of this server, asks again for everything');
  client.clear();
  const again = client.apply(ask(second, after));
  assert.ok(again.ok);
  assert.deepEqual(again.views, computeViews(after, 'en', TODAY, PREVIEW_LIMITS));
});
