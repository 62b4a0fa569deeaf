/**
 * The bounded views (what `airoadmap/views` sends): below the limits they are
 * the views as before; a view with more entities than the limit is not drawn
 * and says so with the count, in English and Norwegian, numbers grouped as
 * the locale groups them; while the answer would exceed its byte bound the
 * largest view gives way; the protocol's validator takes the state and
 * refuses malformed ones; and the answer's syntax-error flag costs no
 * whole-document parse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRoadmap } from '../../bench/generate';
import { createIncrementalChecker } from '../../server/src/core/index';
import type { RoadmapModel } from '../../server/src/core/language/model';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews, PREVIEW_LIMITS, type RoadmapViews } from '../../server/src/core/views/compute';
import { tooLargeText } from '../../server/src/core/views/labels';
import { hasSyntaxErrors } from '../../server/src/lsp/views';
import { isRoadmapViews, isToWebview } from '../../server/src/shared/preview-protocol';

const DSL = readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');
const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v));

test('below the limits the bounded views are the views, with nothing too large', () => {
  const model = parseRoadmap(DSL).model;
  const free = computeViews(model, 'en', '2027-02-10');
  assert.equal('tooLarge' in free, false, 'without limits, no tooLarge at all');
  assert.deepEqual(computeViews(model, 'en', '2027-02-10', PREVIEW_LIMITS), { ...free, tooLarge: {} });
});

test('a view with more entities than the limit is left empty with the count, in both locales', () => {
  const model = parseRoadmap(generateRoadmap(30).text).model;
  const limits = { maxEntities: 20, maxBytes: PREVIEW_LIMITS.maxBytes };
  const en = computeViews(model, 'en', undefined, limits);
  assert.deepEqual(en.tooLarge?.matrix, { unit: 'entities', count: 30, limit: 20, message: 'Too large to draw: 30 use cases (the preview draws up to 20)' });
  assert.deepEqual(en.tooLarge?.kpis, { unit: 'entities', count: 30, limit: 20, message: 'Too large to draw: 30 KPIs (the preview draws up to 20)' });
  assert.deepEqual(Object.keys(en.tooLarge ?? {}).sort(), ['budget', 'kpis', 'matrix'], '15 risks, 13 plan items and the active use cases are drawn; the budget counts the use cases like the matrix');
  assert.deepEqual([en.matrix.bubbles.length, en.matrix.notPlaced.length, en.matrix.ranked.length, en.kpis.cards.length], [0, 0, 0, 0]);
  assert.equal(en.matrix.quadrants.length, 4, 'the empty matrix keeps its quadrants');
  assert.equal(en.risks.cells.reduce((n, c) => n + c.risks.length, 0) + en.risks.notPlaced.length, 15);
  assert.equal(en.timeline.items.length, 13);
  const nb = computeViews(model, 'nb', undefined, limits);
  assert.equal(nb.tooLarge?.matrix?.message, 'For stort til å tegnes: 30 brukstilfeller (forhåndsvisningen tegner opptil 20)');
  assert.equal(nb.tooLarge?.kpis?.message, 'For stort til å tegnes: 30 KPI-er (forhåndsvisningen tegner opptil 20)');
  assert.ok(isRoadmapViews(en) && isRoadmapViews(nb));
});

test('the message groups digits as the locale does', () => {
  assert.equal(tooLargeText('matrix', 'entities', 12345, 2000, 'en'), 'Too large to draw: 12,345 use cases (the preview draws up to 2,000)');
  assert.equal(tooLargeText('matrix', 'entities', 12345, 2000, 'nb'), 'For stort til å tegnes: 12\u00a0345 brukstilfeller (forhåndsvisningen tegner opptil 2\u00a0000)');
  assert.equal(tooLargeText('timeline', 'entities', 2001, 2000, 'nb'), 'For stort til å tegnes: 2\u00a0001 planpunkter (forhåndsvisningen tegner opptil 2\u00a0000)');
  assert.equal(tooLargeText('risks', 'bytes', 9_612_345, 8_000_000, 'en'), 'Too large to draw: 9.6 MB of risks (the preview draws up to 8 MB in all)');
  assert.equal(tooLargeText('register', 'bytes', 9_612_345, 8_000_000, 'nb'), 'For stort til å tegnes: 9,6 MB med brukstilfeller (forhåndsvisningen tegner opptil 8 MB i alt)');
});

test('an answer over its byte bound drops its largest views until it fits; a huge title is cut', () => {
  // One use case with a 3 MB title (in the matrix, the register and a plan item's use case), a 2 MB organisation name.
  const title = 'T'.repeat(3_000_000);
  const text = DSL.replace(/(use_cases:\n {2}[a-z-]+:\n {4}title: )[^\n]+/, `$1${title}`).replace(/(organization:\n {2}name: )[^\n]+/, `$1${'N'.repeat(2_000_000)}`);
  const model = parseRoadmap(text).model;
  const free = computeViews(model, 'en');
  assert.ok(bytes(free) > 10_000_000, `unbounded: ${bytes(free)} bytes`);
  const maxBytes = 1_000_000;
  const bounded = computeViews(model, 'en', undefined, { maxEntities: 2000, maxBytes });
  assert.ok(bytes(bounded) <= maxBytes, `bounded: ${bytes(bounded)} bytes`);
  assert.equal(bounded.title.length, 1000);
  assert.ok(bounded.title.endsWith('…'));
  const matrix = bounded.tooLarge?.matrix;
  assert.equal(matrix?.unit, 'bytes');
  assert.ok(matrix!.count > maxBytes && matrix!.limit === maxBytes);
  assert.match(matrix!.message, /^Too large to draw: \d+(\.\d)? MB of use cases \(the preview draws up to 1 MB in all\)$/);
  // The views that fit are still drawn.
  assert.ok(bounded.kpis.cards.length > 0 && bounded.risks.cells.some((c) => c.risks.length > 0));
  assert.ok(isRoadmapViews(bounded));
});

test('the protocol takes the too-large state and refuses malformed ones', () => {
  const views = computeViews(parseRoadmap(generateRoadmap(30).text).model, 'en', undefined, { maxEntities: 20, maxBytes: PREVIEW_LIMITS.maxBytes });
  const update = (v: unknown) => ({ type: 'update', uri: 'file:///x.airoadmap.yaml', version: 1, hasErrors: false, views: v });
  assert.ok(isToWebview(update(views)));
  const ok = views.tooLarge!.matrix!;
  const bad: unknown[] = [
    null,
    [],
    { nope: ok },
    { matrix: { ...ok, unit: 'lines' } },
    { matrix: { ...ok, count: -1 } },
    { matrix: { ...ok, limit: 1.5 } },
    { matrix: { ...ok, message: 7 } },
    { matrix: { ...ok, message: 'x'.repeat(1001) } },
    JSON.parse(`{"__proto__": ${JSON.stringify(ok)}}`),
  ];
  for (const tooLarge of bad) assert.equal(isToWebview(update({ ...views, tooLarge } as RoadmapViews)), false, JSON.stringify(tooLarge));
});

test('the preview of a model of chunks knows it has no syntax error without parsing the whole document', () => {
  const model = createIncrementalChecker().check(DSL).model;
  assert.ok(model.chunks, 'the incremental path cut the example into chunks');
  const guarded = Object.create(model, {
    document: {
      get() {
        throw new Error('parsed the whole document (15 s for 20 MB)');
      },
    },
  }) as RoadmapModel;
  assert.equal(hasSyntaxErrors(guarded), false);
  assert.equal(hasSyntaxErrors(createIncrementalChecker().check('a: [1\n').model), true, 'a text with an error is parsed whole, and says so');
});
